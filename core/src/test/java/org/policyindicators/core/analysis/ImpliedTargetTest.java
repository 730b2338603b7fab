package org.policyindicators.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.Optional;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Aspect;
import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Conversion;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.Dimension;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.GradeTarget;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Modality;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.QualitativeTarget;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.QuotaTarget;
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

class ImpliedTargetTest {

    private static final Year Y2015 = Year.of(2015);
    private static final Year Y2020 = Year.of(2020);
    private static final Year Y2025 = Year.of(2025);
    private static final Baseline GDP_2015 = Baseline.of(Y2015, new BigDecimal("347"));
    private static final Baseline GDP_2020 = Baseline.of(Y2020, new BigDecimal("486"));

    /** 地区生产总值 of 万柏林区 in 亿元: 347 in 2015, 486 in 2020. */
    private static Indicator gdp(Target target) {
        return Indicator.builder("gdp").unit(Units.CNY_100M).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(GDP_2015).baseline(GDP_2020).target(target).build();
    }

    private static Optional<ImpliedTarget> implied(Indicator indicator) {
        return ImpliedTarget.of(indicator, indicator.targets().get(0));
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text);
    }

    //-----------------------------------------------------------------------
    // multiple
    //-----------------------------------------------------------------------
    @Test
    void of_doublingOfA486BaselineImplies972() {
        // 地区生产总值翻一番
        Indicator indicator = gdp(MultipleTarget.of(number("2"), Y2025));

        assertThat(implied(indicator)).hasValueSatisfying(t -> {
            assertThat(t.value()).isEqualTo(Quantity.of(972, Units.CNY_100M));
            assertThat(t.comparator()).isEqualTo(Comparison.REACH);
            assertThat(t.year()).isEqualTo(Y2025);
            assertThat(t.baseline()).isEqualTo(GDP_2020);
        });
    }

    @Test
    void of_multipleOfAGivenBaseYearUsesThatBaseline() {
        MultipleTarget doublingOf2015 = new MultipleTarget(number("2"), Comparison.GE, Y2015, Y2025, null, false,
                Modality.PLAIN, Text.EMPTY);

        assertThat(implied(gdp(doublingOf2015))).hasValueSatisfying(t -> {
            assertThat(t.value()).isEqualTo(Quantity.of(694, Units.CNY_100M));
            assertThat(t.comparator()).isEqualTo(Comparison.GE);
            assertThat(t.baseline()).isEqualTo(GDP_2015);
        });
    }

    @Test
    void of_multipleOfAMissingBaseYearImpliesNothing() {
        MultipleTarget doublingOf2010 = new MultipleTarget(number("2"), Comparison.REACH, Year.of(2010), Y2025, null,
                false, Modality.PLAIN, Text.EMPTY);

        assertThat(implied(gdp(doublingOf2010))).isEmpty();
    }

    @Test
    void of_convertsABaselineInAnotherUnit() {
        Indicator indicator = Indicator.builder("gdp").unit(Units.CNY_100M)
                .baseline(Baseline.of(Y2020, Quantity.of(4_860_000, Units.CNY_10K)))
                .target(MultipleTarget.of(number("2"), Y2025)).build();

        assertThat(implied(indicator)).map(ImpliedTarget::value).contains(Quantity.of(972, Units.CNY_100M));
    }

    @Test
    void of_needsABaselineForAMultiple() {
        Indicator indicator = Indicator.builder("gdp").unit(Units.CNY_100M)
                .target(MultipleTarget.of(number("2"), Y2025)).build();

        assertThat(implied(indicator)).isEmpty();
    }

    //-----------------------------------------------------------------------
    // growth
    //-----------------------------------------------------------------------
    @Test
    void of_tenPercentAYearForFiveYearsCompoundsTheBaseline() {
        // 年均增长10%以上, 2020 → 2025
        Indicator indicator = gdp(GrowthTarget.of(Comparison.GE, BigDecimal.TEN, Y2025));

        assertThat(implied(indicator)).hasValueSatisfying(t -> {
            assertThat(t.value().value()).isEqualByComparingTo("782.70786");
            assertThat(t.value().unit()).isEqualTo(Units.CNY_100M);
            assertThat(t.comparator()).isEqualTo(Comparison.GE);
            assertThat(t.baseline()).isEqualTo(GDP_2020);
        });
    }

    @Test
    void of_negativeGrowthTurnsAtLeastIntoAtMost() {
        Indicator indicator = gdp(GrowthTarget.of(Comparison.GE, number("-10"), Year.of(2022)));

        assertThat(implied(indicator)).hasValueSatisfying(t -> {
            assertThat(t.value().value()).isEqualByComparingTo("393.66");
            assertThat(t.comparator()).isEqualTo(Comparison.LE);
        });
    }

    @Test
    void of_growthStatedInPerMilleIsConvertedToPercent() {
        // regression: the rate was taken as percent whatever its unit, so 50‰ compounded as 50 %
        GrowthTarget perMille = new GrowthTarget(Comparison.GE, number("100"), Units.PER_MILLE, Y2025, null, false,
                Modality.PLAIN, Text.EMPTY);

        assertThat(implied(gdp(perMille))).map(t -> t.value().value())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("782.70786"));
    }

    @Test
    void of_growthInAUnitThatIsNoRateImpliesNothing() {
        GrowthTarget points = new GrowthTarget(Comparison.GE, number("1"), Units.PERCENTAGE_POINT, Y2025, null, false,
                Modality.PLAIN, Text.EMPTY);

        assertThat(implied(gdp(points))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2020", "2019", "3021"})
    void of_growthNeedsATargetYearAfterTheBaselineWithinAThousandYears(int year) {
        Indicator indicator = Indicator.builder("gdp").unit(Units.CNY_100M).baseline(GDP_2020)
                .target(GrowthTarget.of(Comparison.GE, BigDecimal.TEN, Year.of(year))).build();

        assertThat(implied(indicator)).isEmpty();
    }

    @Test
    void of_growthOverExactlyAThousandYearsStillImpliesALevel() {
        Indicator indicator = Indicator.builder("gdp").unit(Units.CNY_100M).baseline(GDP_2020)
                .target(GrowthTarget.of(Comparison.GE, BigDecimal.TEN, Year.of(3020))).build();
        BigDecimal exact = new BigDecimal("486").multiply(new BigDecimal("1.1").pow(1000));

        assertThat(implied(indicator)).map(t -> t.value().value())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(exact.round(MathContext.DECIMAL128)));
    }

    @Test
    void of_growthOfAtLeastZeroPercentKeepsTheBaselineAsAFloor() {
        // 保持正增长: a rate of zero is no fall, so "at least" stays "at least"
        Indicator indicator = gdp(GrowthTarget.of(Comparison.GE, BigDecimal.ZERO, Y2025));

        assertThat(implied(indicator)).hasValueSatisfying(t -> {
            assertThat(t.value()).isEqualTo(Quantity.of(486, Units.CNY_100M));
            assertThat(t.comparator()).isEqualTo(Comparison.GE);
        });
    }

    //-----------------------------------------------------------------------
    // change
    //-----------------------------------------------------------------------
    @Test
    void of_relativeFallOf13Point5PercentBoundsTheLevelFromAbove() {
        // 单位地区生产总值能耗降低13.5%以上 from 0.8 吨标准煤 per 万元
        Unit intensity = Unit.of("tce").per(Units.CNY_10K);
        Indicator indicator = Indicator.builder("energy-intensity").unit(intensity)
                .polarity(Polarity.LOWER_IS_BETTER).baseline(Baseline.of(Y2020, number("0.8")))
                .target(ChangeTarget.of(ChangeMode.RELATIVE, Comparison.GE, number("-13.5"), Units.PERCENT, Y2025))
                .build();

        assertThat(implied(indicator)).hasValueSatisfying(t -> {
            assertThat(t.value()).isEqualTo(Quantity.of("0.692", intensity));
            assertThat(t.comparator()).isEqualTo(Comparison.LE);
        });
    }

    @Test
    void of_relativeChangeWithoutUnitIsInPercent() {
        Indicator indicator = gdp(ChangeTarget.of(ChangeMode.RELATIVE, Comparison.GT, number("20"), Y2025));

        assertThat(implied(indicator)).hasValueSatisfying(t -> {
            assertThat(t.value().value()).isEqualByComparingTo("583.2");
            assertThat(t.comparator()).isEqualTo(Comparison.GT);
        });
    }

    @Test
    void of_relativeChangeInPerMilleIsConvertedToPercent() {
        // regression: the change was taken as percent whatever its unit
        ChangeTarget perMille = ChangeTarget.of(ChangeMode.RELATIVE, Comparison.REACH, number("200"), Units.PER_MILLE,
                Y2025);

        assertThat(implied(gdp(perMille))).map(t -> t.value().value())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("583.2"));
    }

    @Test
    void of_absoluteChangeIsAddedInTheUnitOfTheIndicator() {
        // 人均预期寿命提高1岁, from 78.5 years
        Indicator lifeExpectancy = Indicator.builder("life-expectancy").unit(Units.YEAR)
                .polarity(Polarity.HIGHER_IS_BETTER).baseline(Baseline.of(Y2020, number("78.5")))
                .target(ChangeTarget.of(ChangeMode.ABSOLUTE, Comparison.REACH, BigDecimal.ONE, Unit.of("age-year"),
                        Y2025))
                .build();

        assertThat(implied(lifeExpectancy)).map(ImpliedTarget::value).contains(Quantity.of("79.5", Units.YEAR));
    }

    @ParameterizedTest
    @CsvSource({
        // indicator unit, baseline, expected level
        "percent,   60,  62",
        "per-mille, 600, 620",
    })
    void of_absoluteChangeInPercentagePointsOfAPercentIsAddedAsPercent(String unit, String baseline, String level) {
        // regression: 城镇化率提高2个百分点 implied nothing, as percentage points do not convert to percent
        Indicator urbanisation = Indicator.builder("urbanisation").unit(Unit.parse(unit))
                .polarity(Polarity.HIGHER_IS_BETTER).baseline(Baseline.of(Y2020, number(baseline)))
                .target(ChangeTarget.of(ChangeMode.ABSOLUTE, Comparison.GE, number("2"), Units.PERCENTAGE_POINT,
                        Y2025))
                .build();

        assertThat(implied(urbanisation)).hasValueSatisfying(t -> {
            assertThat(t.value()).isEqualTo(Quantity.of(level, Unit.parse(unit)));
            assertThat(t.comparator()).isEqualTo(Comparison.GE);
        });
    }

    @Test
    void of_percentagePointsOfAnIndicatorThatIsNoPercentImplyNothing() {
        Indicator indicator = gdp(ChangeTarget.of(ChangeMode.ABSOLUTE, Comparison.GE, number("2"),
                Units.PERCENTAGE_POINT, Y2025));

        assertThat(implied(indicator)).isEmpty();
    }

    @Test
    void of_absoluteChangeInAnIncompatibleUnitImpliesNothing() {
        Indicator indicator = gdp(ChangeTarget.of(ChangeMode.ABSOLUTE, Comparison.GE, BigDecimal.ONE, Units.PERSON,
                Y2025));

        assertThat(implied(indicator)).isEmpty();
    }

    //-----------------------------------------------------------------------
    // stated levels: level, share, quota, zero, rank
    //-----------------------------------------------------------------------
    @Test
    void of_levelIsTheStatedValueWithoutBaseline() {
        // 到2025年底, 全区高新技术企业达到227户以上
        Indicator highTech = Indicator.builder("high-tech").unit(Units.HOUSEHOLD)
                .baseline(Baseline.of(Y2020, number("166")))
                .target(LevelTarget.of(Comparison.GE, number("227"), Y2025)).build();

        assertThat(implied(highTech)).contains(new ImpliedTarget(Quantity.of(227, Units.HOUSEHOLD), Comparison.GE,
                Y2025, null));
    }

    @Test
    void of_levelIsConvertedToTheUnitOfTheIndicator() {
        Indicator indicator = gdp(LevelTarget.of(Comparison.TOWARD, number("1"), Units.CNY_1T, Year.of(2035)));

        assertThat(implied(indicator)).map(ImpliedTarget::value).contains(Quantity.of(10_000, Units.CNY_100M));
    }

    @Test
    void of_levelInAnIncompatibleUnitImpliesNothing() {
        Indicator indicator = gdp(LevelTarget.of(Comparison.GE, number("4.0"), Units.PERCENT, Y2025));

        assertThat(implied(indicator)).isEmpty();
    }

    @Test
    void of_shareIsInPercentUnlessStatedOtherwise() {
        Indicator share = Indicator.builder("share").unit(Units.PERCENT)
                .target(ShareTarget.of(Comparison.GT, number("30"), Text.zh("全省GDP"), Y2025)).build();

        assertThat(implied(share)).map(ImpliedTarget::value).contains(Quantity.of(30, Units.PERCENT));
    }

    @Test
    void of_shareInPerMilleIsConvertedToTheIndicatorsPercent() {
        Indicator share = Indicator.builder("share").unit(Units.PERCENT)
                .target(new ShareTarget(Comparison.GT, number("5"), Units.PER_MILLE, Text.zh("全省GDP"), null, Y2025,
                        null, false, Modality.PLAIN, Text.EMPTY)).build();

        assertThat(implied(share)).map(ImpliedTarget::value).contains(Quantity.of("0.5", Units.PERCENT));
    }

    @Test
    void of_quotaImpliesItsNumberIfItHasOne() {
        Indicator jobs = Indicator.builder("jobs").unit(Units.PERSON)
                .target(new QuotaTarget(Comparison.GT, Text.zh("市"), number("0.5"), Units.PERSON_10K, Y2025, null,
                        false, Modality.PLAIN, Text.EMPTY))
                .target(QuotaTarget.of(Comparison.REACH, Text.zh("市"), Y2025)).build();

        assertThat(ImpliedTarget.of(jobs, jobs.targets().get(0))).map(ImpliedTarget::value)
                .contains(Quantity.of(5_000, Units.PERSON));
        assertThat(ImpliedTarget.of(jobs, jobs.targets().get(1))).isEmpty();
    }

    @Test
    void of_zeroImpliesAtMostZero() {
        Indicator households = Indicator.builder("zero-employment").unit(Units.HOUSEHOLD)
                .target(ZeroTarget.of(Y2025)).build();

        assertThat(implied(households)).contains(new ImpliedTarget(Quantity.of(0, Units.HOUSEHOLD), Comparison.LE,
                Y2025, null));
    }

    @Test
    void of_rankImpliesThePosition() {
        Indicator rank = Indicator.builder("rank").unit(Units.RANK).polarity(Polarity.LOWER_IS_BETTER)
                .target(RankTarget.of(Comparison.LE, 61, RankKind.POSITION, Text.zh("全国百强区"), Y2025)).build();

        assertThat(implied(rank)).contains(new ImpliedTarget(Quantity.of(61, Units.RANK), Comparison.LE, Y2025,
                null));
    }

    //-----------------------------------------------------------------------
    // range
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({
        // baseline, polarity, expected level, comparator
        "1,   HIGHER_IS_BETTER, 3, GE",
        "4,   HIGHER_IS_BETTER, 3, GE",
        "7,   HIGHER_IS_BETTER, 5, LE",
        "7,   LOWER_IS_BETTER,  5, LE",
        ",    NEUTRAL,          3, GE",
        ",    LOWER_IS_BETTER,  5, LE",
        // a baseline at the upper end is inside the range, not above it, whatever the polarity
        "5,   HIGHER_IS_BETTER, 3, GE",
        "5,   LOWER_IS_BETTER,  3, GE",
    })
    void of_rangeImpliesTheEndNearerTheBaseline(String baseline, Polarity polarity, int level, Comparison comparator) {
        // 形成3-5个百亿产业集群
        Indicator.Builder builder = Indicator.builder("clusters").unit(Units.ITEM).polarity(polarity)
                .target(RangeTarget.of(number("3"), number("5"), Y2025));
        if (baseline != null) {
            builder.baseline(Baseline.of(Y2020, number(baseline)));
        }

        assertThat(implied(builder.build())).hasValueSatisfying(t -> {
            assertThat(t.value()).isEqualTo(Quantity.of(level, Units.ITEM));
            assertThat(t.comparator()).isEqualTo(comparator);
        });
    }

    //-----------------------------------------------------------------------
    // kinds and cases without a level
    //-----------------------------------------------------------------------
    static Stream<Target> targetsWithoutLevel() {
        return Stream.of(
                CumulativeTarget.of(Comparison.REACH, number("3"), Units.PERSON_10K, Y2025),
                RelativeTarget.of(Comparison.GT, Aspect.LEVEL, Text.zh("全市平均水平"), Y2025),
                DirectionTarget.of(Direction.DECREASE, Y2025),
                QualitativeTarget.of(Y2025),
                GradeTarget.of(Comparison.REACH, 3, true, Text.zh("Ⅲ类"), Y2025),
                LevelTarget.of(Comparison.GE, number("600"), null),
                MultipleTarget.of(number("2"), null),
                GrowthTarget.of(Comparison.GE, BigDecimal.TEN, null));
    }

    @ParameterizedTest
    @MethodSource("targetsWithoutLevel")
    void of_isEmptyForKindsWithoutALevelAndTargetsWithoutAYear(Target target) {
        assertThat(implied(gdp(target))).isEmpty();
    }

    @Test
    void of_usesTheGivenCatalogue() {
        // 一市斤 is half a kilogram; the standard catalogue does not know it
        UnitCatalog catalog = UnitCatalog.standard().with(
                BaseUnit.of("jin", Dimension.MASS, "斤", "jin").withConversion(Conversion.of("tonne", 1, 2000)));
        Indicator grain = Indicator.builder("grain").unit(Unit.of("tonne", 4))
                .target(LevelTarget.of(Comparison.GE, number("2"), Unit.of("jin", 8), Y2025)).build();

        assertThat(ImpliedTarget.of(grain, grain.targets().get(0), catalog)).map(ImpliedTarget::value)
                .contains(Quantity.of(10, Unit.of("tonne", 4)));
        assertThat(ImpliedTarget.of(grain, grain.targets().get(0))).isEmpty();
    }

    //-----------------------------------------------------------------------
    // null arguments
    //-----------------------------------------------------------------------
    static Stream<Arguments> nullArguments() {
        Target target = ZeroTarget.of(Y2025);
        Indicator indicator = gdp(target);
        Quantity value = Quantity.of(1, Units.CNY);
        return Stream.of(
                arguments((ThrowingCallable) () -> ImpliedTarget.of(null, target), "indicator"),
                arguments((ThrowingCallable) () -> ImpliedTarget.of(indicator, null), "target"),
                arguments((ThrowingCallable) () -> ImpliedTarget.of(indicator, target, null), "units"),
                arguments((ThrowingCallable) () -> new ImpliedTarget(null, Comparison.GE, Y2025, null), "value"),
                arguments((ThrowingCallable) () -> new ImpliedTarget(value, null, Y2025, null), "comparator"),
                arguments((ThrowingCallable) () -> new ImpliedTarget(value, Comparison.GE, null, null), "year"));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void factories_rejectNullNamingTheParameter(ThrowingCallable call, String parameter) {
        assertThatNullPointerException().isThrownBy(call).withMessage(parameter);
    }
}
