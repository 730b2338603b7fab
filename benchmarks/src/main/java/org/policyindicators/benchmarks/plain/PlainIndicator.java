package org.policyindicators.benchmarks.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An indicator. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class PlainIndicator {
    /** Binding or indicative. */
    public enum Attribute {
        @JsonProperty("binding") BINDING,
        @JsonProperty("indicative") INDICATIVE
    }

    /** Which direction is better. */
    public enum Polarity {
        @JsonProperty("higher-is-better") HIGHER_IS_BETTER,
        @JsonProperty("lower-is-better") LOWER_IS_BETTER,
        @JsonProperty("within-range") WITHIN_RANGE,
        @JsonProperty("neutral") NEUTRAL
    }

    /** The identifier. */
    public String id;
    /** The name by language. */
    public Map<String, String> name;
    /** The definition by language. */
    public Map<String, String> definition;
    /** The unit. */
    public PlainUnit unit;
    /** The category code. */
    public String category;
    /** The attribute. */
    public Attribute attribute;
    /** The polarity. */
    public Polarity polarity;
    /** The baselines. */
    public List<PlainMeasurement.Baseline> baselines = new ArrayList<>();
    /** The targets. */
    public List<PlainTarget> targets = new ArrayList<>();
    /** The observations. */
    public List<PlainMeasurement.Observation> observations = new ArrayList<>();
    /** The identifiers of the component indicators. */
    public List<String> components = new ArrayList<>();
    /** Where the numbers came from. */
    public List<Provenance> provenance = new ArrayList<>();

    /** A quote from a source document. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public static class Provenance {
        /** The source document identifier. */
        public String document;
        /** The quote. */
        public String quote;
        /** Where in the document. */
        public String location;
    }
}
