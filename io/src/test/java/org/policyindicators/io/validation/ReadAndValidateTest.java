package org.policyindicators.io.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyindicators.io.validation.ValidationAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyindicators.io.PolicyJson;

class ReadAndValidateTest {

    private final PlanValidator validator = PlanValidator.standard();
    private final PolicyJson json = PolicyJson.standard();

    @Test
    void readAndValidate_validDocumentGivesTheSameReportAsValidate() {
        String document = json.writePlan(Fixtures.plan());

        ValidationReport report = validator.readAndValidate(document, json);

        assertThat(report).isEqualTo(validator.validate(Fixtures.plan()));
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
        Files.writeString(file, json.writePlan(Fixtures.plan()), StandardCharsets.UTF_8);

        ValidationReport report = validator.readAndValidate(file);

        assertThat(report).isEqualTo(validator.validate(Fixtures.plan()));
    }

    @Test
    void readAndValidate_disabledKindGivesAnEmptyReportForUnreadableInput() {
        PlanValidator lenient = PlanValidator.builder().disable(FindingKind.UNREADABLE_DOCUMENT).build();

        assertThat(lenient.readAndValidate("not json", json).findings()).isEmpty();
    }
}
