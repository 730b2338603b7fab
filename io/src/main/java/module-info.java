module org.policyindicators.io {
    requires transitive org.policyindicators.core;
    requires transitive tools.jackson.databind;
    requires static org.jspecify;

    exports org.policyindicators.io;
}
