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
 * @param value the value exactly as stated, not null
 * @param unit the unit of the value, null for the unit of the indicator
 * @param bound how the stated value bounds the real one, null when stated exactly
 * @param status how final the value is, not null
 * @param historical whether the value reports history before the baseline on purpose
 * @param source the identifier of the source document in the plan, null if not stated
 */
public record Observation(Year year, @Nullable Year startYear, BigDecimal value, @Nullable Unit unit,
        @Nullable Comparator bound, ObservationStatus status, boolean historical, @Nullable String source)
        implements Measurement {

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
     */
    public Observation {
        Checks.notNull(year, "year");
        Checks.notNull(value, "value");
        Checks.notNull(status, "status");
        if (source != null) {
            Identifiers.requireNotBlank(source, "source");
        }
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
     * Returns a copy with another status.
     *
     * @param newStatus the status, not null
     * @return the changed copy, not null
     */
    public Observation withStatus(ObservationStatus newStatus) {
        return new Observation(year, startYear, value, unit, bound, newStatus, historical, source);
    }

    /**
     * Returns a copy with another source document.
     *
     * @param newSource the source document identifier, null for none
     * @return the changed copy, not null
     */
    public Observation withSource(@Nullable String newSource) {
        return new Observation(year, startYear, value, unit, bound, status, historical, newSource);
    }
}
