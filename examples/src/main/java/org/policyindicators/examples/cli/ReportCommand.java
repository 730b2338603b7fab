package org.policyindicators.examples.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Text;
import org.policyindicators.core.analysis.StatusCounts;
import org.policyindicators.examples.Taiyuan;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.PolicyJsonException;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.ValidationReport;
import org.policyindicators.io.validation.PlanValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The command {@code report [FILE...]}: reads plans and jurisdiction lists (the bundled Taiyuan
 * data when no file is given), validates them together, and prints per plan each indicator with
 * its baseline, targets, latest observation, progress and status, then a summary; as text, JSON
 * or an HTML page with charts.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Reports on plans (the bundled Taiyuan plans when no file is given): indicators, "
                + "baselines, targets, latest observations, progress and status, and the validator's findings.")
final class ReportCommand implements Callable<Integer> {

    /** The format and language. */
    @Mixin
    OutputOptions options = new OutputOptions();

    /** The width, the statuses listed and the year assessed as of. */
    @Mixin
    ReportOptions layout = new ReportOptions();

    /** Where the report goes instead of standard output. */
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (written whole or not at all) instead of standard output.")
    @Nullable Path output;

    /** The plans and jurisdiction lists to report on. */
    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Plan documents or jurisdiction lists (JSON); the bundled Taiyuan data if none.")
    List<Path> files = new ArrayList<>();

    /** The command as picocli built it, for its output streams. */
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return report(options, layout, files, output, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Prints the report on the bundled data to standard output.
     *
     * @param options the format and language, not null
     * @param out where the report goes, not null
     * @param err where problems go, not null
     * @return {@link Main#OK} if no document has an error, {@link Main#INVALID} if one has,
     *     {@link Main#UNUSABLE} if the bundled data cannot be read
     */
    static int report(OutputOptions options, PrintWriter out, PrintWriter err) {
        return report(options, new ReportOptions(), List.of(), null, out, err);
    }

    /**
     * Prints the report on files, or on the bundled data when there are none.
     *
     * @param options the format and language, not null
     * @param layout the width of the text, the statuses listed and the year assessed as of, not null
     * @param files the plans and jurisdiction lists, empty for the bundled data, not null
     * @param output the file to write instead of {@code out}, null for {@code out}
     * @param out where the report goes, not null
     * @param err where problems go, not null
     * @return {@link Main#OK} if no document has an error, {@link Main#INVALID} if one has,
     *     {@link Main#UNUSABLE} if an input cannot be read or the output cannot be written
     */
    static int report(OutputOptions options, ReportOptions layout, List<Path> files, @Nullable Path output,
            PrintWriter out, PrintWriter err) {
        EngineStart.begin();
        PolicyJson json = PolicyJson.standard();
        Labels labels = Labels.of(options.language);
        List<Plan> plans = new ArrayList<>();
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        List<Path> catalogs = new ArrayList<>();
        if (files.isEmpty()) {
            try {
                plans.addAll(Taiyuan.plans(json));
                jurisdictions.addAll(Taiyuan.jurisdictions(json));
            } catch (PolicyJsonException e) {
                err.println(Main.NAME + ": error: the bundled data cannot be read: " + Main.describe(e));
                return Main.UNUSABLE;
            }
        } else {
            boolean unreadable = false;
            for (Path file : files) {
                if (CatalogFile.isCatalog(file)) {
                    catalogs.add(file);
                    continue;
                }
                InputFile input = InputFile.read(file, json, labels);
                if (input.errorLine().isPresent()) {
                    err.println(input.errorLine().get());
                    unreadable = true;
                } else if (input.plan() != null) {
                    plans.add(input.plan());
                } else if (input.jurisdictions() != null) {
                    jurisdictions.addAll(input.jurisdictions());
                }
            }
            if (unreadable) {
                return Main.UNUSABLE;
            }
        }
        String title = labels.get(files.isEmpty() ? "report.heading" : "html.heading");
        Outcome validation;
        if (output == null) {
            validation = write(options, layout, labels, title, plans, catalogs, jurisdictions, json, out, err);
            out.flush();
        } else {
            try {
                validation = toFile(options, layout, labels, title, plans, catalogs, jurisdictions, json, output, err);
            } catch (IOException | UncheckedIOException e) {
                err.println(output + ": error: cannot be written: " + Main.describe(e));
                return Main.UNUSABLE;
            }
        }
        return validation.unreadable ? Main.UNUSABLE : validation.valid ? Main.OK : Main.INVALID;
    }

    /** Whether every plan was read and is valid. */
    private static final class Outcome {
        boolean valid = true;
        boolean unreadable;
    }

    /** Writes beside the file and moves it into place, so that a failure leaves no half report. */
    private static Outcome toFile(OutputOptions options, ReportOptions layout, Labels labels, String title,
            List<Plan> plans, List<Path> catalogs, List<Jurisdiction> jurisdictions, PolicyJson json, Path output,
            PrintWriter err)
            throws IOException {
        Path absolute = output.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".part");
        try {
            Outcome validation;
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), StandardCharsets.UTF_8);
                    PrintWriter pw = new PrintWriter(w)) {
                validation = write(options, layout, labels, title, plans, catalogs, jurisdictions, json, pw, err);
                pw.flush();
                if (pw.checkError()) {
                    throw new IOException("the report could not be written");
                }
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            return validation;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes the report. Plan documents are validated together; the plans of a catalog are
     * validated and written one at a time (text and HTML), so that a catalog of any size is
     * reported in bounded memory. The JSON report holds all plans in one document. In every
     * format, {@code --only} lists only the targets of its statuses; counts and findings are
     * those of the whole plans.
     */
    private static Outcome write(OutputOptions options, ReportOptions layout, Labels labels, String title,
            List<Plan> plans, List<Path> catalogs, List<Jurisdiction> jurisdictions, PolicyJson json, PrintWriter out,
            PrintWriter err) {
        Outcome outcome = new Outcome();
        ValidationReport validation = jurisdictions.isEmpty() ? PlanValidator.standard().validateCatalog(plans)
                : PlanValidator.standard().validateCatalog(plans, jurisdictions);
        outcome.valid = validation.isValid();
        Map<String, List<ReportFinding>> byDocument = new HashMap<>();
        for (Finding f : validation.findings()) {
            byDocument.computeIfAbsent(f.document(), d -> new ArrayList<>())
                    .add(ReportFinding.of(f.severity().code(), f.code(), f.path(), f.message(options.language.locale())));
        }
        Map<String, Text> names = new LinkedHashMap<>();
        jurisdictions.forEach(j -> names.put(j.id(), j.name()));
        List<ReportFinding> listFindings = byDocument.getOrDefault(Finding.JURISDICTIONS, List.of());
        Consumer<Consumer<PlanReport>> reports = sink -> {
            for (Plan plan : plans) {
                sink.accept(PlanReport.of(plan, names.getOrDefault(plan.issuer(), Text.EMPTY),
                        byDocument.getOrDefault(plan.id(), List.of()), layout.asOf()));
            }
            for (Path catalog : catalogs) {
                try {
                    new CatalogFile(catalog, json).validate(jurisdictions, (entry, findings) -> {
                        if (entry.plan() == null) {
                            err.println(catalog + ":" + entry.line() + ":" + entry.error().column() + ": error: "
                                    + entry.error().problem());
                            outcome.unreadable = true;
                            return;
                        }
                        List<ReportFinding> shown = new ArrayList<>();
                        for (Finding f : findings) {
                            shown.add(ReportFinding.of(f.severity().code(), f.code(), f.path(),
                                    f.message(options.language.locale())));
                        }
                        PlanReport report = PlanReport.of(entry.plan(),
                                names.getOrDefault(entry.plan().issuer(), Text.EMPTY), shown, layout.asOf());
                        outcome.valid &= report.valid();
                        sink.accept(report);
                    });
                } catch (UncheckedIOException e) {
                    err.println(catalog + ": error: " + labels.get("read.failed", Main.describe(e.getCause())));
                    outcome.unreadable = true;
                }
            }
        };
        switch (options.format) {
            case JSON -> {
                List<PlanReport> all = new ArrayList<>();
                reports.accept(all::add);
                out.println(JsonReport.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                        new JsonReport(labels, layout.only).report(all, jurisdictions.size(), listFindings)));
            }
            case HTML -> {
                HtmlReport.Page page = HtmlReport.of(options.language).open(out, title);
                reports.accept(report -> page.plan(report, layout.only));
                page.close();
            }
            case TEXT -> {
                TextReport text = new TextReport(labels, layout.width, layout.only);
                out.println(title);
                out.println("=".repeat(text.lineWidth()));
                List<ReportSummary> summaries = new ArrayList<>();
                reports.accept(report -> {
                    out.println();
                    text.plan(report).forEach(out::println);
                    summaries.add(ReportSummary.of(List.of(report), 0, List.of()));
                });
                out.println();
                out.println(labels.get("jurisdictions.heading", jurisdictions.size()));
                text.findings(listFindings).forEach(out::println);
                out.println();
                text.summary(total(summaries, jurisdictions.size(), listFindings)).forEach(out::println);
            }
        }
        return outcome;
    }

    /** Adds up the summaries of single plans, so that no plan's report is held to the end. */
    private static ReportSummary total(List<ReportSummary> plans, int jurisdictions, List<ReportFinding> listFindings) {
        ReportSummary list = ReportSummary.of(List.of(), jurisdictions, listFindings);
        int[] t = new int[8];
        StatusCounts statuses = StatusCounts.NONE;
        for (ReportSummary s : plans) {
            statuses = statuses.plus(s.statuses());
            t[0] += s.plans();
            t[1] += s.validPlans();
            t[2] += s.indicators();
            t[3] += s.targets();
            t[4] += s.observations();
            t[5] += s.errors();
            t[6] += s.warnings();
            t[7] += s.infos();
        }
        return new ReportSummary(t[0], t[1], t[2], t[3], t[4], jurisdictions, t[5] + list.errors(),
                t[6] + list.warnings(), t[7] + list.infos(), statuses);
    }
}
