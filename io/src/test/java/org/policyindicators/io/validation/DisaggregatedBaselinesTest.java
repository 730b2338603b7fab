package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.Fixtures.d;
import static org.policyindicators.io.validation.Fixtures.year;
import static org.policyindicators.io.validation.ValidationAssertions.assertThat;
import static org.policyindicators.io.validation.ValidationAssertions.finding;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Disaggregation;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Unit;
import org.policyindicators.core.Units;

/** Baselines broken down by a dimension are checked as observations are: their values and their sums. */
class DisaggregatedBaselinesTest {

    private static final PlanValidator VALIDATOR = PlanValidator.standard();
    private static final String PEOPLE = "/goals/0/indicators/0";

    private static Plan plan(Baseline... baselines) {
        Indicator.Builder people = Indicator.builder("people-trained").unit(Units.PERSON)
                .disaggregation(Disaggregation.ofParts("sex", "female", "male"));
        for (Baseline b : baselines) {
            people.baseline(b);
        }
        return Fixtures.bare("cn-140100-fyp-14").goal(Goal.builder("skills").indicator(people.build()).build())
                .build();
    }

    private static Baseline total(int y, String value) {
        return Baseline.of(year(y), d(value));
    }

    private static Baseline part(int y, String sex, String value) {
        return Baseline.of(year(y), d(value)).withDimensions(Dimensions.of("sex", sex));
    }

    @Test
    void baselineForAValueTheDimensionDoesNotDeclare_isReported() {
        Plan plan = plan(total(2020, "100"), part(2020, "other", "100"));

        assertThat(VALIDATOR.validate(plan))
                .containsExactlyFindings(finding("undeclared-dimension-value", Severity.WARNING,
                        PEOPLE + "/baselines/1/dimensions/sex"))
                .finding("undeclared-dimension-value", Severity.WARNING, PEOPLE + "/baselines/1/dimensions/sex")
                .hasParameter("dimension", "sex")
                .hasParameter("value", "other");
    }

    @Test
    void baselinePartsOfEachYear_areAddedUpApart() {
        // 2019: 60 + 40 = 100; 2020: 70 + 50 = 120, not 110
        Plan plan = plan(total(2019, "100"), part(2019, "female", "60"), part(2019, "male", "40"),
                total(2020, "110"), part(2020, "female", "70"), part(2020, "male", "50"));

        assertThat(VALIDATOR.validate(plan))
                .containsExactlyFindings(finding("dimensions-do-not-add-up", Severity.WARNING,
                        PEOPLE + "/baselines/3/value"))
                .finding("dimensions-do-not-add-up", Severity.WARNING, PEOPLE + "/baselines/3/value")
                .hasParameter("dimension", "sex")
                .hasParameter("period", "2020")
                .hasParameter("sum", d("120"))
                .hasParameter("difference", d("-10"));
    }

    @Test
    void partStatedInAnotherUnitInALaterYear_isConvertedFromThatUnit() {
        // 2019: 60 + 40 = 100 persons; 2020: 0.007 万人 (70) + 50 = 120, not 110
        Baseline tenThousands = new Baseline(year(2020), null, d("0.007"), Unit.of("person", 4), null)
                .withDimensions(Dimensions.of("sex", "female"));
        Plan plan = plan(total(2019, "100"), part(2019, "female", "60"), part(2019, "male", "40"),
                total(2020, "110"), tenThousands, part(2020, "male", "50"));

        assertThat(VALIDATOR.validate(plan))
                .containsExactlyFindings(finding("dimensions-do-not-add-up", Severity.WARNING,
                        PEOPLE + "/baselines/3/value"))
                .finding("dimensions-do-not-add-up", Severity.WARNING, PEOPLE + "/baselines/3/value")
                .hasParameter("period", "2020")
                .hasParameter("sum", d("120"))
                .hasParameter("difference", d("-10"));
    }
}
