package org.policyindicators.core;

import java.math.BigDecimal;
import java.time.Year;

import org.jspecify.annotations.Nullable;

/**
 * The value of an indicator that targets start from: 2020年 486亿元; "由现在的25家增加到60家".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the year the value refers to, or the last year of its period, not null
 * @param startYear the first year of a period the value covers, null for a single year
 * @param value the value exactly as stated, not null
 * @param unit the unit of the value, null for the unit of the indicator
 * @param bound how the stated value bounds the real one, null when stated exactly
 */
public record Baseline(Year year, @Nullable Year startYear, BigDecimal value, @Nullable Unit unit,
        @Nullable Comparator bound) implements Measurement {

    /**
     * Creates a baseline.
     *
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param value see the class documentation
     * @param unit see the class documentation
     * @param bound see the class documentation
     */
    public Baseline {
        Checks.notNull(year, "year");
        Checks.notNull(value, "value");
    }

    /**
     * Obtains a baseline in the unit of the indicator.
     *
     * @param year the year, not null
     * @param value the value, not null
     * @return the baseline, not null
     */
    public static Baseline of(Year year, BigDecimal value) {
        return new Baseline(year, null, value, null, null);
    }

    /**
     * Obtains a baseline with its own unit.
     *
     * @param year the year, not null
     * @param quantity the value and unit, not null
     * @return the baseline, not null
     */
    public static Baseline of(Year year, Quantity quantity) {
        Checks.notNull(quantity, "quantity");
        return new Baseline(year, null, quantity.value(), quantity.unit(), null);
    }
}
