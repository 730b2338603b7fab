package org.policyindicators.benchmarks.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A plan document. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class PlainPlan {
    /** The kind of a plan. */
    public enum Kind {
        @JsonProperty("five-year-plan") FIVE_YEAR_PLAN,
        @JsonProperty("work-report") WORK_REPORT,
        @JsonProperty("party-congress-report") PARTY_CONGRESS_REPORT,
        @JsonProperty("vision") VISION,
        @JsonProperty("special-plan") SPECIAL_PLAN,
        @JsonProperty("other") OTHER
    }

    /** The format version. */
    public String format;
    /** The identifier. */
    public String id;
    /** The kind. */
    public Kind kind;
    /** The title by language. */
    public Map<String, String> title;
    /** The issuing jurisdiction. */
    public String issuer;
    /** The horizon. */
    public PlainYearRange horizon;
    /** The vision horizon. */
    public PlainYearRange visionHorizon;
    /** The date of adoption, ISO 8601. */
    public String adopted;
    /** The source documents. */
    public List<PlainSource> sources = new ArrayList<>();
    /** Base units of the plan's own. */
    public List<PlainBaseUnit> units = new ArrayList<>();
    /** The goals. */
    public List<PlainGoal> goals = new ArrayList<>();
}
