package org.policyindicators.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Aspect;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.GradeTarget;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.ImpliedYear;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Measurement;
import org.policyindicators.core.Modality;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.QualitativeTarget;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.RankKind;
import org.policyindicators.core.RankTarget;
import org.policyindicators.core.RelativeTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.Units;
import org.policyindicators.core.ZeroTarget;
import org.policyindicators.core.analysis.ImpliedTarget;
import org.policyindicators.examples.GdpDoublingExample;

class DescribeTest {

    private static final Describe EN = new Describe(Labels.of(Language.EN), UnitCatalog.standard());
    private static final Describe ZH = new Describe(Labels.of(Language.ZH), UnitCatalog.standard());
    private static final Year Y2025 = Year.of(2025);

    static Stream<Arguments> targets() {
        return Stream.of(
                Arguments.of(LevelTarget.of(Comparison.GE, new BigDecimal("227"), Y2025),
                        ">= 227 (2025)", ">= 227 (2025)"),
                Arguments.of(LevelTarget.of(Comparison.LE, new BigDecimal("4.0"), Units.PERCENT, Y2025),
                        "<= 4.0% (2025)", "<= 4.0% (2025)"),
                Arguments.of(RangeTarget.of(new BigDecimal("3"), new BigDecimal("5"), Y2025),
                        "3-5 (2025)", "3-5 (2025)"),
                Arguments.of(MultipleTarget.of(new BigDecimal("2"), null), "x2", "x2"),
                Arguments.of(ChangeTarget.of(ChangeMode.RELATIVE, Comparison.GE, new BigDecimal("-13.5"), Y2025),
                        ">= -13.5% (2025)", ">= -13.5% (2025)"),
                Arguments.of(GrowthTarget.of(Comparison.GE, new BigDecimal("10"), Y2025),
                        ">= 10%/yr (2025)", "年均>= 10% (2025)"),
                Arguments.of(CumulativeTarget.of(Comparison.REACH, new BigDecimal("3"), Units.PERSON_10K, Y2025)
                        .withStartYear(Year.of(2021)), "total 3 10k persons (2021-2025)", "累计3万人 (2021-2025)"),
                Arguments.of(RelativeTarget.of(Comparison.GT, Aspect.LEVEL, Text.zh("全市平均水平"), Y2025),
                        "> 全市平均水平 (2025)", "> 全市平均水平 (2025)"),
                Arguments.of(DirectionTarget.of(Direction.DECREASE, null), "falling", "下降"),
                Arguments.of(QualitativeTarget.of(null).withText(Text.zh("保持在合理区间")), "保持在合理区间", "保持在合理区间"),
                Arguments.of(RankTarget.of(Comparison.LE, 1, RankKind.TIER, Text.zhEn("全省", "the province"), Y2025),
                        "<= tier 1 (the province) (2025)", "<= 全省第1方阵 (2025)"),
                Arguments.of(GradeTarget.of(Comparison.REACH, 3, true, Text.zh("Ⅲ类"), Y2025), "Ⅲ类 (2025)", "Ⅲ类 (2025)"),
                Arguments.of(ZeroTarget.of(Y2025).withAnnual(true), "yearly zero (2025)", "每年清零 (2025)"),
                Arguments.of(ShareTarget.of(Comparison.GT, new BigDecimal("30"), Text.zhEn("全省", "the province"), Y2025),
                        "> 30% of the province (2025)", "占全省 > 30% (2025)"));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void target_writesEveryKindShortlyInBothLanguages(Target target, String english, String chinese) {
        assertThat(EN.target(target, null, Units.ITEM)).isEqualTo(english);
        assertThat(ZH.target(target, null, Units.ITEM)).isEqualTo(chinese);
    }

    @Test
    void target_addsTheImpliedLevelOfADerivedTarget() {
        Indicator gdp = GdpDoublingExample.indicator(new BigDecimal("486"));
        Target doubling = gdp.targets().get(0);
        ImpliedTarget implied = ImpliedTarget.of(gdp, doubling).orElseThrow();

        assertThat(EN.target(doubling, implied, gdp.unit())).isEqualTo("x2 = 972 (2025)");
    }

    @Test
    void unit_writesScalesAsNumeralsInChineseAndShortWordsInEnglish() {
        assertThat(ZH.unit(Units.CNY_100M)).isEqualTo("亿元");
        assertThat(EN.unit(Units.CNY_100M)).isEqualTo("100m CNY");
        assertThat(EN.unit(Units.PERSON_10K)).isEqualTo("10k persons");
        assertThat(EN.unit(Units.PERCENT)).isEqualTo("%");
        // the SDG homicide rate, per 100,000 population
        assertThat(EN.unit(org.policyindicators.core.Unit.parse("person[death]/person*1e5")))
                .isEqualTo("persons/100k persons");
    }

    @Test
    void measurement_writesTheValueAsStatedWithItsYear() {
        Baseline rate = Baseline.of(Year.of(2020), new BigDecimal("4.0"));

        assertThat(EN.measurement(rate, Units.PERCENT)).isEqualTo("4.0 (2020)");
        assertThat(ZH.measurement(new Baseline(Year.of(2020), null, new BigDecimal("1.15"), Units.MU_10K, null), Units.MU))
                .isEqualTo("1.15万亩 (2020)");
    }

    @Test
    void rounded_keepsTwoDecimalsWithoutTrailingZerosOrExponent() {
        assertThat(Describe.rounded(new BigDecimal("681.63217")).toPlainString()).isEqualTo("681.63");
        assertThat(Describe.rounded(new BigDecimal("972.000")).toPlainString()).isEqualTo("972");
        assertThat(Describe.rounded(new BigDecimal("1000")).toPlainString()).isEqualTo("1000");
    }

    static Stream<Arguments> targetsOfFormat11() {
        Year y2021 = Year.of(2021);
        return Stream.of(
                Arguments.of(new AverageTarget(Comparison.GT, new BigDecimal("7"), Units.PERCENT, Y2025, y2021, false,
                        Modality.PLAIN, Text.EMPTY), "average > 7% (2021-2025)", "年均 > 7% (2021-2025)"),
                Arguments.of(AverageTarget.of(Comparison.GE, new BigDecimal("7"), Y2025),
                        "average >= 7 items (2025)", "年均 >= 7个 (2025)"),
                Arguments.of(new ChangeTarget(ChangeMode.ABSOLUTE, Comparison.GE, BigDecimal.ONE, null, Year.of(2020),
                        Y2025, y2021, false, Modality.PLAIN, Text.EMPTY, null, Dimensions.TOTAL),
                        ">= +1 from 2020 (2021-2025)", "比2020年>= +1 (2021-2025)"),
                Arguments.of(new LevelTarget(Comparison.LE, BigDecimal.ONE, null, true, Y2025, null, false,
                        Modality.PLAIN, Text.EMPTY, null, Dimensions.TOTAL), "essentially <= 1 (2025)", "基本<= 1 (2025)"),
                Arguments.of(LevelTarget.of(Comparison.GE, new BigDecimal("56"), Y2025)
                        .withDimensions(Dimensions.of("sex", "female")),
                        ">= 56 (2025) [female]", ">= 56 (2025) [female]"),
                Arguments.of(LevelTarget.of(Comparison.GE, new BigDecimal("100"), y2021)
                        .withDates(DatePeriod.ofQuarter(y2021, 2)),
                        ">= 100 (2021-04/06)", ">= 100 (2021-04/06)"),
                Arguments.of(LevelTarget.of(Comparison.GE, new BigDecimal("100"), y2021)
                        .withDates(DatePeriod.ofYear(y2021)), ">= 100 (2021)", ">= 100 (2021)"),
                Arguments.of(LevelTarget.of(Comparison.GE, new BigDecimal("227"), Y2025)
                        .withYearImplied(ImpliedYear.of(ImpliedYear.Basis.HEADING, "到2025年")),
                        ">= 227 (2025) (year implied)", ">= 227 (2025)（年份据上下文推定）"),
                Arguments.of(LevelTarget.of(Comparison.GE, new BigDecimal("227"), null)
                        .withYearImplied(ImpliedYear.ofHorizon()), ">= 227", ">= 227"));
    }

    @ParameterizedTest
    @MethodSource("targetsOfFormat11")
    void target_writesTheNewPartsOfFormat11InBothLanguages(Target target, String english, String chinese) {
        assertThat(EN.target(target, null, Units.ITEM)).isEqualTo(english);
        assertThat(ZH.target(target, null, Units.ITEM)).isEqualTo(chinese);
    }

    static Stream<Arguments> measurementsOfFormat11() {
        Year y2023 = Year.of(2023);
        return Stream.of(
                Arguments.of(Observation.ofState(y2023, Text.zhEn("已出台", "adopted")), Units.ITEM,
                        "adopted (2023)", "已出台 (2023)"),
                Arguments.of(Observation.ofState(y2023, Text.of("en", "adopted")), null,
                        "adopted (2023)", "adopted (2023)"),
                Arguments.of(Observation.of(y2023, new BigDecimal("52")).withDimensions(Dimensions.of("sex", "female")),
                        Units.PERCENT, "52 (2023) [female]", "52 (2023) [female]"),
                Arguments.of(Observation.of(y2023, new BigDecimal("80")).withDates(DatePeriod.ofQuarter(y2023, 1)),
                        Units.PERSON, "80 (2023-01/03)", "80 (2023-01/03)"),
                Arguments.of(new Observation(y2023, null, new BigDecimal("3"), Units.PERSON, null,
                        ObservationStatus.ACTUAL, false, null), null, "3 persons (2023)", "3人 (2023)"));
    }

    @ParameterizedTest
    @MethodSource("measurementsOfFormat11")
    void measurement_writesStatesDatesPartsAndUnitsOfIndicatorsWithoutOne(Measurement m, Unit indicatorUnit,
            String english, String chinese) {
        assertThat(EN.measurement(m, indicatorUnit)).isEqualTo(english);
        assertThat(ZH.measurement(m, indicatorUnit)).isEqualTo(chinese);
    }

    @Test
    void unit_ofAnIndicatorWithoutAUnitIsEmpty() {
        assertThat(EN.unit(null)).isEmpty();
        assertThat(ZH.unit(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "2021-01-01, 2021-06-30, 2021-01/06",
            "2021-03-01, 2021-03-31, 2021-03",
            "2021-07-01, 2022-06-30, 2021-07/2022-06",
            "2021-01-15, 2021-06-30, 2021-01-15/06-30",
            "2021-12-15, 2022-01-14, 2021-12-15/2022-01-14",
            "2021-05-04, 2021-05-04, 2021-05-04"})
    void shortDates_leavesOutOfTheEndWhatItSharesWithTheStart(LocalDate start, LocalDate end, String text) {
        assertThat(Describe.shortDates(DatePeriod.of(start, end))).isEqualTo(text);
    }

    @Test
    void measurement_leavesOutThePartTheRowIsAbout() {
        Dimensions female = Dimensions.of("sex", "female");
        Observation observation = Observation.of(Year.of(2023), new BigDecimal("52")).withDimensions(female);

        assertThat(EN.measurement(observation, Units.PERCENT, female)).isEqualTo("52 (2023)");
        assertThat(EN.measurement(observation, Units.PERCENT, Dimensions.TOTAL)).isEqualTo("52 (2023) [female]");
    }
}
