package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.Fixtures.baseline;
import static org.policyindicators.io.validation.Fixtures.d;
import static org.policyindicators.io.validation.Fixtures.indicator;
import static org.policyindicators.io.validation.Fixtures.withBaselines;
import static org.policyindicators.io.validation.Fixtures.withObservations;
import static org.policyindicators.io.validation.Fixtures.withTargets;
import static org.policyindicators.io.validation.Fixtures.year;
import static org.policyindicators.io.validation.Severity.ERROR;
import static org.policyindicators.io.validation.Severity.WARNING;
import static org.policyindicators.io.validation.ValidationAssertions.assertThat;
import static org.policyindicators.io.validation.ValidationAssertions.finding;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Target;

/**
 * The years of one indicator at their edges, on {@code high-tech-enterprises} of the fixture plan
 * (baseline 166 in 2020, target ≥ 227 in 2025, observation 473 in 2023; plan horizon 2021–2025,
 * vision 2021–2035): a target in the first or last year of a horizon is inside it; a baseline
 * must start before its target's period ends; an observation of the earliest baseline's year is
 * not before it; a period may start in its own year.
 */
class TimelineBoundsTest {

    private static final String HIGH_TECH = "/goals/0/indicators/0";

    private static ValidationReport validate(Plan plan) {
        return PlanValidator.standard().validate(plan);
    }

    private static Target target(int year) {
        return LevelTarget.of(Comparison.GE, d("227"), year(year));
    }

    private static Plan highTech(java.util.function.UnaryOperator<org.policyindicators.core.Indicator> change) {
        return indicator(Fixtures.plan(), "high-tech-enterprises", change);
    }

    private static DatePeriod dates(String start, String end) {
        return DatePeriod.of(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void targetsInTheFirstAndLastYearOfTheHorizons_areInside() {
        assertThat(validate(highTech(i -> withBaselines(withTargets(i, target(2021), target(2035))))))
                .hasNoFindings();
    }

    @Test
    void targetTheYearBeforeTheHorizons_isOutside() {
        ValidationReport report = validate(highTech(i -> withBaselines(withTargets(i, target(2020)))));

        assertThat(report).containsExactlyFindings(finding("target-outside-horizon", ERROR,
                        HIGH_TECH + "/targets/0/year"))
                .finding("target-outside-horizon", ERROR, HIGH_TECH + "/targets/0/year")
                .hasParameter("year", 2020)
                .hasParameter("horizons", "2021/2025, 2021/2035");
        org.assertj.core.api.Assertions.assertThat(report.findings().get(0).message(Locale.ENGLISH))
                .isEqualTo("The target year 2020 lies outside the plan's horizons (2021/2025, 2021/2035).");
    }

    @Test
    void baselineAfterSeveralTargets_namesTheEarliest() {
        ValidationReport report = validate(highTech(i -> withBaselines(withTargets(i, target(2023), target(2022)),
                baseline(2024, "166"))));

        assertThat(report).finding("baseline-not-before-target", ERROR, HIGH_TECH + "/baselines/0/year")
                .hasParameter("baselineYear", 2024)
                .hasParameter("targetYear", 2022)
                .hasParameter("target", HIGH_TECH + "/targets/1");
    }

    @Test
    void baselineAfterTargetsOfOneYear_namesTheFirstOfThem() {
        ValidationReport report = validate(highTech(i -> withBaselines(withTargets(i, target(2025), target(2022),
                target(2022)), baseline(2024, "166"))));

        assertThat(report).finding("baseline-not-before-target", ERROR, HIGH_TECH + "/baselines/0/year")
                .hasParameter("targetYear", 2022)
                .hasParameter("target", HIGH_TECH + "/targets/1");
    }

    @Test
    void baselineTheYearBeforeItsTarget_isBefore() {
        // the observation of 2023 goes, since it would come before this baseline
        assertThat(validate(highTech(i -> withObservations(withBaselines(withTargets(i, target(2025)),
                baseline(2024, "166")))))).hasNoFindings();
    }

    @Test
    void baselineOfAYear_precedesATargetPeriodEndingLaterThatYear() {
        Plan plan = highTech(i -> withBaselines(
                withTargets(i, target(2021).withDates(dates("2021-04-01", "2021-12-31"))), baseline(2021, "166")));

        assertThat(validate(plan)).hasNoFindings();
    }

    @Test
    void baselineStartingOnTheLastDayOfTheTargetYear_isNotBefore() {
        Baseline lastDay = baseline(2021, "166").withDates(dates("2021-12-31", "2021-12-31"));
        Baseline dayBefore = baseline(2021, "166").withDates(dates("2021-12-30", "2021-12-31"));

        assertThat(validate(highTech(i -> withBaselines(withTargets(i, target(2021)), lastDay))))
                .containsExactlyFindings(finding("baseline-not-before-target", ERROR, HIGH_TECH + "/baselines/0/year"));
        assertThat(validate(highTech(i -> withBaselines(withTargets(i, target(2021)), dayBefore))))
                .hasNoFindings();
    }

    @Test
    void baselineStartingOnTheDayATargetPeriodEnds_isNotBefore() {
        Plan plan = highTech(i -> withBaselines(
                withTargets(i, target(2021).withDates(dates("2021-01-01", "2021-06-30"))),
                baseline(2021, "166").withDates(dates("2021-06-30", "2021-12-31"))));

        assertThat(validate(plan))
                .containsExactlyFindings(finding("baseline-not-before-target", ERROR, HIGH_TECH + "/baselines/0/year"));
    }

    @Test
    void observationOfTheEarliestBaselinesYear_isNotBeforeIt() {
        Plan plan = highTech(i -> withObservations(withBaselines(i, baseline(2020, "166"), baseline(2019, "150")),
                Observation.of(year(2019), d("150"))));

        assertThat(validate(plan)).hasNoFindings();
    }

    @Test
    void observationTheYearBeforeTheEarliestBaseline_isBeforeIt() {
        Plan plan = highTech(i -> withObservations(withBaselines(i, baseline(2020, "166"), baseline(2019, "150")),
                Observation.of(year(2018), d("140"))));

        assertThat(validate(plan)).containsExactlyFindings(
                        finding("observation-before-baseline", WARNING, HIGH_TECH + "/observations/0/year"))
                .finding("observation-before-baseline", WARNING, HIGH_TECH + "/observations/0/year")
                .hasParameter("year", 2018)
                .hasParameter("baselineYear", 2019);
    }

    @Test
    void baselinePeriodStartingAfterItsYear_isInverted() {
        Plan plan = highTech(i -> withBaselines(i, new Baseline(year(2020), year(2021), d("166"), null, null)));

        assertThat(validate(plan)).containsExactlyFindings(
                        finding("inverted-period", ERROR, HIGH_TECH + "/baselines/0/startYear"))
                .finding("inverted-period", ERROR, HIGH_TECH + "/baselines/0/startYear")
                .hasParameter("startYear", 2021)
                .hasParameter("year", 2020);
    }

    @Test
    void observationPeriodStartingAfterItsYear_isInverted() {
        Plan plan = highTech(i -> withObservations(i, new Observation(year(2023), year(2024), d("473"), null, null,
                ObservationStatus.ACTUAL, false, null)));

        assertThat(validate(plan)).containsExactlyFindings(
                        finding("inverted-period", ERROR, HIGH_TECH + "/observations/0/startYear"))
                .finding("inverted-period", ERROR, HIGH_TECH + "/observations/0/startYear")
                .hasParameter("startYear", 2024)
                .hasParameter("year", 2023);
    }

    @Test
    void periodStartingInItsOwnYear_isNotInverted() {
        Plan plan = highTech(i -> withObservations(i, new Observation(year(2023), year(2023), d("473"), null, null,
                ObservationStatus.ACTUAL, false, null)));

        assertThat(validate(plan)).hasNoFindings();
    }

    @Test
    void datesStartingOutsideTheStartYear_areNotInIt() {
        Plan plan = highTech(i -> withTargets(i, target(2025).withStartYear(year(2021))
                .withDates(dates("2022-01-01", "2025-12-31"))));

        ValidationReport report = validate(plan);

        assertThat(report).containsExactlyFindings(
                        finding("dates-not-in-year", ERROR, HIGH_TECH + "/targets/0/dates/start"))
                .finding("dates-not-in-year", ERROR, HIGH_TECH + "/targets/0/dates/start")
                .hasParameter("date", "2022-01-01")
                .hasParameter("startYear", 2021);
        org.assertj.core.api.Assertions.assertThat(report.findings().get(0).message(Locale.ENGLISH))
                .isEqualTo("The dates start on 2022-01-01, which is not in the start year 2021.");
    }

    @Test
    void datesOfATargetWithoutYear_areStillInOrder() {
        Plan plan = highTech(i -> withTargets(i, target(2025).withYear(null)
                .withDates(dates("2025-12-31", "2025-01-01"))));

        assertThat(validate(plan)).containsExactlyFindings(
                        finding("target-without-year", WARNING, HIGH_TECH + "/targets/0"),
                        finding("dates-out-of-order", ERROR, HIGH_TECH + "/targets/0/dates/start"))
                .finding("dates-out-of-order", ERROR, HIGH_TECH + "/targets/0/dates/start")
                .hasParameter("start", "2025-12-31")
                .hasParameter("end", "2025-01-01");
    }

    @Test
    void datesOfOneDay_areInOrder() {
        Plan plan = highTech(i -> withObservations(i,
                Observation.of(year(2023), d("473")).withDates(dates("2023-12-31", "2023-12-31"))));

        assertThat(validate(plan)).hasNoFindings();
    }
}
