package org.policyindicators.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.OutputStyle;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.testing.RandomPlans;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks that what the writer produces is valid against the published JSON Schema, as judged
 * by an independent implementation in another language: Python's {@code jsonschema} with its
 * Draft 2020-12 validator and format checking. The documents are randomized with fixed seeds
 * and handed to one Python process per batch as JSON Lines.
 *
 * <p>The test needs {@code python3} with {@code jsonschema} (4.0 or later). Where it is missing
 * the test is skipped on a developer machine and fails on CI (environment variable
 * {@code CI=true}); install it with {@code apt-get install -y python3-jsonschema} or
 * {@code pip install jsonschema}. The environment variable {@code PYTHON} names another
 * interpreter.
 */
class SchemaFidelityTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final PolicyJson COMPACT = PolicyJson.builder().outputStyle(OutputStyle.COMPACT).build();
    /** Writes the fuzzed plans whose numbers, strings or goal trees go beyond the default reader limits. */
    private static final PolicyJson COMPACT_UNLIMITED = PolicyJson.builder().outputStyle(OutputStyle.COMPACT)
            .maxNumberLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE).maxNestingDepth(10_000)
            .maxDocumentSize(Long.MAX_VALUE).build();

    @TempDir
    static Path work;

    private static Path schema;
    private static Path script;

    @BeforeAll
    static void requirePython() throws IOException {
        PythonJsonSchema.require();
        schema = work.resolve("schema.json");
        Files.writeString(schema, PolicyJson.schema(), StandardCharsets.UTF_8);
        script = work.resolve("validate_documents.py");
        try (InputStream in = SchemaFidelityTest.class.getResourceAsStream("validate_documents.py")) {
            Files.copy(in, script);
        }
    }

    @Test
    void writtenRandomPlans_areValidAgainstTheSchema() {
        List<String> documents = new ArrayList<>();
        RandomPlans random = new RandomPlans(20_261_122L);
        for (Plan plan : random.plans(2000)) {
            documents.add(COMPACT.writePlan(plan));
        }
        assertAllValid(documents);
    }

    @Test
    void writtenEdgeCasePlans_areValidAgainstTheSchema() {
        // the fuzzing generator, driven by a seeded random source: white space of every kind in
        // identifiers, extreme years, dates, scales and exponents
        List<String> documents = new ArrayList<>();
        RandomDataProvider data = new RandomDataProvider(7_2026L);
        while (documents.size() < 1000) {
            FuzzedPlans.Fuzzed fuzzed = FuzzedPlans.plan(data);
            if (fuzzed.encodable()) {
                documents.add(COMPACT_UNLIMITED.writePlan(fuzzed.plan()));
            }
        }
        assertAllValid(documents);
    }

    @Test
    void writtenJurisdictionLists_areValidAgainstTheSchema() {
        List<String> documents = new ArrayList<>();
        RandomPlans random = new RandomPlans(42L);
        for (int i = 0; i < 300; i++) {
            documents.add(COMPACT.writeJurisdictions(random.jurisdictions()));
        }
        assertAllValid(documents);
    }

    @Test
    void identifiersOfUnusualWhiteSpace_agreeBetweenModelAndSchema() {
        // no-break spaces, NEL and the BOM are not blank to String.isBlank, so the model takes them
        List<String> notBlank = List.of("\u00a0", "\u2007", "\u202f", "\u0085", "\ufeff", "\u001c\u00a0", "\u200b");
        List<String> documents = new ArrayList<>();
        for (String id : notBlank) {
            Plan plan = Plan.builder(id, PlanKind.OTHER, id, YearRange.of(2021, 2025)).build();
            documents.add(COMPACT.writePlan(plan));
        }
        assertAllValid(documents);

        // and those that are blank to it, which the model refuses, the schema refuses too
        String template = COMPACT.writePlan(Plan.builder("p", PlanKind.OTHER, "cn", YearRange.of(2021, 2025)).build());
        List<String> blank = List.of("\\u001c", "\\t", " \\u3000", "\\u2028", "\\u1680");
        List<String> refused = blank.stream().map(id -> template.replace("\"id\":\"p\"", "\"id\":\"" + id + "\""))
                .toList();
        PythonJsonSchema.Result result = PythonJsonSchema.validate(script, schema, work, refused);
        assertThat(result.failures()).extracting(f -> f.get("document").asInt())
                .containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }

    @Test
    void pythonValidator_rejectsDocumentsThatBreakTheSchema() {
        // guards the harness itself: a validator that accepted everything would pass the tests above
        String valid = COMPACT.writePlan(new RandomPlans(1L).plan()).strip();
        List<String> broken = List.of(
                valid.replaceFirst("\"format\":\"policy-indicators/1.1\"", "\"format\":\"policy-indicators/2.0\""),
                valid.replaceFirst("\"horizon\":\\{\"start\":(-?[0-9]+)", "\"horizon\":{\"start\":\"$1\""),
                valid.replaceFirst("\\{", "{\"colour\":\"red\","),
                valid.replaceFirst("\"kind\":\"[a-z0-9-]+\"", "\"kind\":\"FIVE_YEAR_PLAN\""));
        assertThat(broken).doesNotContain(valid);

        PythonJsonSchema.Result result = PythonJsonSchema.validate(script, schema, work, broken);

        assertThat(result.documents()).isEqualTo(broken.size());
        assertThat(result.failures()).extracting(f -> f.get("document").asInt()).containsOnly(0, 1, 2, 3)
                .contains(0, 1, 2, 3);
    }

    private static void assertAllValid(List<String> documents) {
        for (String document : documents) {
            assertThat(document).endsWith("\n").doesNotContain("\r");
            assertThat(document.indexOf('\n')).isEqualTo(document.length() - 1);
        }
        PythonJsonSchema.Result result = PythonJsonSchema.validate(script, schema, work, documents);
        List<String> described = new ArrayList<>();
        for (JsonNode failure : result.failures()) {
            int index = failure.get("document").asInt();
            described.add(failure.get("path").asString() + ": " + failure.get("message").asString() + "\n    in "
                    + excerpt(documents.get(index)));
        }
        assertThat(described).as("schema violations reported by %s", result.validator()).isEmpty();
        assertThat(result.documents()).isEqualTo(documents.size());
    }

    private static String excerpt(String document) {
        return document.length() <= 400 ? document.strip() : document.substring(0, 400) + "…";
    }

    /** Runs the Python script once for a batch of documents. */
    static final class PythonJsonSchema {

        private static final String INSTALL = "install it with 'apt-get install -y python3-jsonschema'"
                + " or 'pip install jsonschema'";

        record Result(String validator, int documents, List<JsonNode> failures) {
        }

        private PythonJsonSchema() {
        }

        static String python() {
            String python = System.getenv("PYTHON");
            return python == null || python.isBlank() ? "python3" : python;
        }

        /** Fails on CI, and skips elsewhere, when Python or jsonschema is missing. */
        static void require() {
            String problem = probe();
            if (problem == null) {
                return;
            }
            String message = "The schema fidelity tests need " + python() + " with jsonschema: " + problem + "; "
                    + INSTALL;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            org.junit.jupiter.api.Assumptions.abort(message);
        }

        private static String probe() {
            try {
                Process process = new ProcessBuilder(python(), "-c",
                        "import jsonschema; from jsonschema import Draft202012Validator")
                        .redirectErrorStream(true)
                        .start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return "it did not answer within 60 seconds";
                }
                return process.exitValue() == 0 ? null : output.strip();
            } catch (IOException e) {
                return e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }

        /**
         * Validates documents, split over one Python process per processor; the failures are
         * numbered by the documents' positions in the list.
         */
        static Result validate(Path script, Path schema, Path work, List<String> documents) {
            int processes = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            int chunk = (documents.size() + processes - 1) / processes;
            List<Process> running = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            try {
                for (int from = 0; from < documents.size(); from += chunk) {
                    Path lines = Files.createTempFile(work, "documents", ".jsonl");
                    try (Writer out = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
                        for (String document : documents.subList(from, Math.min(documents.size(), from + chunk))) {
                            out.write(document.strip());
                            out.write('\n');
                        }
                    }
                    Process process = new ProcessBuilder(python(), script.toString(), schema.toString(),
                            lines.toString())
                            .redirectError(ProcessBuilder.Redirect.INHERIT)
                            .start();
                    process.getOutputStream().close();
                    running.add(process);
                    offsets.add(from);
                }
                String validator = "";
                int count = 0;
                List<JsonNode> failures = new ArrayList<>();
                for (int i = 0; i < running.size(); i++) {
                    Process process = running.get(i);
                    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    if (!process.waitFor(300, TimeUnit.SECONDS)) {
                        throw new AssertionError("python did not finish within 300 seconds");
                    }
                    assertThat(process.exitValue()).as("exit code of %s with output %s", script, output).isIn(0, 1);
                    JsonNode result = MAPPER.readTree(output);
                    validator = result.get("validator").asString();
                    count += result.get("documents").asInt();
                    for (JsonNode failure : result.get("failures")) {
                        ObjectNode renumbered = (ObjectNode) failure.deepCopy();
                        renumbered.put("document", failure.get("document").asInt() + offsets.get(i));
                        failures.add(renumbered);
                    }
                }
                return new Result(validator, count, failures);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            } finally {
                running.forEach(Process::destroyForcibly);
            }
        }
    }
}
