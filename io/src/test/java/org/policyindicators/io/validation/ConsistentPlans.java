package org.policyindicators.io.validation;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.policyindicators.core.Attribute;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.Units;
import org.policyindicators.core.YearRange;

/**
 * Random plans that break no rule, and the same plans with one rule broken at a known place.
 *
 * <p>A consistent plan is a five-year plan with two or three goals of one to three indicators
 * each, in a count or money unit, higher is better: a baseline in the year before the horizon, a
 * level target above it in a year of the horizon, and observations in distinct years after the
 * baseline. Identifiers are unique.
 */
final class ConsistentPlans {

    /** The codes of the findings that {@link #breakOne} gives. */
    static final String[] BREAKS = {
        "baseline-not-before-target", "inverted-horizon", "invalid-identifier", "duplicate-id",
        "target-outside-horizon", "negative-count", "count-not-whole", "five-year-plan-length",
    };

    private static final Unit[] UNITS = {Units.HOUSEHOLD, Units.PERSON, Units.CNY_100M, Units.PERSON_10K};

    /**
     * A plan with one rule broken, and the finding that must follow.
     *
     * @param plan the plan
     * @param code the code of the finding
     * @param severity its severity
     * @param path its JSON Pointer
     */
    record Break(Plan plan, String code, Severity severity, String path) {

        @Override
        public String toString() {
            return code + " at " + path;
        }
    }

    private ConsistentPlans() {
    }

    static Plan plan(Random random) {
        int start = 2011 + 5 * random.nextInt(4);
        YearRange horizon = YearRange.of(start, start + 4);
        Plan.Builder plan = Plan.builder("plan-" + random.nextInt(1000), PlanKind.FIVE_YEAR_PLAN, "cn-140109",
                horizon).title(Text.zh("规划"));
        int goals = 2 + random.nextInt(2);
        for (int g = 0; g < goals; g++) {
            Goal.Builder goal = Goal.builder("goal-" + g).title(Text.zh("目标" + g));
            int indicators = 1 + random.nextInt(3);
            for (int i = 0; i < indicators; i++) {
                goal.indicator(indicator("indicator-" + g + "-" + i, horizon, random));
            }
            plan.goal(goal.build());
        }
        return plan.build();
    }

    private static Indicator indicator(String id, YearRange horizon, Random random) {
        Unit unit = UNITS[random.nextInt(UNITS.length)];
        int baseYear = horizon.start().getValue() - 1;
        BigDecimal base = BigDecimal.valueOf(100 + random.nextInt(900));
        BigDecimal target = base.add(BigDecimal.valueOf(1 + random.nextInt(500)));
        Indicator.Builder indicator = Indicator.builder(id).name(Text.zh("指标 " + id)).unit(unit)
                .attribute(Attribute.INDICATIVE).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Year.of(baseYear), base))
                .target(LevelTarget.of(Comparison.GE, target, Year.of(baseYear + 1 + random.nextInt(5))));
        int observations = random.nextInt(4);
        for (int o = 0; o < observations; o++) {
            indicator.observation(Observation.of(Year.of(baseYear + 1 + o), base.add(BigDecimal.valueOf(o))));
        }
        return indicator.build();
    }

    /**
     * Breaks one rule of a consistent plan, at a goal and indicator chosen at random.
     *
     * @param plan a plan from {@link #plan}
     * @param random the source of choices
     * @return the broken plan and the finding it must give
     */
    static Break breakOne(Plan plan, Random random) {
        int g = random.nextInt(plan.goals().size());
        Goal goal = plan.goals().get(g);
        int i = random.nextInt(goal.indicators().size());
        Indicator indicator = goal.indicators().get(i);
        String at = "/goals/" + g + "/indicators/" + i;
        YearRange horizon = plan.horizon();
        int end = horizon.end().getValue();
        Baseline baseline = indicator.baselines().get(0);
        LevelTarget target = (LevelTarget) indicator.targets().get(0);
        switch (BREAKS[random.nextInt(BREAKS.length)]) {
            case "baseline-not-before-target":
                // the baseline moves to the year of the target
                return new Break(change(plan, g, i, Fixtures.withObservations(Fixtures.withBaselines(indicator,
                        Baseline.of(target.year(), baseline.value())))), "baseline-not-before-target",
                        Severity.ERROR, at + "/baselines/0/year");
            case "inverted-horizon":
                return new Break(plan.withGoals(replace(plan.goals(), g,
                        Fixtures.withHorizon(goal, YearRange.of(end, horizon.start().getValue())))),
                        "inverted-horizon", Severity.ERROR, "/goals/" + g + "/horizon");
            case "invalid-identifier":
                return new Break(change(plan, g, i, Fixtures.withId(indicator, "indicator " + g + " " + i)),
                        "invalid-identifier", Severity.ERROR, at + "/id");
            case "duplicate-id":
                // the goal takes the identifier of the next goal, or of the one before; the later one is reported
                int other = g == 0 ? 1 : g - 1;
                int later = Math.max(g, other);
                List<Goal> goals = replace(plan.goals(), g, Fixtures.withId(goal, plan.goals().get(other).id()));
                return new Break(plan.withGoals(goals), "duplicate-id", Severity.ERROR, "/goals/" + later + "/id");
            case "target-outside-horizon":
                return new Break(change(plan, g, i, Fixtures.withTargets(indicator,
                        LevelTarget.of(Comparison.GE, target.value(), Year.of(end + 1 + random.nextInt(20))))),
                        "target-outside-horizon", Severity.ERROR, at + "/targets/0/year");
            case "negative-count":
                return new Break(change(plan, g, i, Fixtures.withBaselines(withUnit(indicator, Units.HOUSEHOLD),
                        Baseline.of(baseline.year(), baseline.value().negate()))), "negative-count", Severity.ERROR,
                        at + "/baselines/0/value");
            case "count-not-whole":
                return new Break(change(plan, g, i, Fixtures.withBaselines(withUnit(indicator, Units.HOUSEHOLD),
                        Baseline.of(baseline.year(), baseline.value().add(new BigDecimal("0.5"))))),
                        "count-not-whole", Severity.ERROR, at + "/baselines/0/value");
            case "five-year-plan-length":
                Plan longer = new Plan(plan.id(), plan.kind(), plan.title(), plan.issuer(),
                        YearRange.of(horizon.start().getValue(), end + 1), plan.visionHorizon(), plan.adopted(),
                        plan.sources(), plan.units(), plan.goals());
                return new Break(longer, "five-year-plan-length", Severity.ERROR, "/horizon");
            default:
                throw new AssertionError("a break without a case");
        }
    }

    private static Indicator withUnit(Indicator i, Unit unit) {
        return new Indicator(i.id(), i.name(), i.definition(), unit, i.category(), i.attribute(), i.polarity(),
                i.baselines(), i.targets(), i.observations(), i.components(), i.provenance());
    }

    private static Plan change(Plan plan, int g, int i, Indicator indicator) {
        Goal goal = plan.goals().get(g);
        List<Indicator> indicators = new ArrayList<>(goal.indicators());
        indicators.set(i, indicator);
        return plan.withGoals(replace(plan.goals(), g, Fixtures.withIndicators(goal, indicators)));
    }

    private static <T> List<T> replace(List<T> list, int index, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, element);
        return copy;
    }
}
