package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.Fixtures.baseline;
import static org.policyindicators.io.validation.Fixtures.d;
import static org.policyindicators.io.validation.Fixtures.indicator;
import static org.policyindicators.io.validation.Fixtures.withBaselines;
import static org.policyindicators.io.validation.Fixtures.withObservations;
import static org.policyindicators.io.validation.Fixtures.withTargets;
import static org.policyindicators.io.validation.Fixtures.year;
import static org.policyindicators.io.validation.Severity.ERROR;
import static org.policyindicators.io.validation.ValidationAssertions.assertThat;
import static org.policyindicators.io.validation.ValidationAssertions.finding;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Text;
import org.policyindicators.core.Units;

/**
 * The edges of the value rules on the fixture plan: a share of exactly 0 % or 100 % is a share,
 * a hair outside is not; a count of zero is not negative; a rank or grade of 1 is the least one
 * allowed; a value in ten thousands is whole when its digits after the fourth are zeros.
 */
class ValueBoundsTest {

    private static final String HIGH_TECH = "/goals/0/indicators/0";
    private static final String TRAINING = "/goals/2/indicators/0";
    private static final String RANK = "/goals/2/indicators/1";
    private static final String WATER_CLASS = "/goals/2/indicators/2";
    private static final String ZERO_EMPLOYMENT = "/goals/2/indicators/3";
    private static final String SHARE = "/goals/2/indicators/4";

    private static ValidationReport validate(Plan plan) {
        return PlanValidator.standard().validate(plan);
    }

    private static ValidationReport share(String value) {
        return validate(indicator(Fixtures.plan(), "gdp-share",
                i -> withTargets(i, ShareTarget.of(Comparison.GE, d(value), Text.zh("全市"), year(2025)))));
    }

    @Test
    void shareOfZeroOrAHundredPercent_isAShare() {
        assertThat(share("0")).hasNoFindings();
        assertThat(share("100")).hasNoFindings();
        assertThat(share("100.00")).hasNoFindings();
    }

    @Test
    void shareBelowZero_isOutOfRange() {
        ValidationReport report = share("-0.1");

        assertThat(report).containsExactlyFindings(finding("share-out-of-range", ERROR, SHARE + "/targets/0/value"))
                .finding("share-out-of-range", ERROR, SHARE + "/targets/0/value")
                .hasParameter("value", d("-0.1"));
        org.assertj.core.api.Assertions.assertThat(report.findings().get(0).message(Locale.ENGLISH))
                .isEqualTo("The share -0.1 % lies outside 0 to 100 %.");
    }

    @Test
    void shareJustAboveAHundred_isOutOfRange() {
        assertThat(share("100.01")).containsExactlyFindings(
                        finding("share-out-of-range", ERROR, SHARE + "/targets/0/value"))
                .finding("share-out-of-range", ERROR, SHARE + "/targets/0/value")
                .hasParameter("value", d("100.01"));
    }

    @Test
    void countOfZero_isNotNegative() {
        assertThat(validate(indicator(Fixtures.plan(), "high-tech-enterprises",
                i -> withObservations(i, Observation.of(year(2023), d("0")))))).hasNoFindings();
    }

    @Test
    void countOfMinusOne_isNegative() {
        assertThat(validate(indicator(Fixtures.plan(), "high-tech-enterprises",
                        i -> withObservations(i, Observation.of(year(2023), d("-1"))))))
                .containsExactlyFindings(finding("negative-count", ERROR, HIGH_TECH + "/observations/0/value"))
                .finding("negative-count", ERROR, HIGH_TECH + "/observations/0/value")
                .hasParameter("value", d("-1"))
                .hasParameter("unit", "household");
    }

    @Test
    void countWithTrailingZeros_isWhole() {
        assertThat(validate(indicator(Fixtures.plan(), "high-tech-enterprises",
                i -> withBaselines(i, baseline(2020, "166.000"))))).hasNoFindings();
    }

    @Test
    void absoluteChangeInCounts_mayBeNegativeButMustBeWhole() {
        // zero-employment households, 5 in 2020: a fall of at least 5 households, then of 2.5
        Plan fall = indicator(Fixtures.plan(), "zero-employment-households", i -> withTargets(i,
                ChangeTarget.of(ChangeMode.ABSOLUTE, Comparison.GE, d("-5"), year(2025))));
        Plan fraction = indicator(Fixtures.plan(), "zero-employment-households", i -> withTargets(i,
                ChangeTarget.of(ChangeMode.ABSOLUTE, Comparison.GE, d("-2.5"), year(2025))));

        assertThat(validate(fall)).hasNoFindings();
        assertThat(validate(fraction))
                .containsExactlyFindings(finding("count-not-whole", ERROR, ZERO_EMPLOYMENT + "/targets/0/value"))
                .finding("count-not-whole", ERROR, ZERO_EMPLOYMENT + "/targets/0/value")
                .hasParameter("value", d("-2.5"))
                .hasParameter("unit", "household");
    }

    private static ValidationReport training(String value) {
        return validate(indicator(Fixtures.plan(), "training", i -> withTargets(i,
                CumulativeTarget.of(Comparison.GE, d(value), year(2025)).withStartYear(year(2021)))));
    }

    @Test
    void countInTenThousands_isWholeUpToItsFourthDecimal() {
        // 3.0001 万人 is 30001 persons; 3.00000 万人 is 30000
        assertThat(training("3.0001")).hasNoFindings();
        assertThat(training("3.00000")).hasNoFindings();
        assertThat(training("3.00001")).containsExactlyFindings(
                        finding("count-not-whole", ERROR, TRAINING + "/targets/0/value"))
                .finding("count-not-whole", ERROR, TRAINING + "/targets/0/value")
                .hasParameter("unit", "person*1e4");
    }

    @Test
    void countOfAThousandDigits_isStillExaminedDigitByDigit() {
        // 3 followed by 999 zeros after the point: a thousand digits, and whole
        assertThat(training("3." + "0".repeat(999))).hasNoFindings();
    }

    private static ValidationReport rankBaseline(String value) {
        return validate(indicator(Fixtures.plan(), "national-rank", i -> withBaselines(i, baseline(2020, value))));
    }

    @Test
    void rankOfOne_isTheBest() {
        assertThat(rankBaseline("1")).hasNoFindings();
        assertThat(rankBaseline("1.0")).hasNoFindings();
    }

    @Test
    void rankBelowOneOrWithAFraction_isNotARank() {
        assertThat(rankBaseline("0.9")).containsExactlyFindings(
                        finding("non-positive-rank", ERROR, RANK + "/baselines/0/value"))
                .finding("non-positive-rank", ERROR, RANK + "/baselines/0/value")
                .hasParameter("value", d("0.9"));
        assertThat(rankBaseline("1.5")).containsExactlyFindings(
                finding("non-positive-rank", ERROR, RANK + "/baselines/0/value"));
    }

    private static ValidationReport gradeBaseline(String value) {
        return validate(indicator(Fixtures.plan(), "water-class", i -> withBaselines(i, baseline(2020, value))));
    }

    @Test
    void valueInAGradeUnit_isAWholeNumberOfAtLeastOne() {
        assertThat(gradeBaseline("1")).hasNoFindings();
        assertThat(gradeBaseline("3")).hasNoFindings();
        ValidationReport zero = gradeBaseline("0");

        assertThat(zero).containsExactlyFindings(
                        finding("non-positive-grade", ERROR, WATER_CLASS + "/baselines/0/value"))
                .finding("non-positive-grade", ERROR, WATER_CLASS + "/baselines/0/value")
                .hasParameter("value", d("0"));
        org.assertj.core.api.Assertions.assertThat(zero.findings().get(0).message(Locale.ENGLISH))
                .isEqualTo("The grade 0 is not a whole number of at least 1.");
        assertThat(gradeBaseline("2.5")).containsExactlyFindings(
                finding("non-positive-grade", ERROR, WATER_CLASS + "/baselines/0/value"));
    }

    @Test
    void shareInPercentStatedExplicitly_isCheckedLikeOneWithoutUnit() {
        assertThat(validate(indicator(Fixtures.plan(), "gdp-share", i -> withTargets(i,
                new ShareTarget(Comparison.GE, d("172.1"), Units.PERCENT, Text.zh("全市"), null, year(2025), null,
                        false, org.policyindicators.core.Modality.PLAIN, Text.EMPTY)))))
                .containsExactlyFindings(finding("share-out-of-range", ERROR, SHARE + "/targets/0/value"));
    }
}
