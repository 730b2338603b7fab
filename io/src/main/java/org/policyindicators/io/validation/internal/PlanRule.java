package org.policyindicators.io.validation.internal;

import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * A rule checked on each plan, with the catalogue for references to other documents.
 * Implementations are stateless and thread-safe.
 */
interface PlanRule {

    /**
     * Checks what concerns the plan as a whole (its goals, units, identifiers) and adds the
     * findings to the plan's sink. By default there is nothing to check.
     *
     * @param plan the plan, not null
     * @param catalog the documents of the run, not null
     */
    default void check(PlanContext plan, Catalog catalog) {
    }

    /**
     * Checks one indicator and adds the findings to the plan's sink. A run calls every rule on
     * an indicator before it moves on to the next, so that a model larger than the CPU caches
     * is read once rather than once per rule. By default there is nothing to check.
     *
     * @param plan the plan, not null
     * @param catalog the documents of the run, not null
     * @param entry the indicator with its JSON Pointer, not null
     */
    default void checkIndicator(PlanContext plan, Catalog catalog, IndicatorEntry entry) {
    }
}
