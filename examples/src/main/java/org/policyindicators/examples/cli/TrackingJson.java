package org.policyindicators.examples.cli;

import java.util.function.Function;

import org.policyindicators.core.Observation;
import org.policyindicators.core.analysis.PlanTracking;
import org.policyindicators.core.analysis.PlanTracking.GroupCounts;
import org.policyindicators.core.analysis.ProgressStatus;
import org.policyindicators.core.analysis.StatusCounts;
import org.policyindicators.core.analysis.TargetAssessment;
import org.policyindicators.core.analysis.TargetAssessment.YearResult;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the tracking part of the JSON report: per plan the year assessed as of and the number
 * of targets per status for the plan, every goal and every category; per target its assessment.
 * Statuses and bases are written as their codes ({@code on-track}, {@code target-year}).
 *
 * <p>This class is stateless and thread-safe.
 */
final class TrackingJson {

    private TrackingJson() {
    }

    /**
     * Writes the tracking view of a plan:
     * {@code {"asOf": 2024, "counts": {…}, "goals": [{"id", "counts"}], "categories": [{"code", "counts"}]}}.
     *
     * @param tracking the tracking view, not null
     * @return the JSON object, not null
     */
    static ObjectNode plan(PlanTracking tracking) {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        node.put("asOf", tracking.asOf().getValue());
        node.set("counts", counts(tracking.counts()));
        ArrayNode goals = node.putArray("goals");
        for (GroupCounts g : tracking.goals()) {
            ObjectNode goal = goals.addObject();
            goal.put("id", g.key());
            goal.set("counts", counts(g.counts()));
        }
        ArrayNode categories = node.putArray("categories");
        for (GroupCounts c : tracking.categories()) {
            ObjectNode category = categories.addObject();
            category.put("code", c.key());
            category.set("counts", counts(c.counts()));
        }
        return node;
    }

    /**
     * Writes a tally: each status code, best first, with its count, then {@code total}.
     *
     * @param counts the tally, not null
     * @return the JSON object, not null
     */
    static ObjectNode counts(StatusCounts counts) {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        for (ProgressStatus s : TrackingText.ORDER) {
            node.put(s.code(), counts.count(s));
        }
        node.put("total", counts.total());
        return node;
    }

    /**
     * Writes the assessment of a target: {@code status}, {@code basis}, {@code due}, the
     * {@code period} when known, the {@code observation} it rests on, the
     * {@code lateAchievement}, and for an annual target its {@code years}.
     *
     * @param a the assessment, not null
     * @param measurement writes an observation as the report does, not null
     * @return the JSON object, not null
     */
    static ObjectNode assessment(TargetAssessment a, Function<Observation, ObjectNode> measurement) {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        node.put("status", a.status().code());
        node.put("basis", a.basis().code());
        node.put("due", a.isDue());
        if (a.period() != null) {
            ObjectNode period = node.putObject("period");
            period.put("start", a.period().start().getValue());
            period.put("end", a.period().end().getValue());
        }
        if (a.observation() != null) {
            node.set("observation", measurement.apply(a.observation()));
        }
        if (a.lateAchievement() != null) {
            node.set("lateAchievement", measurement.apply(a.lateAchievement()));
        }
        if (!a.years().isEmpty()) {
            ArrayNode years = node.putArray("years");
            for (YearResult r : a.years()) {
                ObjectNode year = years.addObject();
                year.put("year", r.year().getValue());
                year.put("status", r.status().code());
                if (r.observation() != null) {
                    year.set("observation", measurement.apply(r.observation()));
                }
            }
        }
        return node;
    }
}
