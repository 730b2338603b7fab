package org.policyindicators.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.QualitativeTarget;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.Target;
import org.policyindicators.core.Text;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.Units;
import org.policyindicators.core.YearRange;
import org.policyindicators.core.analysis.TargetAssessment.Basis;
import org.policyindicators.core.analysis.TargetAssessment.YearResult;

class TargetAssessmentTest {

    private static final UnitCatalog UNITS = UnitCatalog.standard();

    private static BigDecimal number(String text) {
        return new BigDecimal(text);
    }

    /**
     * Observations from a compact text: {@code 2022=108} an actual, a suffix {@code p}
     * provisional, {@code e} estimated, {@code f} projected, {@code h} historical; {@code 2021-2023=2.0}
     * a value for the period 2021–2023; {@code 2022:adopted} a state. Blank for none.
     */
    private static List<Observation> observations(String spec) {
        if (spec == null || spec.isBlank()) {
            return List.of();
        }
        return Arrays.stream(spec.trim().split("\\s+")).map(TargetAssessmentTest::observation).toList();
    }

    private static Observation observation(String item) {
        if (item.contains(":")) {
            String[] parts = item.split(":");
            return Observation.ofState(Year.of(Integer.parseInt(parts[0])), Text.of("en", parts[1]));
        }
        String[] parts = item.split("=");
        String years = parts[0];
        String value = parts[1];
        char last = value.charAt(value.length() - 1);
        ObservationStatus status = switch (last) {
            case 'p' -> ObservationStatus.PROVISIONAL;
            case 'e' -> ObservationStatus.ESTIMATED;
            case 'f' -> ObservationStatus.PROJECTED;
            default -> ObservationStatus.ACTUAL;
        };
        boolean historical = last == 'h';
        if (Character.isLetter(last)) {
            value = value.substring(0, value.length() - 1);
        }
        Year start = null;
        Year end;
        if (years.contains("-")) {
            start = Year.of(Integer.parseInt(years.substring(0, years.indexOf('-'))));
            end = Year.of(Integer.parseInt(years.substring(years.indexOf('-') + 1)));
        } else {
            end = Year.of(Integer.parseInt(years));
        }
        return new Observation(end, start, number(value), null, null, status, historical, null);
    }

    private static Indicator.Builder points() {
        return Indicator.builder("results").unit(Units.PERCENT).polarity(Polarity.HIGHER_IS_BETTER);
    }

    private static Indicator with(Indicator.Builder builder, String spec) {
        observations(spec).forEach(builder::observation);
        return builder.build();
    }

    private static TargetAssessment assess(Indicator indicator, int targetIndex, int asOf) {
        return TargetAssessment.of(indicator, indicator.targets().get(targetIndex), Year.of(asOf), UNITS);
    }

    //-----------------------------------------------------------------------
    // an outside results framework: three periods, a miss, a late achievement, an estimate after an actual
    //-----------------------------------------------------------------------
    /** Baseline 80 (2019); targets {@code >= 90} (2020), {@code >= 100} (2021), {@code >= 110} (2022). */
    private static Indicator.Builder framework() {
        return points().baseline(Baseline.of(Year.of(2019), number("80")))
                .target(LevelTarget.of(Comparison.GE, number("90"), Year.of(2020)))
                .target(LevelTarget.of(Comparison.GE, number("100"), Year.of(2021)))
                .target(LevelTarget.of(Comparison.GE, number("110"), Year.of(2022)));
    }

    @Test
    void of_assessesEachPeriodOfAResultsFrameworkByItsOwnActual() {
        // actuals 85, 101 and 108, then an estimate of 112 for 2022 listed after its actual,
        // and an estimate of 115 for 2023
        Indicator indicator = with(framework(), "2020=85 2021=101 2022=108 2022=112e 2023=115e");
        Observation actual2021 = indicator.observations().get(1);
        Observation actual2022 = indicator.observations().get(2);
        Observation estimate2023 = indicator.observations().get(4);

        TargetAssessment first = assess(indicator, 0, 2022);
        TargetAssessment second = assess(indicator, 1, 2022);
        TargetAssessment third = assess(indicator, 2, 2022);

        // a miss: 85 against 90 in 2020, met late by the 101 of 2021, which never counts for 2020
        assertThat(first.status()).isEqualTo(ProgressStatus.MISSED);
        assertThat(first.basis()).isEqualTo(Basis.TARGET_YEAR);
        assertThat(first.observation()).isEqualTo(indicator.observations().get(0));
        assertThat(first.lateAchievement()).isEqualTo(actual2021);
        assertThat(first.progress()).isNotNull();
        assertThat(first.progress().status()).isEqualTo(ProgressStatus.MISSED);
        assertThat(first.progress().observed()).isEqualTo(Quantity.of(85, Units.PERCENT));
        assertThat(first.period()).isEqualTo(new org.policyindicators.core.YearRange(Year.of(2019), Year.of(2020)));
        // achieved in its own year
        assertThat(second.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(second.observation()).isEqualTo(actual2021);
        assertThat(second.lateAchievement()).isNull();
        assertThat(second.period()).isEqualTo(new org.policyindicators.core.YearRange(Year.of(2021), Year.of(2021)));
        // the actual of 2022 wins over the estimate of 2022 listed after it, and the 2023 estimate is after asOf
        assertThat(third.status()).isEqualTo(ProgressStatus.MISSED);
        assertThat(third.observation()).isEqualTo(actual2022);
        assertThat(third.observation().status()).isEqualTo(ObservationStatus.ACTUAL);
        assertThat(third.lateAchievement()).isNull();

        // as of 2023 the estimate of 2023 is a late achievement of the 2022 target, which stays missed
        TargetAssessment later = assess(indicator, 2, 2023);
        assertThat(later.status()).isEqualTo(ProgressStatus.MISSED);
        assertThat(later.lateAchievement()).isEqualTo(estimate2023);
        // the indicator's latest observation is the 2023 estimate, and says so
        assertThat(indicator.latestObservation()).contains(estimate2023);
        // whereas the latest observation regardless of period would "achieve" the 2020 target
        assertThat(Progress.latest(indicator, indicator.targets().get(0)).map(Progress::status))
                .contains(ProgressStatus.ACHIEVED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // the period of each target and actual: fiscal years from July, as IATI results periods give them
        "fiscal years ending in June, 7",
        "calendar years, 1",
    })
    void of_assessesEachDatedPeriodOfAnIatiResultByItsOwnActual(String periods, int firstMonth) {
        Indicator.Builder builder = points().baseline(Baseline.of(Year.of(2019), number("80")));
        String[] targets = {"90", "100", "110"};
        String[] actuals = {"85", "101", "108"};
        for (int i = 0; i < 3; i++) {
            int end = 2020 + i;
            java.time.LocalDate start = firstMonth == 1 ? java.time.LocalDate.of(end, 1, 1)
                    : java.time.LocalDate.of(end - 1, firstMonth, 1);
            org.policyindicators.core.DatePeriod dates = org.policyindicators.core.DatePeriod.of(start,
                    start.plusYears(1).minusDays(1));
            builder.target(LevelTarget.of(Comparison.GE, number(targets[i]), Year.of(end)).withDates(dates));
            builder.observation(Observation.of(Year.of(end), number(actuals[i])).withDates(dates));
        }
        // an estimate for the last period, reported after its actual
        Observation last = builder.build().observations().get(2);
        Indicator indicator = builder.observation(new Observation(Year.of(2022), null, number("112"), null, null,
                ObservationStatus.ESTIMATED, false, null, Text.EMPTY, last.dates(), Dimensions.TOTAL)).build();

        assertThat(indicator.targets().stream().map(t -> TargetAssessment.of(indicator, t, Year.of(2022), UNITS))
                .map(a -> a.status() + (a.lateAchievement() == null ? "" : " late " + a.lateAchievement().year())
                        + " by " + a.observation().value() + " " + a.observation().status()))
                .containsExactly("MISSED late 2021 by 85 ACTUAL", "ACHIEVED by 101 ACTUAL", "MISSED by 108 ACTUAL");
    }

    @Test
    void of_withoutAsOfAssessesAsOfTheLatestObservation() {
        Indicator indicator = with(framework(), "2020=85 2021=101");

        assertThat(TargetAssessment.asOfLatestObservation(indicator)).isEqualTo(Year.of(2021));
        assertThat(TargetAssessment.of(indicator, indicator.targets().get(0)).status())
                .isEqualTo(ProgressStatus.MISSED);
        // 2022 is not over as of 2021, and no observation of its period (2022 alone) is in
        TargetAssessment third = TargetAssessment.of(indicator, indicator.targets().get(2));
        assertThat(third.status()).isEqualTo(ProgressStatus.NOT_ASSESSABLE);
        assertThat(third.basis()).isEqualTo(Basis.NO_OBSERVATION);
        assertThat(third.isDue()).isFalse();
    }

    //-----------------------------------------------------------------------
    // a level target: 110 by 2022 after a 2020 target, so its period is 2021–2022
    //-----------------------------------------------------------------------
    @ParameterizedTest(name = "as of {0}, {1}: {2} by {3}")
    @CsvSource({
        // as of, observations, status, basis, year of the observation used (0: none), late achievement year (0: none)
        "2022, 2022=110,                 ACHIEVED,       TARGET_YEAR,             2022, 0",
        "2022, 2022=108,                 MISSED,         TARGET_YEAR,             2022, 0",
        "2022, 2022=60,                  MISSED,         TARGET_YEAR,             2022, 0",
        "2022, 2022=108 2022=112e,       MISSED,         TARGET_YEAR,             2022, 0",
        "2022, 2022=112e 2022=108,       MISSED,         TARGET_YEAR,             2022, 0",
        "2022, 2022=112e 2022=108p,      MISSED,         TARGET_YEAR,             2022, 0",
        "2022, 2022=112e,                ACHIEVED,       TARGET_YEAR,             2022, 0",
        "2022, 2021=112,                 NOT_ASSESSABLE, NO_DATA_FOR_TARGET_YEAR, 0,    0",
        "2022, 2022=112h,                NOT_ASSESSABLE, NO_DATA_FOR_TARGET_YEAR, 0,    0",
        "2023, 2022=105 2023=111,        MISSED,         TARGET_YEAR,             2022, 2023",
        "2024, 2022=105 2023=109 2024=110e, MISSED,      TARGET_YEAR,             2022, 2024",
        "2024, 2023=111,                 NOT_ASSESSABLE, NO_DATA_FOR_TARGET_YEAR, 0,    2023",
        "2022, 2022=105 2023=111,        MISSED,         TARGET_YEAR,             2022, 0",
        "2021, 2021=101,                 ON_TRACK,       INTERIM,                 2021, 0",
        "2021, 2021=98,                  BEHIND,         INTERIM,                 2021, 0",
        "2021, 2021=70,                  OFF_TRACK,      INTERIM,                 2021, 0",
        "2021, 2021=110,                 ACHIEVED,       INTERIM,                 2021, 0",
        "2021, 2020=95,                  NOT_ASSESSABLE, NO_OBSERVATION,          0,    0",
        "2020, 2022=110,                 NOT_ASSESSABLE, NO_OBSERVATION,          0,    0",
        "2021, 2021=101 2021=95e,        ON_TRACK,       INTERIM,                 2021, 0",
    })
    void of_levelTargetOfAPeriod(int asOf, String spec, ProgressStatus status, Basis basis, int usedYear,
            int lateYear) {
        Indicator indicator = with(points().baseline(Baseline.of(Year.of(2019), number("80")))
                .target(LevelTarget.of(Comparison.GE, number("90"), Year.of(2020)))
                .target(LevelTarget.of(Comparison.GE, number("110"), Year.of(2022))), spec);

        TargetAssessment assessment = assess(indicator, 1, asOf);

        assertThat(assessment.status()).isEqualTo(status);
        assertThat(assessment.basis()).isEqualTo(basis);
        assertThat(assessment.observation() == null ? 0 : assessment.observation().year().getValue())
                .isEqualTo(usedYear);
        assertThat(assessment.lateAchievement() == null ? 0 : assessment.lateAchievement().year().getValue())
                .isEqualTo(lateYear);
        if (assessment.observation() != null) {
            // the actual beats the provisional beats the estimate of the same year
            assertThat(assessment.observation().status()).isEqualTo(
                    indicator.observations().stream().filter(o -> o.year().equals(assessment.observation().year()))
                            .map(Observation::status).min(Enum::compareTo).orElseThrow());
            assertThat(assessment.progress().status()).isEqualTo(status);
        } else {
            assertThat(assessment.progress()).isNull();
        }
    }

    @ParameterizedTest(name = "as of {0}: 2023 target {1}, 2025 target {2}")
    @CsvSource({
        "2022, INTERIM,                 NO_OBSERVATION",
        "2023, TARGET_YEAR,             NO_OBSERVATION",
        "2024, TARGET_YEAR,             INTERIM",
        "2025, TARGET_YEAR,             NO_DATA_FOR_TARGET_YEAR",
    })
    void of_anObservationBelongsToTheNearestTargetAhead(int asOf, Basis milestone, Basis last) {
        // a milestone 到2023年 and a final target 到2025年; observed 2022, 2023 and 2024
        Indicator indicator = with(points().baseline(Baseline.of(Year.of(2020), number("50")))
                .target(LevelTarget.of(Comparison.GE, number("70"), Year.of(2023)))
                .target(LevelTarget.of(Comparison.GE, number("90"), Year.of(2025))), "2022=60 2023=72 2024=80");

        assertThat(assess(indicator, 0, asOf).basis()).isEqualTo(milestone);
        assertThat(assess(indicator, 1, asOf).basis()).isEqualTo(last);
    }

    //-----------------------------------------------------------------------
    // annual targets (每年)
    //-----------------------------------------------------------------------
    @ParameterizedTest(name = "as of {0}, {1}: {2}")
    @CsvSource({
        // as of, observations, status, basis, year statuses
        "2023, 2021=6 2022=5.5 2023=7,                  ON_TRACK,       EACH_YEAR,      AAA",
        "2023, 2021=6 2022=4 2023=7,                    OFF_TRACK,      EACH_YEAR,      AMA",
        "2023, 2021=6 2023=7,                           ON_TRACK,       EACH_YEAR,      ANA",
        "2025, 2021=6 2022=5 2023=7 2024=5.1 2025=5,    ACHIEVED,       EACH_YEAR,      AAAAA",
        "2025, 2021=6 2022=5 2023=7 2025=5,             NOT_ASSESSABLE, MISSING_YEARS,  AAANA",
        "2025, 2021=6 2022=5 2023=7 2024=4.9 2025=5,    MISSED,         EACH_YEAR,      AAAMA",
        "2025, 2021=6 2022=5 2023=7 2024=4.9 2024=5.2e 2025=5, MISSED,  EACH_YEAR,      AAAMA",
        "2023, '',                                      NOT_ASSESSABLE, NO_OBSERVATION, NNN",
    })
    void of_annualTargetYearByYear(int asOf, String spec, ProgressStatus status, Basis basis, String years) {
        // GDP增长 每年 >= 5% over 2021–2025
        Indicator indicator = with(points().baseline(Baseline.of(Year.of(2020), number("2.3")))
                .target(LevelTarget.of(Comparison.GE, number("5"), Year.of(2025))
                        .withStartYear(Year.of(2021)).withAnnual(true)), spec);

        TargetAssessment assessment = assess(indicator, 0, asOf);

        assertThat(assessment.status()).isEqualTo(status);
        assertThat(assessment.basis()).isEqualTo(basis);
        assertThat(assessment.years()).extracting(YearResult::year)
                .containsExactlyElementsOf(new org.policyindicators.core.YearRange(Year.of(2021), Year.of(asOf))
                        .years().toList());
        assertThat(assessment.years().stream().map(r -> switch (r.status()) {
            case ACHIEVED -> "A";
            case MISSED -> "M";
            default -> "N";
        }).reduce("", String::concat)).isEqualTo(years);
    }

    @Test
    void of_annualTargetWithoutStartYearRunsFromTheYearAfterTheBaseline() {
        Indicator indicator = with(points().baseline(Baseline.of(Year.of(2020), number("2.3")))
                .target(LevelTarget.of(Comparison.GE, number("5"), Year.of(2025)).withAnnual(true)),
                "2020=2.3 2021=6");

        TargetAssessment assessment = assess(indicator, 0, 2021);

        assertThat(assessment.years()).extracting(YearResult::year).containsExactly(Year.of(2021));
        assertThat(assessment.status()).isEqualTo(ProgressStatus.ON_TRACK);
        // the period too starts after the baseline, not at it
        assertThat(assessment.period()).isEqualTo(new YearRange(Year.of(2021), Year.of(2025)));
    }

    @Test
    void of_annualTargetWithoutStartYearOrBaselineRunsFromTheLatestObservation() {
        Indicator indicator = with(points()
                .target(LevelTarget.of(Comparison.GE, number("5"), Year.of(2025)).withAnnual(true)),
                "2023=6");

        TargetAssessment assessment = assess(indicator, 0, 2023);

        assertThat(assessment.years()).extracting(YearResult::year).containsExactly(Year.of(2023));
        assertThat(assessment.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(assessment.period()).isEqualTo(new YearRange(Year.of(2023), Year.of(2025)));
    }

    @Test
    void of_annualTargetAssessedAfterItsYearListsOnlyTheYearsOfItsPeriod() {
        Indicator indicator = with(points().baseline(Baseline.of(Year.of(2020), number("2.3")))
                .target(LevelTarget.of(Comparison.GE, number("5"), Year.of(2025))
                        .withStartYear(Year.of(2021)).withAnnual(true)),
                "2021=6 2022=6 2023=6 2024=6 2025=6 2026=4");

        TargetAssessment assessment = assess(indicator, 0, 2026);

        // 2026 is after the target's last year: its value below 5 is no miss
        assertThat(assessment.years()).extracting(YearResult::year)
                .containsExactlyElementsOf(new YearRange(Year.of(2021), Year.of(2025)).years().toList());
        assertThat(assessment.status()).isEqualTo(ProgressStatus.ACHIEVED);
    }

    @ParameterizedTest(name = "from {0}: {1} years")
    @CsvSource({
        "1026, 1000",
        "1025, 0",
    })
    void of_annualTargetIsAssessedYearByYearOverAtMostAThousandYears(int start, int listed) {
        Indicator indicator = with(points()
                .target(LevelTarget.of(Comparison.GE, number("5"), Year.of(2025))
                        .withStartYear(Year.of(start)).withAnnual(true)),
                "2025=6");

        TargetAssessment assessment = assess(indicator, 0, 2025);

        assertThat(assessment.years()).hasSize(listed);
        assertThat(assessment.status()).isEqualTo(ProgressStatus.NOT_ASSESSABLE);
    }

    //-----------------------------------------------------------------------
    // average and cumulative targets
    //-----------------------------------------------------------------------
    @ParameterizedTest(name = "as of {0}, {1}: {2}")
    @CsvSource({
        "2023, 2021=8.1 2022=3.0 2023=8.4,                    BEHIND,         PERIOD_MEAN",
        "2023, 2021=8.1 2022=8.0 2023=8.4,                    ON_TRACK,       PERIOD_MEAN",
        "2025, 2021=8.1 2022=3.0 2023=8.4 2024=8.0 2025=9.0,  ACHIEVED,       PERIOD_MEAN",
        "2025, 2021=8.1 2022=3.0 2023=8.4 2024=6.0 2025=6.0,  MISSED,         PERIOD_MEAN",
        "2025, 2021=8.1 2022=3.0 2023=8.4 2025=9.0,           NOT_ASSESSABLE, MISSING_YEARS",
        "2025, '',                                            NOT_ASSESSABLE, MISSING_YEARS",
        "2022, '',                                            NOT_ASSESSABLE, NO_OBSERVATION",
    })
    void of_averageTargetByTheMeanOfItsYears(int asOf, String spec, ProgressStatus status, Basis basis) {
        // GDP增长 年均 > 7% over 2021–2025
        Indicator indicator = with(points().baseline(Baseline.of(Year.of(2020), number("2.3")))
                .target(AverageTarget.of(Comparison.GT, number("7"), Year.of(2025)).withStartYear(Year.of(2021))),
                spec);

        TargetAssessment assessment = assess(indicator, 0, asOf);

        assertThat(assessment.status()).isEqualTo(status);
        assertThat(assessment.basis()).isEqualTo(basis);
    }

    @Test
    void of_averageTargetDueTakesNoObservationAfterItsYear() {
        Indicator indicator = with(points().baseline(Baseline.of(Year.of(2020), number("2.3")))
                .target(AverageTarget.of(Comparison.GT, number("7"), Year.of(2025)).withStartYear(Year.of(2021))),
                "2026=9");

        TargetAssessment assessment = assess(indicator, 0, 2026);

        assertThat(assessment.status()).isEqualTo(ProgressStatus.NOT_ASSESSABLE);
        assertThat(assessment.basis()).isEqualTo(Basis.MISSING_YEARS);
        assertThat(assessment.observation()).isNull();
    }

    @ParameterizedTest(name = "{1} {2} as of {0}, {3}: {4}")
    @CsvSource({
        // as of, comparator, total, observations (running totals from 2021), status, basis, expected value
        "2023, GE, 3,  2021-2023=2.0, ON_TRACK,       PERIOD_TOTAL,   1.8",
        "2023, GE, 3,  2021-2023=1.5, BEHIND,         PERIOD_TOTAL,   1.8",
        "2023, GE, 3,  2021-2023=3.1, ACHIEVED,       PERIOD_TOTAL,   1.8",
        "2025, GE, 3,  2021-2025=2.9, MISSED,         PERIOD_TOTAL,   ''",
        "2025, GE, 3,  2021-2025=3,   ACHIEVED,       PERIOD_TOTAL,   ''",
        "2025, GE, 3,  2021-2024=2.9, NOT_ASSESSABLE, MISSING_YEARS,  2.4",
        "2023, GE, 3,  2023=1.0,      NOT_ASSESSABLE, NO_OBSERVATION, ''",
        "2025, GE, 3,  2023=1.0,      NOT_ASSESSABLE, MISSING_YEARS,  ''",
        "2023, LE, 10, 2021-2023=11,  OFF_TRACK,      PERIOD_TOTAL,   6",
        "2023, LE, 10, 2021-2023=5,   ON_TRACK,       PERIOD_TOTAL,   6",
        "2025, LE, 10, 2021-2025=9,   ACHIEVED,       PERIOD_TOTAL,   ''",
        "2025, LE, 10, 2021-2025=11,  MISSED,         PERIOD_TOTAL,   ''",
        "2025, LE, 10, 2021-2024=9,   NOT_ASSESSABLE, MISSING_YEARS,  8",
    })
    void of_cumulativeTargetByTheRunningTotal(int asOf, Comparison comparator, String total, String spec,
            ProgressStatus status, Basis basis, String expected) {
        // "十四五"期间累计培训3万人: a total over 2021–2025
        Indicator indicator = with(Indicator.builder("trained").unit(Units.PERSON)
                .polarity(Polarity.HIGHER_IS_BETTER).baseline(Baseline.of(Year.of(2020), number("0.5")))
                .target(CumulativeTarget.of(comparator, number(total), Year.of(2025))
                        .withStartYear(Year.of(2021))), spec);

        TargetAssessment assessment = assess(indicator, 0, asOf);

        assertThat(assessment.status()).isEqualTo(status);
        assertThat(assessment.basis()).isEqualTo(basis);
        assertThat(assessment.period()).isEqualTo(new org.policyindicators.core.YearRange(Year.of(2021),
                Year.of(2025)));
        if (assessment.progress() != null) {
            assertThat(assessment.progress().target().value()).isEqualByComparingTo(total);
            assertThat(assessment.progress().expected() == null ? "" : assessment.progress().expected().value()
                    .stripTrailingZeros().toPlainString()).isEqualTo(expected);
        } else {
            assertThat(expected).isEmpty();
        }
    }

    /** "十四五"期间累计培训3万人 over 2021–2025, with the start year given or not. */
    private static Indicator trained(CumulativeTarget target, String spec) {
        return with(Indicator.builder("trained").unit(Units.PERSON).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Year.of(2020), number("0.5"))).target(target), spec);
    }

    @Test
    void of_cumulativeTargetRunsFromItsOwnStartYearNotFromTheBaseline() {
        Indicator indicator = trained(CumulativeTarget.of(Comparison.GE, number("3"), Year.of(2025))
                .withStartYear(Year.of(2022)), "2022-2023=2.0");

        TargetAssessment assessment = assess(indicator, 0, 2023);

        assertThat(assessment.period()).isEqualTo(new YearRange(Year.of(2022), Year.of(2025)));
        assertThat(assessment.status()).isEqualTo(ProgressStatus.ON_TRACK);
        // 2 of 3 after 2 of 4 years: 2 / 3 = 0.6666…, to 16 digits
        assertThat(assessment.progress().share()).isEqualByComparingTo("0.6666666666666667");
    }

    @Test
    void of_cumulativeTargetWithoutStartYearRunsFromTheYearAfterTheBaseline() {
        Indicator indicator = trained(CumulativeTarget.of(Comparison.GE, number("3"), Year.of(2025)),
                "2021-2023=2.0");

        TargetAssessment assessment = assess(indicator, 0, 2023);

        assertThat(assessment.period()).isEqualTo(new YearRange(Year.of(2021), Year.of(2025)));
        assertThat(assessment.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(assessment.progress().expected().value()).isEqualByComparingTo("1.8");
    }

    @Test
    void of_cumulativeTargetWithoutYearIsNotAssessableForThatReason() {
        Indicator indicator = trained(CumulativeTarget.of(Comparison.GE, number("3"), null)
                .withStartYear(Year.of(2021)), "2021-2023=2.0");

        TargetAssessment assessment = assess(indicator, 0, 2023);

        assertThat(assessment.status()).isEqualTo(ProgressStatus.NOT_ASSESSABLE);
        assertThat(assessment.basis()).isEqualTo(Basis.YEARLESS);
    }

    @ParameterizedTest(name = "{0} {1}, total {2} as of 2023: {3}")
    @CsvSource({
        // a ceiling is over once passed: a running total above it is off track however early
        "LE,     LOWER_IS_BETTER,  11, OFF_TRACK",
        "LT,     LOWER_IS_BETTER,  11, OFF_TRACK",
        "LT,     LOWER_IS_BETTER,  10, OFF_TRACK",
        "LT,     LOWER_IS_BETTER,  5,  ON_TRACK",
        "REACH,  LOWER_IS_BETTER,  11, OFF_TRACK",
        "TOWARD, LOWER_IS_BETTER,  11, OFF_TRACK",
        // for a higher-is-better indicator REACH is a floor: a total beyond it is achieved early
        "REACH,  HIGHER_IS_BETTER, 11, ACHIEVED",
        "TOWARD, HIGHER_IS_BETTER, 11, ACHIEVED",
    })
    void of_cumulativeCeilingByComparatorAndPolarity(Comparison comparator, Polarity polarity, String total,
            ProgressStatus status) {
        // 2021–2025 累计排放不超过 10 (a ceiling) or 累计达到 10
        Indicator indicator = with(Indicator.builder("emitted").unit(Units.PERSON).polarity(polarity)
                .target(CumulativeTarget.of(comparator, number("10"), Year.of(2025))
                        .withStartYear(Year.of(2021))), "2021-2023=" + total);

        TargetAssessment assessment = assess(indicator, 0, 2023);

        assertThat(assessment.status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "from {0}: {1}")
    @CsvSource({
        "1026, PERIOD_TOTAL",
        "1025, NO_OBSERVATION",
    })
    void of_aFlowsCumulativeTargetSumsAtMostAThousandYears(int start, Basis basis) {
        Indicator indicator = with(Indicator.builder("new-jobs").unit(Units.PERSON)
                .polarity(Polarity.HIGHER_IS_BETTER).flow(true)
                .target(CumulativeTarget.of(Comparison.GE, number("5000"), Year.of(2025))
                        .withStartYear(Year.of(start))), start + "=1");

        TargetAssessment assessment = assess(indicator, 0, start);

        assertThat(assessment.basis()).isEqualTo(basis);
        if (basis == Basis.PERIOD_TOTAL) {
            assertThat(assessment.progress().observed().value()).isEqualByComparingTo("1");
            assertThat(assessment.progress().yearsInPeriod()).isEqualTo(1000);
        }
    }

    @Test
    void of_aFlowsCumulativeTargetSumsOnlyAmountsOfSingleWholeYears() {
        // a value for 2022–2023 or for half of 2023 is no amount of the year 2023
        Indicator indicator = with(Indicator.builder("new-jobs").unit(Units.PERSON)
                .polarity(Polarity.HIGHER_IS_BETTER).flow(true)
                .target(CumulativeTarget.of(Comparison.GE, number("5"), Year.of(2025))
                        .withStartYear(Year.of(2021)))
                .observation(Observation.of(Year.of(2021), number("1")))
                .observation(new Observation(Year.of(2022), Year.of(2022), number("1"), null, null,
                        ObservationStatus.ACTUAL, false, null))
                .observation(new Observation(Year.of(2023), Year.of(2022), number("5"), null, null,
                        ObservationStatus.ACTUAL, false, null))
                .observation(new Observation(Year.of(2023), null, number("7"), null, null, ObservationStatus.ACTUAL,
                        false, null, Text.EMPTY, DatePeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30)),
                        Dimensions.TOTAL)), "");

        TargetAssessment assessment = assess(indicator, 0, 2023);

        assertThat(assessment.progress().observed().value()).isEqualByComparingTo("2");
        assertThat(assessment.progress().yearsObserved()).isEqualTo(2);
    }

    //-----------------------------------------------------------------------
    // flows: amounts per year
    //-----------------------------------------------------------------------
    @ParameterizedTest(name = "flow {0}, as of {1}, {2}: {3} by {4}")
    @CsvSource({
        // flow, as of, observations, status, basis, late achievement year (0: none)
        "true,  2023, 2023=473,           NOT_ASSESSABLE, FLOW_NOT_DUE,            0",
        "false, 2023, 2023=473,           ACHIEVED,       INTERIM,                 0",
        "true,  2024, 2023=473 2024=130,  ACHIEVED,       TARGET_YEAR,             0",
        "true,  2024, 2023=473 2024=100,  MISSED,         TARGET_YEAR,             0",
        "true,  2025, 2024=100 2025=150,  MISSED,         TARGET_YEAR,             0",
        "false, 2025, 2024=100 2025=150,  MISSED,         TARGET_YEAR,             2025",
        "true,  2024, 2023=473,           NOT_ASSESSABLE, NO_DATA_FOR_TARGET_YEAR, 0",
    })
    void of_aFlowsTargetOfAYearIsMetByTheAmountOfThatYearOnly(boolean flow, int asOf, String spec,
            ProgressStatus status, Basis basis, int lateYear) {
        // 2024年新认定高新技术企业120家: the enterprises newly certified in 2024
        Indicator indicator = with(Indicator.builder("certified").unit(Units.ESTABLISHMENT)
                .polarity(Polarity.HIGHER_IS_BETTER).flow(flow).baseline(Baseline.of(Year.of(2022), number("90")))
                .target(LevelTarget.of(Comparison.GE, number("120"), Year.of(2024))), spec);

        TargetAssessment assessment = assess(indicator, 0, asOf);

        assertThat(assessment.status()).isEqualTo(status);
        assertThat(assessment.basis()).isEqualTo(basis);
        assertThat(assessment.lateAchievement() == null ? 0 : assessment.lateAchievement().year().getValue())
                .isEqualTo(lateYear);
    }

    @ParameterizedTest(name = "flow {0}, as of {1}, {2}: {3}")
    @CsvSource({
        // flow, as of, observations, status, basis, total, years summed
        "true,  2023, 2021=1.2 2022=1.1 2023=0.9,        ON_TRACK,       PERIOD_TOTAL,   3.2, 3",
        "true,  2023, 2021=1.0 2022=0.8 2023=0.9,        BEHIND,         PERIOD_TOTAL,   2.7, 3",
        "true,  2023, 2021=1.0 2022=0.8 2022=2e 2023=0.9, BEHIND,        PERIOD_TOTAL,   2.7, 3",
        "true,  2024, 2021=2 2022=2 2023=1.5,            ACHIEVED,       PERIOD_TOTAL,   5.5, 3",
        "true,  2025, 2021=1 2022=1 2023=1 2024=1 2025=1, ACHIEVED,      PERIOD_TOTAL,   5,   5",
        "true,  2025, 2021=1 2022=1 2023=1 2024=1 2025=0.9, MISSED,      PERIOD_TOTAL,   4.9, 5",
        "true,  2025, 2021=1 2022=1 2024=1 2025=1,       NOT_ASSESSABLE, MISSING_YEARS,  2,   2",
        "true,  2023, 2021=1 2021-2023=3.5,              ON_TRACK,       PERIOD_TOTAL,   3.5, 0",
        "true,  2023, 2020=9 2021=1,                     ON_TRACK,       PERIOD_TOTAL,   1,   1",
        "false, 2023, 2021=1.2 2022=1.1 2023=0.9,        NOT_ASSESSABLE, NO_OBSERVATION, '',  0",
    })
    void of_aFlowsCumulativeTargetIsTheSumOfItsYears(boolean flow, int asOf, String spec, ProgressStatus status,
            Basis basis, String total, int years) {
        // 累计新增就业5万人 over 2021–2025
        Indicator indicator = with(Indicator.builder("new-jobs").unit(Units.PERSON)
                .polarity(Polarity.HIGHER_IS_BETTER).flow(flow).baseline(Baseline.of(Year.of(2020), number("0.9")))
                .target(CumulativeTarget.of(Comparison.GE, number("5"), Year.of(2025))
                        .withStartYear(Year.of(2021))), spec);

        TargetAssessment assessment = assess(indicator, 0, asOf);

        assertThat(assessment.status()).isEqualTo(status);
        assertThat(assessment.basis()).isEqualTo(basis);
        if (total.isEmpty()) {
            assertThat(assessment.progress()).isNull();
        } else {
            assertThat(assessment.progress().observed().value()).isEqualByComparingTo(total);
            assertThat(assessment.progress().yearsObserved()).isEqualTo(years);
            assertThat(assessment.progress().yearsInPeriod()).isEqualTo(years == 0 ? 0 : 5);
        }
    }

    @Test
    void of_aLateAchievementIsNeverAHistoricalValue() {
        Indicator indicator = with(Indicator.builder("certified").unit(Units.ESTABLISHMENT)
                .polarity(Polarity.HIGHER_IS_BETTER).baseline(Baseline.of(Year.of(2022), number("90")))
                .target(LevelTarget.of(Comparison.GE, number("120"), Year.of(2024))), "2024=100 2025=150h");

        TargetAssessment assessment = assess(indicator, 0, 2025);

        assertThat(assessment.status()).isEqualTo(ProgressStatus.MISSED);
        assertThat(assessment.lateAchievement()).isNull();
    }

    @Test
    void of_aFlowsAnnualTargetIsAssessedYearByYear() {
        // 每年新增就业1万人以上
        Indicator indicator = with(Indicator.builder("new-jobs").unit(Units.PERSON)
                .polarity(Polarity.HIGHER_IS_BETTER).flow(true).baseline(Baseline.of(Year.of(2020), number("0.9")))
                .target(LevelTarget.of(Comparison.GE, number("1"), Year.of(2025)).withAnnual(true)),
                "2021=1.2 2022=0.9 2023=1.1");

        TargetAssessment assessment = assess(indicator, 0, 2023);

        assertThat(assessment.status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(assessment.years()).extracting(YearResult::status).containsExactly(ProgressStatus.ACHIEVED,
                ProgressStatus.MISSED, ProgressStatus.ACHIEVED);
    }

    //-----------------------------------------------------------------------
    // qualitative, direction and yearless targets
    //-----------------------------------------------------------------------
    @ParameterizedTest(name = "as of {0}, {1}: {2} by {3}")
    @CsvSource({
        "2022, 2022:adopted,  ACHIEVED,       TARGET_YEAR",
        "2022, 2022:Adopted,  ACHIEVED,       TARGET_YEAR",
        "2022, 2022:drafted,  NOT_ASSESSABLE, TARGET_YEAR",
        "2021, 2021:adopted,  ACHIEVED,       INTERIM",
        "2022, 2021:adopted,  NOT_ASSESSABLE, NO_DATA_FOR_TARGET_YEAR",
    })
    void of_qualitativeTargetByTheStateOfItsYear(int asOf, String spec, ProgressStatus status, Basis basis) {
        Indicator indicator = with(Indicator.builder("policy")
                .target(QualitativeTarget.of(Year.of(2022)).withText(Text.of("en", "adopted"))), spec);

        TargetAssessment assessment = assess(indicator, 0, asOf);

        assertThat(assessment.status()).isEqualTo(status);
        assertThat(assessment.basis()).isEqualTo(basis);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2023=60,         ACHIEVED",
        "2023=40,         OFF_TRACK",
        "2022=60 2023=40, OFF_TRACK",
        "'',              NOT_ASSESSABLE",
    })
    void of_yearlessTargetByTheLatestObservation(String spec, ProgressStatus status) {
        Indicator indicator = with(points().baseline(Baseline.of(Year.of(2020), number("50")))
                .target(DirectionTarget.of(Direction.INCREASE, null)), spec);

        TargetAssessment assessment = assess(indicator, 0, 2023);

        assertThat(assessment.status()).isEqualTo(status);
        assertThat(assessment.basis()).isEqualTo(Basis.YEARLESS);
        assertThat(assessment.isDue()).isFalse();
    }

    @Test
    void of_aDirectionTargetOfAYearThatIsOverIsMissedWhenItMovedTheOtherWay() {
        Indicator indicator = with(points().baseline(Baseline.of(Year.of(2020), number("50")))
                .target(DirectionTarget.of(Direction.INCREASE, Year.of(2022))), "2022=45");

        assertThat(assess(indicator, 0, 2022).status()).isEqualTo(ProgressStatus.MISSED);
    }

    @Test
    void of_takesOnlyObservationsOfTheTargetsPart() {
        Dimensions female = Dimensions.of("sex", "female");
        Indicator indicator = points().baseline(Baseline.of(Year.of(2020), number("50")))
                .target(LevelTarget.of(Comparison.GE, number("60"), Year.of(2022)).withDimensions(female))
                .observation(Observation.of(Year.of(2022), number("65")))
                .observation(Observation.of(Year.of(2022), number("55")).withDimensions(female)).build();

        TargetAssessment assessment = assess(indicator, 0, 2022);

        assertThat(assessment.status()).isEqualTo(ProgressStatus.MISSED);
        assertThat(assessment.observation()).isEqualTo(indicator.observations().get(1));
    }

    //-----------------------------------------------------------------------
    // defaults and the record
    //-----------------------------------------------------------------------
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "observations, 2023",
        "baseline,     2020",
        "targets,      2024",
        "historical,   2020",
        "nothing,      0",
    })
    void asOfLatestObservation_fallsBackInOrder(String what, int expected) {
        Indicator.Builder builder = points();
        switch (what) {
            case "observations" -> builder.baseline(Baseline.of(Year.of(2020), number("1")))
                    .observation(Observation.of(Year.of(2023), number("2")));
            case "baseline" -> builder.baseline(Baseline.of(Year.of(2020), number("1")))
                    .target(LevelTarget.of(Comparison.GE, number("5"), Year.of(2025)));
            case "historical" -> builder.baseline(Baseline.of(Year.of(2020), number("1")))
                    .observation(new Observation(Year.of(2015), null, number("2"), null, null,
                            ObservationStatus.ACTUAL, true, null));
            case "targets" -> builder.target(LevelTarget.of(Comparison.GE, number("5"), Year.of(2025)));
            default -> { }
        }

        assertThat(TargetAssessment.asOfLatestObservation(builder.build())).isEqualTo(Year.of(expected));
    }

    @Test
    void asOfLatestObservation_ofATargetInTheFirstYearThereIsFallsBackToTheYearZero() {
        // there is no year before Year.MIN_VALUE to be "the year before the first target"
        Indicator indicator = points()
                .target(LevelTarget.of(Comparison.GE, number("5"), Year.of(Year.MIN_VALUE))).build();

        assertThat(TargetAssessment.asOfLatestObservation(indicator)).isEqualTo(Year.of(0));
    }

    @Test
    void latest_amongObservationsEndingTheSameDayAndEquallyFinalIsTheLastListed() {
        Observation first = Observation.of(Year.of(2023), number("1"));
        Observation second = Observation.of(Year.of(2023), number("2"));
        Observation estimate = Observation.of(Year.of(2023), number("3")).withStatus(ObservationStatus.ESTIMATED);

        assertThat(TargetAssessment.latest(List.of(first, second, estimate))).isSameAs(second);
        assertThat(TargetAssessment.latest(List.of(estimate, second, first))).isSameAs(first);
    }

    @Test
    void new_rejectsAProgressOfAnotherStatus() {
        Target target = LevelTarget.of(Comparison.GE, number("5"), Year.of(2025));
        Progress progress = new Progress(ProgressStatus.BEHIND, null, null, null, null);

        assertThatIllegalArgumentException().isThrownBy(() -> new TargetAssessment(target, Year.of(2025), null,
                ProgressStatus.MISSED, Basis.TARGET_YEAR, null, progress, List.of(), null));
        assertThatNullPointerException().isThrownBy(() -> new TargetAssessment(target, null, null,
                ProgressStatus.MISSED, Basis.TARGET_YEAR, null, null, List.of(), null)).withMessage("asOf");
    }

    @Test
    void basisCode_isTheKebabCaseName() {
        assertThat(Basis.NO_DATA_FOR_TARGET_YEAR.code()).isEqualTo("no-data-for-target-year");
    }
}
