package org.policyindicators.core;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A stated value of an indicator for a year or a period: a {@link Baseline} or an
 * {@link Observation}.
 *
 * <p>The unit may be left out, in which case the value is in the unit of the indicator. A
 * bound marks a value stated as a bound rather than exactly: 600余家 is {@code GT 600}.
 */
public sealed interface Measurement permits Baseline, Observation {

    /**
     * Returns the year the value refers to, or the last year of its period.
     *
     * @return the year, not null
     */
    Year year();

    /**
     * Returns the first year of the period that the value covers (a total over 十三五).
     *
     * @return the start year, null for a single year
     */
    @Nullable Year startYear();

    /**
     * Returns the stated value.
     *
     * @return the value, exactly as stated; null for a qualitative value, which has a
     *     {@linkplain #state() state} instead
     */
    @Nullable BigDecimal value();

    /**
     * Returns the state stated for an indicator without a number ("adopted", 已出台).
     *
     * @return the state, empty for a numeric value, not null
     */
    Text state();

    /**
     * Returns the calendar dates the value covers, when finer or other than whole years.
     *
     * @return the dates, whose end falls in {@link #year()}; null for whole years
     */
    @Nullable DatePeriod dates();

    /**
     * Returns the part of the whole the value is for.
     *
     * @return the dimensions, {@link Dimensions#TOTAL} for the whole, not null
     */
    Dimensions dimensions();

    /**
     * Returns whether the value is a state rather than a number.
     *
     * @return true if {@link #value()} is null
     */
    default boolean isQualitative() {
        return value() == null;
    }

    /**
     * Returns the unit of the value.
     *
     * @return the unit, null for the unit of the indicator
     */
    @Nullable Unit unit();

    /**
     * Returns how the stated value bounds the real one.
     *
     * @return the bound, null when the value is stated exactly
     */
    @Nullable Comparison bound();

    /**
     * Returns the value as a quantity.
     *
     * @param indicatorUnit the unit of the indicator, used when this value has none, not null
     * @return the quantity, not null
     * @throws PolicyException if the value is {@linkplain #isQualitative() qualitative}
     */
    default Quantity quantity(Unit indicatorUnit) {
        BigDecimal value = value();
        if (value == null) {
            throw new PolicyException("A qualitative value has no quantity: " + state());
        }
        Unit own = unit();
        return Quantity.of(value, own != null ? own : Checks.notNull(indicatorUnit, "indicatorUnit"));
    }

    /**
     * Returns the period the value covers.
     *
     * @return from the start year (or the year) to the year, not null
     */
    default YearRange period() {
        Year start = startYear();
        return new YearRange(start != null ? start : year(), year());
    }

    /**
     * Returns the start year, if any.
     *
     * @return the start year, empty for a single year
     */
    default Optional<Year> startYearIfAny() {
        return Optional.ofNullable(startYear());
    }
}
