package org.policyindicators.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.PolicyException;
import org.policyindicators.core.Text;
import org.policyindicators.core.YearRange;
import org.policyindicators.examples.csv.CsvException;
import org.policyindicators.examples.csv.CsvProblem;
import org.policyindicators.examples.csv.IndicatorTable;
import org.policyindicators.examples.csv.ObservationTable;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.PolicyJsonException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The CSV commands: {@code export-table}, {@code import-table}, {@code export-observations} and
 * {@code import-observations}. Output goes to standard output or, with {@code -o}, to a file that
 * is written whole or not at all; an input with any problem writes nothing and lists every
 * problem on standard error as {@code file:row: column 'name': reason}, with exit status
 * {@link Main#UNUSABLE}.
 */
final class TableCommands {

    private TableCommands() {
    }

    /** Options every CSV command shares. */
    abstract static class Base implements Callable<Integer> {

        /** Where the output goes instead of standard output. */
        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Write to FILE (whole or not at all) instead of standard output.")
        @Nullable Path output;

        /** The command as picocli built it, for its output streams. */
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                if (output == null) {
                    PrintWriter out = spec.commandLine().getOut();
                    produce(out);
                    out.flush();
                    return Main.OK;
                }
                Path absolute = output.toAbsolutePath();
                Path part = absolute.resolveSibling("." + absolute.getFileName() + ".part");
                try {
                    try (java.io.Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                        produce(w);
                    }
                    Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(part);
                }
            } catch (InputProblem e) {
                e.lines.forEach(err::println);
                err.flush();
                return Main.UNUSABLE;
            } catch (IOException | UncheckedIOException e) {
                err.println(output + ": error: cannot be written: " + Main.describe(e));
                err.flush();
                return Main.UNUSABLE;
            }
            return Main.OK;
        }

        /**
         * Writes the output. Every problem with the input is found, and thrown as an
         * {@link InputProblem}, before the first character is written.
         */
        void produce(java.io.Writer out) throws IOException {
            out.write(produce());
        }

        /** Builds the whole output in memory, so that nothing is written when the input is bad. */
        abstract String produce();

        /**
         * Writes the tables of a catalog's plans one at a time, after a first pass that makes sure
         * every line can be read, so that a bad line writes nothing.
         */
        static void catalog(Path file, java.io.Writer out, String header,
                java.util.function.Function<Plan, String> rows) throws IOException {
            catalog(file, out, plan -> { }, () -> header, rows);
        }

        /**
         * Writes the tables of a catalog's plans as {@link #catalog(Path, java.io.Writer, String,
         * java.util.function.Function)} does, with a header made after the first pass has shown
         * every plan to {@code survey}.
         */
        static void catalog(Path file, java.io.Writer out, java.util.function.Consumer<Plan> survey,
                java.util.function.Supplier<String> header, java.util.function.Function<Plan, String> rows)
                throws IOException {
            CatalogFile catalog = new CatalogFile(file, PolicyJson.standard());
            java.util.List<String> errors = new java.util.ArrayList<>();
            catalog.forEach(entry -> {
                if (entry.error() != null) {
                    errors.add(file + ":" + entry.line() + ":" + entry.error().column() + ": error: "
                            + entry.error().problem());
                } else {
                    survey.accept(entry.plan());
                }
            });
            if (!errors.isEmpty()) {
                throw new InputProblem(errors.toArray(String[]::new));
            }
            out.write(header.get());
            try {
                catalog.forEach(entry -> {
                    try {
                        out.write(rows.apply(entry.plan()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        static void refuseCatalog(Path file) {
            if (CatalogFile.isCatalog(file)) {
                throw new InputProblem(file + ": error: this command takes one plan document; export the catalog's "
                        + "plans one at a time to import into them");
            }
        }

        static Plan readPlan(Path file) {
            try {
                return PolicyJson.standard().readPlan(file);
            } catch (PolicyJsonException e) {
                throw new InputProblem(file + ":" + Math.max(0, e.line()) + ":" + Math.max(0, e.column())
                        + ": error: " + e.problem() + (e.pointer().isEmpty() ? "" : " (at " + e.pointer() + ")"));
            } catch (UncheckedIOException e) {
                throw new InputProblem(file + ": error: cannot be read: " + Main.describe(e.getCause()));
            }
        }

        static InputStream open(Path file) {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new InputProblem(file + ": error: cannot be read: " + Main.describe(e));
            }
        }

        static InputProblem problems(Path file, CsvException e) {
            return new InputProblem(e.problems().stream().map(p -> line(file, p)).toArray(String[]::new));
        }

        private static String line(Path file, CsvProblem p) {
            String where = p.row() == 0 ? file.toString() : file + ":" + p.row();
            return where + ": error: " + (p.column().isEmpty() ? "" : "column '" + p.column() + "': ") + p.reason();
        }
    }

    /** An input that cannot be used, with the lines that say why. */
    static final class InputProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient java.util.List<String> lines;

        InputProblem(String... lines) {
            super(lines[0]);
            this.lines = java.util.List.of(lines);
        }
    }

    /** {@code export-table PLAN.json}. */
    @Command(name = "export-table", mixinStandardHelpOptions = true,
            description = "Writes the main-indicator table (主要指标表) of a plan as CSV: one row per indicator and "
                    + "target.")
    static final class ExportTable extends Base {

        @Parameters(index = "0", paramLabel = "PLAN", description = "The plan document (JSON).")
        Path plan;

        @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en",
                converter = OutputOptions.LanguageConverter.class,
                description = "Language of the header, names and unit symbols: en (default) or zh.")
        Language language = Language.EN;

        @Option(names = "--bom", description = "Start with a byte-order mark, so that Excel reads the file as UTF-8.")
        boolean bom;

        @Override
        void produce(java.io.Writer out) throws IOException {
            if (CatalogFile.isCatalog(plan)) {
                catalog(plan, out, IndicatorTable.catalogHeader(language, bom), p -> IndicatorTable.catalogRows(p, language));
            } else {
                out.write(produce());
            }
        }

        @Override
        String produce() {
            return IndicatorTable.write(readPlan(plan), language, bom);
        }
    }

    /** {@code import-table TABLE.csv}. */
    @Command(name = "import-table", mixinStandardHelpOptions = true,
            description = "Builds a plan document (JSON) from a main-indicator table in CSV, as export-table writes it.")
    static final class ImportTable extends Base {

        @Parameters(index = "0", paramLabel = "TABLE", description = "The table (CSV, UTF-8).")
        Path table;

        @Option(names = "--template", paramLabel = "PLAN",
                description = "A plan document whose identity, kind, issuer, horizon, title, sources and own units "
                        + "the new plan takes; its goals are replaced by the table's.")
        @Nullable Path template;

        @Option(names = "--id", description = "The plan's identifier (required without --template).")
        @Nullable String id;

        @Option(names = "--issuer", description = "The issuing jurisdiction's identifier (required without --template).")
        @Nullable String issuer;

        @Option(names = "--horizon", paramLabel = "START-END",
                description = "The plan's horizon, such as 2021-2025 (required without --template).")
        @Nullable String horizon;

        @Option(names = "--kind", defaultValue = "five-year-plan",
                description = "The kind of plan (default five-year-plan).")
        String kind;

        @Option(names = "--title", description = "The plan's title.")
        @Nullable String title;

        @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en",
                converter = OutputOptions.LanguageConverter.class,
                description = "Language of the names in the table: en (default) or zh.")
        Language language = Language.EN;

        private Plan shell(String planId, String planIssuer, String planHorizon) {
            try {
                Plan.Builder builder = Plan.builder(planId, PlanKind.ofCode(kind), planIssuer,
                        YearRange.parse(planHorizon.replace('-', '/')));
                if (title != null) {
                    builder.title(Text.of(language.tag(), title));
                }
                return builder.build();
            } catch (PolicyException e) {
                throw new InputProblem(Main.NAME + ": error: " + Main.describe(e));
            }
        }

        @Override
        String produce() {
            Plan shell;
            if (template != null) {
                refuseCatalog(template);
                shell = readPlan(template).withGoals(java.util.List.of());
            } else if (id == null || issuer == null || horizon == null) {
                throw new InputProblem(Main.NAME + ": error: import-table needs --template PLAN, or --id, --issuer "
                        + "and --horizon");
            } else {
                shell = shell(id, issuer, horizon);
            }
            try (InputStream in = open(table)) {
                return PolicyJson.standard().writePlan(IndicatorTable.read(in, shell, language));
            } catch (CsvException e) {
                throw problems(table, e);
            } catch (IOException e) {
                throw new InputProblem(table + ": error: cannot be read: " + Main.describe(e));
            }
        }
    }

    /** {@code export-observations PLAN.json}. */
    @Command(name = "export-observations", mixinStandardHelpOptions = true,
            description = "Writes the observations of a plan as CSV in the style of Open SDG: Year, Series, one "
                    + "column per disaggregation, Units, Observation status, Value.")
    static final class ExportObservations extends Base {

        @Parameters(index = "0", paramLabel = "PLAN", description = "The plan document (JSON).")
        Path plan;

        @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en",
                converter = OutputOptions.LanguageConverter.class,
                description = "Language of the unit symbols: en (default) or zh.")
        Language language = Language.EN;

        @Option(names = "--bom", description = "Start with a byte-order mark, so that Excel reads the file as UTF-8.")
        boolean bom;

        @Override
        void produce(java.io.Writer out) throws IOException {
            if (CatalogFile.isCatalog(plan)) {
                // the dimension columns of all plans, found in the pass that checks every line
                java.util.SortedSet<String> dimensions = new java.util.TreeSet<>();
                catalog(plan, out, p -> dimensions.addAll(ObservationTable.dimensions(p)),
                        () -> ObservationTable.catalogHeader(dimensions, bom),
                        p -> ObservationTable.catalogRows(p, dimensions, language));
            } else {
                out.write(produce());
            }
        }

        @Override
        String produce() {
            return ObservationTable.write(readPlan(plan), language, bom);
        }
    }

    /** {@code import-observations OBS.csv --plan PLAN.json}. */
    @Command(name = "import-observations", mixinStandardHelpOptions = true,
            description = "Merges observations from CSV in the style of Open SDG (Year, Series, Units, Observation "
                    + "status, Value; any other column is a disaggregation, blank for the total) into a plan and "
                    + "writes the plan (JSON).")
    static final class ImportObservations extends Base {

        @Parameters(index = "0", paramLabel = "OBSERVATIONS", description = "The observations (CSV, UTF-8).")
        Path observations;

        @Option(names = "--plan", required = true, paramLabel = "PLAN", description = "The plan document (JSON).")
        Path plan;

        @Option(names = "--indicator", paramLabel = "ID",
                description = "The indicator of every row, for a file without a Series column.")
        @Nullable String indicator;

        @Override
        String produce() {
            refuseCatalog(plan);
            Plan read = readPlan(plan);
            try (InputStream in = open(observations)) {
                return PolicyJson.standard().writePlan(ObservationTable.merge(in, read, indicator));
            } catch (CsvException e) {
                throw problems(observations, e);
            } catch (IOException e) {
                throw new InputProblem(observations + ": error: cannot be read: " + Main.describe(e));
            }
        }
    }
}
