package org.policyindicators.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Plan;
import org.policyindicators.io.OutputStyle;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.PolicyJsonException;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.Severity;
import org.policyindicators.io.validation.ValidationReport;
import org.policyindicators.io.validation.PlanValidator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of reading, validating and writing.
 *
 * <p>In a normal build ({@code ./mvnw verify}) each test runs once on the empty input and on
 * every file of its seed corpus in {@code PolicyJsonFuzzTestInputs/} (regression mode): the files
 * directly in it serve all three tests, those in a test's own directory that test alone. The
 * {@code malformed-…} seeds there lead reading into its error paths. Regression mode replays only
 * these files, so the round-trip property also runs, as a plain test, over 2,000 plans that the same
 * generator builds from a seeded random source. To fuzz
 * one of them, set {@code JAZZER_FUZZ=1} and select it; {@code jazzer.max_duration} overrides the
 * duration given here, and {@code jazzer.instrument} adds Jackson's parser to the code whose
 * coverage guides the fuzzer:
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -pl io -am verify -Dhostile.corpus.skip=true -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='PolicyJsonFuzzTest#readPlan_throwsOnlyPolicyJsonException' -Djazzer.max_duration=10m \
 *     '-Djazzer.instrument=org.policyindicators.**,tools.jackson.core.**'
 * </pre>
 *
 * Only one fuzz test runs per fuzzing run. An input that breaks a property is saved as
 * {@code crash-…} in the test's own directory of the seed corpus, and from then on runs in every
 * build; the corpus the fuzzer grows is kept in {@code io/.cifuzz-corpus/}, which git ignores.
 */
class PolicyJsonFuzzTest {

    private static final PolicyJson JSON = PolicyJson.standard();
    private static final PolicyJson COMPACT = PolicyJson.builder().outputStyle(OutputStyle.COMPACT).build();
    private static final PlanValidator VALIDATOR = PlanValidator.standard();
    /** A plain mapper that resolves pointers; its own limits (nesting 500) exceed the reader's. */
    private static final JsonMapper TREE = JsonMapper.builder().build();
    private static final Set<String> KNOWN_CODES = Arrays.stream(FindingKind.values()).map(FindingKind::code)
            .collect(Collectors.toSet());
    private static final long GENERATED_SEED = 16_2026L;
    private static final int GENERATED_PLANS = 2_000;

    /**
     * Reads arbitrary bytes as a plan. The only exception that may escape is a
     * {@link PolicyJsonException} that says where; valid UTF-8 read as a string gives the same
     * outcome; a plan that was read writes back to a document that reads as an equal plan.
     */
    @DictionaryFile(resourcePath = "policy-json.dict")
    @FuzzTest(maxDuration = "2m")
    void readPlan_throwsOnlyPolicyJsonException(byte[] input) {
        Plan plan = readOrCheckError(input);
        if (plan != null) {
            assertRewritesEqual(plan);
        }
    }

    /**
     * Reads arbitrary bytes and validates what could be read, alone and in one call. Validation
     * never throws: the one call gives exactly one report for any input, the same as validating
     * the plan read, or a single unreadable-document finding at the line and column of the
     * reading error. Every finding has a known code, its kind's severity and the plan as its
     * document, and its JSON Pointer leads to a value of the document read. The report renders
     * as text and JSON in both languages, one entry per finding.
     */
    @DictionaryFile(resourcePath = "policy-json.dict")
    @FuzzTest(maxDuration = "2m")
    void readAndValidate_neverThrows(byte[] input) {
        ValidationReport inOneCall = VALIDATOR.readAndValidate(new ByteArrayInputStream(input), JSON);
        Plan plan = readOrCheckError(input);
        if (plan != null) {
            ValidationReport report = VALIDATOR.validate(plan);
            assertThat(report.findings()).hasSize(report.errorCount() + report.warningCount() + report.infoCount());
            assertThat(inOneCall).isEqualTo(report);
            JsonNode document = TREE.readTree(input);
            for (Finding f : report.findings()) {
                assertThat(KNOWN_CODES).as("code of %s", f).contains(f.code());
                assertThat(f.severity()).as("severity of %s", f).isEqualTo(f.kind().defaultSeverity());
                assertThat(f.document()).as("document of %s", f).isEqualTo(plan.id());
                assertThat(document.at(f.path()).isMissingNode()).as("%s leads to nothing in %s", f, document)
                        .isFalse();
            }
        } else {
            PolicyJsonException error = catchThrowableOfType(PolicyJsonException.class,
                    () -> JSON.readPlan(new ByteArrayInputStream(input)));
            Finding unreadable = inOneCall.findings().get(0);
            assertThat(inOneCall.findings()).singleElement().extracting(Finding::code).isEqualTo("unreadable-document");
            assertThat(unreadable.severity()).isEqualTo(Severity.ERROR);
            assertThat(unreadable.path()).isEqualTo(error.pointer());
            assertThat(unreadable.parameters()).containsEntry("line", (int) Math.min(Integer.MAX_VALUE, error.line()))
                    .containsEntry("column", (int) Math.min(Integer.MAX_VALUE, error.column())).containsEntry("problem", error.problem());
        }
        assertRendersEveryFinding(inOneCall);
    }

    /** The text has one line per finding and a summary; the JSON lists every finding and the counts. */
    private static void assertRendersEveryFinding(ValidationReport report) {
        String text = report.toText(Locale.ENGLISH);
        String[] lines = text.split("\n", -1);
        assertThat(lines).as(text).hasSize(report.findings().size() + 2);
        assertThat(lines[lines.length - 1]).isEmpty();
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            assertThat(lines[i]).as("line %d of %s", i, text).contains("[" + f.code() + "] ")
                    .endsWith(": " + f.message(Locale.ENGLISH));
        }
        JsonNode json = TREE.readTree(report.toJson(Locale.CHINESE));
        assertThat(json.get("valid").asBoolean()).isEqualTo(report.isValid());
        assertThat(json.get("errors").asInt()).isEqualTo(report.errorCount());
        assertThat(json.get("warnings").asInt()).isEqualTo(report.warningCount());
        assertThat(json.get("infos").asInt()).isEqualTo(report.infoCount());
        assertThat(json.get("findings")).hasSize(report.findings().size());
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            JsonNode written = json.get("findings").get(i);
            assertThat(written.get("code").asString()).isEqualTo(f.code());
            assertThat(written.get("path").asString()).isEqualTo(f.path());
            assertThat(written.get("severity").asString()).isEqualTo(f.severity().code());
            assertThat(written.get("message").asString()).isEqualTo(f.message(Locale.CHINESE));
        }
    }

    /**
     * Writes a plan built from fuzzer input and reads it back: the plan is equal, and so are the
     * pretty and compact documents' plans. A plan that the writer must refuse (a string that UTF-8
     * cannot encode, a number or string beyond the reader's limits, see {@code io/LIMITS.md}) is
     * refused with a {@link PolicyJsonException} that names one of the reasons the plan has; a plan
     * with several may be refused for any of them.
     */
    @FuzzTest(maxDuration = "2m")
    void writeThenRead_givesEqualPlan(FuzzedDataProvider data) {
        assertRewritesEqual(FuzzedPlans.plan(data).plan());
    }

    /**
     * The property of {@link #writeThenRead_givesEqualPlan} over plans built from a seeded random
     * source: in a normal build Jazzer only replays the seed corpus, so this is what runs it over
     * thousands of plans. The plans reach every reason for refusal, alone and together.
     */
    @Test
    void writeThenRead_givesEqualPlan_forGeneratedPlans() {
        RandomDataProvider data = new RandomDataProvider(GENERATED_SEED);
        Map<Set<Refusal>, Integer> outcomes = new HashMap<>();
        for (int i = 0; i < GENERATED_PLANS; i++) {
            Plan plan = FuzzedPlans.plan(data).plan();
            outcomes.merge(assertRewritesEqual(plan), 1, Integer::sum);
        }
        assertThat(outcomes).as("plans by the reasons they were refused for")
                .containsKeys(Set.of(), EnumSet.of(Refusal.UNPAIRED_SURROGATE), EnumSet.of(Refusal.NUMBER_TOO_LONG),
                        EnumSet.of(Refusal.UNPAIRED_SURROGATE, Refusal.NUMBER_TOO_LONG));
        assertThat(outcomes.get(Set.of())).as("plans written and read back").isGreaterThan(GENERATED_PLANS / 2);
    }

    /**
     * The seeds of the error paths in {@code PolicyJsonFuzzTestInputs/} (truncated documents,
     * ill-formed UTF-8, duplicate keys, wrong types, nesting beyond the limit and more) are each
     * refused with a located error, so that each replays an error path rather than a plan.
     */
    @Test
    void malformedSeeds_areEachRefusedWithALocatedError() throws IOException, URISyntaxException {
        Path inputs = Path.of(PolicyJsonFuzzTest.class.getResource("PolicyJsonFuzzTestInputs").toURI());
        List<Path> seeds;
        try (Stream<Path> files = Files.list(inputs)) {
            seeds = files.filter(f -> f.getFileName().toString().startsWith("malformed-")).sorted().toList();
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(25);
        for (Path seed : seeds) {
            byte[] input = Files.readAllBytes(seed);
            assertThat(catchThrowable(() -> JSON.readPlan(new ByteArrayInputStream(input))))
                    .as(seed.getFileName().toString()).isInstanceOf(PolicyJsonException.class);
            assertThat(readOrCheckError(input)).isNull();
            assertThat(VALIDATOR.readAndValidate(new ByteArrayInputStream(input), JSON).findings())
                    .as(seed.getFileName().toString()).singleElement().extracting(Finding::code)
                    .isEqualTo("unreadable-document");
        }
    }

    /** Reads bytes; returns the plan, or null after checking the error. */
    private static Plan readOrCheckError(byte[] input) {
        Plan fromBytes = null;
        PolicyJsonException bytesError = null;
        try {
            fromBytes = JSON.readPlan(new ByteArrayInputStream(input));
        } catch (PolicyJsonException e) {
            Outcomes.assertLocated(e);
            bytesError = e;
        }
        Optional<String> text = Outcomes.strictUtf8(input);
        if (text.isPresent() && !text.get().startsWith("\ufeff")) {
            // the character path decodes nothing itself, so it must agree with the byte path
            try {
                Plan fromText = JSON.readPlan(text.get());
                assertThat(bytesError).as("error reading bytes that read as text").isNull();
                assertThat(fromText).isEqualTo(fromBytes);
            } catch (PolicyJsonException e) {
                Outcomes.assertLocated(e);
                assertThat(bytesError).as("reading bytes that fail as text: %s", e.getMessage()).isNotNull();
                assertThat(new long[] {e.line(), e.column()}).as("position of %s", e.getMessage())
                        .containsExactly(bytesError.line(), bytesError.column());
                assertThat(e.pointer()).isEqualTo(bytesError.pointer());
            }
        }
        return fromBytes;
    }

    /**
     * Writes a plan and reads it back, or checks that the writer refuses it for a reason it has.
     *
     * @return the reasons the plan has to be refused, empty if it was written and read back
     */
    private static Set<Refusal> assertRewritesEqual(Plan plan) {
        Refusal.Found found = Refusal.of(plan, JSON);
        if (!found.reasons().isEmpty()) {
            for (PolicyJson json : new PolicyJson[] {JSON, COMPACT}) {
                Throwable thrown = catchThrowable(() -> json.writePlan(plan));
                assertThat(thrown).as("writing a plan with %s", found.reasons()).isInstanceOf(PolicyJsonException.class);
                PolicyJsonException e = (PolicyJsonException) thrown;
                assertThat(found.namedBy(e, json)).as("reasons %s named by: %s", found.reasons(), e.problem())
                        .isNotEmpty();
                assertThat(new long[] {e.line(), e.column()}).containsExactly(-1, -1);
            }
            return found.reasons();
        }
        String pretty = JSON.writePlan(plan);
        Plan back = JSON.readPlan(new ByteArrayInputStream(pretty.getBytes(StandardCharsets.UTF_8)));
        assertThat(back).isEqualTo(plan);
        assertThat(JSON.writePlan(back)).as("writing is deterministic").isEqualTo(pretty);
        String compact = COMPACT.writePlan(plan);
        assertThat(compact.indexOf('\n')).as("a compact document is one line").isEqualTo(compact.length() - 1);
        assertThat(JSON.readPlan(new ByteArrayInputStream(compact.getBytes(StandardCharsets.UTF_8)))).isEqualTo(plan);
        return found.reasons();
    }
}
