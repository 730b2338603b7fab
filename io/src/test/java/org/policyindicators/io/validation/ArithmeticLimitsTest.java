package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.Fixtures.d;
import static org.policyindicators.io.validation.Fixtures.indicator;
import static org.policyindicators.io.validation.Fixtures.year;
import static org.policyindicators.io.validation.Severity.WARNING;
import static org.policyindicators.io.validation.ValidationAssertions.assertThat;
import static org.policyindicators.io.validation.ValidationAssertions.finding;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Units;

/**
 * The limits of the arithmetic rules (VALIDATION.md, "Limits"): values of up to 100 digits and
 * an exponent of up to ±200 are computed with; one digit or one power of ten more, and the
 * arithmetic is skipped. Shown on {@code contradictory-targets}, whose bounds also show how a
 * computed value is written.
 */
class ArithmeticLimitsTest {

    private static final String TARGETS = "/goals/2/indicators/5/targets/";

    private static ValidationReport floorAndCeiling(String floor, String ceiling) {
        Plan plan = indicator(Fixtures.plan(), "clusters", i -> Indicator.builder(i.id()).unit(Units.PERCENT)
                .target(LevelTarget.of(Comparison.GE, d(floor), year(2025)))
                .target(LevelTarget.of(Comparison.LE, d(ceiling), year(2025)))
                .build());
        return PlanValidator.standard().validate(plan);
    }

    @Test
    void valueOfAHundredDigits_isComputedWith() {
        ValidationReport report = floorAndCeiling("1".repeat(100), "5");

        // rounded to 12 significant digits for the message, written out in full
        assertThat(report).containsExactlyFindings(finding("contradictory-targets", WARNING, TARGETS + "1"))
                .finding("contradictory-targets", WARNING, TARGETS + "1")
                .hasParameter("otherBound", "≥ " + "1".repeat(12) + "0".repeat(88));
    }

    @Test
    void valueOfAHundredAndOneDigits_isLeftOut() {
        assertThat(floorAndCeiling("1".repeat(101), "5")).hasNoFindings();
    }

    @Test
    void exponentOfTwoHundred_isComputedWith() {
        assertThat(floorAndCeiling("1E+200", "5"))
                .finding("contradictory-targets", WARNING, TARGETS + "1")
                .hasParameter("otherBound", "≥ 1E+200");
        assertThat(floorAndCeiling("-5", "-1E+200"))
                .finding("contradictory-targets", WARNING, TARGETS + "1")
                .hasParameter("bound", "≤ -1E+200");
    }

    @Test
    void exponentBeyondTwoHundred_isLeftOut() {
        assertThat(floorAndCeiling("1E+201", "5")).hasNoFindings();
        assertThat(floorAndCeiling("-5", "-1E+201")).hasNoFindings();
    }

    @Test
    void fractionOfTwoHundredDecimals_isComputedWith() {
        assertThat(floorAndCeiling("1E-199", "1E-200"))
                .containsExactlyFindings(finding("contradictory-targets", WARNING, TARGETS + "1"))
                .finding("contradictory-targets", WARNING, TARGETS + "1")
                .hasParameter("bound", "≤ 1E-200")
                .hasParameter("otherBound", "≥ 1E-199");
    }

    @Test
    void fractionOfMoreThanTwoHundredDecimals_isLeftOut() {
        assertThat(floorAndCeiling("1E-199", "1E-201")).hasNoFindings();
    }

    @Test
    void wholeValueBelowTheExponentLimit_isWrittenInFull() {
        assertThat(floorAndCeiling("1E+12", "5"))
                .finding("contradictory-targets", WARNING, TARGETS + "1")
                .hasParameter("otherBound", "≥ 1000000000000");
    }
}
