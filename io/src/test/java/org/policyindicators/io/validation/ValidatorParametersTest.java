package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.Fixtures.baseline;
import static org.policyindicators.io.validation.Fixtures.d;
import static org.policyindicators.io.validation.Fixtures.indicator;
import static org.policyindicators.io.validation.Fixtures.withBaselines;
import static org.policyindicators.io.validation.Fixtures.withTargets;
import static org.policyindicators.io.validation.Fixtures.year;
import static org.policyindicators.io.validation.ValidationAssertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.ImpliedYear;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.Units;

/** The values a finding carries, and how they read in its messages. */
class ValidatorParametersTest {

    private static final String PENSION = "/goals/2/goals/0/indicators/0";

    @Test
    void partsWithinRounding_stateTheDifferenceOfTheSeedExample() {
        Plan plan = indicator(Fixtures.plan(), "pension-resident", i -> withBaselines(i, baseline(2020, "6.9")));

        ValidationReport report = PlanValidator.standard().validate(plan);

        assertThat(report).finding("parts-differ-within-rounding", Severity.INFO, PENSION + "/baselines/0/value")
                .hasParameter("total", d("17.9"))
                .hasParameter("sum", d("17.8"))
                .hasParameter("difference", d("0.1"))
                .hasParameter("tolerance", d("0.2"))
                .hasParameter("unit", "person*1e4")
                .hasParameter("period", "2020");
        Finding f = report.findings().get(0);
        org.assertj.core.api.Assertions.assertThat(f.message(Locale.ENGLISH))
                .isEqualTo("The components add up to 17.8 against the total 17.9 (person*1e4, 2020): a difference"
                        + " of 0.1, within the rounding allowance 0.2.");
        org.assertj.core.api.Assertions.assertThat(f.message(Locale.CHINESE))
                .isEqualTo("各分项合计为 17.8，总量为 17.9（person*1e4，2020）：相差 0.1，在舍入允许的 0.2 以内。");
    }

    @Test
    void partsInOtherScales_areConvertedIntoTheTotalsUnit() {
        Plan plan = indicator(Fixtures.plan(), "pension-public",
                i -> withBaselines(i, org.policyindicators.core.Baseline.of(year(2020),
                        Quantity.of(11000, Units.PERSON))));

        assertThat(PlanValidator.standard().validate(plan)).hasNoFindings();
    }

    @Test
    void partsOfObservations_areComparedPerStatus() {
        Plan plan = indicator(Fixtures.plan(), "pension-insured", i -> i.toBuilder()
                .observation(Observation.of(year(2023), d("20.0")).withStatus(ObservationStatus.ESTIMATED)).build());
        plan = indicator(plan, "pension-enterprise", i -> i.toBuilder()
                .observation(Observation.of(year(2023), d("11.0")))
                .observation(Observation.of(year(2023), d("10.0")).withStatus(ObservationStatus.ESTIMATED)).build());
        plan = indicator(plan, "pension-public", i -> i.toBuilder()
                .observation(Observation.of(year(2023), d("1.0")).withStatus(ObservationStatus.ESTIMATED)).build());
        plan = indicator(plan, "pension-resident", i -> i.toBuilder()
                .observation(Observation.of(year(2023), d("8.0")).withStatus(ObservationStatus.ESTIMATED)).build());

        assertThat(PlanValidator.standard().validate(plan))
                .containsExactlyFindings(ValidationAssertions.finding("parts-do-not-add-up", Severity.ERROR,
                        PENSION + "/observations/0/value"))
                .finding("parts-do-not-add-up", Severity.ERROR, PENSION + "/observations/0/value")
                .hasParameter("sum", d("19"))
                .hasParameter("difference", d("1"));
    }

    @Test
    void baselineAfterTarget_namesBothYearsAndTheTarget() {
        Plan plan = indicator(Fixtures.plan(), "unemployment", i -> withBaselines(withTargets(i,
                LevelTarget.of(Comparison.LE, d("4.0"), year(2023)),
                LevelTarget.of(Comparison.LE, d("4.0"), year(2025))), baseline(2024, "4.2")));

        ValidationReport report = PlanValidator.standard().validate(plan);

        assertThat(report).finding("baseline-not-before-target", Severity.ERROR,
                        "/goals/1/indicators/2/baselines/0/year")
                .hasParameter("baselineYear", 2024)
                .hasParameter("targetYear", 2023)
                .hasParameter("target", "/goals/1/indicators/2/targets/0");
        org.assertj.core.api.Assertions.assertThat(report.findings().get(0).message(Locale.ENGLISH))
                .isEqualTo("The baseline year 2024 is not before the target year 2023 (target"
                        + " /goals/1/indicators/2/targets/0).");
    }

    @Test
    void unresolvedReference_translatesTheTypeOfWhatIsMissing() {
        Plan plan = indicator(Fixtures.plan(), "pension-insured", i -> i.toBuilder().component("pension-other").build());

        Finding f = PlanValidator.standard().validate(plan).findings().get(0);

        org.assertj.core.api.Assertions.assertThat(f.parameters()).containsEntry("type", "indicator")
                .containsEntry("id", "pension-other");
        org.assertj.core.api.Assertions.assertThat(f.message(Locale.ENGLISH))
                .isEqualTo("No indicator 'pension-other' exists for this reference.");
        org.assertj.core.api.Assertions.assertThat(f.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("该引用所指的指标“pension-other”不存在。");
    }

    @Test
    void userData_isInsertedAsPlainTextNeverAsTemplate() {
        Plan plan = indicator(Fixtures.plan(), "pension-insured",
                i -> i.toBuilder().component("${1+1}{id}#{x}").build());

        List<Finding> findings = PlanValidator.standard().validate(plan).findings();

        org.assertj.core.api.Assertions.assertThat(findings).extracting(f -> f.message(Locale.ENGLISH))
                .containsExactly(
                        "The identifier '${1+1}{id}#{x}' is malformed: use letters, digits, '.', '_' and '-',"
                                + " starting with a letter or digit, at most 128 characters.",
                        "No indicator '${1+1}{id}#{x}' exists for this reference.");
    }

    @Test
    void userData_controlCharactersAreEscapedAndLongValuesShortened() {
        String id = "line\nbreak\u202e" + "x".repeat(300);
        Plan plan = indicator(Fixtures.plan(), "pension-insured", i -> i.toBuilder().component(id).build());

        Finding f = PlanValidator.standard().validate(plan).findings().get(1);

        org.assertj.core.api.Assertions.assertThat(f.parameters()).containsEntry("id", id);
        org.assertj.core.api.Assertions.assertThat(f.message(Locale.ENGLISH))
                .startsWith("No indicator 'line\\u000abreak\\u202exxx")
                .contains("x…'")
                .doesNotContain("\n")
                .hasSizeLessThan(200);
    }

    @Test
    void decimalParameters_keepTheirStatedDigits() {
        Plan plan = indicator(Fixtures.plan(), "high-tech-enterprises",
                i -> withBaselines(i, baseline(2020, "166.50")));

        assertThat(PlanValidator.standard().validate(plan))
                .finding("count-not-whole", Severity.ERROR, "/goals/0/indicators/0/baselines/0/value")
                .hasParameter("value", new BigDecimal("166.50"));
    }

    @Test
    void impliedYearWithoutYear_namesTheKindAndTheBasis() {
        Plan plan = indicator(Fixtures.plan(), "high-tech-enterprises", i -> withTargets(i,
                LevelTarget.of(Comparison.GE, d("227"), null)
                        .withYearImplied(ImpliedYear.of(ImpliedYear.Basis.PARAGRAPH, "预计到\"十四五\"末期"))));

        ValidationReport report = PlanValidator.standard().validate(plan);

        assertThat(report).finding("implied-year-without-year", Severity.ERROR,
                        "/goals/0/indicators/0/targets/0/yearImplied")
                .hasParameter("target", "level")
                .hasParameter("basis", "paragraph");
        Finding f = report.findings().stream().filter(x -> x.code().equals("implied-year-without-year")).findFirst()
                .orElseThrow();
        org.assertj.core.api.Assertions.assertThat(f.message(Locale.ENGLISH))
                .isEqualTo("This level target says its year is implied by the opening of the paragraph, but it has"
                        + " no year; give the year that the context fixes, or leave out yearImplied.");
        org.assertj.core.api.Assertions.assertThat(f.message(Locale.CHINESE))
                .isEqualTo("该水平目标注明其年份由段首语推定，却没有年份；请填写上下文所定的年份，或删去 yearImplied。");
    }

    @Test
    void partsExceedTotal_stateTheSumOfThePartsThatResolveAndTheExcess() {
        // 12.4 + 27.6 = 40.0 万人 against 30.0, the third component naming no indicator
        Plan plan = indicator(Fixtures.plan(), "pension-insured", i -> new Indicator(i.id(), i.name(),
                i.definition(), i.unit(), i.category(), i.attribute(), i.polarity(), List.of(baseline(2020, "30.0")),
                i.targets(), i.observations(), List.of("pension-enterprise", "pension-public", "pension-other"),
                i.provenance()));
        plan = indicator(plan, "pension-enterprise", i -> withBaselines(i, baseline(2020, "12.4")));
        plan = indicator(plan, "pension-public", i -> withBaselines(i, baseline(2020, "27.6")));

        ValidationReport report = PlanValidator.standard().validate(plan);

        assertThat(report).finding("parts-exceed-total", Severity.ERROR, PENSION + "/baselines/0/value")
                .hasParameter("total", d("30.0"))
                .hasParameter("sum", d("40.0"))
                .hasParameter("excess", d("10.0"))
                .hasParameter("tolerance", d("0.15"))
                .hasParameter("unit", "person*1e4")
                .hasParameter("period", "2020");
        Finding f = report.findings().stream().filter(x -> x.code().equals("parts-exceed-total")).findFirst()
                .orElseThrow();
        org.assertj.core.api.Assertions.assertThat(f.message(Locale.ENGLISH))
                .isEqualTo("The components that have a value already add up to 40, more than the total 30.0"
                        + " (person*1e4, 2020) by 10, beyond the rounding allowance 0.15; the other components"
                        + " cannot be negative.");
        org.assertj.core.api.Assertions.assertThat(f.message(Locale.CHINESE))
                .isEqualTo("有数值的分项合计已达 40，比总量 30.0 多 10（person*1e4，2020），超出了舍入允许的 0.15；"
                        + "其余分项不可能为负。");
    }
}
