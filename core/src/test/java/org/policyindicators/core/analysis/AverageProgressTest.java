package org.policyindicators.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Modality;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.Text;
import org.policyindicators.core.Units;

/** 年均 targets: the mean of the annual observations of the period against a bound. */
class AverageProgressTest {

    private static final Year Y2020 = Year.of(2020);
    private static final Year Y2021 = Year.of(2021);
    private static final Year Y2025 = Year.of(2025);

    private static BigDecimal number(String text) {
        return new BigDecimal(text);
    }

    /** GDP增长 年均 > 7% over 2021–2025. */
    private static AverageTarget aboveSevenPercent(Year startYear) {
        return new AverageTarget(Comparison.GT, number("7"), Units.PERCENT, Y2025, startYear, false, Modality.PLAIN,
                Text.zh("年均>7%"));
    }

    /** GDP growth in percent, 2.3 in 2020, with observations given as {@code 2021=8.1 2022=3.0}. */
    private static Indicator growth(AverageTarget target, String observations) {
        Indicator.Builder b = Indicator.builder("gdp-growth").unit(Units.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Y2020, number("2.3"))).target(target);
        for (String pair : observations.trim().split("\\s+")) {
            String[] p = pair.split("=");
            b.observation(Observation.of(Year.of(Integer.parseInt(p[0])), number(p[1])));
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} as of {1}: {2}, mean {3}, {4} of 5 years")
    @CsvSource(delimiter = '|', textBlock = """
            2021=8.1                                  | 2021 | ON_TRACK   | 8.1   | 1
            2021=8.1 2022=3.0                         | 2022 | BEHIND     | 5.55  | 2
            2021=8.1 2022=3.0 2023=8.4                | 2023 | BEHIND     | 6.5   | 3
            2021=8.1 2022=3.0 2023=8.4 2024=8.0 2025=9.0 | 2025 | ACHIEVED | 7.3   | 5
            2021=8.1 2022=3.0 2023=8.4 2024=5.0 2025=6.0 | 2025 | OFF_TRACK | 6.1  | 5
            2021=8.1 2022=3.0 2023=8.4 2024=8.0 2025=9.0 | 2022 | BEHIND   | 5.55  | 2
            2021=8.1 2023=8.4 2024=8.0 2025=9.0       | 2025 | ON_TRACK   | 8.375 | 4
            2021=8.1 2023=8.4 2024=8.0 2025=9.0 2026=1.0 | 2026 | ON_TRACK | 8.375 | 4
            2020=9.9 2021=7.0                         | 2021 | BEHIND     | 7.0   | 1
            """)
    void assess_anAverageIsCalledAchievedOrMissedOnlyWhenEveryYearIsIn(String observations, int asOf,
            ProgressStatus status, String mean, int years) {
        AverageTarget target = aboveSevenPercent(Y2021);
        Indicator indicator = growth(target, observations);
        Observation latest = indicator.observations().stream().filter(o -> o.year().getValue() == asOf)
                .findFirst().orElseThrow();

        Progress progress = Progress.assess(indicator, target, latest);

        assertThat(progress.status()).isEqualTo(status);
        assertThat(progress.observed()).isEqualTo(Quantity.of(mean, Units.PERCENT));
        assertThat(progress.target()).isEqualTo(Quantity.of("7", Units.PERCENT));
        assertThat(progress.yearsObserved()).isEqualTo(years);
        assertThat(progress.yearsInPeriod()).isEqualTo(5);
        assertThat(progress.isPartial()).isEqualTo(years < 5);
        assertThat(progress.share()).isNull();
        assertThat(progress.expected()).isNull();
    }

    @Test
    void assess_withoutAStartYearThePeriodStartsTheYearAfterTheLatestBaseline() {
        AverageTarget target = aboveSevenPercent(null);
        Indicator indicator = growth(target, "2021=8.1 2022=8.0");

        Progress progress = Progress.assess(indicator, target, indicator.observations().get(1));

        assertThat(progress.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(progress.yearsObserved()).isEqualTo(2);
        assertThat(progress.yearsInPeriod()).isEqualTo(5);
    }

    @Test
    void assess_withoutAStartYearOrABaselineAnAverageIsNotAssessable() {
        AverageTarget target = AverageTarget.of(Comparison.GT, number("7"), Y2025);
        Indicator indicator = Indicator.builder("gdp-growth").unit(Units.PERCENT).target(target)
                .observation(Observation.of(Y2021, number("8.1"))).build();

        Progress progress = Progress.assess(indicator, target, indicator.observations().get(0));

        assertThat(progress.status()).isEqualTo(ProgressStatus.NOT_ASSESSABLE);
        assertThat(progress.yearsInPeriod()).isZero();
    }

    @Test
    void assess_anObservationBeforeThePeriodLeavesNoYearToAverage() {
        AverageTarget target = aboveSevenPercent(Y2021);
        Indicator indicator = growth(target, "2020=9.9 2021=8.1");

        Progress progress = Progress.assess(indicator, target, indicator.observations().get(0));

        assertThat(progress.status()).isEqualTo(ProgressStatus.NOT_ASSESSABLE);
        assertThat(progress.yearsObserved()).isZero();
        assertThat(progress.yearsInPeriod()).isEqualTo(5);
        assertThat(progress.observed()).isNull();
    }

    @Test
    void assess_theMeanTakesTheActualFigureOfAYearBeforeAProvisionalOneAndNoProjection() {
        AverageTarget target = aboveSevenPercent(Y2021);
        Indicator indicator = Indicator.builder("gdp-growth").unit(Units.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Y2020, number("2.3"))).target(target)
                .observation(Observation.of(Y2021, number("6.0")).withStatus(ObservationStatus.PROVISIONAL))
                .observation(Observation.of(Y2021, number("8.0")))
                .observation(Observation.of(Year.of(2022), number("9.0")).withStatus(ObservationStatus.ESTIMATED))
                .observation(Observation.of(Year.of(2023), number("1.0")).withStatus(ObservationStatus.PROJECTED))
                .build();

        Progress progress = Progress.assess(indicator, target, indicator.observations().get(3));

        assertThat(progress.observed()).isEqualTo(Quantity.of("8.5", Units.PERCENT));
        assertThat(progress.yearsObserved()).isEqualTo(2);
        assertThat(progress.status()).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void assess_aMeanThatDoesNotTerminateIsRoundedTo34Digits() {
        AverageTarget target = aboveSevenPercent(Y2021);
        Indicator indicator = growth(target, "2021=8 2022=8 2023=9");

        Progress progress = Progress.assess(indicator, target, indicator.observations().get(2));

        assertThat(progress.observed().value())
                .isEqualTo(number("25").divide(number("3"), MathContext.DECIMAL128));
    }

    @Test
    void assess_anAverageInPerMilleIsConvertedToTheIndicatorsPercent() {
        AverageTarget target = new AverageTarget(Comparison.GE, number("70"), Units.PER_MILLE, Y2025, Y2021, false,
                Modality.PLAIN, Text.EMPTY);
        Indicator indicator = growth(target, "2021=7 2022=7 2023=7 2024=7 2025=7");

        Progress progress = Progress.assess(indicator, target, indicator.observations().get(4));

        assertThat(progress.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(progress.target().value()).isEqualByComparingTo("7");
    }

    @Test
    void assess_anAverageForAPartAveragesOnlyThatPart() {
        Dimensions rural = Dimensions.of("area", "rural");
        AverageTarget target = aboveSevenPercent(Y2021).withDimensions(rural);
        Indicator indicator = Indicator.builder("income-growth").unit(Units.PERCENT)
                .polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Y2020, number("6.9")).withDimensions(rural)).target(target)
                .observation(Observation.of(Y2021, number("10.5")).withDimensions(rural))
                .observation(Observation.of(Y2021, number("3.0")))
                .observation(Observation.of(Year.of(2022), number("6.3")).withDimensions(rural))
                .build();

        Progress progress = Progress.assess(indicator, target, indicator.observations().get(2));

        assertThat(progress.observed()).isEqualTo(Quantity.of("8.4", Units.PERCENT));
        assertThat(progress.yearsObserved()).isEqualTo(2);
        assertThat(progress.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(Progress.assess(indicator, target, indicator.observations().get(1)).status())
                .isEqualTo(ProgressStatus.NOT_ASSESSABLE);
    }

    @Test
    void latest_assessesAnAverageAsOfTheLatestObservation() {
        AverageTarget target = aboveSevenPercent(Y2021);
        Indicator indicator = growth(target, "2021=8.1 2022=3.0 2023=8.4");

        assertThat(Progress.latest(indicator, target)).hasValueSatisfying(p -> {
            assertThat(p.status()).isEqualTo(ProgressStatus.BEHIND);
            assertThat(p.yearsObserved()).isEqualTo(3);
        });
    }
}
