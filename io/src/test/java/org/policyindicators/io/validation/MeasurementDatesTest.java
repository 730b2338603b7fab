package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.Fixtures.d;
import static org.policyindicators.io.validation.Fixtures.year;
import static org.policyindicators.io.validation.ValidationAssertions.assertThat;
import static org.policyindicators.io.validation.ValidationAssertions.finding;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Units;

/** The dates of a baseline end in its year, as those of targets and observations do. */
class MeasurementDatesTest {

    private static Plan withBaseline(Baseline baseline) {
        return Fixtures.bare("cn-140100-fyp-14")
                .goal(Goal.builder("economy").indicator(Indicator.builder("retail-sales").unit(Units.CNY_100M)
                        .baseline(baseline).build()).build())
                .build();
    }

    @Test
    void baselineWhoseDatesEndInAnotherYear_isReportedAtTheEndDate() {
        Baseline firstHalf = Baseline.of(year(2020), d("486"))
                .withDates(DatePeriod.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30)));

        assertThat(PlanValidator.standard().validate(withBaseline(firstHalf)))
                .containsExactlyFindings(finding("dates-not-in-year", Severity.ERROR,
                        "/goals/0/indicators/0/baselines/0/dates/end"))
                .finding("dates-not-in-year", Severity.ERROR, "/goals/0/indicators/0/baselines/0/dates/end")
                .hasParameter("date", "2019-06-30")
                .hasParameter("year", 2020);
    }

    @Test
    void baselineWhoseDatesEndInItsYear_isInOrder() {
        Baseline firstHalf = Baseline.of(year(2020), d("486"))
                .withDates(DatePeriod.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30)));

        assertThat(PlanValidator.standard().validate(withBaseline(firstHalf))).hasNoFindings();
    }
}
