package org.policyindicators.io.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.policyindicators.io.validation.ValidationAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyindicators.core.Plan;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.PolicyJson;

class ReadAndValidateTest {

    private final PlanValidator validator = PlanValidator.standard();
    private final PolicyJson json = PolicyJson.standard();

    @Test
    void readAndValidate_validDocumentHasNoFinding() {
        String document = json.writePlan(Fixtures.plan());

        ValidationReport report = validator.readAndValidate(document, json);

        assertThat(report.findings()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void readAndValidate_documentWithRuleBreaksReportsEachRuleAtItsPlace() {
        String document = json.writePlan(ruleBreaks());

        ValidationReport report = validator.readAndValidate(document, json);

        assertThat(report.findings()).extracting(Finding::code, Finding::severity, Finding::path, Finding::document)
                .containsExactly(EXPECTED_RULE_BREAKS);
    }

    @Test
    void readAndValidate_malformedJsonBecomesAnErrorWithLineColumnAndPointer() {
        String document = "{\"format\": \"policy-indicators/1.0\",\n \"id\": 7}";

        ValidationReport report = validator.readAndValidate(document, json);

        assertThat(report.isValid()).isFalse();
        assertThat(report).finding("unreadable-document", Severity.ERROR, "/id");
        Finding finding = report.findings().get(0);
        assertThat(report.findings()).hasSize(1);
        assertThat(finding.parameters()).containsEntry("line", 2).containsKey("column").containsKey("problem");
        assertThat(finding.message(Locale.ENGLISH)).startsWith("The document cannot be read: ").contains("line 2");
        assertThat(finding.message(Locale.CHINESE)).startsWith("无法读取文档：").contains("第 2 行");
    }

    @Test
    void readAndValidate_invalidUtf8FromAStreamBecomesAFinding() {
        byte[] bytes = {'{', '"', (byte) 0xC3, '"', ':', '1', '}'};

        ValidationReport report = validator.readAndValidate(new ByteArrayInputStream(bytes), json);

        assertThat(report.findings()).singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo("unreadable-document"));
    }

    @Test
    void readAndValidate_missingFileBecomesAFindingNamedAfterTheFile(@TempDir Path dir) {
        ValidationReport report = validator.readAndValidate(dir.resolve("absent.json"));

        assertThat(report).hasFinding("unreadable-document", Severity.ERROR, "");
        assertThat(report.findings().get(0).document()).isEqualTo("absent.json");
        assertThat(report.findings().get(0).parameters()).containsOnlyKeys("problem");
        assertThat(report.findings().get(0).message(Locale.ENGLISH))
                .isEqualTo("The document cannot be read: no such file.");
    }

    @Test
    void readAndValidate_fileWithRuleBreaksReportsTheRules(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, json.writePlan(ruleBreaks()), StandardCharsets.UTF_8);

        ValidationReport report = validator.readAndValidate(file);

        assertThat(report.findings()).extracting(Finding::code, Finding::severity, Finding::path, Finding::document)
                .containsExactly(EXPECTED_RULE_BREAKS);
    }

    @Test
    void readAndValidate_validFileHasNoFinding(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, json.writePlan(Fixtures.plan()), StandardCharsets.UTF_8);

        assertThat(validator.readAndValidate(file).findings()).isEmpty();
    }

    /**
     * The consistent plan of {@link Fixtures} with three rules broken: the goal {@code economy}
     * (goal 1) ends before it starts, the indicator {@code rd-intensity} (goal 0, indicator 1) has
     * a space in its identifier, and the baseline of {@code high-tech-enterprises} (goal 0,
     * indicator 0) is of 2025, the year of its only target, which also puts its observation of
     * 2023 before the baseline.
     */
    private static Plan ruleBreaks() {
        Plan plan = Fixtures.goal(Fixtures.plan(), "economy", g -> Fixtures.withHorizon(g, YearRange.of(2025, 2021)));
        plan = Fixtures.indicator(plan, "rd-intensity", i -> Fixtures.withId(i, "rd intensity"));
        return Fixtures.indicator(plan, "high-tech-enterprises",
                i -> Fixtures.withBaselines(i, Fixtures.baseline(2025, "166")));
    }

    private static final Tuple[] EXPECTED_RULE_BREAKS = {
        tuple("baseline-not-before-target", Severity.ERROR, "/goals/0/indicators/0/baselines/0/year", Fixtures.PLAN_ID),
        tuple("observation-before-baseline", Severity.WARNING, "/goals/0/indicators/0/observations/0/year",
                Fixtures.PLAN_ID),
        tuple("invalid-identifier", Severity.ERROR, "/goals/0/indicators/1/id", Fixtures.PLAN_ID),
        tuple("inverted-horizon", Severity.ERROR, "/goals/1/horizon", Fixtures.PLAN_ID),
    };

    @Test
    void readAndValidate_disabledKindGivesAnEmptyReportForUnreadableInput() {
        PlanValidator lenient = PlanValidator.builder().disable(FindingKind.UNREADABLE_DOCUMENT).build();

        assertThat(lenient.readAndValidate("not json", json).findings()).isEmpty();
    }
}
