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
import org.policyindicators.core.analysis.StatusCounts;
import org.policyindicators.examples.cli.PlanReport.IndicatorProgress;
import org.policyindicators.examples.cli.PlanReport.Section;
import org.policyindicators.examples.cli.PlanReport.TargetProgress;
import org.policyindicators.examples.cli.TextTable.Align;
import org.policyindicators.examples.cli.TextTable.Column;

/**
 * Lays a report out as text for a terminal, 100 columns wide unless told otherwise: per plan a
 * heading, a table of indicators and targets, the tracking counts and notes
 * ({@link TrackingText}), and the findings; at the end a summary with the number of targets per
 * status. No line is wider than {@link #lineWidth()} display columns, one less than the
 * terminal, which may wrap a line at its edge. Nothing is cut: names and other texts too long
 * for their column are {@linkplain DisplayWidth#wrap(String, int) wrapped} in it, so that a row
 * may take several lines. The status of a target is that of its assessment by the observations
 * of its own period.
 *
 * <p>With a {@link StatusFilter}, the table and the notes list only the targets of the statuses
 * asked for; the counts and findings are those of the whole plan.
 *
 * <p>This class is immutable and thread-safe.
 */
final class TextReport {

    /** The width of the terminal the report is laid out for, unless told otherwise. */
    static final int DEFAULT_TERMINAL_WIDTH = 100;

    /** The widest line at the default terminal width. */
    static final int WIDTH = DEFAULT_TERMINAL_WIDTH - 1;

    /** The narrowest terminal the table fits in. */
    static final int MIN_TERMINAL_WIDTH = 60;

    private static final int INDENT = 4;
    /** The least room beside a plan's identifier for its title to start on the same line. */
    private static final int MIN_HEADING = 20;
    /** The indent of the second and later lines of an indicator's name, so that they do not read as a new indicator. */
    private static final int NAME_HANG = 2;
    /** The width of the progress column: {@code >999%}, {@code <-99%}, {@code 10/10}. */
    private static final int DONE_WIDTH = 5;
    /** The number of columns of the table. */
    private static final int COLUMNS = 7;
    /** The narrowest column that shares the width. */
    private static final int MIN_COLUMN = 4;
    /** The widest unit column, enough for {@code establishments}; longer units wrap. */
    private static final int MAX_UNIT_WIDTH = 14;
    /** The shares of name, baseline, target and latest in the width that unit, progress and status leave. */
    private static final int[] SHARES = {21, 13, 24, 13};
    /** The widest piece of a cell, such as {@code 1.1654441001770202}, that a column widens for rather than split it. */
    private static final int MAX_WORD_WIDTH = 20;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SHARE_LIMIT = BigDecimal.valueOf(999);
    private static final BigDecimal NEGATIVE_SHARE_LIMIT = BigDecimal.valueOf(-99);

    private final Labels labels;
    private final int width;
    private final StatusFilter filter;

    /**
     * Creates a layout in the language of the labels, for a terminal of 100 columns, of every target.
     *
     * @param labels the labels, not null
     */
    TextReport(Labels labels) {
        this(labels, DEFAULT_TERMINAL_WIDTH, StatusFilter.ALL);
    }

    /**
     * Creates a layout in the language of the labels.
     *
     * @param labels the labels, not null
     * @param terminalWidth the width of the terminal, at least {@link #MIN_TERMINAL_WIDTH}
     * @param filter the targets the tables list, not null
     * @throws IllegalArgumentException if the terminal is too narrow
     */
    TextReport(Labels labels, int terminalWidth, StatusFilter filter) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.filter = Objects.requireNonNull(filter, "filter");
        if (terminalWidth < MIN_TERMINAL_WIDTH) {
            throw new IllegalArgumentException("A terminal of " + terminalWidth + " columns is narrower than "
                    + MIN_TERMINAL_WIDTH);
        }
        this.width = terminalWidth - 1;
    }

    /**
     * Returns the widest line of the report.
     *
     * @return the width in display columns
     */
    int lineWidth() {
        return width;
    }

    /**
     * Lays out one plan: heading, table, tracking counts and notes, findings. With a filter, the
     * table and the notes list only the targets it keeps, under a line that says how many
     * indicators it lists.
     *
     * @param report the report of the plan, with all its targets, not null
     * @return the lines, not null
     */
    List<String> plan(PlanReport report) {
        Plan plan = report.plan();
        Describe describe = new Describe(labels, plan.unitCatalog());
        List<String> out = new ArrayList<>();
        out.addAll(heading(plan.id(), describe.text(plan.title())));
        String horizon = plan.horizon().toString().replace('/', '-');
        if (plan.visionHorizon() != null) {
            horizon = labels.get("plan.vision", horizon, plan.visionHorizon().toString().replace('/', '-'));
        }
        String issuerName = describe.text(report.issuerName());
        String issuer = issuerName.isEmpty() ? plan.issuer() : issuerName + " (" + plan.issuer() + ")";
        String kind = labels.has("plan.kind." + plan.kind().code()) ? labels.get("plan.kind." + plan.kind().code())
                : plan.kind().code();
        out.addAll(wrap(labels.get("plan.line", kind, horizon, issuer)));
        out.addAll(wrap(labels.get("plan.counts", report.indicatorCount(), report.targetCount(),
                report.observationCount())));
        out.add("");
        PlanReport shown = filter.apply(report);
        if (!filter.keepsAll()) {
            int listed = shown.sections().stream().mapToInt(s -> s.indicators().size()).sum();
            out.addAll(wrap(filter.listed(labels, listed, report.indicatorCount())));
            out.add("");
        }
        if (filter.keepsAll() || !shown.sections().isEmpty()) {
            out.addAll(table(shown, describe).render());
            out.add("");
        }
        out.addAll(new TrackingText(labels, this).plan(report, shown, describe));
        out.add("");
        out.addAll(findings(report.findings()));
        return out;
    }

    /** The identifier, two spaces and the title, wrapped; later lines are indented as other wrapped lines. */
    private List<String> heading(String id, String title) {
        String first = id + "  ";
        int rest = width - DisplayWidth.of(first);
        if (title.isEmpty() || rest < MIN_HEADING) {
            List<String> out = new ArrayList<>(wrap(id));
            if (!title.isEmpty()) {
                out.addAll(wrap(title));
            }
            return out;
        }
        List<String> lines = DisplayWidth.wrap(title, rest, width - INDENT);
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add((i == 0 ? first : " ".repeat(INDENT)) + lines.get(i));
        }
        return out;
    }

    /**
     * Writes the number of targets per status on one line, before wrapping, as the summary does.
     *
     * @param counts the counts, not null
     * @return the text, not null
     */
    String statuses(StatusCounts counts) {
        return labels.get("plan.statuses", StatusWords.describe(labels, counts));
    }

    /**
     * Builds the table of a plan's indicators: one block per indicator, its name, unit and
     * baseline beside one row per target with the target, the observation it is assessed
     * against, progress and status.
     *
     * @param report the report, not null
     * @param describe the describer of the plan, not null
     * @return the table, not null
     */
    TextTable table(PlanReport report, Describe describe) {
        int status = DisplayWidth.of(labels.get("column.status"));
        for (String code : StatusWords.CODES) {
            status = Math.max(status, DisplayWidth.of(labels.get("status." + code)));
        }
        status = Math.max(status, DisplayWidth.of(labels.get("status.no-target")));
        int done = Math.max(DONE_WIDTH, DisplayWidth.of(labels.get("column.progress")));
        int available = width - (COLUMNS - 1) - done - status;
        // the unit as wide as the widest unit of the plan, up to a limit; the other columns share the rest
        int unit = Math.max(MIN_COLUMN, DisplayWidth.of(labels.get("column.unit")));
        for (Section section : report.sections()) {
            for (IndicatorProgress row : section.indicators()) {
                unit = Math.max(unit, DisplayWidth.of(describe.unit(row.indicator().unit())));
            }
        }
        unit = Math.min(unit, Math.min(MAX_UNIT_WIDTH, available / (SHARES.length + 1)));
        List<List<Block>> blocks = new ArrayList<>(report.sections().size());
        for (Section section : report.sections()) {
            List<Block> rows = new ArrayList<>(section.indicators().size());
            for (IndicatorProgress row : section.indicators()) {
                rows.add(block(row, describe));
            }
            blocks.add(rows);
        }
        int[] widths = fit(shares(available - unit), widestWords(blocks));
        TextTable table = new TextTable(List.of(
                new Column(labels.get("column.indicator"), widths[0], Align.LEFT, NAME_HANG),
                new Column(labels.get("column.unit"), unit, Align.LEFT),
                new Column(labels.get("column.baseline"), widths[1], Align.LEFT),
                new Column(labels.get("column.target"), widths[2], Align.LEFT),
                new Column(labels.get("column.latest"), widths[3], Align.LEFT),
                new Column(labels.get("column.progress"), done, Align.RIGHT),
                new Column(labels.get("column.status"), status, Align.LEFT)));
        for (int i = 0; i < blocks.size(); i++) {
            String title = describe.text(report.sections().get(i).goal().title());
            table.span(labels.get("goal.heading", title.isEmpty() ? report.sections().get(i).goal().id() : title));
            for (Block block : blocks.get(i)) {
                table.block(block.leading(), block.rows());
            }
        }
        return table;
    }

    /** An indicator's cells: name, unit and baseline, beside one row per target. */
    private record Block(List<String> leading, List<List<String>> rows) {
    }

    /**
     * The widest unbroken piece of the name, baseline, target and latest cells, in the order of
     * {@link #SHARES}, each at most {@link #MAX_WORD_WIDTH}.
     */
    private static int[] widestWords(List<List<Block>> blocks) {
        int[] widest = new int[SHARES.length];
        for (List<Block> section : blocks) {
            for (Block block : section) {
                // the second and later lines of a name are indented
                widest[0] = Math.max(widest[0], DisplayWidth.widestWord(block.leading().get(0)) + NAME_HANG);
                widest[1] = Math.max(widest[1], DisplayWidth.widestWord(block.leading().get(2)));
                for (List<String> row : block.rows()) {
                    widest[2] = Math.max(widest[2], DisplayWidth.widestWord(row.get(0)));
                    widest[3] = Math.max(widest[3], DisplayWidth.widestWord(row.get(1)));
                }
            }
        }
        for (int i = 0; i < widest.length; i++) {
            widest[i] = Math.min(widest[i], MAX_WORD_WIDTH);
        }
        return widest;
    }

    /**
     * Widens each column too narrow for its widest piece, a column at a time from the column
     * with the most room to spare, so that a number or a period is not split where another
     * column has room; when no column has room to spare, the piece is split.
     *
     * @param widths the widths, changed in place
     * @param needed the width each column needs
     * @return the widths
     */
    static int[] fit(int[] widths, int[] needed) {
        for (int i = 0; i < widths.length; i++) {
            while (widths[i] < needed[i]) {
                int donor = -1;
                for (int j = 0; j < widths.length; j++) {
                    int spare = widths[j] - Math.max(needed[j], MIN_COLUMN);
                    if (spare > 0 && (donor < 0 || spare > widths[donor] - Math.max(needed[donor], MIN_COLUMN))) {
                        donor = j;
                    }
                }
                if (donor < 0) {
                    break;
                }
                widths[donor]--;
                widths[i]++;
            }
        }
        return widths;
    }

    /** Shares a width among the columns in proportion to {@link #SHARES}; the name takes what rounding leaves. */
    private static int[] shares(int available) {
        int total = java.util.Arrays.stream(SHARES).sum();
        int[] widths = new int[SHARES.length];
        int used = 0;
        for (int i = 1; i < SHARES.length; i++) {
            widths[i] = Math.max(MIN_COLUMN, SHARES[i] * available / total);
            used += widths[i];
        }
        widths[0] = available - used;
        return widths;
    }

    private Block block(IndicatorProgress row, Describe describe) {
        Indicator indicator = row.indicator();
        String name = describe.text(indicator.name());
        List<String> leading = List.of(name.isEmpty() ? indicator.id() : name, describe.unit(indicator.unit()),
                row.baseline() == null ? "" : describe.measurement(row.baseline(), indicator.unit()));
        if (row.targets().isEmpty()) {
            String latest = row.latest() == null ? "" : describe.measurement(row.latest(), indicator.unit());
            return new Block(leading, List.of(List.of(labels.get("target.none"), latest, "",
                    labels.get("status.no-target"))));
        }
        List<List<String>> targets = new ArrayList<>();
        Observation shown = row.latest();
        for (TargetProgress t : row.targets()) {
            String target = describe.target(t.target(), t.implied(), indicator.unit());
            // a target of a part, or of a dated period, is assessed against an observation of its own
            Observation own = t.observation();
            String observed = "";
            if (targets.isEmpty()) {
                shown = own != null ? own : row.latest();
                observed = shown == null ? "" : describe.measurement(shown, indicator.unit(),
                        t.target().dimensions());
            } else if (own != null && !own.equals(shown)) {
                shown = own;
                observed = describe.measurement(own, indicator.unit(), t.target().dimensions());
            }
            targets.add(List.of(target, observed, done(t.progress()), status(t)));
        }
        return new Block(leading, targets);
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

    private String status(TargetProgress target) {
        return labels.get("status." + StatusWords.code(target));
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
        out.add("=".repeat(width));
        out.add(labels.get("summary.heading"));
        out.addAll(wrap(labels.get("summary.plans", summary.plans(), summary.validPlans(), summary.indicators(),
                summary.targets(), summary.observations())));
        out.add(labels.get("summary.jurisdictions", summary.jurisdictions()));
        out.add(labels.get("summary.findings", summary.errors(), summary.warnings(), summary.infos()));
        out.addAll(wrap(statuses(summary.statuses())));
        return out;
    }

    private static int count(List<ReportFinding> findings, String severity) {
        return (int) findings.stream().filter(f -> f.severity().equals(severity)).count();
    }

    /**
     * Wraps a line to the width of the report, keeping its leading spaces; continuation lines
     * are indented by four spaces.
     *
     * @param text the text, not null
     * @return the lines, not null
     */
    List<String> wrap(String text) {
        String lead = text.substring(0, text.length() - text.stripLeading().length());
        List<String> lines = DisplayWidth.wrap(text.strip(), width - DisplayWidth.of(lead), width - INDENT);
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add((i == 0 ? lead : " ".repeat(INDENT)) + lines.get(i));
        }
        return out;
    }
}
