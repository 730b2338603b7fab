package org.policyindicators.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Text;
import org.policyindicators.core.analysis.Progress;
import org.policyindicators.core.analysis.ProgressStatus;
import org.policyindicators.core.analysis.StatusCounts;
import org.policyindicators.examples.cli.PlanReport.IndicatorProgress;
import org.policyindicators.examples.cli.PlanReport.Section;
import org.policyindicators.examples.cli.PlanReport.TargetProgress;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.ValidationReport;
import org.policyindicators.io.validation.PlanValidator;

/**
 * Writes the progress report as one self-contained HTML page: inline CSS and SVG, no script and
 * nothing fetched when it is viewed. Per plan it shows the goal tree, the number of targets per
 * status, and per indicator a chart (see {@link #write}) with a table of its numbers under it.
 *
 * <p>The page is deterministic: the same plans in the same order give the same bytes. It is
 * written in UTF-8, one plan at a time, so that a catalog of any size can be streamed into it:
 * <pre>{@code
 * try (HtmlReport.Page page = HtmlReport.of(Language.EN).open(out, "Policy indicators")) {
 *     for (Plan plan : plans) {
 *         page.plan(plan, Text.EMPTY, List.of());
 *     }
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; a {@link Page} is not.
 */
public final class HtmlReport {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Labels labels;

    private HtmlReport(Labels labels) {
        this.labels = labels;
    }

    /**
     * Obtains the writer of pages in a language.
     *
     * @param language the language of labels and names, not null
     * @return the writer, not null
     */
    public static HtmlReport of(Language language) {
        return new HtmlReport(Labels.of(Objects.requireNonNull(language, "language")));
    }

    /**
     * Validates plans together with a jurisdiction list and writes one page for them, with the
     * validator's findings under each plan.
     *
     * @param plans the plans, in the order to show them, not null
     * @param jurisdictions the jurisdictions, for the issuers' names and the validation, not null
     * @param title the title of the page, not null
     * @param out where the page goes, as UTF-8; not closed, not null
     * @return the validation report, not null
     * @throws UncheckedIOException if the stream fails
     */
    public ValidationReport write(List<Plan> plans, List<Jurisdiction> jurisdictions, String title,
            OutputStream out) {
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(jurisdictions, "jurisdictions");
        ValidationReport validation = PlanValidator.standard().validateCatalog(plans, jurisdictions);
        Map<String, List<Finding>> byDocument = new LinkedHashMap<>();
        for (Finding f : validation.findings()) {
            byDocument.computeIfAbsent(f.document(), d -> new ArrayList<>()).add(f);
        }
        Map<String, Text> names = new LinkedHashMap<>();
        jurisdictions.forEach(j -> names.put(j.id(), j.name()));
        Page page = open(out, title);
        for (Plan plan : plans) {
            page.plan(plan, names.getOrDefault(plan.issuer(), Text.EMPTY),
                    byDocument.getOrDefault(plan.id(), List.of()));
        }
        page.close();
        return validation;
    }

    /**
     * Starts a page: writes its head and heading. Add plans with {@link Page#plan}, then close it.
     *
     * @param out where the page goes, as UTF-8; flushed but not closed by {@link Page#close()}, not null
     * @param title the title of the page, not null
     * @return the page, not null
     * @throws UncheckedIOException if the stream fails
     */
    public Page open(OutputStream out, String title) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(title, "title");
        return open(new OutputStreamWriter(out, StandardCharsets.UTF_8), title);
    }

    /**
     * Starts a page on a writer.
     *
     * @param out where the page goes; flushed but not closed by {@link Page#close()}, not null
     * @param title the title of the page, not null
     * @return the page, not null
     */
    Page open(Writer out, String title) {
        Page page = new Page(out);
        page.head(title);
        return page;
    }

    /** One page being written: its head is out, plans follow, {@link #close()} ends it. */
    public final class Page implements Closeable {

        private final Writer out;
        private StatusCounts totals = StatusCounts.NONE;
        private int plans;
        private int indicators;
        private boolean closed;

        private Page(Writer out) {
            this.out = out;
        }

        private void head(String title) {
            Language language = labels.language();
            write("<!DOCTYPE html>\n<html lang=\"" + (language == Language.ZH ? "zh-Hans" : "en") + "\">\n<head>\n"
                    + "<meta charset=\"utf-8\">\n"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    + "<meta name=\"color-scheme\" content=\"light\">\n"
                    // no favicon request: the page must load without any network access
                    + "<link rel=\"icon\" href=\"data:,\">\n"
                    + "<title>" + escape(title) + "</title>\n<style>\n" + HtmlStyle.CSS + "</style>\n</head>\n"
                    + "<body>\n<main>\n<h1>" + escape(title) + "</h1>\n");
            write(legend());
        }

        /**
         * Writes the section of one plan.
         *
         * @param plan the plan, not null
         * @param issuerName the name of its issuer, empty if not known, not null
         * @param findings the validator's findings for the plan, not null
         * @return this page, not null
         * @throws UncheckedIOException if the stream fails
         * @throws IllegalStateException if the page is closed
         */
        public Page plan(Plan plan, Text issuerName, List<Finding> findings) {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(issuerName, "issuerName");
            List<ReportFinding> shown = new ArrayList<>();
            for (Finding f : findings) {
                shown.add(ReportFinding.of(f.severity().code(), f.code(), f.path(),
                        f.message(labels.language().locale())));
            }
            return plan(PlanReport.of(plan, issuerName, shown));
        }

        Page plan(PlanReport report) {
            return plan(report, StatusFilter.ALL);
        }

        /**
         * Writes the section of one plan with only the targets a filter keeps, and a line that
         * says so; the status counts and findings are those of the whole plan.
         *
         * @param report the report of the plan, with all its targets, not null
         * @param filter the targets to show, not null
         * @return this page, not null
         */
        Page plan(PlanReport report, StatusFilter filter) {
            if (closed) {
                throw new IllegalStateException("The page is closed");
            }
            write(section(filter.apply(report), filter));
            plans++;
            indicators += report.indicatorCount();
            return this;
        }

        /**
         * Ends the page with the totals of all plans, and flushes the stream without closing it.
         *
         * @throws UncheckedIOException if the stream fails
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            StringBuilder end = new StringBuilder();
            end.append("<footer>\n<h2>").append(escape(labels.get("summary.heading"))).append("</h2>\n<p>")
                    .append(escape(labels.get("html.totals", plans, indicators))).append("</p>\n");
            end.append(statusList(totals));
            end.append("</footer>\n</main>\n</body>\n</html>\n");
            write(end.toString());
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void write(String text) {
            try {
                out.write(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String section(PlanReport report, StatusFilter filter) {
            Plan plan = report.plan();
            Describe describe = new Describe(labels, plan.unitCatalog());
            HtmlChart chart = new HtmlChart(labels, describe, plan.unitCatalog());
            String planAnchor = "plan-" + plan.id();
            StringBuilder html = new StringBuilder(16384);
            String title = describe.text(plan.title());
            html.append("<section class=\"plan\" id=\"").append(escape(planAnchor)).append("\">\n<h2>")
                    .append(escape(title.isEmpty() ? plan.id() : title)).append("</h2>\n");
            String horizon = plan.horizon().start() + "–" + plan.horizon().end();
            if (plan.visionHorizon() != null) {
                horizon = labels.get("plan.vision", horizon,
                        plan.visionHorizon().start() + "–" + plan.visionHorizon().end());
            }
            String issuerName = describe.text(report.issuerName());
            String issuer = issuerName.isEmpty() ? plan.issuer() : issuerName + " (" + plan.issuer() + ")";
            html.append("<p class=\"meta\">").append(escape(labels.get("plan.line",
                    labels.get("plan.kind." + plan.kind().code()), horizon, issuer))).append("<br><code>")
                    .append(escape(plan.id())).append("</code> · ")
                    .append(escape(labels.get("plan.counts", report.indicatorCount(), report.targetCount(),
                            report.observationCount()))).append("</p>\n");

            totals = totals.plus(report.tracking().counts());
            html.append("<h3>").append(escape(labels.get("html.status.heading"))).append("</h3>\n");
            html.append(statusList(report.tracking().counts()));
            if (!filter.keepsAll()) {
                int listed = report.sections().stream().mapToInt(s -> s.indicators().size()).sum();
                html.append("<p class=\"only\">").append(escape(filter.listed(labels, listed, report.indicatorCount())))
                        .append("</p>\n");
            }

            html.append("<h3>").append(escape(labels.get("html.goals.heading"))).append("</h3>\n<ul class=\"goals\">\n");
            Set<String> shown = new HashSet<>();
            report.sections().forEach(s -> s.indicators().forEach(i -> shown.add(i.indicator().id())));
            // a report of some statuses only (--only) links only the indicators it shows
            Predicate<Indicator> listed = filter.keepsAll() ? i -> true : i -> shown.contains(i.id());
            for (Goal goal : plan.goals()) {
                goalTree(html, goal, plan, describe, listed);
            }
            html.append("</ul>\n");

            int index = 0;
            for (Section section : report.sections()) {
                String goalTitle = describe.text(section.goal().title());
                html.append("<h3 class=\"goal\">").append(escape(goalTitle.isEmpty() ? section.goal().id() : goalTitle))
                        .append("</h3>\n");
                for (IndicatorProgress row : section.indicators()) {
                    indicator(html, row, plan, describe, chart, index++);
                }
            }
            findings(html, report.findings());
            html.append("</section>\n");
            return html.toString();
        }

        private void goalTree(StringBuilder html, Goal goal, Plan plan, Describe describe,
                Predicate<Indicator> listed) {
            if (goal.allIndicators().findAny().isPresent() && goal.allIndicators().noneMatch(listed)) {
                return;
            }
            String title = describe.text(goal.title());
            html.append("<li>").append(escape(title.isEmpty() ? goal.id() : title));
            if (!goal.indicators().isEmpty() || !goal.goals().isEmpty()) {
                html.append("\n<ul>\n");
                for (Indicator i : goal.indicators().stream().filter(listed).toList()) {
                    html.append("<li class=\"ind\"><a href=\"#").append(escape(anchor(plan, i))).append("\">")
                            .append(escape(name(i, describe))).append("</a></li>\n");
                }
                for (Goal sub : goal.goals()) {
                    goalTree(html, sub, plan, describe, listed);
                }
                html.append("</ul>\n");
            }
            html.append("</li>\n");
        }

        private void indicator(StringBuilder html, IndicatorProgress row, Plan plan, Describe describe,
                HtmlChart chart, int index) {
            Indicator indicator = row.indicator();
            String name = name(indicator, describe);
            String unit = describe.unit(indicator.unit());
            html.append("<article class=\"indicator\" id=\"").append(escape(anchor(plan, indicator))).append("\">\n");
            html.append("<h4>").append(escape(name)).append("</h4>\n<p class=\"meta\">")
                    .append(escape(labels.get("html.unit", unit)));
            if (indicator.attribute() != null) {
                html.append(" · ").append(escape(labels.get("html.attribute." + indicator.attribute().code())));
            }
            html.append(" · ").append(escape(labels.get("html.polarity." + indicator.polarity().code())))
                    .append("</p>\n");
            String words = statusWords(row, describe);
            html.append("<figure>\n").append(chart.svg(row, plan.horizon(), "c-" + escape(plan.id()) + "-" + index,
                    name, words)).append("\n<figcaption>");
            statusLines(html, row, describe);
            html.append("</figcaption>\n</figure>\n");
            table(html, row, describe, name, unit);
            html.append("</article>\n");
        }

        /** The assessed status of every target, each with its symbol and word, not colour alone. */
        private void statusLines(StringBuilder html, IndicatorProgress row, Describe describe) {
            Indicator indicator = row.indicator();
            if (row.targets().isEmpty()) {
                html.append("<span class=\"status\">").append(escape(labels.get("html.no-target"))).append("</span>");
                return;
            }
            html.append("<ul class=\"statuses\">");
            for (TargetProgress t : row.targets()) {
                String code = StatusWords.code(t);
                html.append("<li><span class=\"badge s-").append(code).append("\">")
                        .append(escape(labels.get("html.symbol." + code))).append(' ')
                        .append(escape(statusLabel(StatusWords.code(t)))).append("</span> ")
                        .append(escape(symbols(describe.target(t.target(), t.implied(), indicator.unit()))));
                String share = share(t.progress());
                if (!share.isEmpty()) {
                    html.append(" · ").append(escape(labels.get("html.share", share)));
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }

        private String statusWords(IndicatorProgress row, Describe describe) {
            if (row.targets().isEmpty()) {
                return labels.get("html.no-target");
            }
            List<String> words = new ArrayList<>();
            for (TargetProgress t : row.targets()) {
                words.add(labels.get("html.desc.status",
                        symbols(describe.target(t.target(), t.implied(), row.indicator().unit())),
                        statusLabel(StatusWords.code(t))));
            }
            return String.join(" ", words);
        }

        private void table(StringBuilder html, IndicatorProgress row, Describe describe, String name, String unit) {
            Indicator indicator = row.indicator();
            html.append("<table>\n<caption>").append(escape(labels.get("html.table.caption", name, unit)))
                    .append("</caption>\n<thead><tr><th scope=\"col\">").append(escape(labels.get("html.column.what")))
                    .append("</th><th scope=\"col\">").append(escape(labels.get("html.column.value")))
                    .append("</th><th scope=\"col\">").append(escape(labels.get("html.column.note")))
                    .append("</th></tr></thead>\n<tbody>\n");
            for (Baseline b : indicator.baselines()) {
                tableRow(html, labels.get("html.row.baseline"), describe.measurement(b, indicator.unit()), "");
            }
            for (TargetProgress t : row.targets()) {
                String note = statusLabel(StatusWords.code(t));
                String share = share(t.progress());
                if (!share.isEmpty()) {
                    note = note + " · " + labels.get("html.share", share);
                }
                String text = describe.text(t.target().text());
                tableRow(html, labels.get("html.row.target"),
                        symbols(describe.target(t.target(), t.implied(), indicator.unit())),
                        text.isEmpty() ? note : note + " · " + text);
            }
            for (Observation o : indicator.observations()) {
                tableRow(html, labels.get("html.row.observation"), describe.measurement(o, indicator.unit()),
                        labels.get("html.observation." + o.status().code()));
            }
            html.append("</tbody>\n</table>\n");
        }

        private void tableRow(StringBuilder html, String what, String value, String note) {
            html.append("<tr><th scope=\"row\">").append(escape(what)).append("</th><td>").append(escape(value))
                    .append("</td><td>").append(escape(note)).append("</td></tr>\n");
        }

        private void findings(StringBuilder html, List<ReportFinding> findings) {
            html.append("<details class=\"findings\"><summary>");
            if (findings.isEmpty()) {
                html.append(escape(labels.get("findings.none"))).append("</summary></details>\n");
                return;
            }
            int[] count = new int[3];
            for (ReportFinding f : findings) {
                count[f.isError() ? 0 : f.severity().equals(ReportFinding.WARNING) ? 1 : 2]++;
            }
            html.append(escape(labels.get("findings.heading", count[0], count[1], count[2])))
                    .append("</summary>\n<ul>\n");
            for (ReportFinding f : findings) {
                html.append("<li><strong>").append(escape(labels.get("severity." + f.severity())))
                        .append("</strong> <code>").append(escape(f.code())).append("</code> <code>")
                        .append(escape(f.path().isEmpty() ? "/" : f.path())).append("</code> ")
                        .append(escape(f.message())).append("</li>\n");
            }
            html.append("</ul></details>\n");
        }
    }

    private String statusList(StatusCounts counts) {
        StringBuilder html = new StringBuilder("<ul class=\"summary\">\n");
        for (ProgressStatus s : StatusWords.ORDER) {
            html.append(summaryItem(s.code(), counts.count(s)));
        }
        return html.append("</ul>\n").toString();
    }

    private String summaryItem(String code, int count) {
        return "<li><span class=\"badge s-" + code + "\">" + escape(labels.get("html.symbol." + code)) + " "
                + escape(statusLabel(code)) + "</span> <span class=\"count\">" + count + "</span></li>\n";
    }

    private String legend() {
        return "<details class=\"legend\" open><summary>" + escape(labels.get("html.legend")) + "</summary>\n"
                + "<ul>\n"
                + legendItem("<rect class=\"baseline\" x=\"7\" y=\"7\" width=\"10\" height=\"10\"/>", "html.legend.baseline")
                + legendItem("<circle class=\"obs\" cx=\"12\" cy=\"12\" r=\"5\"/>", "html.legend.actual")
                + legendItem("<circle class=\"obs hollow\" cx=\"12\" cy=\"12\" r=\"5\"/>", "html.legend.hollow")
                + legendItem("<path class=\"target\" d=\"M12 5 L19 12 L12 19 L5 12 Z\"/>", "html.legend.target")
                + legendItem("<rect class=\"side\" x=\"2\" y=\"2\" width=\"20\" height=\"10\"/>"
                        + "<line class=\"bound\" x1=\"2\" y1=\"12\" x2=\"22\" y2=\"12\"/>", "html.legend.bound")
                + legendItem("<rect class=\"band\" x=\"2\" y=\"7\" width=\"20\" height=\"10\"/>", "html.legend.band")
                + legendItem("<polyline class=\"path\" points=\"2,18 22,6\"/>", "html.legend.path")
                + legendItem("<rect class=\"horizon\" x=\"2\" y=\"2\" width=\"20\" height=\"20\"/>", "html.legend.horizon")
                + "</ul>\n</details>\n";
    }

    private String legendItem(String shape, String key) {
        return "<li><svg class=\"key\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">" + shape + "</svg> "
                + escape(labels.get(key)) + "</li>\n";
    }

    private String statusLabel(String code) {
        // the terminal's short "n/a" would say less than the page has room for
        return StatusWords.word(labels, code);
    }

    private static String share(@Nullable Progress progress) {
        if (progress == null || progress.share() == null) {
            return "";
        }
        return progress.share().multiply(HUNDRED).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }

    private static String name(Indicator indicator, Describe describe) {
        String name = describe.text(indicator.name());
        return name.isEmpty() ? indicator.id() : name;
    }

    private static String anchor(Plan plan, Indicator indicator) {
        return plan.id() + "--" + indicator.id();
    }

    /**
     * Replaces the ASCII comparators that the terminal report needs with their typographic
     * symbols, which a browser shows at a known width: {@code >=} as ≥, {@code <=} as ≤.
     *
     * @param text a text of {@link Describe}, not null
     * @return the text with symbols, not null
     */
    static String symbols(String text) {
        return text.replace(">=", "≥").replace("<=", "≤").replace("->", "→").replace("~ ", "≈ ");
    }

    /**
     * Escapes text for HTML content and attribute values.
     *
     * @param text the text, not null
     * @return the escaped text, not null
     */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
