package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.Fixtures.d;
import static org.policyindicators.io.validation.Fixtures.year;
import static org.policyindicators.io.validation.ValidationAssertions.assertThat;
import static org.policyindicators.io.validation.ValidationAssertions.finding;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Unit;
import org.policyindicators.core.Units;

/**
 * Where a breakdown's parts stop adding up: the rounding allowance at equality, parts stated
 * with a bound, and each period compared on its own.
 */
class BreakdownBoundsTest {

    private static final PlanValidator VALIDATOR = PlanValidator.standard();
    private static final String TOTAL = "/goals/0/indicators/0";

    /** A count of households and its parts; a part's value {@code null} is missing, {@code ">x"} is "more than x". */
    private static Plan plan(List<Baseline> total, List<List<Baseline>> parts) {
        Indicator.Builder whole = Indicator.builder("households").unit(Units.HOUSEHOLD);
        total.forEach(whole::baseline);
        Goal.Builder goal = Goal.builder("poverty");
        List<Indicator> components = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String id = "part-" + (char) ('a' + i);
            whole.component(id);
            Indicator.Builder part = Indicator.builder(id).unit(Units.HOUSEHOLD);
            parts.get(i).forEach(part::baseline);
            components.add(part.build());
        }
        goal.indicator(whole.build());
        components.forEach(goal::indicator);
        return Fixtures.bare("cn-140100-fyp-14").goal(goal.build()).build();
    }

    private static Baseline at(int y, String value) {
        return Baseline.of(year(y), d(value));
    }

    private static Baseline moreThan(int y, String value) {
        return new Baseline(year(y), null, d(value), null, Comparison.GT);
    }

    @Test
    void differenceEqualToTheAllowance_isWithinRounding() {
        // 10 against 4 + 4 + 0: a difference of 2, and an allowance of four halves of a unit
        Plan plan = plan(List.of(at(2020, "10")), List.of(List.of(at(2020, "4")), List.of(at(2020, "4")),
                List.of(at(2020, "0"))));

        assertThat(VALIDATOR.validate(plan))
                .containsExactlyFindings(finding("parts-differ-within-rounding", Severity.INFO,
                        TOTAL + "/baselines/0/value"))
                .finding("parts-differ-within-rounding", Severity.INFO, TOTAL + "/baselines/0/value")
                .hasParameter("difference", d("2"))
                .hasParameter("tolerance", d("2.0"));
    }

    @Test
    void excessEqualToTheAllowance_isNoExcess() {
        // 10 against 11 and a part without a value: 1 more, within two halves of a unit
        Plan plan = plan(List.of(at(2020, "10")), List.of(List.of(at(2020, "11")), List.of()));

        assertThat(VALIDATOR.validate(plan)).hasNoFindingWithCode("parts-exceed-total");
    }

    @Test
    void excessBeyondTheAllowance_isReported() {
        Plan plan = plan(List.of(at(2020, "10")), List.of(List.of(at(2020, "11.1")), List.of()));

        assertThat(VALIDATOR.validate(plan))
                .finding("parts-exceed-total", Severity.ERROR, TOTAL + "/baselines/0/value")
                .hasParameter("excess", d("1.1"))
                .hasParameter("tolerance", d("0.55"));
    }

    @Test
    void partStatedWithABound_countsAsMissingAndTheOthersMayStillExceed() {
        // "more than 30" cannot be added exactly; 60 and 50 alone already pass 100
        Plan plan = plan(List.of(at(2020, "100")), List.of(List.of(at(2020, "60")), List.of(at(2020, "50")),
                List.of(moreThan(2020, "30"))));

        assertThat(VALIDATOR.validate(plan))
                .containsExactlyFindings(finding("parts-exceed-total", Severity.ERROR, TOTAL + "/baselines/0/value"))
                .finding("parts-exceed-total", Severity.ERROR, TOTAL + "/baselines/0/value")
                .hasParameter("sum", d("110"))
                .hasParameter("excess", d("10"));
    }

    @Test
    void eachPeriod_isComparedWithItsOwnParts() {
        // 2019 adds up; 2020 does not
        Plan plan = plan(List.of(at(2019, "10"), at(2020, "20")),
                List.of(List.of(at(2019, "6"), at(2020, "6")), List.of(at(2019, "4"), at(2020, "4"))));

        assertThat(VALIDATOR.validate(plan))
                .containsExactlyFindings(finding("parts-do-not-add-up", Severity.ERROR, TOTAL + "/baselines/1/value"))
                .finding("parts-do-not-add-up", Severity.ERROR, TOTAL + "/baselines/1/value")
                .hasParameter("period", "2020")
                .hasParameter("sum", d("10"))
                .hasParameter("difference", d("10"));
    }

    @Test
    void partStatedInAnotherUnitInALaterPeriod_isConvertedFromThatUnit() {
        // 2020: 6 + 4 = 10 households; 2021: 0.002 万户 (20) + 4 = 24, not 40
        Baseline tenThousands = new Baseline(year(2021), null, d("0.002"), Unit.of("household", 4), null);
        Plan plan = plan(List.of(at(2020, "10"), at(2021, "40")),
                List.of(List.of(at(2020, "6"), tenThousands), List.of(at(2020, "4"), at(2021, "4"))));

        assertThat(VALIDATOR.validate(plan))
                .containsExactlyFindings(finding("parts-do-not-add-up", Severity.ERROR, TOTAL + "/baselines/1/value"))
                .finding("parts-do-not-add-up", Severity.ERROR, TOTAL + "/baselines/1/value")
                .hasParameter("period", "2021")
                .hasParameter("sum", d("24"))
                .hasParameter("difference", d("16"));
    }
}
