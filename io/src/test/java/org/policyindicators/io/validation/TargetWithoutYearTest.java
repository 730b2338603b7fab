package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.Fixtures.indicator;
import static org.policyindicators.io.validation.Fixtures.withTarget;
import static org.policyindicators.io.validation.Fixtures.year;
import static org.policyindicators.io.validation.Severity.ERROR;
import static org.policyindicators.io.validation.Severity.WARNING;
import static org.policyindicators.io.validation.ValidationAssertions.assertThat;
import static org.policyindicators.io.validation.ValidationAssertions.finding;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.DatePeriod;

/**
 * A target without a year but with a start year or dates, on {@code high-tech-enterprises} of the
 * fixture plan: the missing year is reported, the start year has no year to come after, and the
 * dates are still checked against the start year.
 */
class TargetWithoutYearTest {

    private static final String TARGET = "/goals/0/indicators/0/targets/0";

    @Test
    void startYearWithoutYear_isNoInvertedPeriod() {
        ValidationReport report = PlanValidator.standard().validate(indicator(Fixtures.plan(),
                "high-tech-enterprises", i -> withTarget(i, 0, t -> t.withYear(null).withStartYear(year(2030)))));

        assertThat(report).containsExactlyFindings(finding("target-without-year", WARNING, TARGET));
    }

    @Test
    void datesWithoutYear_areCheckedAgainstTheStartYear() {
        DatePeriod dates = DatePeriod.of(LocalDate.parse("2023-12-31"), LocalDate.parse("2023-01-01"));
        ValidationReport report = PlanValidator.standard().validate(indicator(Fixtures.plan(),
                "high-tech-enterprises",
                i -> withTarget(i, 0, t -> t.withYear(null).withStartYear(year(2022)).withDates(dates))));

        assertThat(report).containsExactlyFindings(finding("target-without-year", WARNING, TARGET),
                        finding("dates-out-of-order", ERROR, TARGET + "/dates/start"),
                        finding("dates-not-in-year", ERROR, TARGET + "/dates/start"))
                .finding("dates-not-in-year", ERROR, TARGET + "/dates/start")
                .hasParameter("startYear", 2022);
    }
}
