package org.policyindicators.benchmarks.plain;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The values of an indicator: baselines and observations. */
public final class PlainMeasurement {

    private PlainMeasurement() {
    }

    /** A baseline. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public static class Baseline {
        /** The year. */
        public Integer year;
        /** The first year of a period. */
        public Integer startYear;
        /** The value. */
        public BigDecimal value;
        /** The unit, if not the indicator's. */
        public PlainUnit unit;
        /** How the stated value bounds the real one. */
        public PlainTarget.Comparator bound;
    }

    /** An observation. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public static class Observation {
        /** How final a value is. */
        public enum Status {
            @JsonProperty("actual") ACTUAL,
            @JsonProperty("provisional") PROVISIONAL,
            @JsonProperty("estimated") ESTIMATED,
            @JsonProperty("projected") PROJECTED
        }

        /** The year. */
        public Integer year;
        /** The first year of a period. */
        public Integer startYear;
        /** The value. */
        public BigDecimal value;
        /** The unit, if not the indicator's. */
        public PlainUnit unit;
        /** How the stated value bounds the real one. */
        public PlainTarget.Comparator bound;
        /** The status. */
        public Status status;
        /** Whether it reports history before the baseline on purpose. */
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        public boolean historical;
        /** The source document identifier. */
        public String source;
    }
}
