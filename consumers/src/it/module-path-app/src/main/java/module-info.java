/** An application module that embeds the library through its module. */
module org.example.planning.modular {
    requires org.policyindicators.io;

    exports org.example.planning.modular;
    // the plan document is a resource of this module
    opens org.example.planning.modular;
}
