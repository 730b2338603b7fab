package org.policyindicators.benchmarks.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A goal. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class PlainGoal {
    /** The identifier. */
    public String id;
    /** The title by language. */
    public Map<String, String> title;
    /** The description by language. */
    public Map<String, String> description;
    /** The category code. */
    public String category;
    /** The goal's own horizon. */
    public PlainYearRange horizon;
    /** The goals of other plans this goal contributes to. */
    public List<GoalReference> alignsWith = new ArrayList<>();
    /** The indicators. */
    public List<PlainIndicator> indicators = new ArrayList<>();
    /** The sub-goals. */
    public List<PlainGoal> goals = new ArrayList<>();

    /** A reference to a goal of another plan. */
    public static class GoalReference {
        /** The plan identifier. */
        public String plan;
        /** The goal identifier. */
        public String goal;
    }
}
