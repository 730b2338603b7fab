package org.policyindicators.core;

import org.jspecify.annotations.Nullable;

/**
 * A reference to an indicator by identifier, in the same plan or in another one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param plan the identifier of the plan, null for the plan that holds the reference
 * @param indicator the identifier of the indicator, not blank
 */
public record IndicatorReference(@Nullable String plan, String indicator) {

    /**
     * Creates a reference.
     *
     * @param plan the plan identifier, may be null
     * @param indicator the indicator identifier, not null
     * @throws PolicyException if an identifier is blank
     */
    public IndicatorReference {
        Identifiers.requireNotBlank(indicator, "indicator");
        if (plan != null) {
            Identifiers.requireNotBlank(plan, "plan");
        }
    }

    /**
     * Obtains a reference to an indicator of the same plan.
     *
     * @param indicator the indicator identifier, not null
     * @return the reference, not null
     */
    public static IndicatorReference local(String indicator) {
        return new IndicatorReference(null, indicator);
    }

    /**
     * Obtains a reference to an indicator of another plan.
     *
     * @param plan the plan identifier, not null
     * @param indicator the indicator identifier, not null
     * @return the reference, not null
     */
    public static IndicatorReference of(String plan, String indicator) {
        return new IndicatorReference(Checks.notNull(plan, "plan"), indicator);
    }
}
