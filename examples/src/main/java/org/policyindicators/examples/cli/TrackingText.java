package org.policyindicators.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Unit;
import org.policyindicators.core.analysis.PlanTracking;
import org.policyindicators.core.analysis.PlanTracking.GroupCounts;
import org.policyindicators.core.analysis.ProgressStatus;
import org.policyindicators.core.analysis.StatusCounts;
import org.policyindicators.core.analysis.TargetAssessment;
import org.policyindicators.core.analysis.TargetAssessment.Basis;
import org.policyindicators.core.analysis.TargetAssessment.YearResult;
import org.policyindicators.examples.cli.PlanReport.IndicatorProgress;
import org.policyindicators.examples.cli.PlanReport.Section;
import org.policyindicators.examples.cli.PlanReport.TargetProgress;
import org.policyindicators.examples.cli.TextTable.Align;
import org.policyindicators.examples.cli.TextTable.Column;

/**
 * Lays out the tracking part of a plan's text report: the year it is assessed as of, a table of
 * the number of targets per status for the plan, each top-level goal and each category, and a note
 * for each target whose status needs one: missed (with a late achievement), no observation of
 * its year, years missing, an annual target year by year, a flow's target before its year, or a
 * status resting on a value that is not actual. Lines are at most {@link TextReport#lineWidth()}
 * display columns; long names wrap.
 *
 * <p>This class is immutable and thread-safe.
 */
final class TrackingText {

    /** The statuses in the order the counts list them, best first. */
    static final List<ProgressStatus> ORDER = StatusWords.ORDER;

    private final Labels labels;
    private final TextReport text;

    /**
     * Creates a layout in the language of the labels, as wide as a text report.
     *
     * @param labels the labels, not null
     * @param text the text report it is part of, for its width, not null
     */
    TrackingText(Labels labels, TextReport text) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * Lays out the tracking part of one plan: the counts of the whole plan, and the notes on the
     * targets listed.
     *
     * @param report the report of the plan, with all its targets, not null
     * @param shown the report of the targets listed ({@code --only}), not null
     * @param describe the describer of the plan, not null
     * @return the lines, not null
     */
    List<String> plan(PlanReport report, PlanReport shown, Describe describe) {
        PlanTracking tracking = report.tracking();
        List<String> out = new ArrayList<>();
        String year = String.valueOf(tracking.asOf().getValue());
        out.addAll(text.wrap(labels.get("tracking.heading", year)));
        out.add("");
        out.addAll(counts(report, describe).render());
        List<String> notes = new ArrayList<>();
        for (Section section : shown.sections()) {
            for (IndicatorProgress row : section.indicators()) {
                for (TargetProgress t : row.targets()) {
                    String note = note(t.assessment(), row.indicator(), describe);
                    if (note != null) {
                        String name = describe.text(row.indicator().name());
                        notes.addAll(text.wrap("  " + labels.get("tracking.note",
                                name.isEmpty() ? row.indicator().id() : name,
                                describe.target(t.target(), t.implied(), row.indicator().unit()), note)));
                    }
                }
            }
        }
        if (!notes.isEmpty()) {
            out.add("");
            out.add(labels.get("tracking.notes"));
            out.addAll(notes);
        }
        return out;
    }

    /**
     * Builds the table of counts: one row for the whole plan, one per top-level goal (its
     * sub-goals included), one per category; a column per status, best first.
     *
     * @param report the report of the plan, not null
     * @param describe the describer of the plan, not null
     * @return the table, not null
     */
    TextTable counts(PlanReport report, Describe describe) {
        PlanTracking tracking = report.tracking();
        List<Column> columns = new ArrayList<>();
        int used = 0;
        for (ProgressStatus s : ORDER) {
            String header = labels.get("status." + s.code());
            int width = Math.max(DisplayWidth.of(header), 4);
            columns.add(new Column(header, width, Align.RIGHT));
            used += width + 1;
        }
        columns.add(0, new Column(labels.get("tracking.group"), text.lineWidth() - used, Align.LEFT));
        TextTable table = new TextTable(columns);
        table.row(row(labels.get("tracking.plan"), tracking.counts()));
        Map<String, StatusCounts> goals = tracking.goals().stream()
                .collect(Collectors.toMap(GroupCounts::key, GroupCounts::counts, (a, b) -> a));
        for (Section section : report.sections()) {
            String title = describe.text(section.goal().title());
            table.row(row(labels.get("goal.heading", title.isEmpty() ? section.goal().id() : title),
                    goals.getOrDefault(section.goal().id(), StatusCounts.NONE)));
        }
        for (GroupCounts category : tracking.categories()) {
            table.row(row(labels.get("tracking.category", category.key()), category.counts()));
        }
        return table;
    }

    private static List<String> row(String name, StatusCounts counts) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        for (ProgressStatus s : ORDER) {
            cells.add(String.valueOf(counts.count(s)));
        }
        return cells;
    }

    /**
     * Writes what a target's status rests on, when the status alone does not say it.
     *
     * @param a the assessment, not null
     * @param indicator the indicator, not null
     * @param describe the describer of the plan, not null
     * @return the note, null when none is needed
     */
    @Nullable String note(TargetAssessment a, Indicator indicator, Describe describe) {
        Unit unit = indicator.unit();
        List<String> parts = new ArrayList<>();
        Observation used = a.observation();
        String year = a.target().year() == null ? "" : String.valueOf(a.target().year().getValue());
        if (a.basis() == Basis.TARGET_YEAR && a.status() == ProgressStatus.MISSED && used != null) {
            parts.add(labels.get("tracking.missed", year, describe.measurement(used, unit, a.target().dimensions())));
        } else if (a.basis() == Basis.NO_DATA_FOR_TARGET_YEAR) {
            parts.add(labels.get("tracking.no-data", year));
        } else if (a.basis() == Basis.EACH_YEAR || a.basis() == Basis.MISSING_YEARS && !a.years().isEmpty()) {
            parts.add(labels.get("tracking.years", a.years().stream().map(this::year)
                    .collect(Collectors.joining(", "))));
        } else if (a.basis() == Basis.MISSING_YEARS) {
            parts.add(labels.get("tracking.missing-years"));
        } else if (a.basis() == Basis.FLOW_NOT_DUE) {
            parts.add(labels.get("tracking.flow-not-due", year));
        }
        if (a.lateAchievement() != null) {
            parts.add(labels.get("tracking.late", describe.measurement(a.lateAchievement(), unit,
                    a.target().dimensions())));
        }
        if (used != null && used.status() != ObservationStatus.ACTUAL && a.basis() != Basis.EACH_YEAR) {
            parts.add(labels.get("tracking.rests-on", labels.get("html.observation." + used.status().code()),
                    describe.measurement(used, unit, a.target().dimensions())));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private String year(YearResult r) {
        String status = r.observation() == null ? labels.get("status.no-data") : labels.get("status." + r.status().code());
        return r.year().getValue() + " " + status;
    }
}
