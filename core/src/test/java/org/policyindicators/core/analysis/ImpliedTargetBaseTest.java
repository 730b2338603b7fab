package org.policyindicators.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Measurement;
import org.policyindicators.core.Modality;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Target;
import org.policyindicators.core.Text;
import org.policyindicators.core.Units;

/** The level a change, multiple or growth rate counts from, and the parts of the whole it is for. */
class ImpliedTargetBaseTest {

    private static final Year Y2019 = Year.of(2019);
    private static final Year Y2020 = Year.of(2020);
    private static final Year Y2021 = Year.of(2021);
    private static final Year Y2025 = Year.of(2025);
    private static final Dimensions FEMALE = Dimensions.of("sex", "female");

    private static BigDecimal number(String text) {
        return new BigDecimal(text);
    }

    /** 人均预期寿命 〔1〕: +1 year over 2021–2025, counted from 2020. */
    private static ChangeTarget plusOneYearFrom2020() {
        return new ChangeTarget(ChangeMode.ABSOLUTE, Comparison.GE, BigDecimal.ONE, null, Y2025, Y2021, false,
                Modality.ENSURE, Text.zh("〔1〕"));
    }

    private static Indicator lifeExpectancy(Target target, Measurement... values) {
        Indicator.Builder b = Indicator.builder("life-expectancy").unit(Units.YEAR)
                .polarity(Polarity.HIGHER_IS_BETTER).target(target);
        for (Measurement m : values) {
            if (m instanceof Baseline baseline) {
                b.baseline(baseline);
            } else {
                b.observation((Observation) m);
            }
        }
        return b.build();
    }

    static Stream<Arguments> lifeExpectancyBases() {
        Baseline table2019 = Baseline.of(Y2019, number("77.3"));
        Observation actual2020 = Observation.of(Y2020, number("77.93"));
        return Stream.of(
                arguments("only the 2019 figure of the table: no level", List.of(table2019), null),
                arguments("an actual 2020 observation", List.of(table2019, actual2020), "78.93"),
                arguments("a provisional 2020 observation is no level",
                        List.of(table2019, actual2020.withStatus(ObservationStatus.PROVISIONAL)), null),
                arguments("a 2020 baseline before a 2020 observation",
                        List.of(table2019, Baseline.of(Y2020, number("77.9")), actual2020), "78.9"),
                arguments("a 2021 observation is not the base", List.of(table2019,
                        Observation.of(Y2021, number("78.2"))), null),
                arguments("a female 2020 level is not the total's", List.of(table2019,
                        actual2020.withDimensions(FEMALE)), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lifeExpectancyBases")
    void of_aChangeWithAStartYearCountsFromTheLevelOfTheYearBefore(String why, List<Measurement> values,
            String level) {
        Indicator indicator = lifeExpectancy(plusOneYearFrom2020(), values.toArray(Measurement[]::new));

        assertThat(ImpliedTarget.of(indicator, indicator.targets().get(0)).map(t -> t.value().value()))
                .isEqualTo(java.util.Optional.ofNullable(level == null ? null : number(level)));
    }

    @Test
    void of_aChangeFromAnObservedLevelNamesThatLevelAsItsBaseline() {
        Indicator indicator = lifeExpectancy(plusOneYearFrom2020(), Baseline.of(Y2019, number("77.3")),
                Observation.of(Y2020, number("77.93")));

        assertThat(ImpliedTarget.of(indicator, indicator.targets().get(0))).hasValueSatisfying(t -> {
            assertThat(t.comparator()).isEqualTo(Comparison.GE);
            assertThat(t.year()).isEqualTo(Y2025);
            assertThat(t.baseline()).isEqualTo(Baseline.of(Y2020, number("77.93")));
        });
    }

    static Stream<Arguments> baseYears() {
        return Stream.of(
                arguments("a stated base year", Y2020, null, "78.93"),
                arguments("a stated base year wins over the start year", Y2020, Year.of(2023), "78.93"),
                arguments("the year before the start year", null, Y2021, "78.93"),
                arguments("a base year without a level", Year.of(2018), null, null),
                arguments("neither: the latest baseline before the target year", null, null, "79.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baseYears")
    void of_aChangeCountsFromItsBaseYearElseTheYearBeforeItsStartElseTheLatestBaseline(String why, Year baseYear,
            Year startYear, String level) {
        ChangeTarget target = new ChangeTarget(ChangeMode.ABSOLUTE, Comparison.GE, BigDecimal.ONE, null, baseYear,
                Y2025, startYear, false, Modality.PLAIN, Text.EMPTY, null, Dimensions.TOTAL);
        Indicator indicator = lifeExpectancy(target, Baseline.of(Y2019, number("77.3")),
                Baseline.of(Y2020, number("77.93")), Baseline.of(Year.of(2022), number("78.0")));

        assertThat(ImpliedTarget.of(indicator, target).map(t -> t.value().value()))
                .isEqualTo(java.util.Optional.ofNullable(level == null ? null : number(level)));
    }

    static Stream<Arguments> growthBases() {
        return Stream.of(
                arguments("start 2021: five years from the 2020 level", Y2021, "161.051"),
                arguments("start 2023: three years from the 2022 level", Year.of(2023), "146.41"),
                arguments("start 2020: no 2019 level, so nothing from another year", Y2020, null),
                arguments("no start: from the latest baseline before the target year", null, "146.41"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("growthBases")
    void of_aGrowthRateWithAStartYearCompoundsFromTheLevelOfTheYearBefore(String why, Year startYear,
            String level) {
        // 年均增长10%: 100 in 2020, 110 in 2022
        GrowthTarget target = GrowthTarget.of(Comparison.GE, BigDecimal.TEN, Y2025).withStartYear(startYear);
        Indicator indicator = Indicator.builder("output").unit(Units.CNY_100M).target(target)
                .baseline(Baseline.of(Y2020, number("100"))).baseline(Baseline.of(Year.of(2022), number("110")))
                .build();

        assertThat(ImpliedTarget.of(indicator, target).map(t -> t.value().value().stripTrailingZeros()))
                .isEqualTo(java.util.Optional.ofNullable(level == null ? null : number(level)));
    }

    @Test
    void of_aGrowthRateFromTheYearBeforeItsStartNamesThatLevelAsItsBaseline() {
        GrowthTarget target = GrowthTarget.of(Comparison.GE, BigDecimal.TEN, Y2025).withStartYear(Y2021);
        Indicator indicator = Indicator.builder("output").unit(Units.CNY_100M).target(target)
                .baseline(Baseline.of(Y2019, number("90"))).observation(Observation.of(Y2020, number("100")))
                .build();

        assertThat(ImpliedTarget.of(indicator, target)).hasValueSatisfying(t -> {
            assertThat(t.value().value()).isEqualByComparingTo("161.051");
            assertThat(t.baseline()).isEqualTo(Baseline.of(Y2020, number("100")));
        });
    }

    @Test
    void of_relativeFallOf13Point5PercentOver2021To2025CountsFrom2020() {
        // 单位GDP能耗 〔13.5〕: falls 13.5 % in total over 2021–2025, from the 2020 level
        ChangeTarget target = new ChangeTarget(ChangeMode.RELATIVE, Comparison.GE, number("-13.5"), Units.PERCENT,
                Y2025, Y2021, false, Modality.ENSURE, Text.zh("〔13.5〕"));
        Indicator intensity = Indicator.builder("energy-intensity").unit(Units.PERCENT)
                .polarity(Polarity.LOWER_IS_BETTER)
                .baseline(Baseline.of(Year.of(2015), number("120")))
                .observation(Observation.of(Y2020, number("100")))
                .target(target).build();

        assertThat(ImpliedTarget.of(intensity, target)).hasValueSatisfying(t -> {
            assertThat(t.value().value()).isEqualByComparingTo("86.5");
            assertThat(t.comparator()).isEqualTo(Comparison.LE);
            assertThat(t.baseline().year()).isEqualTo(Y2020);
        });
    }

    @Test
    void of_aMultipleOfABaseYearWithoutABaselineUsesTheActualObservationOfThatYear() {
        // 翻一番 of 2020, where the plan's baseline is 2015 and 2020 is known from a bulletin
        MultipleTarget doubling = new MultipleTarget(number("2"), Comparison.REACH, Y2020, Year.of(2035), null,
                false, Modality.PLAIN, Text.EMPTY);
        Indicator gdp = Indicator.builder("gdp").unit(Units.CNY_100M).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Year.of(2015), number("347")))
                .observation(Observation.of(Y2020, number("486")))
                .target(doubling).build();

        assertThat(ImpliedTarget.of(gdp, doubling).map(t -> t.value().value())).contains(number("972"));
    }

    @Test
    void of_aMultipleWithoutABaseYearStillStartsFromTheLatestBaseline() {
        MultipleTarget doubling = MultipleTarget.of(number("2"), Year.of(2035));
        Indicator gdp = Indicator.builder("gdp").unit(Units.CNY_100M)
                .baseline(Baseline.of(Year.of(2015), number("347")))
                .observation(Observation.of(Y2020, number("486")))
                .target(doubling).build();

        assertThat(ImpliedTarget.of(gdp, doubling).map(t -> t.value().value())).contains(number("694"));
    }

    @Test
    void of_aTargetForAPartCountsFromTheBaselineOfThatPart() {
        ChangeTarget female = plusOneYearFrom2020().withDimensions(FEMALE);
        Indicator indicator = lifeExpectancy(female, Baseline.of(Y2020, number("77.93")),
                Baseline.of(Y2020, number("80.88")).withDimensions(FEMALE));

        assertThat(ImpliedTarget.of(indicator, female).map(t -> t.value().value())).contains(number("81.88"));
    }

    @Test
    void of_aTargetForAPartWithoutBaselinesOfThatPartImpliesNothing() {
        MultipleTarget rural = MultipleTarget.of(number("2"), Y2025).withDimensions(Dimensions.of("area", "rural"));
        Indicator income = Indicator.builder("income").unit(Units.CNY)
                .baseline(Baseline.of(Y2020, number("30000"))).target(rural).build();

        assertThat(ImpliedTarget.of(income, rural)).isEmpty();
    }

    @Test
    void of_anAverageHasNoSingleLevel() {
        AverageTarget average = new AverageTarget(Comparison.GT, number("7"), Units.PERCENT, Y2025, Y2021, false,
                Modality.PLAIN, Text.zh("年均>7%"));
        Indicator growth = Indicator.builder("gdp-growth").unit(Units.PERCENT)
                .baseline(Baseline.of(Y2020, number("2.3"))).target(average).build();

        assertThat(ImpliedTarget.of(growth, average)).isEmpty();
        assertThat(Trajectory.of(growth, average, org.policyindicators.core.UnitCatalog.standard())).isEmpty();
    }
}
