package org.policyindicators.core;

import java.math.BigDecimal;
import java.time.Year;

import org.jspecify.annotations.Nullable;

/**
 * A value of an indicator reported for a year or a period: "2023年新认定高新技术企业473家".
 *
 * <p>An observation of a year before the baseline is normally a mistake; one that reports the
 * history of an earlier plan period on purpose is marked {@code historical}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the year the value refers to, or the last year of its period, not null
 * @param startYear the first year of a period the value covers, null for a single year
 * @param value the value exactly as stated; null for a qualitative observation, which has a
 *     {@code state} instead
 * @param unit the unit of the value, null for the unit of the indicator
 * @param bound how the stated value bounds the real one, null when stated exactly
 * @param status how final the value is, not null
 * @param historical whether the value reports history before the baseline on purpose
 * @param source the identifier of the source document in the plan, null if not stated
 * @param state the state observed, for an indicator without a number ("adopted", 已出台);
 *     empty for a numeric observation, not null
 * @param dates the calendar dates the value covers when finer or other than whole years (a
 *     quarter, 1–10月, an IATI period); its end date falls in {@code year}; null for whole years
 * @param dimensions the part of the whole the value is for, {@link Dimensions#TOTAL} for the
 *     whole, not null
 */
public record Observation(Year year, @Nullable Year startYear, @Nullable BigDecimal value, @Nullable Unit unit,
        @Nullable Comparison bound, ObservationStatus status, boolean historical, @Nullable String source,
        Text state, @Nullable DatePeriod dates, Dimensions dimensions) implements Measurement {

    /**
     * Creates an observation.
     *
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param value see the class documentation
     * @param unit see the class documentation
     * @param bound see the class documentation
     * @param status see the class documentation
     * @param historical see the class documentation
     * @param source see the class documentation
     * @param state see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     * @throws PolicyException if both or neither of a value and a state are given
     */
    public Observation {
        Checks.notNull(year, "year");
        Checks.notNull(status, "status");
        Checks.notNull(state, "state");
        Checks.notNull(dimensions, "dimensions");
        Checks.valueOrState(value, state);
        if (source != null) {
            Identifiers.requireNotBlank(source, "source");
        }
    }

    /**
     * Creates a numeric observation of the whole for whole years.
     *
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param value see the class documentation, not null here
     * @param unit see the class documentation
     * @param bound see the class documentation
     * @param status see the class documentation
     * @param historical see the class documentation
     * @param source see the class documentation
     */
    public Observation(Year year, @Nullable Year startYear, BigDecimal value, @Nullable Unit unit,
            @Nullable Comparison bound, ObservationStatus status, boolean historical, @Nullable String source) {
        this(year, startYear, Checks.notNull(value, "value"), unit, bound, status, historical, source, Text.EMPTY,
                null, Dimensions.TOTAL);
    }

    /**
     * Obtains an actual observation in the unit of the indicator.
     *
     * @param year the year, not null
     * @param value the value, not null
     * @return the observation, not null
     */
    public static Observation of(Year year, BigDecimal value) {
        return new Observation(year, null, value, null, null, ObservationStatus.ACTUAL, false, null);
    }

    /**
     * Obtains an actual observation with its own unit, as {@link Baseline#of(Year, Quantity)}
     * obtains a baseline.
     *
     * @param year the year, not null
     * @param quantity the value and unit, not null
     * @return the observation, not null
     */
    public static Observation of(Year year, Quantity quantity) {
        Checks.notNull(quantity, "quantity");
        return new Observation(year, null, quantity.value(), quantity.unit(), null, ObservationStatus.ACTUAL, false,
                null);
    }

    /**
     * Obtains an actual qualitative observation: the state a qualitative indicator was found in.
     *
     * @param year the year, not null
     * @param state the state observed, not empty
     * @return the observation, not null
     */
    public static Observation ofState(Year year, Text state) {
        return new Observation(year, null, null, null, null, ObservationStatus.ACTUAL, false, null, state, null,
                Dimensions.TOTAL);
    }

    /**
     * Returns a copy with another status.
     *
     * @param newStatus the status, not null
     * @return the changed copy, not null
     */
    public Observation withStatus(ObservationStatus newStatus) {
        return new Observation(year, startYear, value, unit, bound, newStatus, historical, source, state, dates,
                dimensions);
    }

    /**
     * Returns a copy with another source document.
     *
     * @param newSource the source document identifier, null for none
     * @return the changed copy, not null
     */
    public Observation withSource(@Nullable String newSource) {
        return new Observation(year, startYear, value, unit, bound, status, historical, newSource, state, dates,
                dimensions);
    }

    /**
     * Returns a copy with other calendar dates.
     *
     * @param newDates the dates, null for whole years
     * @return the changed copy, not null
     */
    public Observation withDates(@Nullable DatePeriod newDates) {
        return new Observation(year, startYear, value, unit, bound, status, historical, source, state, newDates,
                dimensions);
    }

    /**
     * Returns a copy for another part of the whole.
     *
     * @param newDimensions the dimensions, not null
     * @return the changed copy, not null
     */
    public Observation withDimensions(Dimensions newDimensions) {
        return new Observation(year, startYear, value, unit, bound, status, historical, source, state, dates,
                newDimensions);
    }
}
