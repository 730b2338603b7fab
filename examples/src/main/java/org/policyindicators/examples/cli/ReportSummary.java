package org.policyindicators.examples.cli;

import java.util.List;

import org.policyindicators.core.analysis.StatusCounts;

/**
 * The totals at the end of a report.
 *
 * @param plans the number of plans
 * @param validPlans the number of plans without errors
 * @param indicators the number of indicators in all plans
 * @param targets the number of targets in all plans
 * @param observations the number of observations in all plans
 * @param jurisdictions the number of jurisdictions in the list
 * @param errors the number of errors, in the plans and the jurisdiction list
 * @param warnings the number of warnings, likewise
 * @param infos the number of infos, likewise
 * @param statuses the number of targets with each status (of its assessment), in all plans, not null
 */
record ReportSummary(int plans, int validPlans, int indicators, int targets, int observations, int jurisdictions,
        int errors, int warnings, int infos, StatusCounts statuses) {

    /**
     * Creates a summary.
     *
     * @param plans see the class documentation
     * @param validPlans see the class documentation
     * @param indicators see the class documentation
     * @param targets see the class documentation
     * @param observations see the class documentation
     * @param jurisdictions see the class documentation
     * @param errors see the class documentation
     * @param warnings see the class documentation
     * @param infos see the class documentation
     * @param statuses see the class documentation
     */
    ReportSummary {
        java.util.Objects.requireNonNull(statuses, "statuses");
    }

    /**
     * Adds up the reports of plans and the findings of the jurisdiction list.
     *
     * @param reports the reports of the plans, not null
     * @param jurisdictions the number of jurisdictions
     * @param jurisdictionFindings the findings in the jurisdiction list, not null
     * @return the summary, not null
     */
    static ReportSummary of(List<PlanReport> reports, int jurisdictions, List<ReportFinding> jurisdictionFindings) {
        int valid = 0;
        int indicators = 0;
        int targets = 0;
        int observations = 0;
        int[] bySeverity = new int[3];
        StatusCounts statuses = StatusCounts.NONE;
        for (PlanReport r : reports) {
            statuses = statuses.plus(r.tracking().counts());
            valid += r.valid() ? 1 : 0;
            indicators += r.indicatorCount();
            targets += r.targetCount();
            observations += r.observationCount();
            r.findings().forEach(f -> bySeverity[index(f)]++);
        }
        jurisdictionFindings.forEach(f -> bySeverity[index(f)]++);
        return new ReportSummary(reports.size(), valid, indicators, targets, observations, jurisdictions,
                bySeverity[0], bySeverity[1], bySeverity[2], statuses);
    }

    private static int index(ReportFinding f) {
        return switch (f.severity()) {
            case ReportFinding.ERROR -> 0;
            case ReportFinding.WARNING -> 1;
            default -> 2;
        };
    }
}
