package org.policyindicators.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.policyindicators.core.Plan;
import org.policyindicators.io.OutputStyle;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.PolicyJsonException;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.ValidationReport;
import org.policyindicators.io.validation.PlanValidator;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of reading, validating and writing.
 *
 * <p>In a normal build ({@code ./mvnw verify}) each test runs once on the empty input and on
 * every file of its seed corpus in {@code PolicyJsonFuzzTestInputs/} (regression mode): the files
 * directly in it serve all three tests, those in a test's own directory that test alone. To fuzz
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
     * the plan read, or a single unreadable-document finding; and the report renders as text and
     * JSON in both languages.
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
        } else {
            assertThat(inOneCall.findings()).singleElement().extracting(Finding::code).isEqualTo("unreadable-document");
        }
        assertThat(inOneCall.toText(Locale.ENGLISH)).isNotNull();
        assertThat(inOneCall.toJson(Locale.CHINESE)).isNotNull();
    }

    /**
     * Writes a plan built from fuzzer input and reads it back: the plan is equal, and so are the
     * pretty and compact documents' plans. A plan with a string that UTF-8 cannot encode is
     * refused with a {@link PolicyJsonException} instead, and so is a plan that the reader would
     * refuse for a limit (see {@code io/LIMITS.md}): the writer names the limit.
     */
    @FuzzTest(maxDuration = "2m")
    void writeThenRead_givesEqualPlan(FuzzedDataProvider data) {
        FuzzedPlans.Fuzzed fuzzed = FuzzedPlans.plan(data);
        if (!fuzzed.encodable()) {
            assertThatThrownBy(() -> JSON.writePlan(fuzzed.plan()))
                    .isInstanceOf(PolicyJsonException.class)
                    .hasMessageContaining("surrogate");
            return;
        }
        assertRewritesEqual(fuzzed.plan());
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

    private static void assertRewritesEqual(Plan plan) {
        String pretty;
        try {
            pretty = JSON.writePlan(plan);
        } catch (PolicyJsonException e) {
            assertThat(e.problem()).as("the only error writing an encodable plan").contains("than the reader limit of");
            assertThat(new long[] {e.line(), e.column()}).containsExactly(-1, -1);
            return;
        }
        Plan back = JSON.readPlan(new ByteArrayInputStream(pretty.getBytes(StandardCharsets.UTF_8)));
        assertThat(back).isEqualTo(plan);
        assertThat(JSON.writePlan(back)).as("writing is deterministic").isEqualTo(pretty);
        String compact = COMPACT.writePlan(plan);
        assertThat(compact.indexOf('\n')).as("a compact document is one line").isEqualTo(compact.length() - 1);
        assertThat(JSON.readPlan(new ByteArrayInputStream(compact.getBytes(StandardCharsets.UTF_8)))).isEqualTo(plan);
    }
}
