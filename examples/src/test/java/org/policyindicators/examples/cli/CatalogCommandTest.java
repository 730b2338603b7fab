package org.policyindicators.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyindicators.core.Plan;
import org.policyindicators.examples.Frameworks;
import org.policyindicators.examples.Taiyuan;
import org.policyindicators.io.OutputStyle;
import org.policyindicators.io.PolicyJson;

class CatalogCommandTest {

    private static final PolicyJson COMPACT = PolicyJson.builder().outputStyle(OutputStyle.COMPACT).build();

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(Main.utf8(out), Main.utf8(err), args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The bundled plans, one compact document a line. */
    private static List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Plan plan : Taiyuan.plans(PolicyJson.standard())) {
            lines.add(COMPACT.writePlan(plan).strip());
        }
        return lines;
    }

    private Path catalog(String name, List<String> lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private Path jurisdictions() throws IOException {
        try (InputStream in = Taiyuan.open(Taiyuan.JURISDICTIONS)) {
            Path file = dir.resolve(Taiyuan.JURISDICTIONS);
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
    }

    @Test
    void validate_aCatalogFindsWhatTheSameDocumentsGivenOneByOneFind() throws IOException {
        Path catalog = catalog("plans.jsonl", lines());
        List<String> documents = new ArrayList<>();
        int n = 0;
        for (String line : lines()) {
            documents.add(Files.writeString(dir.resolve("plan" + n++ + ".json"), line, StandardCharsets.UTF_8)
                    .toString());
        }
        documents.add(jurisdictions().toString());

        Run fromCatalog = run("validate", catalog.toString(), jurisdictions().toString());
        documents.add(0, "validate");
        Run fromDocuments = run(documents.toArray(String[]::new));

        assertThat(fromCatalog.status()).isZero();
        assertThat(findings(fromCatalog.out())).isEqualTo(findings(fromDocuments.out())).isNotEmpty();
        assertThat(fromCatalog.out()).contains(catalog + ":1: valid", catalog + ":5: valid")
                .doesNotContain("unresolved-external-reference");
    }

    private static List<String> findings(String out) {
        return out.lines().filter(l -> l.startsWith("  ")).toList();
    }

    @Test
    void validate_recognisesACatalogByItsContent() throws IOException {
        Path catalog = catalog("plans.txt", lines());

        Run run = run("validate", catalog.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains(catalog + ":3: valid");
    }

    @Test
    void validate_namesTheLineOfAnUnreadablePlanAndGoesOn() throws IOException {
        List<String> lines = lines();
        lines.set(2, lines.get(2).replaceFirst("\"kind\":\"[a-z-]+\"", "\"kind\":7"));
        Path catalog = catalog("plans.jsonl", lines);

        Run run = run("validate", catalog.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith(catalog + ":3:");
        assertThat(run.out()).contains(catalog + ":3: cannot be read", catalog + ":4: valid", catalog + ":5: valid");
    }

    @Test
    void validate_aReferenceToAMissingGoalOfAnotherPlanOfTheCatalogIsAnError() throws IOException {
        List<String> lines = lines();
        int aligned = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"alignsWith\":[{\"plan\":\"cn-140100-strategy-14\"")) {
                aligned = i;
                lines.set(i, lines.get(i).replaceFirst(
                        "(\"alignsWith\":\\[\\{\"plan\":\"cn-140100-strategy-14\",\"goal\":\")[^\"]+\"",
                        "$1no-such-goal\""));
                break;
            }
        }
        assertThat(aligned).as("a plan aligned to the city's goals").isNotNegative();
        Path catalog = catalog("plans.jsonl", lines);

        Run run = run("validate", "--format", "json", catalog.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("\"line\" : " + (aligned + 1), "\"code\" : \"unresolved-reference\"",
                "no-such-goal");
    }

    @Test
    void validate_aPlanTwiceInACatalogIsADuplicateAtItsSecondLine() throws IOException {
        List<String> lines = lines();
        lines.add(lines.get(0));
        Path catalog = catalog("plans.jsonl", lines);

        Run run = run("validate", catalog.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains(catalog + ":6: invalid", "duplicate-plan-id");
    }

    @Test
    void report_ofACatalogIsTheReportOfItsPlans() throws IOException {
        Path catalog = catalog("plans.jsonl", lines());
        List<String> documents = new ArrayList<>();
        for (Plan plan : Taiyuan.plans(PolicyJson.standard())) {
            documents.add(Files.writeString(dir.resolve(plan.id() + ".json"), COMPACT.writePlan(plan),
                    StandardCharsets.UTF_8).toString());
        }
        documents.add(jurisdictions().toString());

        Run fromCatalog = run("report", "--format", "html", catalog.toString(), jurisdictions().toString());
        documents.addAll(0, List.of("report", "--format", "html"));
        Run fromDocuments = run(documents.toArray(String[]::new));

        assertThat(fromCatalog.status()).isZero();
        assertThat(fromCatalog.out()).isEqualTo(fromDocuments.out());
    }

    @Test
    void exportTable_ofACatalogNamesThePlanOfEveryRow() throws IOException {
        Path catalog = catalog("plans.jsonl", lines());

        Run run = run("export-table", catalog.toString(), "--lang", "zh");

        assertThat(run.status()).as(run.err()).isZero();
        List<String> rows = run.out().lines().toList();
        assertThat(rows.get(0)).startsWith("规划编号,类别,");
        for (Plan plan : Taiyuan.plans(PolicyJson.standard())) {
            String single = run("export-table", Files.writeString(dir.resolve(plan.id() + ".json"),
                    COMPACT.writePlan(plan), StandardCharsets.UTF_8).toString(), "--lang", "zh").out();
            List<String> own = rows.stream().filter(r -> r.startsWith(plan.id() + ","))
                    .map(r -> r.substring(plan.id().length() + 1)).toList();
            assertThat(own).isEqualTo(single.lines().skip(1).toList());
        }
    }

    @Test
    void exportObservations_ofACatalogHasTheDimensionColumnsOfAllItsPlans() throws IOException {
        List<String> lines = lines();
        lines.add(COMPACT.writePlan(Frameworks.plan(Frameworks.UK_ONS_SDG, PolicyJson.standard())).strip());
        Path catalog = catalog("plans.jsonl", lines);

        Run run = run("export-observations", catalog.toString());

        assertThat(run.status()).as(run.err()).isZero();
        List<String> rows = run.out().lines().toList();
        assertThat(rows.get(0)).isEqualTo("Plan,Year,Series,country,sex,Units,Observation status,Value");
        assertThat(rows).contains("cn-140105-work-report-2024,2023,high-tech-enterprises-new,,,establishments,A,473",
                "uk-ons-sdg,2000,under-5-mortality-rate,,female,person[death]/person[live-birth]*1e3,A,5.88",
                "uk-ons-sdg,2021,under-5-mortality-rate,england-and-wales,,person[death]/person[live-birth]*1e3,A,"
                        + "4.17715");
        assertThat(rows).allSatisfy(r -> assertThat(r.split(",", -1)).hasSize(8));
    }

    @Test
    void exportObservations_ofACatalogWithABadLineWritesNothing() throws IOException {
        List<String> lines = lines();
        lines.set(1, "{\"format\": ");
        Path catalog = catalog("plans.jsonl", lines);
        Path out = dir.resolve("obs.csv");

        Run run = run("export-observations", catalog.toString(), "-o", out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith(catalog + ":2:");
        assertThat(out).doesNotExist();
    }

    @Test
    void importObservations_intoACatalogIsRefusedWithAReason() throws IOException {
        Path catalog = catalog("plans.jsonl", lines());
        Path observations = Files.writeString(dir.resolve("obs.csv"), "Year,Series,Value\n2023,gdp,1\n",
                StandardCharsets.UTF_8);

        Run run = run("import-observations", observations.toString(), "--plan", catalog.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("takes one plan document");
    }

    @Test
    void validate_aCatalogLargerThanTheHeapIsValidatedInBoundedMemory() throws Exception {
        Path catalog = dir.resolve("large.jsonl");
        List<String> lines = lines();
        long size = 0;
        try (Writer w = Files.newBufferedWriter(catalog, StandardCharsets.UTF_8)) {
            for (int copy = 0; size < 48L * 1024 * 1024; copy++) {
                for (String line : lines) {
                    String id = line.substring(line.indexOf("\"id\":\"") + 6, line.indexOf('"',
                            line.indexOf("\"id\":\"") + 6));
                    String renamed = copy == 0 ? line : line.replaceFirst("\"id\":\"" + id + "\"",
                            "\"id\":\"" + id + "-" + copy + "\"");
                    w.write(renamed);
                    w.write('\n');
                    size += renamed.getBytes(StandardCharsets.UTF_8).length + 1;
                }
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "validate", catalog.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();

        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(err).doesNotContain("OutOfMemoryError");
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(Files.size(catalog)).isGreaterThan(32L * 1024 * 1024);
    }
}
