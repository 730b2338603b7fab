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

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Text;
import org.policyindicators.examples.Taiyuan;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.PolicyJsonException;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.ValidationReport;
import org.policyindicators.io.validation.Validator;

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
        return report(options, files, output, spec.commandLine().getOut(), spec.commandLine().getErr());
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
        return report(options, List.of(), null, out, err);
    }

    /**
     * Prints the report on files, or on the bundled data when there are none.
     *
     * @param options the format and language, not null
     * @param files the plans and jurisdiction lists, empty for the bundled data, not null
     * @param output the file to write instead of {@code out}, null for {@code out}
     * @param out where the report goes, not null
     * @param err where problems go, not null
     * @return {@link Main#OK} if no document has an error, {@link Main#INVALID} if one has,
     *     {@link Main#UNUSABLE} if an input cannot be read or the output cannot be written
     */
    static int report(OutputOptions options, List<Path> files, @Nullable Path output, PrintWriter out,
            PrintWriter err) {
        PolicyJson json = PolicyJson.standard();
        Labels labels = Labels.of(options.language);
        List<Plan> plans = new ArrayList<>();
        List<Jurisdiction> jurisdictions = new ArrayList<>();
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
        ValidationReport validation;
        if (output == null) {
            validation = write(options, labels, title, plans, jurisdictions, out);
            out.flush();
        } else {
            try {
                validation = toFile(options, labels, title, plans, jurisdictions, output);
            } catch (IOException | UncheckedIOException e) {
                err.println(output + ": error: cannot be written: " + Main.describe(e));
                return Main.UNUSABLE;
            }
        }
        return validation.isValid() ? Main.OK : Main.INVALID;
    }

    /** Writes beside the file and moves it into place, so that a failure leaves no half report. */
    private static ValidationReport toFile(OutputOptions options, Labels labels, String title, List<Plan> plans,
            List<Jurisdiction> jurisdictions, Path output) throws IOException {
        Path absolute = output.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".part");
        try {
            ValidationReport validation;
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), StandardCharsets.UTF_8);
                    PrintWriter pw = new PrintWriter(w)) {
                validation = write(options, labels, title, plans, jurisdictions, pw);
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

    private static ValidationReport write(OutputOptions options, Labels labels, String title, List<Plan> plans,
            List<Jurisdiction> jurisdictions, PrintWriter out) {
        ValidationReport validation = jurisdictions.isEmpty() ? Validator.standard().validateCatalog(plans)
                : Validator.standard().validateCatalog(plans, jurisdictions);
        Map<String, List<ReportFinding>> byDocument = new HashMap<>();
        for (Finding f : validation.findings()) {
            byDocument.computeIfAbsent(f.document(), d -> new ArrayList<>())
                    .add(ReportFinding.of(f.severity().code(), f.code(), f.path(), f.message(options.language.locale())));
        }
        Map<String, Text> names = new LinkedHashMap<>();
        jurisdictions.forEach(j -> names.put(j.id(), j.name()));
        List<PlanReport> reports = new ArrayList<>();
        for (Plan plan : plans) {
            reports.add(PlanReport.of(plan, names.getOrDefault(plan.issuer(), Text.EMPTY),
                    byDocument.getOrDefault(plan.id(), List.of())));
        }
        List<ReportFinding> listFindings = byDocument.getOrDefault(Finding.JURISDICTIONS, List.of());
        switch (options.format) {
            case JSON -> out.println(JsonReport.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                    new JsonReport(labels).report(reports, jurisdictions.size(), listFindings)));
            case HTML -> {
                HtmlReport.Page page = HtmlReport.of(options.language).open(out, title);
                reports.forEach(page::plan);
                page.close();
            }
            case TEXT -> {
                TextReport layout = new TextReport(labels);
                out.println(title);
                out.println("=".repeat(TextReport.WIDTH));
                for (PlanReport report : reports) {
                    out.println();
                    layout.plan(report).forEach(out::println);
                }
                out.println();
                out.println(labels.get("jurisdictions.heading", jurisdictions.size()));
                layout.findings(listFindings).forEach(out::println);
                out.println();
                layout.summary(ReportSummary.of(reports, jurisdictions.size(), listFindings)).forEach(out::println);
            }
        }
        return validation;
    }
}
