package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.Severity.ERROR;
import static org.policyindicators.io.validation.ValidationAssertions.assertThat;
import static org.policyindicators.io.validation.ValidationAssertions.finding;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Plan;
import org.policyindicators.core.YearRange;

/**
 * The edges of the horizon rules on the fixture plan (horizon 2021–2025, vision 2021–2035, goal
 * {@code well-being} 2021–2025 holding {@code pension} 2021–2023): a horizon that ends where its
 * enclosing one ends is inside it, one year beyond is not; an inverted horizon encloses nothing,
 * so the next one out decides.
 */
class HorizonBoundsTest {

    private static final String WELL_BEING = "/goals/2/horizon";
    private static final String PENSION = "/goals/2/goals/0/horizon";
    private static final String BOTH_PLAN_HORIZONS = "2021/2025, 2021/2035";

    private static ValidationReport validate(Plan plan) {
        return PlanValidator.standard().validate(plan);
    }

    private static Plan horizons(YearRange horizon, @Nullable YearRange vision) {
        Plan p = Fixtures.plan();
        return new Plan(p.id(), p.kind(), p.title(), p.issuer(), horizon, vision, p.adopted(), p.sources(), p.units(),
                p.goals());
    }

    private static Plan goalHorizon(Plan plan, String goal, @Nullable YearRange horizon) {
        return Fixtures.goal(plan, goal, g -> Fixtures.withHorizon(g, horizon));
    }

    private static Plan goalHorizon(String goal, @Nullable YearRange horizon) {
        return goalHorizon(Fixtures.plan(), goal, horizon);
    }

    /** The fixture plan with a goal {@code pension-detail} of a horizon under {@code pension}. */
    private static Plan subGoalOfPension(YearRange horizon) {
        return Fixtures.goal(Fixtures.plan(), "pension", g -> new Goal(g.id(), g.title(), g.description(),
                g.category(), g.horizon(), g.alignsWith(), g.indicators(),
                List.of(Goal.builder("pension-detail").horizon(horizon).build())));
    }

    @Test
    void invertedVisionHorizon_isReportedAtTheVisionHorizon() {
        ValidationReport report = validate(horizons(YearRange.of(2021, 2025), YearRange.of(2035, 2021)));

        // the GDP target of 2035 has only the plan's horizon left, which ends in 2025
        assertThat(report).containsExactlyFindings(finding("inverted-horizon", ERROR, "/visionHorizon"),
                        finding("target-outside-horizon", ERROR, "/goals/1/indicators/0/targets/2/year"))
                .finding("inverted-horizon", ERROR, "/visionHorizon")
                .hasParameter("start", 2035)
                .hasParameter("end", 2021);
        org.assertj.core.api.Assertions.assertThat(report.findings().get(0).message(Locale.ENGLISH))
                .isEqualTo("The horizon starts in 2035, after it ends in 2021.");
        org.assertj.core.api.Assertions.assertThat(report.findings().get(1).parameters())
                .containsEntry("horizons", "2021/2025");
    }

    @Test
    void horizonOfOneYear_isOrdered() {
        Plan plan = goalHorizon("pension", YearRange.of(2023, 2023));

        assertThat(validate(plan)).hasNoFindings();
    }

    @Test
    void fiveYearPlanOfFourYears_namesItsLength() {
        ValidationReport report = validate(horizons(YearRange.of(2021, 2024), YearRange.of(2021, 2035)));

        assertThat(report).containsExactlyFindings(finding("five-year-plan-length", ERROR, "/horizon"))
                .finding("five-year-plan-length", ERROR, "/horizon")
                .hasParameter("horizon", "2021/2024")
                .hasParameter("years", 4);
        org.assertj.core.api.Assertions.assertThat(report.findings().get(0).message(Locale.ENGLISH))
                .isEqualTo("A five-year plan spans five years, but the horizon 2021/2024 spans 4.");
    }

    @Test
    void fiveYearPlanOfFiveYears_elsewhereInTime_isAFiveYearPlan() {
        assertThat(validate(horizons(YearRange.of(2022, 2026), YearRange.of(2021, 2035)))).hasNoFindings();
    }

    @Test
    void invertedFiveYearPlanHorizon_isReportedOnlyAsInverted() {
        assertThat(validate(horizons(YearRange.of(2025, 2021), YearRange.of(2021, 2035))))
                .containsExactlyFindings(finding("inverted-horizon", ERROR, "/horizon"))
                .finding("inverted-horizon", ERROR, "/horizon")
                .hasParameter("start", 2025)
                .hasParameter("end", 2021);
    }

    @Test
    void subGoalEndingWithItsParent_isEnclosed() {
        assertThat(validate(goalHorizon("pension", YearRange.of(2021, 2025)))).hasNoFindings();
    }

    @Test
    void subGoalOneYearBeyondItsParent_isNotEnclosed() {
        assertThat(validate(goalHorizon("pension", YearRange.of(2021, 2026))))
                .containsExactlyFindings(finding("goal-horizon-not-enclosed", ERROR, PENSION))
                .finding("goal-horizon-not-enclosed", ERROR, PENSION)
                .hasParameter("horizon", "2021/2026")
                .hasParameter("enclosing", "2021/2025");
        assertThat(validate(goalHorizon("pension", YearRange.of(2020, 2023))))
                .containsExactlyFindings(finding("goal-horizon-not-enclosed", ERROR, PENSION))
                .finding("goal-horizon-not-enclosed", ERROR, PENSION)
                .hasParameter("horizon", "2020/2023");
    }

    @Test
    void topLevelGoal_mayReachToTheEndOfTheVision() {
        assertThat(validate(goalHorizon("economy", YearRange.of(2021, 2035)))).hasNoFindings();
        assertThat(validate(goalHorizon("economy", YearRange.of(2026, 2035)))).hasNoFindings();
    }

    @Test
    void topLevelGoalOutsideBothPlanHorizons_namesThem() {
        ValidationReport report = validate(goalHorizon("economy", YearRange.of(2020, 2035)));

        assertThat(report).containsExactlyFindings(finding("goal-horizon-not-enclosed", ERROR, "/goals/1/horizon"))
                .finding("goal-horizon-not-enclosed", ERROR, "/goals/1/horizon")
                .hasParameter("horizon", "2020/2035")
                .hasParameter("enclosing", BOTH_PLAN_HORIZONS);
        org.assertj.core.api.Assertions.assertThat(report.findings().get(0).message(Locale.ENGLISH))
                .isEqualTo("The goal's horizon 2020/2035 lies outside the horizon that encloses it"
                        + " (2021/2025, 2021/2035).");
        assertThat(validate(goalHorizon("economy", YearRange.of(2021, 2036))))
                .containsExactlyFindings(finding("goal-horizon-not-enclosed", ERROR, "/goals/1/horizon"));
    }

    @Test
    void subGoalOfAnInvertedGoal_isMeasuredAgainstThePlan() {
        Plan plan = goalHorizon(goalHorizon("well-being", YearRange.of(2025, 2021)), "pension",
                YearRange.of(2020, 2023));

        assertThat(validate(plan)).containsExactlyFindings(finding("inverted-horizon", ERROR, WELL_BEING),
                        finding("goal-horizon-not-enclosed", ERROR, PENSION))
                .finding("goal-horizon-not-enclosed", ERROR, PENSION)
                .hasParameter("enclosing", BOTH_PLAN_HORIZONS);
        // within the vision, which an inverted goal horizon does not narrow
        assertThat(validate(goalHorizon(goalHorizon("well-being", YearRange.of(2025, 2021)), "pension",
                YearRange.of(2021, 2030))))
                .containsExactlyFindings(finding("inverted-horizon", ERROR, WELL_BEING));
    }

    @Test
    void goalUnderAnInvertedGoal_isMeasuredAgainstTheNextHorizonOut() {
        // pension inverted: pension-detail is measured against well-being's 2021–2025
        Plan plan = goalHorizon(subGoalOfPension(YearRange.of(2021, 2027)), "pension", YearRange.of(2023, 2021));

        assertThat(validate(plan)).containsExactlyFindings(finding("inverted-horizon", ERROR, PENSION),
                        finding("goal-horizon-not-enclosed", ERROR, "/goals/2/goals/0/goals/0/horizon"))
                .finding("goal-horizon-not-enclosed", ERROR, "/goals/2/goals/0/goals/0/horizon")
                .hasParameter("enclosing", "2021/2025");
    }

    @Test
    void goalWithoutHorizon_passesItsParentsHorizonOn() {
        Plan plan = goalHorizon(subGoalOfPension(YearRange.of(2021, 2027)), "pension", null);

        assertThat(validate(plan))
                .containsExactlyFindings(finding("goal-horizon-not-enclosed", ERROR, "/goals/2/goals/0/goals/0/horizon"))
                .finding("goal-horizon-not-enclosed", ERROR, "/goals/2/goals/0/goals/0/horizon")
                .hasParameter("enclosing", "2021/2025");
        assertThat(validate(goalHorizon(subGoalOfPension(YearRange.of(2021, 2025)), "pension", null)))
                .hasNoFindings();
    }

    @Test
    void goalsOfAPlanWithoutAnOrderedHorizon_areNotMeasuredAgainstIt() {
        Plan plan = goalHorizon(horizons(YearRange.of(2025, 2021), null), "economy", YearRange.of(2016, 2020));

        assertThat(validate(plan)).containsExactlyFindings(finding("inverted-horizon", ERROR, "/horizon"));
    }

    @Test
    void goalsOfAPlanWithAnInvertedHorizon_areMeasuredAgainstTheVision() {
        Plan plan = goalHorizon(horizons(YearRange.of(2025, 2021), YearRange.of(2021, 2035)), "economy",
                YearRange.of(2016, 2020));

        assertThat(validate(plan)).containsExactlyFindings(finding("inverted-horizon", ERROR, "/horizon"),
                        finding("goal-horizon-not-enclosed", ERROR, "/goals/1/horizon"))
                .finding("goal-horizon-not-enclosed", ERROR, "/goals/1/horizon")
                .hasParameter("enclosing", "2021/2035");
    }
}
