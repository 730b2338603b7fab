package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.Fixtures.d;
import static org.policyindicators.io.validation.Fixtures.year;
import static org.policyindicators.io.validation.ValidationAssertions.assertThat;
import static org.policyindicators.io.validation.ValidationAssertions.finding;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Modality;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.QuotaTarget;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.Units;

/** The numbers of every kind of target are checked against their unit, and an unknown unit is reported once. */
class UnitValuesTest {

    private static final PlanValidator VALIDATOR = PlanValidator.standard();
    private static final String TARGET = "/goals/0/indicators/0/targets/0";

    private static Plan households(Target target) {
        return households(Indicator.builder("enterprises").unit(Units.HOUSEHOLD).target(target));
    }

    private static Plan households(Indicator.Builder indicator) {
        return Fixtures.bare("cn-140100-fyp-14")
                .goal(Goal.builder("innovation").indicator(indicator.build()).build()).build();
    }

    @Test
    void rangeOfCountsWithFractionalEnds_isReportedAtEachEnd() {
        Plan plan = households(RangeTarget.of(d("2.5"), d("3.5"), year(2025)));

        assertThat(VALIDATOR.validate(plan))
                .containsExactlyFindings(finding("count-not-whole", Severity.ERROR, TARGET + "/min"),
                        finding("count-not-whole", Severity.ERROR, TARGET + "/max"))
                .finding("count-not-whole", Severity.ERROR, TARGET + "/max")
                .hasParameter("value", d("3.5"));
    }

    @Test
    void levelOfACountWithAFraction_isReported() {
        Plan plan = households(LevelTarget.of(Comparison.GE, d("227.5"), year(2025)));

        assertThat(VALIDATOR.validate(plan))
                .containsExactlyFindings(finding("count-not-whole", Severity.ERROR, TARGET + "/value"))
                .finding("count-not-whole", Severity.ERROR, TARGET + "/value")
                .hasParameter("value", d("227.5"));
    }

    @Test
    void negativeQuotaOfACount_isReported() {
        Plan plan = households(new QuotaTarget(Comparison.GE, Text.zh("市"), d("-3"), null, year(2025), null, false,
                Modality.PLAIN, Text.EMPTY, null, Dimensions.TOTAL, null));

        assertThat(VALIDATOR.validate(plan))
                .containsExactlyFindings(finding("negative-count", Severity.ERROR, TARGET + "/value"))
                .finding("negative-count", Severity.ERROR, TARGET + "/value")
                .hasParameter("value", d("-3"));
    }

    @Test
    void unknownUnitOfAValue_isReportedAsUnknownOnly() {
        Plan plan = households(Indicator.builder("enterprises").unit(Units.HOUSEHOLD)
                .observation(Observation.of(year(2023), Quantity.of(d("473"), Unit.of("florin")))));

        assertThat(VALIDATOR.validate(plan))
                .containsExactlyFindings(finding("unknown-unit", Severity.ERROR,
                        "/goals/0/indicators/0/observations/0/unit"));
    }
}
