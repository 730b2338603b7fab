package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.Fixtures.d;
import static org.policyindicators.io.validation.Fixtures.indicator;
import static org.policyindicators.io.validation.Fixtures.year;
import static org.policyindicators.io.validation.Severity.ERROR;
import static org.policyindicators.io.validation.Severity.WARNING;
import static org.policyindicators.io.validation.ValidationAssertions.assertThat;
import static org.policyindicators.io.validation.ValidationAssertions.finding;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Plan;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Unit;
import org.policyindicators.core.Units;

/**
 * The bounds of {@code contradictory-targets}: where two targets of one year meet at a value, a
 * value both allow is no contradiction and a strict end that excludes it is; "reach" and "about"
 * allow 5 % either side of their value; the finding names the target that set the bound missed.
 * Every case puts its targets on one indicator of the fixture plan, without polarity, so that no
 * other rule speaks.
 */
class ContradictoryTargetsBoundsTest {

    private static final String INDICATOR = "/goals/2/indicators/5";

    private static ValidationReport validate(Unit unit, Target... targets) {
        Plan plan = indicator(Fixtures.plan(), "clusters", i -> {
            Indicator.Builder b = Indicator.builder(i.id()).unit(unit);
            for (Target t : targets) {
                b.target(t);
            }
            return b.build();
        });
        return PlanValidator.standard().validate(plan);
    }

    private static ValidationReport validate(Target... targets) {
        return validate(Units.PERCENT, targets);
    }

    private static Target level(Comparison comparator, String value) {
        return LevelTarget.of(comparator, d(value), year(2025));
    }

    private static Target range(String min, String max) {
        return RangeTarget.of(d(min), d(max), year(2025));
    }

    private static String target(int index) {
        return INDICATOR + "/targets/" + index;
    }

    /** Checks that the report holds exactly one finding, a contradiction at one target with another. */
    private static void assertContradiction(ValidationReport report, int at, int other, String bound,
            String otherBound) {
        assertThat(report).containsExactlyFindings(finding("contradictory-targets", WARNING, target(at)))
                .finding("contradictory-targets", WARNING, target(at))
                .hasParameter("year", 2025)
                .hasParameter("bound", bound)
                .hasParameter("otherBound", otherBound)
                .hasParameter("other", target(other))
                .hasParameter("unit", "percent");
    }

    @Test
    void atMostAndAtLeastOneValue_allowThatValue() {
        assertThat(validate(level(Comparison.LE, "5"), level(Comparison.GE, "5"))).hasNoFindings();
        assertThat(validate(level(Comparison.GE, "5"), level(Comparison.LE, "5"))).hasNoFindings();
    }

    @Test
    void lessThanAValueAndAtLeastIt_contradict() {
        assertContradiction(validate(level(Comparison.LT, "5"), level(Comparison.GE, "5")), 1, 0, "≥ 5", "< 5");
    }

    @Test
    void atMostAValueAndMoreThanIt_contradict() {
        assertContradiction(validate(level(Comparison.LE, "5"), level(Comparison.GT, "5")), 1, 0, "> 5", "≤ 5");
    }

    @Test
    void atLeastAValueAndLessThanIt_contradict() {
        assertContradiction(validate(level(Comparison.GE, "5"), level(Comparison.LT, "5")), 1, 0, "< 5", "≥ 5");
    }

    @Test
    void moreThanAValueAndAtMostIt_contradict() {
        assertContradiction(validate(level(Comparison.GT, "5"), level(Comparison.LE, "5")), 1, 0, "≤ 5", "> 5");
    }

    @Test
    void aFloorMissedByAFarCeiling_isReportedAgainstTheFloor() {
        assertContradiction(validate(level(Comparison.GE, "10"), level(Comparison.LE, "5")), 1, 0, "≤ 5", "≥ 10");
        assertThat(validate(level(Comparison.GE, "5"), level(Comparison.LE, "10"))).hasNoFindings();
    }

    @Test
    void aStrictFloorAtTheSameValue_isTheTighterOne() {
        // ≥ 5 then > 5: the second excludes 5, so ≤ 5 misses the second, not the first
        assertContradiction(validate(level(Comparison.GE, "5"), level(Comparison.GT, "5"), level(Comparison.LE, "5")),
                2, 1, "≤ 5", "> 5");
        // > 5 then ≥ 5: the second adds nothing, so ≤ 5 misses the first
        assertContradiction(validate(level(Comparison.GT, "5"), level(Comparison.GE, "5"), level(Comparison.LE, "5")),
                2, 0, "≤ 5", "> 5");
    }

    @Test
    void aStrictCeilingAtTheSameValue_isTheTighterOne() {
        assertContradiction(validate(level(Comparison.LE, "5"), level(Comparison.LT, "5"), level(Comparison.GE, "5")),
                2, 1, "≥ 5", "< 5");
        assertContradiction(validate(level(Comparison.LT, "5"), level(Comparison.LE, "5"), level(Comparison.GE, "5")),
                2, 0, "≥ 5", "< 5");
    }

    @Test
    void aHigherFloor_replacesALowerOneButNotTheReverse() {
        assertContradiction(validate(level(Comparison.GE, "3"), level(Comparison.GE, "6"), level(Comparison.LE, "5")),
                2, 1, "≤ 5", "≥ 6");
        assertContradiction(validate(level(Comparison.GE, "6"), level(Comparison.GE, "3"), level(Comparison.LE, "5")),
                2, 0, "≤ 5", "≥ 6");
    }

    @Test
    void aLowerCeiling_replacesAHigherOneButNotTheReverse() {
        assertContradiction(validate(level(Comparison.LE, "10"), level(Comparison.LE, "8"), level(Comparison.GE, "9")),
                2, 1, "≥ 9", "≤ 8");
        assertContradiction(validate(level(Comparison.LE, "8"), level(Comparison.LE, "10"), level(Comparison.GE, "9")),
                2, 0, "≥ 9", "≤ 8");
    }

    @Test
    void aTargetThatContradicts_doesNotNarrowWhatTheLaterOnesMustMeet() {
        // ≤ 5 contradicts ≥ 10 and is reported; ≥ 6 agrees with ≥ 10 and is not measured against ≤ 5
        assertContradiction(validate(level(Comparison.GE, "10"), level(Comparison.LE, "5"), level(Comparison.GE, "6")),
                1, 0, "≤ 5", "≥ 10");
    }

    @Test
    void reach_allowsFivePercentEitherSideOfItsValue() {
        // reach 100 allows 95 to 105, both included
        assertThat(validate(level(Comparison.REACH, "100"), level(Comparison.GE, "105"))).hasNoFindings();
        assertThat(validate(level(Comparison.REACH, "100"), level(Comparison.LE, "95"))).hasNoFindings();
        assertContradiction(validate(level(Comparison.REACH, "100"), level(Comparison.GT, "105")), 1, 0, "> 105",
                "≈ 100");
        assertContradiction(validate(level(Comparison.REACH, "100"), level(Comparison.LT, "95")), 1, 0, "< 95",
                "≈ 100");
    }

    @Test
    void about_allowsFivePercentEitherSideOfItsValue() {
        assertThat(validate(level(Comparison.APPROX, "100"), level(Comparison.GE, "105"))).hasNoFindings();
        assertContradiction(validate(level(Comparison.APPROX, "100"), level(Comparison.GT, "105")), 1, 0, "> 105",
                "≈ 100");
        // about 100 (95 to 105) and about 111 (105.45 to 116.55) do not meet
        assertContradiction(validate(level(Comparison.APPROX, "100"), level(Comparison.APPROX, "111")), 1, 0,
                "≈ 111", "≈ 100");
        // about 100 and about 110 (104.5 to 115.5) meet between 104.5 and 105
        assertThat(validate(level(Comparison.APPROX, "100"), level(Comparison.APPROX, "110"))).hasNoFindings();
    }

    @Test
    void aboutANegativeValue_allowsFivePercentOfItsMagnitudeEitherSide() {
        // about −100 allows −105 to −95
        assertThat(validate(level(Comparison.APPROX, "-100"), level(Comparison.GE, "-100"))).hasNoFindings();
        assertThat(validate(level(Comparison.APPROX, "-100"), level(Comparison.GE, "-95"))).hasNoFindings();
        assertThat(validate(level(Comparison.APPROX, "-100"), level(Comparison.LE, "-105"))).hasNoFindings();
        assertContradiction(validate(level(Comparison.APPROX, "-100"), level(Comparison.GT, "-95")), 1, 0, "> -95",
                "≈ -100");
        assertContradiction(validate(level(Comparison.APPROX, "-100"), level(Comparison.LT, "-105")), 1, 0,
                "< -105", "≈ -100");
    }

    @Test
    void toward_commitsToNothing() {
        assertThat(validate(level(Comparison.TOWARD, "100"), level(Comparison.LE, "5"))).hasNoFindings();
        assertThat(validate(level(Comparison.LE, "5"), level(Comparison.TOWARD, "100"))).hasNoFindings();
    }

    @Test
    void aRange_includesBothEnds() {
        assertThat(validate(range("3", "5"), level(Comparison.GE, "5"))).hasNoFindings();
        assertThat(validate(range("3", "5"), level(Comparison.LE, "3"))).hasNoFindings();
        assertContradiction(validate(range("3", "5"), level(Comparison.GT, "5")), 1, 0, "> 5", "[3, 5]");
        assertContradiction(validate(range("3", "5"), level(Comparison.LT, "3")), 1, 0, "< 3", "[3, 5]");
        assertContradiction(validate(level(Comparison.GE, "6"), range("3", "5")), 1, 0, "[3, 5]", "≥ 6");
    }

    @Test
    void aRangeOfOneValue_isThatValue() {
        assertThat(validate(range("5", "5"), level(Comparison.GE, "5"))).hasNoFindings();
        assertContradiction(validate(range("5", "5"), level(Comparison.GT, "5")), 1, 0, "> 5", "[5, 5]");
    }

    @Test
    void aRangeInAnotherScale_isConvertedIntoTheIndicatorsUnit() {
        // 50000 to 60000 万元 is 5 to 6 亿元
        ValidationReport report = validate(Units.CNY_100M,
                RangeTarget.of(d("50000"), d("60000"), Units.CNY_10K, year(2025)), level(Comparison.GE, "7"));

        assertThat(report).containsExactlyFindings(finding("contradictory-targets", WARNING, target(1)))
                .finding("contradictory-targets", WARNING, target(1))
                .hasParameter("bound", "≥ 7")
                .hasParameter("otherBound", "[5, 6]")
                .hasParameter("unit", "cny*1e8");
        assertThat(validate(Units.CNY_100M, RangeTarget.of(d("50000"), d("60000"), Units.CNY_10K, year(2025)),
                level(Comparison.LE, "6"))).hasNoFindings();
    }

    @Test
    void anInvertedRange_isLeftToItsOwnRule() {
        assertThat(validate(range("5", "3"), level(Comparison.GE, "6")))
                .containsExactlyFindings(finding("inverted-range", ERROR, target(0) + "/min"));
    }

    @Test
    void targetsOfOtherYears_doNotContradict() {
        assertThat(validate(LevelTarget.of(Comparison.GE, d("10"), year(2024)), level(Comparison.LE, "5")))
                .hasNoFindings();
    }

    @Test
    void targetsWithoutYear_areNotCompared() {
        assertThat(validate(LevelTarget.of(Comparison.GE, d("10"), null),
                LevelTarget.of(Comparison.LE, d("5"), null)))
                .containsExactlyFindings(finding("target-without-year", WARNING, target(0)),
                        finding("target-without-year", WARNING, target(1)));
    }

    @Test
    void aQualitativeIndicator_hasNoLevelsToCompare() {
        Plan plan = indicator(Fixtures.plan(), "clusters", i -> Indicator.builder(i.id())
                .target(org.policyindicators.core.QualitativeTarget.of(year(2025)))
                .target(org.policyindicators.core.DirectionTarget.of(org.policyindicators.core.Direction.INCREASE,
                        year(2025)))
                .build());

        assertThat(PlanValidator.standard().validate(plan)).hasNoFindings();
    }

    @Test
    void contradiction_readsInEnglishAndChinese() {
        Finding f = validate(level(Comparison.GE, "10"), level(Comparison.LE, "5")).findings().get(0);

        org.assertj.core.api.Assertions.assertThat(f.message(Locale.ENGLISH))
                .isEqualTo("This target (≤ 5) cannot hold together with the target at " + target(0)
                        + " (≥ 10) for 2025 (percent).");
        org.assertj.core.api.Assertions.assertThat(f.message(Locale.CHINESE))
                .isEqualTo("此目标（≤ 5）与 " + target(0) + " 的目标（≥ 10）在 2025 年不能同时成立（percent）。");
    }

    private static ValidationReport grownFrom(String baseline) {
        Plan plan = indicator(Fixtures.plan(), "clusters", i -> Indicator.builder(i.id()).unit(Units.PERCENT)
                .baseline(Fixtures.baseline(2020, baseline))
                .target(GrowthTarget.of(Comparison.GE, d("7.5"), year(2025)))
                .target(level(Comparison.LE, baseline)).build());
        return PlanValidator.standard().validate(plan);
    }

    @Test
    void impliedValueBeyondTheScaleTheRulesComputeWith_isNotCompared() {
        // five years of 7.5 % add 15 decimals: 1E-180 grows to a scale of 195, 1E-199 to 214 (beyond 200)
        assertThat(grownFrom("1E-180")).finding("contradictory-targets", WARNING, target(1))
                .hasParameter("other", target(0));
        assertThat(grownFrom("1E-199")).hasNoFindingWithCode("contradictory-targets");
    }
}
