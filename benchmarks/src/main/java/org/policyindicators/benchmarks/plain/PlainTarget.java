package org.policyindicators.benchmarks.plain;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A target: one subclass per kind, named by the {@code type} property. The fields every kind
 * shares are here; each subclass lists its order so that its own fields come first, as in the
 * format.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PlainTarget.Level.class, name = "level"),
    @JsonSubTypes.Type(value = PlainTarget.Range.class, name = "range"),
    @JsonSubTypes.Type(value = PlainTarget.Multiple.class, name = "multiple"),
    @JsonSubTypes.Type(value = PlainTarget.Change.class, name = "change"),
    @JsonSubTypes.Type(value = PlainTarget.Growth.class, name = "growth"),
    @JsonSubTypes.Type(value = PlainTarget.Cumulative.class, name = "cumulative"),
    @JsonSubTypes.Type(value = PlainTarget.Relative.class, name = "relative"),
    @JsonSubTypes.Type(value = PlainTarget.Direction.class, name = "direction"),
    @JsonSubTypes.Type(value = PlainTarget.Qualitative.class, name = "qualitative"),
    @JsonSubTypes.Type(value = PlainTarget.Rank.class, name = "rank"),
    @JsonSubTypes.Type(value = PlainTarget.Grade.class, name = "grade"),
    @JsonSubTypes.Type(value = PlainTarget.Zero.class, name = "zero"),
    @JsonSubTypes.Type(value = PlainTarget.Share.class, name = "share"),
    @JsonSubTypes.Type(value = PlainTarget.Quota.class, name = "quota"),
})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class PlainTarget {

    /** How a value bounds the target. */
    public enum Comparator {
        @JsonProperty("reach") REACH,
        @JsonProperty("ge") GE,
        @JsonProperty("gt") GT,
        @JsonProperty("le") LE,
        @JsonProperty("lt") LT,
        @JsonProperty("approx") APPROX,
        @JsonProperty("toward") TOWARD
    }

    /** How firm a target is; null for plain. */
    public enum Modality {
        @JsonProperty("plain") PLAIN,
        @JsonProperty("ensure") ENSURE,
        @JsonProperty("strive") STRIVE,
        @JsonProperty("projected") PROJECTED
    }

    /** The year by which it is to be met. */
    public Integer year;
    /** The first year of its period. */
    public Integer startYear;
    /** Whether it applies every year. */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean annual;
    /** The modality, null for plain. */
    public Modality modality;
    /** The original wording by language. */
    public Map<String, String> text;

    /** A level with a comparator. */
    @JsonPropertyOrder({"comparator", "value", "unit", "year", "startYear", "annual", "modality", "text"})
    public static class Level extends PlainTarget {
        /** The comparator. */
        public Comparator comparator;
        /** The value. */
        public BigDecimal value;
        /** The unit, if not the indicator's. */
        public PlainUnit unit;
    }

    /** A range. */
    @JsonPropertyOrder({"min", "max", "unit", "year", "startYear", "annual", "modality", "text"})
    public static class Range extends PlainTarget {
        /** The lower end. */
        public BigDecimal min;
        /** The upper end. */
        public BigDecimal max;
        /** The unit, if not the indicator's. */
        public PlainUnit unit;
    }

    /** A multiple of the baseline. */
    @JsonPropertyOrder({"factor", "comparator", "baseYear", "year", "startYear", "annual", "modality", "text"})
    public static class Multiple extends PlainTarget {
        /** The factor. */
        public BigDecimal factor;
        /** The comparator. */
        public Comparator comparator;
        /** The year of the baseline it multiplies. */
        public Integer baseYear;
    }

    /** A change from the baseline. */
    @JsonPropertyOrder({"mode", "comparator", "value", "unit", "year", "startYear", "annual", "modality", "text"})
    public static class Change extends PlainTarget {
        /** Relative or absolute. */
        public enum Mode {
            @JsonProperty("relative") RELATIVE,
            @JsonProperty("absolute") ABSOLUTE
        }

        /** The mode. */
        public Mode mode;
        /** The comparator. */
        public Comparator comparator;
        /** The signed change. */
        public BigDecimal value;
        /** The unit of the change. */
        public PlainUnit unit;
    }

    /** An average annual growth rate. */
    @JsonPropertyOrder({"comparator", "value", "unit", "year", "startYear", "annual", "modality", "text"})
    public static class Growth extends PlainTarget {
        /** The comparator. */
        public Comparator comparator;
        /** The rate. */
        public BigDecimal value;
        /** The unit of the rate. */
        public PlainUnit unit;
    }

    /** A total over the period. */
    @JsonPropertyOrder({"comparator", "value", "unit", "year", "startYear", "annual", "modality", "text"})
    public static class Cumulative extends PlainTarget {
        /** The comparator. */
        public Comparator comparator;
        /** The total. */
        public BigDecimal value;
        /** The unit, if not the indicator's. */
        public PlainUnit unit;
    }

    /** A reference to an indicator. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public static class IndicatorReference {
        /** The plan identifier, null for the same plan. */
        public String plan;
        /** The indicator identifier. */
        public String indicator;
    }

    /** Relative to another indicator or a benchmark. */
    @JsonPropertyOrder({"comparator", "aspect", "reference", "benchmark", "year", "startYear", "annual", "modality",
        "text"})
    public static class Relative extends PlainTarget {
        /** Level or growth. */
        public enum Aspect {
            @JsonProperty("level") LEVEL,
            @JsonProperty("growth") GROWTH
        }

        /** The comparator. */
        public Comparator comparator;
        /** The aspect compared. */
        public Aspect aspect;
        /** The indicator compared with. */
        public IndicatorReference reference;
        /** The benchmark in words. */
        public Map<String, String> benchmark;
    }

    /** A direction only. */
    @JsonPropertyOrder({"direction", "year", "startYear", "annual", "modality", "text"})
    public static class Direction extends PlainTarget {
        /** The direction of travel. */
        public enum Way {
            @JsonProperty("increase") INCREASE,
            @JsonProperty("decrease") DECREASE,
            @JsonProperty("maintain") MAINTAIN
        }

        /** The direction. */
        public Way direction;
    }

    /** Text only. */
    public static class Qualitative extends PlainTarget {
    }

    /** A rank or tier. */
    @JsonPropertyOrder({"comparator", "rank", "rankKind", "scope", "year", "startYear", "annual", "modality", "text"})
    public static class Rank extends PlainTarget {
        /** Position or tier. */
        public enum Kind {
            @JsonProperty("position") POSITION,
            @JsonProperty("tier") TIER
        }

        /** The comparator. */
        public Comparator comparator;
        /** The rank. */
        public int rank;
        /** The kind of rank. */
        public Kind rankKind;
        /** The ranking in words. */
        public Map<String, String> scope;
    }

    /** An ordinal grade. */
    @JsonPropertyOrder({"comparator", "grade", "lowerIsBetter", "label", "scale", "year", "startYear", "annual",
        "modality", "text"})
    public static class Grade extends PlainTarget {
        /** The comparator. */
        public Comparator comparator;
        /** The grade. */
        public int grade;
        /** Whether a lower grade is better. */
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        public boolean lowerIsBetter;
        /** The grade in words. */
        public Map<String, String> label;
        /** The scale in words. */
        public Map<String, String> scale;
    }

    /** Nothing left. */
    public static class Zero extends PlainTarget {
    }

    /** A share of a whole. */
    @JsonPropertyOrder({"comparator", "value", "unit", "whole", "wholeIndicator", "year", "startYear", "annual",
        "modality", "text"})
    public static class Share extends PlainTarget {
        /** The comparator. */
        public Comparator comparator;
        /** The share. */
        public BigDecimal value;
        /** The unit of the share. */
        public PlainUnit unit;
        /** The whole in words. */
        public Map<String, String> whole;
        /** The indicator that is the whole. */
        public IndicatorReference wholeIndicator;
    }

    /** A quota set by a higher level. */
    @JsonPropertyOrder({"comparator", "assignedBy", "value", "unit", "year", "startYear", "annual", "modality",
        "text"})
    public static class Quota extends PlainTarget {
        /** The comparator. */
        public Comparator comparator;
        /** Who set the quota, in words. */
        public Map<String, String> assignedBy;
        /** The value. */
        public BigDecimal value;
        /** The unit, if not the indicator's. */
        public PlainUnit unit;
    }
}
