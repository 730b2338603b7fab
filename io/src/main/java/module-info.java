/**
 * The Policy Indicators JSON format and consistency validator: {@link
 * org.policyindicators.io.PolicyJson} reads and writes plans, jurisdiction lists and catalogs;
 * {@link org.policyindicators.io.validation.PlanValidator} reports every inconsistency of a plan at once.
 */
module org.policyindicators.io {
    requires transitive org.policyindicators.core;
    requires transitive tools.jackson.databind;
    requires jakarta.validation;
    requires org.hibernate.validator;
    // to keep Hibernate Validator's start-up line out of the application's log
    requires java.logging;
    requires static org.jspecify;

    exports org.policyindicators.io;
    exports org.policyindicators.io.validation;
    // Hibernate Validator instantiates the class-level constraint's validator and reads its annotation
    exports org.policyindicators.io.validation.internal to org.hibernate.validator;

    // a user's own Bean Validation engine checks @ConsistentPlan through it
    provides jakarta.validation.ConstraintValidator
            with org.policyindicators.io.validation.internal.ConsistentPlanChecker;
}
