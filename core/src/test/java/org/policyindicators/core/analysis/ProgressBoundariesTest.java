package org.policyindicators.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Units;

/** {@link Progress} at the edges of its rules: equal values, the ends of a tolerance, the longest period. */
class ProgressBoundariesTest {

    private static BigDecimal number(String text) {
        return new BigDecimal(text);
    }

    @ParameterizedTest(name = "{0} {1} against {2} ({3}): {4}")
    @CsvSource({
        // 左右: within 5 %, or beyond the stated value in the better direction
        "APPROX, 106,   100, HIGHER_IS_BETTER, true",
        "APPROX, 105,   100, HIGHER_IS_BETTER, true",
        "APPROX, 94,    100, HIGHER_IS_BETTER, false",
        "APPROX, 94,    100, LOWER_IS_BETTER,  true",
        "APPROX, 106,   100, LOWER_IS_BETTER,  false",
        "APPROX, 106,   100, NEUTRAL,          false",
        "APPROX, 94,    100, NEUTRAL,          false",
        "APPROX, 106,   100, WITHIN_RANGE,     false",
        // other comparators: exactly as the comparator says
        "GE,     100,   100, HIGHER_IS_BETTER, true",
        "GT,     100,   100, HIGHER_IS_BETTER, false",
        "LE,     106,   100, LOWER_IS_BETTER,  false",
    })
    void isMet_approximateBoundIsAlsoMetBeyondItInTheBetterDirection(Comparison comparator, String value,
            String goal, Polarity polarity, boolean met) {
        assertThat(Progress.isMet(comparator, number(value), number(goal), polarity)).isEqualTo(met);
    }

    @ParameterizedTest(name = "{0} from 100 to {1}: {2}")
    @CsvSource({
        "INCREASE, 100,   OFF_TRACK",
        "INCREASE, 100.1, ACHIEVED",
        "INCREASE, 99,    OFF_TRACK",
        "DECREASE, 100,   OFF_TRACK",
        "DECREASE, 99.9,  ACHIEVED",
        "DECREASE, 101,   OFF_TRACK",
    })
    void assess_aDirectionIsMetOnlyByAMoveThatWay(Direction direction, String value, ProgressStatus status) {
        // 持续提高 / 逐步下降: an unchanged value has not moved
        Indicator indicator = Indicator.builder("x").unit(Units.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Year.of(2020), number("100")))
                .target(DirectionTarget.of(direction, Year.of(2025))).build();

        Progress progress = Progress.assess(indicator, indicator.targets().get(0),
                Observation.of(Year.of(2023), number(value)));

        assertThat(progress.status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "from {0}: {1}")
    @CsvSource({
        "1026, ON_TRACK",
        "1025, NOT_ASSESSABLE",
    })
    void assess_anAverageIsTakenOverAtMostAThousandYears(int start, ProgressStatus status) {
        Observation latest = Observation.of(Year.of(2025), number("8"));
        Indicator indicator = Indicator.builder("x").unit(Units.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
                .target(AverageTarget.of(Comparison.GT, number("7"), Year.of(2025)).withStartYear(Year.of(start)))
                .observation(latest).build();

        Progress progress = Progress.assess(indicator, indicator.targets().get(0), latest);

        assertThat(progress.status()).isEqualTo(status);
        if (status == ProgressStatus.ON_TRACK) {
            // one year of a thousand observed, its mean 8 above 7
            assertThat(progress.observed().value()).isEqualByComparingTo("8");
            assertThat(progress.yearsObserved()).isEqualTo(1);
            assertThat(progress.yearsInPeriod()).isEqualTo(1000);
        }
    }

    @Test
    void assess_anAverageFromABaselineInTheLastYearThereIsHasNoPeriod() {
        // the period would start the year after the baseline, and there is none after Year.MAX_VALUE
        Year last = Year.of(Year.MAX_VALUE);
        Observation observation = Observation.of(last, number("8"));
        Indicator indicator = Indicator.builder("x").unit(Units.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(last, number("6"))).target(AverageTarget.of(Comparison.GT, number("7"), last))
                .observation(observation).build();

        Progress progress = Progress.assess(indicator, indicator.targets().get(0), observation);

        assertThat(progress.status()).isEqualTo(ProgressStatus.NOT_ASSESSABLE);
    }
}
