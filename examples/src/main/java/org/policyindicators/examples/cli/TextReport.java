package org.policyindicators.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.analysis.Progress;
import org.policyindicators.examples.cli.PlanReport.IndicatorProgress;
import org.policyindicators.examples.cli.PlanReport.Section;
import org.policyindicators.examples.cli.PlanReport.TargetProgress;
import org.policyindicators.examples.cli.TextTable.Align;
import org.policyindicators.examples.cli.TextTable.Column;

/**
 * Lays a report out as text for a terminal of 100 columns: per plan a heading, a table of
 * indicators and targets, the tracking counts and notes ({@link TrackingText}), and the
 * findings; at the end a summary. No line is wider than
 * {@link #WIDTH} display columns; names that do not fit are cut with an ellipsis.
 *
 * <p>This class is immutable and thread-safe.
 */
final class TextReport {

    /** The widest line, in display columns: one less than the terminal, which may wrap at its edge. */
    static final int WIDTH = 99;

    private static final int INDENT = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SHARE_LIMIT = BigDecimal.valueOf(999);
    private static final BigDecimal NEGATIVE_SHARE_LIMIT = BigDecimal.valueOf(-99);

    private final Labels labels;

    /**
     * Creates a layout in the language of the labels.
     *
     * @param labels the labels, not null
     */
    TextReport(Labels labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    /**
     * Lays out one plan: heading, table, findings.
     *
     * @param report the report of the plan, not null
     * @return the lines, not null
     */
    List<String> plan(PlanReport report) {
        Plan plan = report.plan();
        Describe describe = new Describe(labels, plan.unitCatalog());
        List<String> out = new ArrayList<>();
        out.add(DisplayWidth.fit(plan.id() + "  " + describe.text(plan.title()), WIDTH).stripTrailing());
        String horizon = plan.horizon().toString().replace('/', '-');
        if (plan.visionHorizon() != null) {
            horizon = labels.get("plan.vision", horizon, plan.visionHorizon().toString().replace('/', '-'));
        }
        String issuerName = describe.text(report.issuerName());
        String issuer = issuerName.isEmpty() ? plan.issuer() : issuerName + " (" + plan.issuer() + ")";
        String kind = labels.has("plan.kind." + plan.kind().code()) ? labels.get("plan.kind." + plan.kind().code())
                : plan.kind().code();
        out.addAll(wrap(labels.get("plan.line", kind, horizon, issuer)));
        out.add(labels.get("plan.counts", report.indicatorCount(), report.targetCount(), report.observationCount()));
        out.add("");
        out.addAll(table(report, describe).render());
        out.add("");
        out.addAll(new TrackingText(labels).plan(report, describe));
        out.add("");
        out.addAll(findings(report.findings()));
        return out;
    }

    /**
     * Builds the table of a plan's indicators: one row per target, the indicator's name, unit,
     * baseline and latest observation on its first row.
     *
     * @param report the report, not null
     * @param describe the describer of the plan, not null
     * @return the table, not null
     */
    TextTable table(PlanReport report, Describe describe) {
        TextTable table = new TextTable(List.of(
                new Column(labels.get("column.indicator"), 21, Align.LEFT),
                new Column(labels.get("column.unit"), 8, Align.LEFT),
                new Column(labels.get("column.baseline"), 13, Align.LEFT),
                new Column(labels.get("column.target"), 24, Align.LEFT),
                new Column(labels.get("column.latest"), 13, Align.LEFT),
                new Column(labels.get("column.progress"), 5, Align.RIGHT),
                new Column(labels.get("column.status"), 9, Align.LEFT)));
        for (Section section : report.sections()) {
            String title = describe.text(section.goal().title());
            table.span(labels.get("goal.heading", title.isEmpty() ? section.goal().id() : title));
            for (IndicatorProgress row : section.indicators()) {
                addRows(table, row, describe);
            }
        }
        return table;
    }

    private void addRows(TextTable table, IndicatorProgress row, Describe describe) {
        Indicator indicator = row.indicator();
        String name = describe.text(indicator.name());
        String unit = describe.unit(indicator.unit());
        String baseline = row.baseline() == null ? "" : describe.measurement(row.baseline(), indicator.unit());
        if (row.targets().isEmpty()) {
            String latest = row.latest() == null ? "" : describe.measurement(row.latest(), indicator.unit());
            table.row(List.of(name.isEmpty() ? indicator.id() : name, unit, baseline, labels.get("target.none"),
                    latest, "", labels.get("status.no-target")));
            return;
        }
        boolean first = true;
        Observation shown = row.latest();
        for (TargetProgress t : row.targets()) {
            String target = describe.target(t.target(), t.implied(), indicator.unit());
            // a target of a part, or of a dated period, is assessed against an observation of its own
            Observation own = t.observation();
            String observed = "";
            if (first) {
                shown = own != null ? own : row.latest();
                observed = shown == null ? "" : describe.measurement(shown, indicator.unit(),
                        t.target().dimensions());
            } else if (own != null && !own.equals(shown)) {
                shown = own;
                observed = describe.measurement(own, indicator.unit(), t.target().dimensions());
            }
            table.row(first
                    ? List.of(name.isEmpty() ? indicator.id() : name, unit, baseline, target, observed,
                            done(t.progress()), status(t.progress()))
                    : List.of("", "", "", target, observed, done(t.progress()), status(t.progress())));
            first = false;
        }
    }

    /**
     * Writes how far a target is done: the share of the way, or for an average target the
     * years its mean rests on, {@code 3/5}.
     *
     * @param progress the progress, null if there is no observation
     * @return the text, empty when not computed
     */
    static String done(@Nullable Progress progress) {
        if (progress != null && progress.yearsInPeriod() > 0) {
            return progress.yearsObserved() + "/" + progress.yearsInPeriod();
        }
        return share(progress);
    }

    /**
     * Writes the share of the way to the target in whole percent, {@code 61%}; above 999 % as
     * {@code >999%} and below −99 % as {@code <-99%}, so that the column keeps its width.
     *
     * @param progress the progress, null if there is no observation
     * @return the text, empty when not computed
     */
    static String share(@Nullable Progress progress) {
        if (progress == null || progress.share() == null) {
            return "";
        }
        BigDecimal percent = progress.share().multiply(HUNDRED).setScale(0, RoundingMode.HALF_EVEN);
        if (percent.compareTo(SHARE_LIMIT) > 0) {
            return ">999%";
        }
        if (percent.compareTo(NEGATIVE_SHARE_LIMIT) < 0) {
            return "<-99%";
        }
        return percent.toPlainString() + "%";
    }

    private String status(@Nullable Progress progress) {
        return progress == null ? labels.get("status.no-data") : labels.get("status." + progress.status().code());
    }

    /**
     * Lays out findings: a count line, then one entry per finding, wrapped.
     *
     * @param findings the findings, not null
     * @return the lines, not null
     */
    List<String> findings(List<ReportFinding> findings) {
        List<String> out = new ArrayList<>();
        if (findings.isEmpty()) {
            out.add(labels.get("findings.none"));
            return out;
        }
        out.add(labels.get("findings.heading", count(findings, ReportFinding.ERROR),
                count(findings, ReportFinding.WARNING), count(findings, ReportFinding.INFO)));
        for (ReportFinding f : findings) {
            out.addAll(wrap("  " + finding(f)));
        }
        return out;
    }

    /**
     * Writes one finding on one line, before wrapping: severity, code, path and message.
     *
     * @param f the finding, not null
     * @return the text, not null
     */
    String finding(ReportFinding f) {
        String path = f.path().isEmpty() ? "/" : f.path();
        return labels.get("finding.line", labels.get("severity." + f.severity()), f.code(), path, f.message());
    }

    /**
     * Lays out the summary of all plans and the jurisdiction list.
     *
     * @param summary the summary, not null
     * @return the lines, not null
     */
    List<String> summary(ReportSummary summary) {
        List<String> out = new ArrayList<>();
        out.add("=".repeat(WIDTH));
        out.add(labels.get("summary.heading"));
        out.addAll(wrap(labels.get("summary.plans", summary.plans(), summary.validPlans(), summary.indicators(),
                summary.targets(), summary.observations())));
        out.add(labels.get("summary.jurisdictions", summary.jurisdictions()));
        out.add(labels.get("summary.findings", summary.errors(), summary.warnings(), summary.infos()));
        return out;
    }

    private static int count(List<ReportFinding> findings, String severity) {
        return (int) findings.stream().filter(f -> f.severity().equals(severity)).count();
    }

    /**
     * Wraps a line to {@link #WIDTH} display columns, at a space where there is one in the
     * second half of the line (English), anywhere otherwise (Chinese); continuation lines are
     * indented by four spaces.
     *
     * @param text the text, not null
     * @return the lines, not null
     */
    static List<String> wrap(String text) {
        List<String> out = new ArrayList<>();
        String rest = text;
        String indent = "";
        while (DisplayWidth.of(indent + rest) > WIDTH) {
            int available = WIDTH - indent.length();
            int cut = cutIndex(rest, available);
            out.add((indent + rest.substring(0, cut)).stripTrailing());
            rest = rest.substring(cut).stripLeading();
            indent = " ".repeat(INDENT);
        }
        out.add(indent + rest);
        return out;
    }

    /** The index at which to cut so that the head is at most {@code width} columns wide. */
    private static int cutIndex(String s, int width) {
        int used = 0;
        int i = 0;
        int lastSpace = -1;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int w = DisplayWidth.of(cp);
            if (used + w > width) {
                break;
            }
            if (cp == ' ') {
                lastSpace = i;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return lastSpace > width / 2 ? lastSpace : Math.max(i, 1);
    }
}
