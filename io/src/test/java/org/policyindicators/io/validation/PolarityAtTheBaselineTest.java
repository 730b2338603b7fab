package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.Fixtures.baseline;
import static org.policyindicators.io.validation.Fixtures.d;
import static org.policyindicators.io.validation.Fixtures.year;
import static org.policyindicators.io.validation.ValidationAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Units;

/** A target that holds the baseline moves neither way: it is not against the polarity; one step past it is. */
class PolarityAtTheBaselineTest {

    private static final String TARGET = "/goals/0/indicators/0/targets/0";

    private static ValidationReport validate(Polarity polarity, String target) {
        Plan plan = Fixtures.bare("cn-140100-fyp-14")
                .goal(Goal.builder("jobs").indicator(Indicator.builder("unemployment").unit(Units.PERCENT)
                        .polarity(polarity).baseline(baseline(2020, "4.2"))
                        .target(LevelTarget.of(Comparison.REACH, d(target), year(2025))).build()).build())
                .build();
        return PlanValidator.standard().validate(plan);
    }

    @Test
    void levelEqualToTheBaseline_isAgainstNeitherPolarity() {
        assertThat(validate(Polarity.LOWER_IS_BETTER, "4.2")).hasNoFindings();
        assertThat(validate(Polarity.HIGHER_IS_BETTER, "4.2")).hasNoFindings();
    }

    @Test
    void levelOneDigitPastTheBaseline_isAgainstThePolarityItCrosses() {
        assertThat(validate(Polarity.LOWER_IS_BETTER, "4.3"))
                .finding("target-against-polarity", Severity.WARNING, TARGET)
                .hasParameter("target", d("4.3"))
                .hasParameter("baseline", d("4.2"));
        assertThat(validate(Polarity.HIGHER_IS_BETTER, "4.1"))
                .finding("target-against-polarity", Severity.WARNING, TARGET)
                .hasParameter("target", d("4.1"));
        assertThat(validate(Polarity.LOWER_IS_BETTER, "4.1")).hasNoFindings();
        assertThat(validate(Polarity.HIGHER_IS_BETTER, "4.3")).hasNoFindings();
    }
}
