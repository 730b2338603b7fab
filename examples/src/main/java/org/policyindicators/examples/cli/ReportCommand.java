package org.policyindicators.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

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
import picocli.CommandLine.Spec;

/**
 * The command {@code report}: reads the bundled Taiyuan plans and jurisdictions, validates them
 * together, and prints per plan each indicator with its baseline, targets, latest observation,
 * progress and status, then a summary.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Reports on the bundled Taiyuan plans: indicators, baselines, targets, latest "
                + "observations, progress and status, and the validator's findings.")
final class ReportCommand implements Callable<Integer> {

    /** The format and language. */
    @Mixin
    OutputOptions options = new OutputOptions();

    /** The command as picocli built it, for its output streams. */
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return report(options, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Prints the report.
     *
     * @param options the format and language, not null
     * @param out where the report goes, not null
     * @param err where problems go, not null
     * @return {@link Main#OK} if no document has an error, {@link Main#INVALID} if one has,
     *     {@link Main#UNUSABLE} if the bundled data cannot be read
     */
    static int report(OutputOptions options, PrintWriter out, PrintWriter err) {
        PolicyJson json = PolicyJson.standard();
        List<Plan> plans;
        List<Jurisdiction> jurisdictions;
        try {
            plans = Taiyuan.plans(json);
            jurisdictions = Taiyuan.jurisdictions(json);
        } catch (PolicyJsonException e) {
            err.println(Main.NAME + ": error: the bundled data cannot be read: " + Main.describe(e));
            return Main.UNUSABLE;
        }
        ValidationReport validation = Validator.standard().validateCatalog(plans, jurisdictions);
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
        Labels labels = Labels.of(options.language);
        if (options.format == OutputOptions.Format.JSON) {
            out.println(JsonReport.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                    new JsonReport(labels).report(reports, jurisdictions.size(), listFindings)));
        } else {
            TextReport layout = new TextReport(labels);
            out.println(labels.get("report.heading"));
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
        out.flush();
        return validation.isValid() ? Main.OK : Main.INVALID;
    }
}
