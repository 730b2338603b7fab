package org.policyindicators.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code RESULTS.md} from the JMH result files of one run, the heap footprint and the
 * streaming check: the machine, the targets and whether they are met, and every figure per size.
 * Text after the generated part of an existing file (the notes) is kept.
 *
 * <p>Usage: {@code Report <results-dir> <RESULTS.md> <mode>}. The results directory holds the
 * JMH JSON files ({@code jmh-*.json}), {@code footprint.json}, {@code stream-check.json} and
 * {@code settings.txt}, one line per JMH run describing its options.
 */
public final class Report {

    static final String GENERATED_END = "<!-- end of generated results; notes below are kept by run.sh -->";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String READ = "ReadBenchmark";
    private static final String WRITE = "WriteBenchmark";
    private static final String VALIDATE = "ValidateBenchmark";
    private static final String SCHEMA = "SchemaBenchmark";
    private static final String CATALOG = "CatalogBenchmark";

    /** The benchmarks of the library; the others are references. */
    private static final List<String> LIBRARY_METHODS = List.of("library", "libraryReadAndValidate", "validateModel",
            "readAndValidate");

    /** The document benchmark that each catalog benchmark scales; by default the read of the same name. */
    private static final Map<String, String[]> CATALOG_COUNTERPARTS = Map.of(
            "libraryReadAndValidate", new String[] {VALIDATE, "readAndValidate"});

    /** One measured benchmark at one size. */
    record Row(String group, String method, int indicators, double msPerOp, double msError, double allocPerOp,
            double gcShare) {
        String name() {
            return group.replace("Benchmark", "") + "." + method;
        }
    }

    private final List<Row> rows;
    private final Map<String, Long> documentBytes = new HashMap<>();

    private Report(List<Row> rows) {
        this.rows = rows;
    }

    /**
     * Writes the report.
     *
     * @param args the results directory, the Markdown file to write, the mode
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Report <results-dir> <RESULTS.md> <mode>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("jmh-.*\\.json")).sorted()
                    .collect(Collectors.toList())) {
                rows.addAll(readJmh(file));
            }
        }
        String notes = existingNotes(out);
        String text = new Report(rows).render(dir, args[2]) + "\n" + GENERATED_END + "\n" + notes;
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.println("Wrote " + out);
    }

    static List<Row> readJmh(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        JsonNode results = JSON.readTree(Files.readAllBytes(file));
        for (JsonNode r : results) {
            String benchmark = r.get("benchmark").asString();
            String[] parts = benchmark.split("\\.");
            String group = parts[parts.length - 2];
            String method = parts[parts.length - 1];
            int indicators = Integer.parseInt(r.get("params").get("indicators").asString());
            JsonNode primary = r.get("primaryMetric");
            double score = primary.get("score").asDouble();
            double error = primary.get("scoreError").isNumber() ? primary.get("scoreError").asDouble() : Double.NaN;
            String unit = primary.get("scoreUnit").asString();
            double factor = switch (unit) {
                case "ms/op" -> 1;
                case "s/op" -> 1000;
                case "us/op" -> 0.001;
                default -> throw new IllegalArgumentException("Unexpected unit " + unit + " in " + file);
            };
            JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
            // JMH sums the GC time over the measurement iterations; it is a share of the time measured
            // only when every iteration ran one operation, as with operations longer than an iteration
            JsonNode gcTime = r.path("secondaryMetrics").path("gc.time").path("score");
            double ms = score * factor;
            double iterationMs = parseMillis(r.path("measurementTime").asString(""));
            double gcShare = gcTime.isNumber() && iterationMs > 0 && ms >= iterationMs
                    ? gcTime.asDouble() / (ms * r.path("measurementIterations").asInt(1)) : Double.NaN;
            rows.add(new Row(group, method, indicators, ms, error * factor,
                    alloc.isNumber() ? alloc.asDouble() : Double.NaN, gcShare));
        }
        return rows;
    }

    /** Reads a JMH duration such as {@code 1 s} or {@code 500 ms}; NaN if it is none of those. */
    static double parseMillis(String text) {
        String[] parts = text.trim().split(" ");
        if (parts.length != 2) {
            return Double.NaN;
        }
        double value = Double.parseDouble(parts[0]);
        return switch (parts[1]) {
            case "s" -> value * 1000;
            case "ms" -> value;
            default -> Double.NaN;
        };
    }

    static String existingNotes(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "## Notes\n\n(none yet)\n";
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(GENERATED_END);
        return at < 0 ? "" : text.substring(at + GENERATED_END.length()).replaceFirst("^\n", "");
    }

    private String render(Path dir, String mode) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("Written by `benchmarks/run.sh ").append(mode).append("` on ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(". Everything above the end marker is generated; the notes below it are kept.\n\n");
        if (mode.equals("quick")) {
            md.append("Quick mode proves that every benchmark runs: one warm-up second and two measured seconds "
                    + "each, so its figures are rough; `run.sh full` gives the figures to rely on.\n\n");
        }
        machine(md, dir);
        targets(md);
        documents(md);
        catalog(md);
        footprint(md, dir);
        streamCheck(md, dir);
        return md.toString();
    }

    private static void machine(StringBuilder md, Path dir) throws IOException {
        md.append("## Machine and settings\n\n");
        md.append("- CPUs: ").append(Runtime.getRuntime().availableProcessors()).append(" (nproc); CPU: ")
                .append(cpuModel()).append("\n");
        md.append("- Memory: ").append(memory()).append("\n");
        md.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(" (").append(System.getProperty("java.vendor"))
                .append("); OS: ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.version")).append("\n");
        md.append("- JMH 1.37, mode average time, one thread; `-prof gc` for allocation.\n");
        Path settings = dir.resolve("settings.txt");
        if (Files.exists(settings)) {
            for (String line : Files.readAllLines(settings, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    md.append("- ").append(line).append("\n");
                }
            }
        }
        md.append("\nThe documents come from `PlanGenerator` with seed ").append(PlanGenerator.SEED)
                .append(": plans with bilingual names, units with scales, a baseline, two or three targets of "
                        + "mixed kinds, five yearly observations and provenance quotes per indicator.\n\n");
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException | UncheckedIOException e) {
            return System.getProperty("os.arch");
        }
    }

    private static String memory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return String.format(Locale.ROOT, "%.1f GiB total", os.getTotalMemorySize() / (double) (1L << 30));
        }
        return "unknown";
    }

    private void targets(StringBuilder md) {
        md.append("## Targets\n\n");
        md.append("| target | size | figure | required | status |\n|---|---:|---:|---:|---|\n");
        for (int size : sizes(READ)) {
            ratio(md, "read into the model vs plain databind (throughput)", size, find(READ, "plainDatabind", size),
                    find(READ, "library", size), 0.70, true);
        }
        for (int size : sizes(WRITE)) {
            ratio(md, "write from the model vs plain databind (throughput)", size, find(WRITE, "plainDatabind", size),
                    find(WRITE, "library", size), 0.80, true);
        }
        for (int size : sizes(VALIDATE)) {
            Optional<Row> validate = find(VALIDATE, "validateModel", size);
            Optional<Row> read = find(READ, "library", size);
            if (validate.isPresent() && read.isPresent()) {
                double figure = validate.get().msPerOp() / read.get().msPerOp();
                md.append(String.format(Locale.ROOT, "| full validation time / read time | %,d | %.2f | ≤ 1.00 | %s |%n",
                        size, figure, figure <= 1.0 ? "met" : "**missed**"));
            }
        }
        for (int size : sizes(SCHEMA)) {
            Optional<Row> networknt = find(SCHEMA, "networkntFromBytes", size);
            Optional<Row> ours = find(VALIDATE, "readAndValidate", size);
            if (networknt.isPresent() && ours.isPresent()) {
                double figure = networknt.get().msPerOp() / ours.get().msPerOp();
                md.append(String.format(Locale.ROOT,
                        "| read-plus-validate speed-up over networknt schema check | %,d | %.1f× | ≥ 3× | %s |%n", size,
                        figure, figure >= 3.0 ? "met" : "**missed**"));
            }
        }
        for (String group : List.of(READ, WRITE, VALIDATE)) {
            for (String method : methods(group)) {
                Optional<Row> small = find(group, method, 10_000);
                Optional<Row> large = find(group, method, 1_000_000);
                if (small.isPresent() && large.isPresent()) {
                    double figure = perIndicator(large.get()) / perIndicator(small.get());
                    md.append(String.format(Locale.ROOT,
                            "| time per indicator, 1,000,000 / 10,000: %s | 1,000,000 | %.2f | ≤ 1.15 | %s |%n",
                            small.get().name(), figure, scalingStatus(method, figure)));
                }
            }
        }
        for (String method : methods(CATALOG)) {
            Optional<Row> large = find(CATALOG, method, 1_000_000);
            Optional<Row> smallCatalog = find(CATALOG, method, 10_000);
            if (large.isPresent() && smallCatalog.isPresent()) {
                // growth of the same operation with size: the target
                double figure = perIndicator(large.get()) / perIndicator(smallCatalog.get());
                md.append(String.format(Locale.ROOT, "| time per indicator, catalog of 1,000,000 / catalog of "
                        + "10,000: %s | 1,000,000 | %.2f | ≤ 1.15 | %s |%n", large.get().name(), figure,
                        scalingStatus(method, figure)));
            }
            String[] counterpart = CATALOG_COUNTERPARTS.getOrDefault(method, new String[] {READ, method});
            Optional<Row> small = find(counterpart[0], counterpart[1], 10_000);
            if (large.isPresent() && small.isPresent()) {
                // against the single document, a different path (lines read as characters): a comparison
                // once the catalog's own growth is measured
                double figure = perIndicator(large.get()) / perIndicator(small.get());
                String status = smallCatalog.isPresent() ? "(comparison)" : scalingStatus(method, figure);
                md.append(String.format(Locale.ROOT, "| time per indicator, catalog of 1,000,000 / document of "
                        + "10,000: %s | 1,000,000 | %.2f | ≤ 1.15 | %s |%n", large.get().name(), figure, status));
            }
        }
        md.append("\n");
    }

    /** The scaling target is the library's; the references' scaling is shown for comparison. */
    private static String scalingStatus(String method, double figure) {
        if (!LIBRARY_METHODS.contains(method)) {
            return "(reference)";
        }
        return figure <= 1.15 ? "met" : "**missed**";
    }

    private static void ratio(StringBuilder md, String what, int size, Optional<Row> reference, Optional<Row> ours,
            double required, boolean throughput) {
        if (reference.isEmpty() || ours.isEmpty()) {
            return;
        }
        double figure = throughput ? reference.get().msPerOp() / ours.get().msPerOp()
                : ours.get().msPerOp() / reference.get().msPerOp();
        md.append(String.format(Locale.ROOT, "| %s | %,d | %.0f %% | ≥ %.0f %% | %s |%n", what, size, figure * 100,
                required * 100, figure >= required ? "met" : "**missed**"));
    }

    private void documents(StringBuilder md) {
        md.append("## Plan documents\n\n");
        md.append("Time per operation is the JMH average (± its 99.9 % error); MB/s counts the bytes of the "
                + "JSON document (10^6 bytes); allocation is JMH's `gc.alloc.rate.norm` divided by the number of "
                + "indicators; GC is the share of the measured time spent in collections (`gc.time`), shown where "
                + "one operation outlasts an iteration, so that the time measured is known.\n\n");
        table(md, rows.stream().filter(r -> !r.group().equals(CATALOG)).collect(Collectors.toList()), false);
    }

    private void catalog(StringBuilder md) {
        List<Row> catalog = rows.stream().filter(r -> r.group().equals(CATALOG)).collect(Collectors.toList());
        if (catalog.isEmpty()) {
            return;
        }
        md.append("## JSON Lines catalog\n\n");
        md.append("Plans of up to " + CatalogBenchmark.INDICATORS_PER_PLAN + " indicators, one per line, streamed "
                + "from a temporary file; only one plan is held at a time.\n\n");
        table(md, catalog, true);
    }

    private void table(StringBuilder md, List<Row> selected, boolean catalog) {
        md.append("| indicators | benchmark | ms/op | ± | MB/s | indicators/s | ns/indicator | alloc B/indicator | GC |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        selected.sort(Comparator.comparingInt(Row::indicators).thenComparing(r -> order(r.group()))
                .thenComparing(Row::method));
        for (Row r : selected) {
            long bytes = catalog ? catalogBytes(r.indicators()) : documentBytes(r.indicators());
            double seconds = r.msPerOp() / 1000;
            md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %.1f | %,.0f | %,.0f | %s | %s |%n",
                    r.indicators(), r.name(), decimals(r.msPerOp()), decimals(r.msError()), bytes / seconds / 1e6,
                    r.indicators() / seconds, perIndicator(r), Double.isNaN(r.allocPerOp()) ? "–"
                            : String.format(Locale.ROOT, "%,.0f", r.allocPerOp() / r.indicators()),
                    Double.isNaN(r.gcShare()) ? "–" : String.format(Locale.ROOT, "%.0f %%", r.gcShare() * 100)));
        }
        md.append("\n");
    }

    private static int order(String group) {
        return List.of(READ, WRITE, VALIDATE, SCHEMA, CATALOG).indexOf(group);
    }

    private static String decimals(double ms) {
        if (Double.isNaN(ms)) {
            return "–";
        }
        return ms >= 100 ? String.format(Locale.ROOT, "%,.0f", ms)
                : ms >= 1 ? String.format(Locale.ROOT, "%.2f", ms) : String.format(Locale.ROOT, "%.4f", ms);
    }

    private static double perIndicator(Row r) {
        return r.msPerOp() * 1e6 / r.indicators();
    }

    private long documentBytes(int indicators) {
        return documentBytes.computeIfAbsent("d" + indicators, k -> {
            DiscardingStream out = new DiscardingStream();
            return new PlanGenerator(PlanGenerator.SEED).writePlan(out, 0, indicators);
        });
    }

    private long catalogBytes(int indicators) {
        return documentBytes.computeIfAbsent("c" + indicators, k -> {
            DiscardingStream out = new DiscardingStream();
            PlanGenerator generator = new PlanGenerator(PlanGenerator.SEED);
            long bytes = 0;
            int plans = CatalogBenchmark.plans(indicators);
            for (int plan = 0; plan < plans; plan++) {
                bytes += generator.writePlan(out, plan, CatalogBenchmark.perPlan(indicators)) + 1;
            }
            return bytes;
        });
    }

    private void footprint(StringBuilder md, Path dir) throws IOException {
        Path file = dir.resolve("footprint.json");
        if (!Files.exists(file)) {
            return;
        }
        md.append("## Retained heap\n\n");
        md.append("Used heap after full collections while the model is held, minus before, per indicator "
                + "(`Footprint`, one JVM, the sizes in turn).\n\n");
        JsonNode node = JSON.readTree(Files.readAllBytes(file));
        md.append("| indicators | document B/indicator");
        List<String> columns = new ArrayList<>();
        for (JsonNode size : node.get("sizes")) {
            size.get("retained").propertyNames().forEach(name -> {
                if (!columns.contains(name)) {
                    columns.add(name);
                }
            });
        }
        columns.forEach(c -> md.append(" | ").append(c).append(" B/indicator"));
        md.append(" |\n|---:|---:").append("|---:".repeat(columns.size())).append("|\n");
        for (JsonNode size : node.get("sizes")) {
            long n = size.get("indicators").asLong();
            md.append(String.format(Locale.ROOT, "| %,d | %,.0f", n, size.get("documentBytes").asDouble() / n));
            for (String c : columns) {
                JsonNode v = size.get("retained").get(c);
                md.append(v == null ? " | –" : String.format(Locale.ROOT, " | %,.0f", v.asDouble() / n));
            }
            md.append(" |\n");
        }
        md.append("\n");
    }

    private static void streamCheck(StringBuilder md, Path dir) throws IOException {
        Path file = dir.resolve("stream-check.json");
        if (!Files.exists(file)) {
            return;
        }
        JsonNode n = JSON.readTree(Files.readAllBytes(file));
        md.append("## Streaming check\n\n");
        md.append(String.format(Locale.ROOT,
                "`CatalogStreamCheck` with `%s`: a JSON Lines catalog of %,d bytes (%.2f GiB, %,d plans, %,d "
                        + "indicators) generated into a temporary directory, read plan by plan and each plan validated, "
                        + "then deleted.%n%n",
                n.get("jvmArgs").asString(), n.get("bytes").asLong(), n.get("bytes").asDouble() / (1L << 30),
                n.get("plans").asLong(), n.get("indicators").asLong()));
        md.append("| figure | value |\n|---|---:|\n");
        md.append(String.format(Locale.ROOT, "| result | %s |%n", n.get("completed").asBoolean() ? "completed" : "**failed**"));
        md.append(String.format(Locale.ROOT, "| findings (errors / warnings / infos) | %,d / %,d / %,d |%n",
                n.get("errors").asLong(), n.get("warnings").asLong(), n.get("infos").asLong()));
        md.append(String.format(Locale.ROOT, "| read and validate time | %.1f s (%.1f MB/s) |%n",
                n.get("seconds").asDouble(), n.get("bytes").asDouble() / n.get("seconds").asDouble() / 1e6));
        md.append(String.format(Locale.ROOT, "| maximum heap (-Xmx) | %,.0f MiB |%n", n.get("maxHeap").asDouble() / (1 << 20)));
        md.append(String.format(Locale.ROOT, "| peak used heap, sampled after each plan | %,.0f MiB |%n",
                n.get("maxUsedSampled").asDouble() / (1 << 20)));
        md.append(String.format(Locale.ROOT, "| peak heap in use after a collection (%,d collections) | %,.0f MiB |%n",
                n.get("collections").asLong(), n.get("maxUsedAfterGc").asDouble() / (1 << 20)));
        md.append("\n");
    }

    private Optional<Row> find(String group, String method, int indicators) {
        if (method == null) {
            return Optional.empty();
        }
        return rows.stream().filter(r -> r.group().equals(group) && r.method().equals(method)
                && r.indicators() == indicators).findFirst();
    }

    private List<Integer> sizes(String group) {
        return new ArrayList<>(rows.stream().filter(r -> r.group().equals(group)).map(Row::indicators)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private List<String> methods(String group) {
        return new ArrayList<>(rows.stream().filter(r -> r.group().equals(group)).map(Row::method)
                .collect(Collectors.toCollection(TreeSet::new)));
    }
}
