package org.policyindicators.examples.cli;

import java.time.Year;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Target;
import org.policyindicators.core.Text;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.analysis.ImpliedTarget;
import org.policyindicators.core.analysis.IndicatorTracking;
import org.policyindicators.core.analysis.Pairing;
import org.policyindicators.core.analysis.PlanTracking;
import org.policyindicators.core.analysis.Progress;
import org.policyindicators.core.analysis.TargetAssessment;

/**
 * What the report says about one plan: per top-level goal, each indicator with its latest
 * baseline and observation, and each target with the level it implies and its assessment by the
 * observations of its own period (see {@link TargetAssessment}); the counts of targets by status
 * per plan, goal and category (see {@link PlanTracking}); then the validator's findings.
 *
 * <p>The sections may list fewer targets than the plan has ({@link StatusFilter}); the counts
 * and the tracking are always those of the whole plan.
 *
 * @param plan the plan, not null
 * @param issuerName the name of the issuing jurisdiction, empty if not known, not null
 * @param sections one per top-level goal, with the indicators of the goal and its sub-goals, not null
 * @param findings the findings of the validator, not null
 * @param tracking the tracking view of the plan, not null
 */
record PlanReport(Plan plan, Text issuerName, List<Section> sections, List<ReportFinding> findings,
        PlanTracking tracking) {

    /**
     * Creates a report, copying the lists.
     *
     * @param plan see the class documentation
     * @param issuerName see the class documentation
     * @param sections see the class documentation
     * @param findings see the class documentation
     * @param tracking see the class documentation
     */
    PlanReport {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(issuerName, "issuerName");
        sections = List.copyOf(sections);
        findings = List.copyOf(findings);
        Objects.requireNonNull(tracking, "tracking");
    }

    /**
     * Assesses every target of a plan as of the year of the plan's latest observation.
     *
     * @param plan the plan, not null
     * @param issuerName the name of the issuer, empty if not known, not null
     * @param findings the findings of the validator for the plan, not null
     * @return the report, not null
     */
    static PlanReport of(Plan plan, Text issuerName, List<ReportFinding> findings) {
        return of(plan, issuerName, findings, null);
    }

    /**
     * Assesses every target of a plan by the observations of its own period as of a year.
     *
     * @param plan the plan, not null
     * @param issuerName the name of the issuer, empty if not known, not null
     * @param findings the findings of the validator for the plan, not null
     * @param asOf the last year that is over, null for the year of the plan's latest observation
     * @return the report, not null
     */
    static PlanReport of(Plan plan, Text issuerName, List<ReportFinding> findings, @Nullable Year asOf) {
        UnitCatalog units = plan.unitCatalog();
        PlanTracking tracking = asOf == null ? PlanTracking.of(plan) : PlanTracking.of(plan, asOf);
        Map<Indicator, IndicatorTracking> byIndicator = new IdentityHashMap<>();
        tracking.indicators().forEach(t -> byIndicator.put(t.indicator(), t));
        List<Section> sections = new ArrayList<>();
        for (Goal goal : plan.goals()) {
            List<IndicatorProgress> indicators = goal.allIndicators()
                    .map(i -> IndicatorProgress.of(i, units, byIndicator.get(i))).toList();
            sections.add(new Section(goal, indicators));
        }
        return new PlanReport(plan, issuerName, sections, findings, tracking);
    }

    /**
     * Returns this report with other sections, such as fewer targets of the same plan; the
     * counts and the tracking stay those of the plan.
     *
     * @param shown the sections to show, not null
     * @return the report, not null
     */
    PlanReport withSections(List<Section> shown) {
        return new PlanReport(plan, issuerName, shown, findings, tracking);
    }

    /**
     * Returns the number of indicators in the plan.
     *
     * @return the count
     */
    int indicatorCount() {
        return (int) plan.allIndicators().count();
    }

    /**
     * Returns the number of targets in the plan.
     *
     * @return the count
     */
    int targetCount() {
        return plan.allIndicators().mapToInt(i -> i.targets().size()).sum();
    }

    /**
     * Returns the number of observations in the plan.
     *
     * @return the count
     */
    int observationCount() {
        return plan.allIndicators().mapToInt(i -> i.observations().size()).sum();
    }

    /**
     * Returns the number of findings of a severity.
     *
     * @param severity the severity code, not null
     * @return the count
     */
    int count(String severity) {
        return (int) findings.stream().filter(f -> f.severity().equals(severity)).count();
    }

    /**
     * Returns whether the plan has no error.
     *
     * @return true if valid
     */
    boolean valid() {
        return findings.stream().noneMatch(ReportFinding::isError);
    }

    /**
     * The indicators under one top-level goal.
     *
     * @param goal the goal, not null
     * @param indicators the indicators of the goal and of its sub-goals, depth first, not null
     */
    record Section(Goal goal, List<IndicatorProgress> indicators) {

        /**
         * Creates a section, copying the list.
         *
         * @param goal see the class documentation
         * @param indicators see the class documentation
         */
        Section {
            Objects.requireNonNull(goal, "goal");
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * One indicator with the values the report shows.
     *
     * @param indicator the indicator, not null
     * @param baseline its latest baseline of the whole (or, without one, of any part), null if none
     * @param latest its latest observation of the whole (or, without one, of any part), null if none
     * @param targets its targets in order, each assessed, not null
     */
    record IndicatorProgress(Indicator indicator, @Nullable Baseline baseline, @Nullable Observation latest,
            List<TargetProgress> targets) {

        /**
         * Creates an indicator's progress, copying the list.
         *
         * @param indicator see the class documentation
         * @param baseline see the class documentation
         * @param latest see the class documentation
         * @param targets see the class documentation
         */
        IndicatorProgress {
            Objects.requireNonNull(indicator, "indicator");
            targets = List.copyOf(targets);
        }

        /**
         * Takes each target of an indicator with its assessment by the observations of its own
         * period (of the same dimensions, inside its dated period where both have dates, not
         * historical and not from before its baseline; see {@link TargetAssessment}).
         *
         * @param indicator the indicator, not null
         * @param units the unit catalogue of the plan, not null
         * @param tracking the tracking view of the indicator, not null
         * @return the progress, not null
         */
        static IndicatorProgress of(Indicator indicator, UnitCatalog units, IndicatorTracking tracking) {
            Observation latest = Pairing.latestObservation(indicator, Dimensions.TOTAL)
                    .or(indicator::latestObservation).orElse(null);
            Baseline baseline = Pairing.baselineFor(indicator, null, Dimensions.TOTAL)
                    .or(() -> indicator.baselineFor(null)).orElse(null);
            List<TargetProgress> targets = new ArrayList<>();
            for (TargetAssessment assessment : tracking.targets()) {
                ImpliedTarget implied = ImpliedTarget.of(indicator, assessment.target(), units).orElse(null);
                targets.add(new TargetProgress(implied, assessment));
            }
            return new IndicatorProgress(indicator, baseline, latest, targets);
        }
    }

    /**
     * One target with the level it implies and its assessment; the target, the observation the
     * assessment rests on and its progress are the assessment's.
     *
     * @param implied the level the target implies, null if none
     * @param assessment the assessment of the target by the observations of its own period, not null
     */
    record TargetProgress(@Nullable ImpliedTarget implied, TargetAssessment assessment) {

        /**
         * Creates a target's progress.
         *
         * @param implied see the class documentation
         * @param assessment see the class documentation
         */
        TargetProgress {
            Objects.requireNonNull(assessment, "assessment");
        }

        /** Returns the target assessed. */
        Target target() {
            return assessment.target();
        }

        /** Returns the observation the assessment rests on, null if none. */
        @Nullable Observation observation() {
            return assessment.observation();
        }

        /** Returns the progress of that observation, with the assessment's status; null if there is none. */
        @Nullable Progress progress() {
            return assessment.progress();
        }
    }
}
