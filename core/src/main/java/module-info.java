/**
 * The Policy Indicators domain model: jurisdictions, plans, goals, indicators, units,
 * quantities, targets and observations, and the arithmetic on them.
 *
 * <p>This module depends on no JSON library and no validation engine.
 */
module org.policyindicators.core {
    requires static org.jspecify;
    // the annotations of ConsistentPlan; a validation engine, when there is one, brings the API
    requires static jakarta.validation;

    exports org.policyindicators.core;
    exports org.policyindicators.core.analysis;
}
