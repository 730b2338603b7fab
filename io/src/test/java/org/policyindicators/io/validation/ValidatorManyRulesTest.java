package org.policyindicators.io.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyindicators.io.validation.Fixtures.baseline;
import static org.policyindicators.io.validation.Fixtures.d;
import static org.policyindicators.io.validation.Fixtures.indicator;
import static org.policyindicators.io.validation.Fixtures.withBaselines;
import static org.policyindicators.io.validation.Fixtures.withObservations;
import static org.policyindicators.io.validation.Fixtures.withTarget;
import static org.policyindicators.io.validation.Fixtures.withTargets;
import static org.policyindicators.io.validation.Fixtures.year;
import static org.policyindicators.io.validation.Severity.ERROR;
import static org.policyindicators.io.validation.Severity.WARNING;
import static org.policyindicators.io.validation.ValidationAssertions.finding;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.Units;
import org.policyindicators.core.YearRange;

class ValidatorManyRulesTest {

    /** The fixture plan with ten different rules broken, one place each. */
    static Plan planBreakingTenRules() {
        Plan p = Fixtures.plan();
        p = new Plan(p.id(), p.kind(), p.title(), p.issuer(), YearRange.of(2021, 2026), p.visionHorizon(),
                p.adopted(), p.sources(), p.units(), p.goals());
        p = indicator(p, "high-tech-enterprises", i -> withTarget(i, 0, t -> t.withYear(year(2036))));
        p = indicator(p, "rd-intensity", i -> Fixtures.withId(i, "high-tech-enterprises"));
        p = indicator(p, "gdp", i -> withBaselines(i, baseline(2025, "486")));
        p = indicator(p, "energy-intensity", i -> withTargets(i, DirectionTarget.of(Direction.DECREASE, year(2025))));
        p = indicator(p, "unemployment", i -> withObservations(withTargets(i,
                LevelTarget.of(Comparison.LE, d("4.0"), Units.PERCENTAGE_POINT, year(2025))),
                Observation.of(year(2023), d("3.9")), Observation.of(year(2023), d("3.8"))));
        p = indicator(p, "clusters", i -> withTargets(i, RangeTarget.of(d("5"), d("3"), year(2025))));
        p = indicator(p, "forest-coverage", i -> withTargets(i, DirectionTarget.of(Direction.DECREASE, year(2025))));
        p = indicator(p, "pension-insured", i -> i.toBuilder().component("pension-other").build());
        return p;
    }

    @Test
    void validate_reportsEveryOneOfTenBrokenRulesInDocumentOrder() {
        ValidationReport report = PlanValidator.standard().validate(planBreakingTenRules());

        ValidationAssertions.assertThat(report).containsExactlyFindings(
                finding("five-year-plan-length", ERROR, "/horizon"),
                finding("target-outside-horizon", ERROR, "/goals/0/indicators/0/targets/0/year"),
                finding("duplicate-id", ERROR, "/goals/0/indicators/1/id"),
                finding("baseline-not-before-target", ERROR, "/goals/1/indicators/0/baselines/0/year"),
                finding("binding-without-number", WARNING, "/goals/1/indicators/1/attribute"),
                finding("mixed-percent-and-points", ERROR, "/goals/1/indicators/2/targets/0/unit"),
                finding("duplicate-observation", ERROR, "/goals/1/indicators/2/observations/1"),
                finding("inverted-range", ERROR, "/goals/2/indicators/5/targets/0/min"),
                finding("target-against-polarity", WARNING, "/goals/2/indicators/6/targets/0"),
                finding("unresolved-reference", ERROR, "/goals/2/goals/0/indicators/0/components/3"));
        assertThat(report.findings()).extracting(Finding::kind).doesNotHaveDuplicates();
        assertThat(report.errorCount()).isEqualTo(8);
        assertThat(report.warningCount()).isEqualTo(2);
        assertThat(report.isValid()).isFalse();
    }
}
