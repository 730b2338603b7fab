package org.policyindicators.io.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.PolicyException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidationReportTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static Finding finding(FindingKind kind, Severity severity, String path, Object... parameters) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            map.put((String) parameters[i], parameters[i + 1]);
        }
        return new Finding(kind, severity, "cn-140109-fyp-14", path, map);
    }

    private static ValidationReport sample() {
        return ValidationReport.of(List.of(
                finding(FindingKind.BASELINE_NOT_BEFORE_TARGET, Severity.ERROR, "/goals/0/indicators/0/baselines/0/year",
                        "baselineYear", 2025, "targetYear", 2025, "target", "/goals/0/indicators/0/targets/0"),
                finding(FindingKind.TARGET_WITHOUT_YEAR, Severity.WARNING, "/goals/0/indicators/1/targets/0",
                        "target", "level"),
                finding(FindingKind.PARTS_DIFFER_WITHIN_ROUNDING, Severity.INFO,
                        "/goals/2/goals/0/indicators/0/baselines/0/value", "period", "2020",
                        "total", new BigDecimal("17.9"), "sum", new BigDecimal("17.8"),
                        "difference", new BigDecimal("0.1"), "tolerance", new BigDecimal("0.20"),
                        "unit", "person*1e4")));
    }

    @Test
    void counts_andValidity_followTheSeverities() {
        ValidationReport report = sample();

        assertThat(report.isValid()).isFalse();
        assertThat(report.errorCount()).isEqualTo(1);
        assertThat(report.warningCount()).isEqualTo(1);
        assertThat(report.infoCount()).isEqualTo(1);
        assertThat(report.count(Severity.INFO)).isEqualTo(1);
        assertThat(report.findings(Severity.WARNING)).extracting(Finding::code).containsExactly("target-without-year");
        assertThat(ValidationReport.of(report.findings(Severity.INFO)).isValid()).isTrue();
    }

    @Test
    void toJson_writesTheDocumentedShapeWithTypedParameters() {
        JsonNode json = MAPPER.readTree(sample().toJson(Locale.ENGLISH));

        assertThat(json.propertyNames()).containsExactly("valid", "errors", "warnings", "infos", "findings");
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("errors").asInt()).isEqualTo(1);
        JsonNode first = json.get("findings").get(0);
        assertThat(first.propertyNames())
                .containsExactly("severity", "code", "document", "path", "message", "parameters");
        assertThat(first.get("severity").asString()).isEqualTo("error");
        assertThat(first.get("code").asString()).isEqualTo("baseline-not-before-target");
        assertThat(first.get("path").asString()).isEqualTo("/goals/0/indicators/0/baselines/0/year");
        assertThat(first.get("parameters").get("baselineYear").isInt()).isTrue();
        JsonNode info = json.get("findings").get(2);
        assertThat(info.get("severity").asString()).isEqualTo("info");
        assertThat(info.get("parameters").get("difference").isNumber()).isTrue();
        assertThat(info.get("parameters").get("difference").decimalValue()).isEqualByComparingTo("0.1");
        assertThat(info.get("parameters").get("unit").asString()).isEqualTo("person*1e4");
    }

    @Test
    void toJson_writesDecimalsExactlyAsHeld() {
        String json = sample().toJson(Locale.ENGLISH);

        assertThat(json).contains("\"tolerance\" : 0.20").contains("\"total\" : 17.9");
    }

    @Test
    void toJson_inChinese_isUtf8AndTheSameBytesEveryTime() {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        sample().writeJson(a, Locale.CHINESE);
        sample().writeJson(b, Locale.CHINESE);

        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
        String text = a.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("基期年份 2025 不早于目标年份 2025");
        assertThat(MAPPER.readTree(text).get("findings").get(1).get("message").asString())
                .isEqualTo("该水平目标未写明年份。");
    }

    @Test
    void toText_listsOneLinePerFindingAndASummary() {
        assertThat(sample().toText(Locale.ENGLISH)).isEqualTo(
                "error [baseline-not-before-target] cn-140109-fyp-14 /goals/0/indicators/0/baselines/0/year:"
                        + " The baseline year 2025 is not before the target year 2025 (target"
                        + " /goals/0/indicators/0/targets/0).\n"
                        + "warning [target-without-year] cn-140109-fyp-14 /goals/0/indicators/1/targets/0:"
                        + " This level target states no year.\n"
                        + "info [parts-differ-within-rounding] cn-140109-fyp-14"
                        + " /goals/2/goals/0/indicators/0/baselines/0/value: The components add up to 17.8 against"
                        + " the total 17.9 (person*1e4, 2020): a difference of 0.1, within the rounding allowance"
                        + " 0.20.\n"
                        + "Errors: 1, warnings: 1, infos: 1\n");
    }

    @Test
    void toText_inChinese_translatesSeveritiesAndSummary() {
        String text = sample().toText(Locale.SIMPLIFIED_CHINESE);

        assertThat(text).startsWith("错误 [baseline-not-before-target] cn-140109-fyp-14 ")
                .contains("\n警告 [target-without-year] ")
                .contains("\n提示 [parts-differ-within-rounding] ")
                .endsWith("错误 1 个，警告 1 个，提示 1 个\n");
    }

    @Test
    void emptyReport_isValidAndSaysSo() {
        ValidationReport empty = ValidationReport.of(List.of());

        assertThat(empty.isValid()).isTrue();
        assertThat(empty.toText(Locale.ENGLISH)).isEqualTo("Errors: 0, warnings: 0, infos: 0\n");
        assertThat(MAPPER.readTree(empty.toJson(Locale.ENGLISH)).get("findings").isEmpty()).isTrue();
    }

    @Test
    void equality_followsTheFindingsInOrder() {
        assertThat(sample()).isEqualTo(sample()).hasSameHashCodeAs(sample());
        assertThat(ValidationReport.of(sample().findings().subList(0, 2))).isNotEqualTo(sample());
    }

    @Test
    void finding_rejectsParametersOfOtherTypesAndPathsThatAreNoPointers() {
        assertThatThrownBy(() -> finding(FindingKind.UNKNOWN_UNIT, Severity.ERROR, "/unit", "unit", List.of()))
                .isInstanceOf(PolicyException.class).hasMessageContaining("unit");
        assertThatThrownBy(() -> finding(FindingKind.UNKNOWN_UNIT, Severity.ERROR, "goals/0", "unit", "x"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("goals/0");
    }

    @Test
    void finding_keepsParametersInTheirOrderAndUnmodifiable() {
        Finding f = sample().findings().get(0);

        assertThat(f.parameters().keySet()).containsExactly("baselineYear", "targetYear", "target");
        assertThatThrownBy(() -> f.parameters().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(f.code()).isEqualTo("baseline-not-before-target");
    }
    @Test
    void toString_countsTheFindingsBySeverity() {
        assertThat(sample()).hasToString("ValidationReport[errors=1, warnings=1, infos=1]");
        assertThat(ValidationReport.of(List.of())).hasToString("ValidationReport[errors=0, warnings=0, infos=0]");
    }

    @Test
    void hashCode_tellsReportsWithOtherFindingsApart() {
        ValidationReport report = sample();
        ValidationReport errorsOnly = ValidationReport.of(report.findings(Severity.ERROR));

        assertThat(report.hashCode()).isNotEqualTo(errorsOnly.hashCode())
                .isNotEqualTo(ValidationReport.of(List.of()).hashCode());
        assertThat(errorsOnly).hasSameHashCodeAs(ValidationReport.of(report.findings(Severity.ERROR)));
    }

    @Test
    void findingToString_isOneLineWithSeverityCodeDocumentPathAndParameters() {
        Finding f = sample().findings().get(1);

        assertThat(f).hasToString("warning target-without-year cn-140109-fyp-14 \"/goals/0/indicators/1/targets/0\""
                + " {target=level}");
    }

    @Test
    void findingWithANullParameter_isRefusedNamingIt() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("total", null);

        assertThatThrownBy(() -> new Finding(FindingKind.PARTS_DO_NOT_ADD_UP, Severity.ERROR, "", "", parameters))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("parameter total");
    }
}
