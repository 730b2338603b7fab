package org.policyindicators.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.ValidationReport;
import org.policyindicators.io.validation.PlanValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The command {@code validate FILE...}: reads plan documents and jurisdiction lists and validates
 * them together, so that references between the given plans, and issuers when a jurisdiction
 * list is given, are checked; then prints the findings per file.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Validates plan documents and jurisdiction lists in the Policy Indicators JSON format.",
            "The files are validated together: references between them are resolved."})
final class ValidateCommand implements Callable<Integer> {

    private static final String JURISDICTIONS_PREFIX = "/jurisdictions/";

    /** The format and language. */
    @Mixin
    OutputOptions options = new OutputOptions();

    /** The files to validate. */
    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Plan documents or jurisdiction lists (JSON), or catalogs (JSON Lines, one plan a line).")
    List<Path> files = new ArrayList<>();

    /** The command as picocli built it, for its output streams. */
    @Spec
    CommandSpec spec;

    /**
     * The findings of one file.
     *
     * @param input the file as read, not null
     * @param findings its findings, the read error if it cannot be read, not null
     */
    record Result(InputFile input, List<ReportFinding> findings) {

        /**
         * Creates a result, copying the list.
         *
         * @param input see the class documentation
         * @param findings see the class documentation
         */
        Result {
            findings = List.copyOf(findings);
        }

        /**
         * Returns whether the file was read and has no error.
         *
         * @return true if valid
         */
        boolean valid() {
            return findings.stream().noneMatch(ReportFinding::isError);
        }
    }

    @Override
    public Integer call() {
        if (options.format == OutputOptions.Format.HTML) {
            throw new ParameterException(spec.commandLine(), "validate writes text or json; html is for report");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Labels labels = Labels.of(options.language);
        EngineStart.begin();
        PolicyJson json = PolicyJson.standard();
        List<Path> catalogs = files.stream().filter(CatalogFile::isCatalog).toList();
        List<InputFile> inputs = files.stream().filter(f -> !catalogs.contains(f))
                .map(f -> InputFile.read(f, json, labels)).toList();
        List<Result> results = validate(inputs, labels);
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        inputs.stream().filter(i -> i.jurisdictions() != null).forEach(i -> jurisdictions.addAll(i.jurisdictions()));

        inputs.forEach(i -> i.errorLine().ifPresent(err::println));
        boolean unreadable = inputs.stream().anyMatch(i -> i.readError() != null);
        boolean valid = results.stream().allMatch(Result::valid);
        if (options.format == OutputOptions.Format.JSON) {
            ObjectNode root = json(results);
            for (Path catalog : catalogs) {
                int[] status = catalog(catalog, json, jurisdictions, labels, (entry, r) -> {
                    ObjectNode file = ((ArrayNode) root.get("files")).addObject();
                    file.put("file", catalog.toString());
                    file.put("line", entry.line());
                    file.put("document", "plan");
                    if (entry.plan() != null) {
                        file.put("id", entry.plan().id());
                    }
                    file.put("readable", entry.error() == null);
                    file.put("valid", r.valid());
                    file.set("findings", JsonReport.findings(r.findings()));
                }, err);
                unreadable |= status[0] > 0;
                valid &= status[1] == 0;
            }
            root.put("valid", valid && !unreadable);
            out.println(JsonReport.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            text(results, labels, out);
            for (Path catalog : catalogs) {
                int[] status = catalog(catalog, json, jurisdictions, labels,
                        (entry, r) -> text(List.of(r), labels, out), err);
                unreadable |= status[0] > 0;
                valid &= status[1] == 0;
            }
        }
        out.flush();
        err.flush();
        if (unreadable) {
            return Main.UNUSABLE;
        }
        return valid ? Main.OK : Main.INVALID;
    }

    /**
     * Validates a catalog one plan at a time and hands each line on as a result named
     * {@code file:line}; an unreadable line is also written to standard error.
     *
     * @return the number of unreadable lines and of invalid plans
     */
    private static int[] catalog(Path catalog, PolicyJson json, List<Jurisdiction> jurisdictions, Labels labels,
            java.util.function.BiConsumer<CatalogFile.Entry, Result> each, PrintWriter err) {
        int[] status = new int[2];
        try {
            new CatalogFile(catalog, json).validate(jurisdictions, (entry, findings) -> {
                Path named = Path.of(catalog + ":" + entry.line());
                InputFile input = new InputFile(named, entry.plan(), null, entry.error());
                List<ReportFinding> shown = new ArrayList<>();
                input.readFinding(labels.language().locale()).ifPresent(shown::add);
                for (Finding f : findings) {
                    shown.add(ReportFinding.of(f.severity().code(), f.code(), f.path(),
                            f.message(labels.language().locale())));
                }
                if (entry.error() != null) {
                    err.println(catalog + ":" + entry.line() + ":" + entry.error().column() + ": error: "
                            + entry.error().problem()
                            + (entry.error().pointer().isEmpty() ? "" : " (at " + entry.error().pointer() + ")"));
                    status[0]++;
                }
                Result result = new Result(input, shown);
                if (!result.valid()) {
                    status[1]++;
                }
                each.accept(entry, result);
            });
        } catch (java.io.UncheckedIOException e) {
            err.println(catalog + ": error: " + labels.get("read.failed", Main.describe(e.getCause())));
            status[0]++;
        }
        return status;
    }

    /**
     * Validates the readable inputs together and sorts the findings back to their files. The
     * jurisdiction lists are joined into one; a finding in it goes back to its file with the
     * index of the jurisdiction in that file.
     */
    private List<Result> validate(List<InputFile> inputs, Labels labels) {
        List<Plan> plans = new ArrayList<>();
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        List<List<ReportFinding>> findings = new ArrayList<>();
        int[] offsets = new int[inputs.size()];
        boolean anyList = false;
        for (int i = 0; i < inputs.size(); i++) {
            InputFile input = inputs.get(i);
            findings.add(new ArrayList<>());
            input.readFinding(labels.language().locale()).ifPresent(findings.get(i)::add);
            if (input.plan() != null) {
                plans.add(input.plan());
            }
            offsets[i] = jurisdictions.size();
            if (input.jurisdictions() != null) {
                jurisdictions.addAll(input.jurisdictions());
                anyList = true;
            }
        }
        if (!plans.isEmpty() || anyList) {
            PlanValidator validator = PlanValidator.standard();
            ValidationReport report = anyList ? validator.validateCatalog(plans, jurisdictions)
                    : validator.validateCatalog(plans);
            for (Finding f : report.findings()) {
                route(f, inputs, offsets, findings, labels);
            }
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            results.add(new Result(inputs.get(i), findings.get(i)));
        }
        return results;
    }

    private static void route(Finding f, List<InputFile> inputs, int[] offsets, List<List<ReportFinding>> findings,
            Labels labels) {
        String message = f.message(labels.language().locale());
        if (!Finding.JURISDICTIONS.equals(f.document())) {
            for (int i = 0; i < inputs.size(); i++) {
                Plan plan = inputs.get(i).plan();
                if (plan != null && plan.id().equals(f.document())) {
                    findings.get(i).add(ReportFinding.of(f.severity().code(), f.code(), f.path(), message));
                }
            }
            return;
        }
        int global = jurisdictionIndex(f.path());
        int target = -1;
        int local = -1;
        for (int i = 0; i < inputs.size(); i++) {
            List<Jurisdiction> list = inputs.get(i).jurisdictions();
            if (list == null) {
                continue;
            }
            if (target < 0) {
                // a finding about the list as a whole goes to the first list
                target = i;
            }
            if (global >= offsets[i] && global < offsets[i] + list.size()) {
                target = i;
                local = global - offsets[i];
                break;
            }
        }
        String path = f.path();
        if (local >= 0) {
            int end = path.indexOf('/', JURISDICTIONS_PREFIX.length());
            path = JURISDICTIONS_PREFIX + local + (end < 0 ? "" : path.substring(end));
        }
        findings.get(target).add(ReportFinding.of(f.severity().code(), f.code(), path, message));
    }

    /**
     * Returns the index of the jurisdiction a pointer is in.
     *
     * @param path a pointer such as {@code /jurisdictions/7/parent}, not null
     * @return the index, 7; -1 for a pointer to the list as a whole
     */
    static int jurisdictionIndex(String path) {
        if (!path.startsWith(JURISDICTIONS_PREFIX)) {
            return -1;
        }
        int end = path.indexOf('/', JURISDICTIONS_PREFIX.length());
        String index = path.substring(JURISDICTIONS_PREFIX.length(), end < 0 ? path.length() : end);
        try {
            return Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void text(List<Result> results, Labels labels, PrintWriter out) {
        TextReport layout = new TextReport(labels);
        for (Result r : results) {
            String file = r.input().file().toString();
            if (r.input().readError() != null) {
                out.println(labels.get("validate.unreadable", file));
            } else {
                int errors = count(r, ReportFinding.ERROR);
                out.println(labels.get(errors == 0 ? "validate.valid" : "validate.invalid", file, errors,
                        count(r, ReportFinding.WARNING), count(r, ReportFinding.INFO)));
            }
            for (ReportFinding f : r.findings()) {
                layout.wrap("  " + layout.finding(f)).forEach(out::println);
            }
        }
    }

    private static int count(Result r, String severity) {
        return (int) r.findings().stream().filter(f -> f.severity().equals(severity)).count();
    }

    private static ObjectNode json(List<Result> results) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("valid", results.stream().allMatch(Result::valid));
        ArrayNode files = root.putArray("files");
        for (Result r : results) {
            ObjectNode file = files.addObject();
            file.put("file", r.input().file().toString());
            if (r.input().plan() != null) {
                file.put("document", "plan");
                file.put("id", r.input().plan().id());
            } else if (r.input().jurisdictions() != null) {
                file.put("document", "jurisdictions");
            }
            file.put("readable", r.input().readError() == null);
            file.put("valid", r.valid());
            file.set("findings", JsonReport.findings(r.findings()));
        }
        return root;
    }
}
