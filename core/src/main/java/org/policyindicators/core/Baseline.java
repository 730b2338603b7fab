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
 * @param value the value exactly as stated; null for a qualitative baseline, which has a
 *     {@code state} instead
 * @param unit the unit of the value, null for the unit of the indicator
 * @param bound how the stated value bounds the real one, null when stated exactly
 * @param state the state at the baseline, for an indicator without a number ("no policy");
 *     empty for a numeric baseline, not null
 * @param dates the calendar dates the value covers when finer or other than whole years; its
 *     end date falls in {@code year}; null for whole years
 * @param dimensions the part of the whole the value is for, {@link Dimensions#TOTAL} for the
 *     whole, not null
 */
public record Baseline(Year year, @Nullable Year startYear, @Nullable BigDecimal value, @Nullable Unit unit,
        @Nullable Comparison bound, Text state, @Nullable DatePeriod dates, Dimensions dimensions)
        implements Measurement {

    /**
     * Creates a baseline.
     *
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param value see the class documentation
     * @param unit see the class documentation
     * @param bound see the class documentation
     * @param state see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     * @throws PolicyException if both or neither of a value and a state are given
     */
    public Baseline {
        Checks.notNull(year, "year");
        Checks.notNull(state, "state");
        Checks.notNull(dimensions, "dimensions");
        Checks.valueOrState(value, state);
    }

    /**
     * Creates a numeric baseline of the whole for whole years.
     *
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param value see the class documentation, not null here
     * @param unit see the class documentation
     * @param bound see the class documentation
     */
    public Baseline(Year year, @Nullable Year startYear, BigDecimal value, @Nullable Unit unit,
            @Nullable Comparison bound) {
        this(year, startYear, Checks.notNull(value, "value"), unit, bound, Text.EMPTY, null, Dimensions.TOTAL);
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

    /**
     * Returns a copy for another part of the whole.
     *
     * @param newDimensions the dimensions, not null
     * @return the changed copy, not null
     */
    public Baseline withDimensions(Dimensions newDimensions) {
        return new Baseline(year, startYear, value, unit, bound, state, dates, newDimensions);
    }

    /**
     * Returns a copy with other calendar dates.
     *
     * @param newDates the dates, null for whole years
     * @return the changed copy, not null
     */
    public Baseline withDates(@Nullable DatePeriod newDates) {
        return new Baseline(year, startYear, value, unit, bound, state, newDates, dimensions);
    }
}
