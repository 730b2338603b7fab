package org.policyindicators.io.validation.internal;

import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * A rule checked on each plan, with the catalogue for references to other documents.
 * Implementations are stateless and thread-safe.
 */
interface PlanRule {

    /** Checks what concerns the plan as a whole (its goals, units, identifiers); by default nothing. */
    default void check(PlanContext plan, Catalog catalog) {
    }

    /**
     * Checks one indicator; by default nothing. A run calls every rule on an indicator before it
     * moves on to the next, so that a model larger than the CPU caches is read once, not once per rule.
     */
    default void checkIndicator(PlanContext plan, Catalog catalog, IndicatorEntry entry) {
    }
}
