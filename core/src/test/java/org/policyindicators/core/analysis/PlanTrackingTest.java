package org.policyindicators.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Category;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Units;
import org.policyindicators.core.YearRange;
import org.policyindicators.core.analysis.PlanTracking.GroupCounts;

class PlanTrackingTest {

    private static BigDecimal number(String text) {
        return new BigDecimal(text);
    }

    /** The example of the class documentation. */
    private static Plan plan() {
        Indicator highTech = Indicator.builder("high-tech").unit(Units.HOUSEHOLD).polarity(Polarity.HIGHER_IS_BETTER)
                .category(Category.INNOVATION)
                .baseline(Baseline.of(Year.of(2020), number("166")))
                .target(LevelTarget.of(Comparison.GE, number("200"), Year.of(2023)))
                .target(LevelTarget.of(Comparison.GE, number("227"), Year.of(2025)))
                .observation(Observation.of(Year.of(2023), number("190")))
                .observation(Observation.of(Year.of(2024), number("205"))).build();
        Indicator jobs = Indicator.builder("new-jobs").unit(Units.PERSON).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Year.of(2020), number("48000")))
                .target(LevelTarget.of(Comparison.GE, number("50000"), Year.of(2025))
                        .withStartYear(Year.of(2021)).withAnnual(true))
                .observation(Observation.of(Year.of(2021), number("52000")))
                .observation(Observation.of(Year.of(2022), number("51000")))
                .observation(Observation.of(Year.of(2023), number("50500"))).build();
        Indicator untracked = Indicator.builder("untracked").unit(Units.PERCENT).build();
        Goal innovation = Goal.builder("innovation").indicator(highTech).build();
        Goal wellBeing = Goal.builder("well-being").category(Category.WELL_BEING)
                .goal(Goal.builder("jobs").indicator(jobs).indicator(untracked).build()).build();
        return Plan.builder("plan", PlanKind.FIVE_YEAR_PLAN, "taiyuan", YearRange.of(2021, 2025))
                .goal(innovation).goal(wellBeing).build();
    }

    @Test
    void of_countsTargetsPerPlanGoalAndCategory() {
        PlanTracking tracking = PlanTracking.of(plan(), Year.of(2024));

        assertThat(tracking.planId()).isEqualTo("plan");
        assertThat(tracking.indicators()).extracting(t -> t.indicator().id())
                .containsExactly("high-tech", "new-jobs", "untracked");
        assertThat(tracking.counts()).isEqualTo(new StatusCounts(0, 1, 1, 0, 1, 0));
        assertThat(tracking.goals()).containsExactly(
                new GroupCounts("innovation", new StatusCounts(0, 0, 1, 0, 1, 0)),
                new GroupCounts("well-being", new StatusCounts(0, 1, 0, 0, 0, 0)),
                new GroupCounts("jobs", new StatusCounts(0, 1, 0, 0, 0, 0)));
        // the jobs indicator has no category of its own and its goal "jobs" none either
        assertThat(tracking.categories()).containsExactly(
                new GroupCounts("innovation", new StatusCounts(0, 0, 1, 0, 1, 0)));
    }

    @Test
    void of_aGoalsCategoryCountsForItsOwnIndicatorsWithoutOne() {
        Indicator jobs = Indicator.builder("jobs").unit(Units.PERCENT)
                .target(LevelTarget.of(Comparison.GE, BigDecimal.ONE, Year.of(2025))).build();
        Plan plan = Plan.builder("p", PlanKind.FIVE_YEAR_PLAN, "x", YearRange.of(2021, 2025))
                .goal(Goal.builder("g").category(Category.WELL_BEING).indicator(jobs).build()).build();

        assertThat(PlanTracking.of(plan).categories()).containsExactly(
                new GroupCounts("well-being", new StatusCounts(0, 0, 0, 0, 0, 1)));
    }

    @Test
    void asOf_isTheLatestObservationOrTheYearBeforeTheHorizonOrTheYearBeforeTheClocks() {
        Plan empty = Plan.builder("p", PlanKind.FIVE_YEAR_PLAN, "x", YearRange.of(2021, 2025)).build();
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC);

        assertThat(PlanTracking.of(plan()).asOf()).isEqualTo(Year.of(2024));
        assertThat(PlanTracking.of(empty).asOf()).isEqualTo(Year.of(2020));
        assertThat(PlanTracking.of(plan(), clock).asOf()).isEqualTo(Year.of(2025));
        assertThat(PlanTracking.of(plan(), clock).counts()).isEqualTo(new StatusCounts(0, 0, 0, 0, 1, 2));
    }

    @Test
    void asOfLatestObservation_countsNoHistoricalObservation() {
        // a historical value is from before the plan: it says nothing about how far the plan has come
        Indicator indicator = Indicator.builder("x").unit(Units.PERCENT)
                .observation(new Observation(Year.of(2015), null, number("1"), null, null,
                        ObservationStatus.ACTUAL, true, null))
                .build();
        Plan plan = Plan.builder("p", PlanKind.FIVE_YEAR_PLAN, "x", YearRange.of(2021, 2025))
                .goal(Goal.builder("g").indicator(indicator).build()).build();

        assertThat(PlanTracking.asOfLatestObservation(plan)).isEqualTo(Year.of(2020));
    }
}
