package org.policyindicators.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Target;
import org.policyindicators.core.Text;
import org.policyindicators.core.Units;
import org.policyindicators.core.YearRange;

class PairingTest {

    private static final Year Y2020 = Year.of(2020);
    private static final Year Y2021 = Year.of(2021);
    private static final Year Y2023 = Year.of(2023);
    private static final Year Y2025 = Year.of(2025);
    private static final Dimensions FEMALE = Dimensions.of("sex", "female");
    private static final Dimensions MALE = Dimensions.of("sex", "male");

    private static BigDecimal number(String text) {
        return new BigDecimal(text);
    }

    private static Observation observed(Year year, String value, ObservationStatus status) {
        return Observation.of(year, number(value)).withStatus(status);
    }

    /** Life expectancy in years: total and female baselines and observations. */
    private static Indicator lifeExpectancy() {
        return Indicator.builder("life").unit(Units.YEAR).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Y2020, number("70")))
                .baseline(Baseline.of(Y2020, number("73")).withDimensions(FEMALE))
                .target(LevelTarget.of(Comparison.GE, number("72"), Y2025))
                .target(LevelTarget.of(Comparison.GE, number("75"), Y2025).withDimensions(FEMALE))
                .observation(Observation.of(Y2023, number("71")))
                .observation(Observation.of(Y2023, number("74")).withDimensions(FEMALE))
                .build();
    }

    @Test
    void targets_areThoseOfExactlyTheGivenDimensions() {
        Indicator indicator = lifeExpectancy();

        assertThat(Pairing.targets(indicator, FEMALE)).containsExactly(indicator.targets().get(1));
        assertThat(Pairing.targets(indicator, Dimensions.TOTAL)).containsExactly(indicator.targets().get(0));
        assertThat(Pairing.targets(indicator, MALE)).isEmpty();
    }

    @Test
    void baselineFor_takesOnlyBaselinesOfTheSameDimensions() {
        Indicator indicator = lifeExpectancy();

        assertThat(Pairing.baselineFor(indicator, Y2025, FEMALE)).map(Baseline::value).contains(number("73"));
        assertThat(Pairing.baselineFor(indicator, Y2025, Dimensions.TOTAL)).map(Baseline::value)
                .contains(number("70"));
        assertThat(Pairing.baselineFor(indicator, Y2025, MALE)).isEmpty();
    }

    @Test
    void baselineFor_withoutOneBeforeTheYearIsTheEarliestWhateverTheOrderListed() {
        Baseline later = Baseline.of(Year.of(2022), number("2"));
        Baseline earlier = Baseline.of(Y2020, number("1"));
        Baseline latest = Baseline.of(Year.of(2024), number("3"));
        Indicator indicator = Indicator.builder("x").unit(Units.PERCENT).baseline(later).baseline(earlier)
                .baseline(latest).build();

        assertThat(Pairing.baselineFor(indicator, Year.of(2019), Dimensions.TOTAL)).contains(earlier);
        assertThat(Pairing.baselineFor(indicator, Y2020, Dimensions.TOTAL)).contains(earlier);
        assertThat(Pairing.baselineFor(indicator, Y2023, Dimensions.TOTAL)).contains(later);
    }

    @Test
    void latestObservation_isOfTheLatestYearThenTheMostFinalThenTheLastListed() {
        Observation old = Observation.of(Y2021, number("1"));
        Observation estimate = observed(Y2023, "2", ObservationStatus.ESTIMATED);
        Observation actual = observed(Y2023, "3", ObservationStatus.ACTUAL);
        Observation secondActual = observed(Y2023, "4", ObservationStatus.ACTUAL);
        Observation provisional = observed(Y2023, "5", ObservationStatus.PROVISIONAL);
        Observation female = Observation.of(Y2025, number("6")).withDimensions(FEMALE);
        Indicator indicator = Indicator.builder("x").unit(Units.PERCENT).observation(old).observation(estimate)
                .observation(actual).observation(secondActual).observation(provisional).observation(female)
                .build();

        assertThat(Pairing.latestObservation(indicator, Dimensions.TOTAL)).contains(secondActual);
        assertThat(Pairing.latestObservation(indicator, FEMALE)).contains(female);
        assertThat(Pairing.latestObservation(indicator, MALE)).isEmpty();
    }

    @Test
    void latestObservation_aLaterEstimateWinsOverAnEarlierActual() {
        Observation actual = observed(Y2021, "1", ObservationStatus.ACTUAL);
        Observation estimate = observed(Y2023, "2", ObservationStatus.ESTIMATED);
        Indicator indicator = Indicator.builder("x").unit(Units.PERCENT).observation(estimate).observation(actual)
                .build();

        assertThat(Pairing.latestObservation(indicator, Dimensions.TOTAL)).contains(estimate);
    }

    @Test
    void observationFor_isTheLatestObservationOfTheTargetsDimensions() {
        Indicator indicator = lifeExpectancy();

        assertThat(Pairing.observationFor(indicator, indicator.targets().get(1))).map(Observation::value)
                .contains(number("74"));
        assertThat(Pairing.observationFor(indicator, indicator.targets().get(0))).map(Observation::value)
                .contains(number("71"));
        assertThat(Pairing.latestObservation(indicator, MALE)).isEmpty();
    }

    static Stream<Arguments> datedPairs() {
        DatePeriod year2021 = DatePeriod.ofYear(Y2021);
        return Stream.of(
                arguments("same period", year2021, year2021, true),
                arguments("a quarter inside the year", year2021, DatePeriod.ofQuarter(Y2021, 2), true),
                arguments("1-10月 inside the year, ending before it",
                        year2021, DatePeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 10, 31)), true),
                arguments("the next period", year2021, DatePeriod.ofYear(Year.of(2022)), false),
                arguments("overlapping the end", year2021,
                        DatePeriod.of(LocalDate.of(2021, 7, 1), LocalDate.of(2022, 6, 30)), false),
                arguments("starting before the target", DatePeriod.ofQuarter(Y2021, 2), DatePeriod.ofYear(Y2021),
                        false),
                arguments("an undated target pairs by year", null, DatePeriod.ofQuarter(Y2021, 2), true),
                arguments("an undated observation pairs by year", year2021, null, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datedPairs")
    void pairs_aDatedObservationWithADatedTargetOnlyInsideItsPeriod(String why, DatePeriod targetDates,
            DatePeriod observationDates, boolean pairs) {
        Target target = LevelTarget.of(Comparison.GE, BigDecimal.ONE, Y2021).withDates(targetDates);
        Observation observation = Observation.of(Y2021, BigDecimal.ONE).withDates(observationDates);

        assertThat(Pairing.pairs(target, observation)).isEqualTo(pairs);
    }

    @Test
    void pairs_neverATotalWithAPart() {
        Target total = LevelTarget.of(Comparison.GE, BigDecimal.ONE, Y2021);
        Observation female = Observation.of(Y2021, BigDecimal.ONE).withDimensions(FEMALE);

        assertThat(Pairing.pairs(total, female)).isFalse();
        assertThat(Pairing.pairs(total.withDimensions(FEMALE), female)).isTrue();
    }

    @Test
    void observationFor_aDatedTargetTakesTheLatestObservationInsideItsPeriod() {
        Target first = LevelTarget.of(Comparison.GE, number("100"), Y2021)
                .withDates(DatePeriod.ofYear(Y2021));
        Indicator indicator = Indicator.builder("x").unit(Units.PERSON)
                .target(first)
                .observation(Observation.of(Y2021, number("40")).withDates(DatePeriod.ofQuarter(Y2021, 2)))
                .observation(Observation.of(Y2021, number("90")).withDates(DatePeriod.ofQuarter(Y2021, 4)))
                .observation(Observation.of(Year.of(2022), number("130")).withDates(DatePeriod.ofYear(Year.of(2022))))
                .build();

        assertThat(Pairing.observationFor(indicator, first)).map(Observation::value).contains(number("90"));
    }

    @Test
    void levelIn_isTheBaselineOfTheYearBeforeAnActualObservation() {
        Indicator indicator = Indicator.builder("x").unit(Units.YEAR)
                .baseline(Baseline.of(Year.of(2019), number("77.3")))
                .baseline(Baseline.of(Y2020, number("77.9")))
                .observation(Observation.of(Y2020, number("78.0")))
                .build();

        assertThat(Pairing.levelIn(indicator, Y2020, Dimensions.TOTAL)).map(m -> m.value()).contains(number("77.9"));
    }

    static Stream<Arguments> levels() {
        Observation actual = Observation.of(Y2020, number("77.93"));
        return Stream.of(
                arguments("an actual observation of the year", actual, "77.93"),
                arguments("a provisional observation is no level", actual.withStatus(ObservationStatus.PROVISIONAL),
                        null),
                arguments("a projected observation is no level", actual.withStatus(ObservationStatus.PROJECTED),
                        null),
                arguments("an observation of another year", Observation.of(Year.of(2019), number("77.3")), null),
                arguments("an observation of a part", actual.withDimensions(FEMALE), null),
                arguments("an observation of a quarter", actual.withDates(DatePeriod.ofQuarter(Y2020, 4)), null),
                arguments("an observation of the whole year by dates", actual.withDates(DatePeriod.ofYear(Y2020)),
                        "77.93"),
                arguments("a total over a period", new Observation(Y2020, Year.of(2016), number("5"), null, null,
                        ObservationStatus.ACTUAL, false, null), null),
                arguments("a qualitative observation", Observation.ofState(Y2020, Text.of("en", "adopted")), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void levelIn_takesOnlyANumberForThatSingleWholeYear(String why, Observation observation, String level) {
        Indicator indicator = Indicator.builder("x").unit(Units.YEAR)
                .baseline(Baseline.of(Year.of(2019), number("77.3")))
                .observation(observation)
                .build();

        assertThat(Pairing.levelIn(indicator, Y2020, Dimensions.TOTAL).map(m -> m.value()))
                .isEqualTo(java.util.Optional.ofNullable(level == null ? null : number(level)));
    }

    @Test
    void annualObservations_takeTheBestStatusOfEachYearAndNeverAProjection() {
        Indicator indicator = Indicator.builder("growth").unit(Units.PERCENT)
                .observation(observed(Y2021, "8.1", ObservationStatus.ACTUAL))
                .observation(observed(Year.of(2022), "3.2", ObservationStatus.ESTIMATED))
                .observation(observed(Year.of(2022), "3.0", ObservationStatus.PROVISIONAL))
                .observation(observed(Year.of(2022), "3.1", ObservationStatus.ESTIMATED))
                .observation(observed(Y2023, "5.0", ObservationStatus.PROJECTED))
                .observation(observed(Year.of(2026), "4.0", ObservationStatus.ACTUAL))
                .build();

        assertThat(Pairing.annualObservations(indicator, YearRange.of(2021, 2025), Dimensions.TOTAL))
                .containsOnlyKeys(Y2021, Year.of(2022))
                .hasEntrySatisfying(Year.of(2022), o -> assertThat(o.value()).isEqualTo(number("3.0")));
    }

    @Test
    void annualObservations_amongEqualStatusesTheLastListedWins() {
        Indicator indicator = Indicator.builder("growth").unit(Units.PERCENT)
                .observation(observed(Y2021, "8.0", ObservationStatus.ACTUAL))
                .observation(observed(Y2021, "8.1", ObservationStatus.ACTUAL))
                .build();

        assertThat(Pairing.annualObservations(indicator, YearRange.of(2021, 2025), Dimensions.TOTAL).get(Y2021)
                .value()).isEqualTo(number("8.1"));
    }
}
