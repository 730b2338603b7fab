package org.policyindicators.io.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Modality;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.QuotaTarget;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.Units;
import org.policyindicators.core.ZeroTarget;
import org.policyindicators.core.analysis.ImpliedTarget;

/**
 * The numeric helpers of the rules: wholeness of counts, clean numbers for messages, the
 * substances of units, and the guards that keep untamed numbers and unknown units out of the
 * arithmetic.
 */
class ValuesTest {

    private static final UnitCatalog UNITS = UnitCatalog.standard();
    /** A tame number: few digits, small exponent. */
    private static final BigDecimal TAME = new BigDecimal("10");
    /** An exponent beyond +200: not tame. */
    private static final BigDecimal WILD = new BigDecimal("1E+201");
    private static final Year Y2020 = Year.of(2020);
    private static final Year Y2024 = Year.of(2024);
    private static final Year Y2025 = Year.of(2025);
    private static final Unit WIDGET = Unit.of("widget");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    //-----------------------------------------------------------------------
    // isWhole
    //-----------------------------------------------------------------------
    @Test
    void isWhole_isTrueForAValueWholeInTheScaledUnit() {
        assertThat(Values.isWhole(d("1.15"), 4)).isTrue();
        assertThat(Values.isWhole(d("0.5"), 0)).isFalse();
        assertThat(Values.isWhole(d("0.00"), 0)).isTrue();
    }

    @Test
    void isWhole_isTrueForALongIntegerInAPlainUnit() {
        // 1001 digits, scale 0: whole without counting its digits
        assertThat(Values.isWhole(d("1".repeat(1001)), 0)).isTrue();
    }

    @Test
    void isWhole_isTrueForALongValueWhoseDecimalsTheUnitScaleCovers() {
        // 111…1.5 万 (1001 digits, one decimal) is a whole number of units
        assertThat(Values.isWhole(d("1".repeat(1000) + ".5"), 4)).isTrue();
    }

    @Test
    void isWhole_isFalseForALongValueWithAFractionBeyondTheUnit() {
        assertThat(Values.isWhole(d("1".repeat(1000) + ".5"), 0)).isFalse();
    }

    @Test
    void isWhole_isTrueForALongWholeNumberWrittenWithZeroDecimals() {
        // 1,500 digits and ".00": whole in a plain unit, however long
        assertThat(Values.isWhole(d("7".repeat(1500) + ".00"), 0)).isTrue();
        assertThat(Values.isWhole(d("7".repeat(1500) + ".05"), 0)).isFalse();
        assertThat(Values.isWhole(d("7".repeat(1500) + ".50"), 0)).isFalse();
        assertThat(Values.isWhole(d("7".repeat(1500) + ".50"), 1)).isTrue();
    }

    @Test
    void isWhole_tellsTrailingZerosFromOtherEvenDigits() {
        // the unscaled 116 of 1.16 is divisible by 2^2 but not by 10^2
        assertThat(Values.isWhole(d("1.16"), 0)).isFalse();
        assertThat(Values.isWhole(d("1.600"), 1)).isTrue();
        assertThat(Values.isWhole(d("1.625"), 2)).isFalse();
        assertThat(Values.isWhole(d("1.600"), 0)).isFalse();
    }

    @Test
    void isWhole_isFalseForFewerDigitsThanDecimalsBeyondTheUnit() {
        assertThat(Values.isWhole(d("0.001"), 0)).isFalse();
        assertThat(Values.isWhole(new BigDecimal(java.math.BigInteger.ONE, 1_000_000), 0)).isFalse();
        assertThat(Values.isWhole(d("-3.0"), 0)).isTrue();
    }

    //-----------------------------------------------------------------------
    // clean
    //-----------------------------------------------------------------------
    @Test
    void clean_writesWholeNumbersPlainUpToAnExponentOf199() {
        BigDecimal plain = Values.clean(d("1E+199"));

        assertThat(plain.scale()).isZero();
        assertThat(plain.toString()).isEqualTo("1" + "0".repeat(199));
        assertThat(Values.clean(d("1.200E+2")).toString()).isEqualTo("120");
    }

    @Test
    void clean_keepsTheExponentOfAWholeNumberFrom200On() {
        BigDecimal huge = Values.clean(d("1.0E+200"));

        assertThat(huge.scale()).isEqualTo(-200);
        assertThat(huge.toString()).isEqualTo("1E+200");
    }

    //-----------------------------------------------------------------------
    // substances
    //-----------------------------------------------------------------------
    @Test
    void differInSubstance_isFalseForUnitsOfTheSameSubstances() {
        Unit mortality = Unit.parse("person[death]/person[live-birth]*1e3");

        assertThat(Values.differInSubstance(mortality, Unit.parse("person[death]/person[live-birth]"))).isFalse();
        assertThat(Values.differInSubstance(Unit.parse("tonne[co2]"), Unit.parse("kilogram[co2]"))).isFalse();
        assertThat(Values.differInSubstance(Units.PERSON, Units.CNY)).isFalse();
    }

    @Test
    void differInSubstance_isTrueForDifferentSubstancesOnEitherSide() {
        Unit mortality = Unit.parse("person[death]/person[live-birth]*1e3");

        assertThat(Values.differInSubstance(Unit.parse("tonne[co2]"), Unit.parse("tonne[so2]"))).isTrue();
        assertThat(Values.differInSubstance(mortality, Unit.parse("person[death]/person*1e3"))).isTrue();
        assertThat(Values.differInSubstance(mortality, Unit.parse("person[death]/person[birth]*1e3"))).isTrue();
    }

    @Test
    void substances_namesBothSidesOfARateThatNamesBoth() {
        assertThat(Values.substances(Unit.parse("person[death]/person[live-birth]*1e3"))).isEqualTo("death/live-birth");
        assertThat(Values.substances(Unit.parse("person/person[live-birth]"))).isEqualTo("none/live-birth");
    }

    @Test
    void substances_namesTheNumeratorAloneWhenTheDenominatorNamesNone() {
        assertThat(Values.substances(Unit.parse("tonne[co2]/cny*1e4"))).isEqualTo("co2");
        assertThat(Values.substances(Units.PERSON)).isEqualTo("none");
    }

    //-----------------------------------------------------------------------
    // isTame(Target)
    //-----------------------------------------------------------------------
    @Test
    void isTame_ofARange_needsBothBoundsTame() {
        assertThat(Values.isTame(RangeTarget.of(d("1"), TAME, Y2025))).isTrue();
        assertThat(Values.isTame(RangeTarget.of(WILD.negate(), TAME, Y2025))).isFalse();
        assertThat(Values.isTame(RangeTarget.of(TAME, WILD, Y2025))).isFalse();
    }

    @Test
    void isTame_ofATargetWithOneNumber_followsThatNumber() {
        assertThat(Values.isTame(LevelTarget.of(Comparison.GE, TAME, Y2025))).isTrue();
        assertThat(Values.isTame(LevelTarget.of(Comparison.GE, WILD, Y2025))).isFalse();
        assertThat(Values.isTame(MultipleTarget.of(d("2"), Y2025))).isTrue();
        assertThat(Values.isTame(MultipleTarget.of(WILD, Y2025))).isFalse();
        assertThat(Values.isTame(ChangeTarget.of(ChangeMode.ABSOLUTE, Comparison.GE, TAME, Y2025))).isTrue();
        assertThat(Values.isTame(ChangeTarget.of(ChangeMode.ABSOLUTE, Comparison.GE, WILD, Y2025))).isFalse();
        assertThat(Values.isTame(GrowthTarget.of(Comparison.GE, TAME, Y2025))).isTrue();
        assertThat(Values.isTame(GrowthTarget.of(Comparison.GE, WILD, Y2025))).isFalse();
        assertThat(Values.isTame(AverageTarget.of(Comparison.GE, TAME, Y2025))).isTrue();
        assertThat(Values.isTame(AverageTarget.of(Comparison.GE, WILD, Y2025))).isFalse();
        assertThat(Values.isTame(CumulativeTarget.of(Comparison.GE, TAME, Y2025))).isTrue();
        assertThat(Values.isTame(CumulativeTarget.of(Comparison.GE, WILD, Y2025))).isFalse();
        assertThat(Values.isTame(ShareTarget.of(Comparison.GE, TAME, Text.zh("全省"), Y2025))).isTrue();
        assertThat(Values.isTame(ShareTarget.of(Comparison.GE, WILD, Text.zh("全省"), Y2025))).isFalse();
    }

    @Test
    void isTame_ofAQuota_isTrueWithoutAValueAndFollowsItsValueOtherwise() {
        Text assignedBy = Text.zh("省下达");

        assertThat(Values.isTame(QuotaTarget.of(Comparison.LE, assignedBy, Y2025))).isTrue();
        assertThat(Values.isTame(quota(assignedBy, TAME))).isTrue();
        assertThat(Values.isTame(quota(assignedBy, WILD))).isFalse();
    }

    @Test
    void isTame_ofATargetWithoutANumberOfItsOwn_isTrue() {
        assertThat(Values.isTame(ZeroTarget.of(Y2025))).isTrue();
    }

    private static QuotaTarget quota(Text assignedBy, BigDecimal value) {
        return new QuotaTarget(Comparison.LE, assignedBy, value, null, Y2025, null, false, Modality.PLAIN, Text.EMPTY);
    }

    //-----------------------------------------------------------------------
    // baselinesUsable
    //-----------------------------------------------------------------------
    @Test
    void baselinesUsable_isTrueForTameBaselinesInKnownUnits() {
        Indicator indicator = Indicator.builder("gdp").unit(Units.CNY_10K)
                .baseline(Baseline.of(Y2020, d("100")))
                .baseline(Baseline.of(Y2024, Quantity.of("1.2", Units.CNY_100M)))
                .build();

        assertThat(Values.baselinesUsable(indicator, UNITS)).isTrue();
    }

    @Test
    void baselinesUsable_isFalseWithoutAKnownIndicatorUnit() {
        assertThat(Values.baselinesUsable(Indicator.builder("gdp").baseline(Baseline.of(Y2020, TAME)).build(), UNITS))
                .isFalse();
        assertThat(Values.baselinesUsable(Indicator.builder("gdp").unit(WIDGET).baseline(Baseline.of(Y2020, TAME))
                .build(), UNITS)).isFalse();
    }

    @Test
    void baselinesUsable_isFalseForAnUntameBaseline() {
        Indicator indicator = Indicator.builder("gdp").unit(Units.CNY)
                .baseline(Baseline.of(Y2020, TAME))
                .baseline(Baseline.of(Y2024, WILD))
                .build();

        assertThat(Values.baselinesUsable(indicator, UNITS)).isFalse();
    }

    @Test
    void baselinesUsable_isFalseForABaselineInAnUnknownUnit() {
        Indicator indicator = Indicator.builder("gdp").unit(Units.CNY)
                .baseline(Baseline.of(Y2020, Quantity.of("5", WIDGET)))
                .build();

        assertThat(Values.baselinesUsable(indicator, UNITS)).isFalse();
    }

    //-----------------------------------------------------------------------
    // numericView
    //-----------------------------------------------------------------------
    @Test
    void numericView_isTheIndicatorItselfWhenEveryBaselineIsNumericAndOfTheDimensions() {
        Indicator indicator = Indicator.builder("gdp").unit(Units.CNY)
                .baseline(Baseline.of(Y2020, TAME)).baseline(Baseline.of(Y2024, TAME)).build();

        assertThat(Values.numericView(indicator, Dimensions.TOTAL)).isSameAs(indicator);
    }

    @Test
    void numericView_leavesOutQualitativeBaselinesAndThoseOfOtherDimensions() {
        Dimensions female = Dimensions.of("sex", "female");
        Baseline whole = Baseline.of(Y2020, d("100"));
        Baseline women = Baseline.of(Y2020, d("48")).withDimensions(female);
        Baseline state = new Baseline(Y2024, null, null, null, null, Text.zh("基本建成"), null, Dimensions.TOTAL);
        Indicator indicator = Indicator.builder("people").unit(Units.PERSON)
                .baseline(whole).baseline(women).baseline(state).build();

        assertThat(Values.numericView(indicator, Dimensions.TOTAL).baselines()).containsExactly(whole);
        assertThat(Values.numericView(indicator, female).baselines()).containsExactly(women);
    }

    //-----------------------------------------------------------------------
    // implied
    //-----------------------------------------------------------------------
    private static Indicator gdp(Unit unit) {
        return Indicator.builder("gdp").unit(unit).baseline(Baseline.of(Y2024, d("100"))).build();
    }

    @Test
    void implied_ofAStatedLevel_isThatLevelInTheIndicatorsUnit() {
        ImpliedTarget plain = Values.implied(gdp(Units.CNY), LevelTarget.of(Comparison.GE, d("150"), Y2025), UNITS)
                .orElseThrow();
        ImpliedTarget scaled = Values.implied(gdp(Units.CNY),
                LevelTarget.of(Comparison.GE, d("1.5"), Units.CNY_10K, Y2025), UNITS).orElseThrow();

        assertThat(plain.value().value()).isEqualByComparingTo("150");
        assertThat(plain.comparator()).isEqualTo(Comparison.GE);
        assertThat(scaled.value().value()).isEqualByComparingTo("15000");
        assertThat(scaled.value().unit()).isEqualTo(Units.CNY);
    }

    @Test
    void implied_isEmptyForAnUntameTargetOrAnUnknownStatedUnit() {
        assertThat(Values.implied(gdp(Units.CNY), LevelTarget.of(Comparison.GE, WILD, Y2025), UNITS)).isEmpty();
        assertThat(Values.implied(gdp(Units.CNY), LevelTarget.of(Comparison.GE, TAME, WIDGET, Y2025), UNITS)).isEmpty();
        assertThat(Values.implied(Indicator.builder("gdp").baseline(Baseline.of(Y2024, TAME)).build(),
                LevelTarget.of(Comparison.GE, TAME, Y2025), UNITS)).isEmpty();
    }

    @Test
    void implied_ofAGrowthRate_countsInPercentStatedOrNot() {
        GrowthTarget unstated = GrowthTarget.of(Comparison.GE, d("10"), Y2025);
        GrowthTarget percent = new GrowthTarget(Comparison.GE, d("10"), Units.PERCENT, Y2025, null, false,
                Modality.PLAIN, Text.EMPTY);

        // one year from 100 at 10 % a year
        assertThat(Values.implied(gdp(Units.CNY), unstated, UNITS).orElseThrow().value().value())
                .isEqualByComparingTo("110");
        assertThat(Values.implied(gdp(Units.CNY), percent, UNITS).orElseThrow().value().value())
                .isEqualByComparingTo("110");
    }

    @Test
    void implied_ofAGrowthRateInAnotherUnitThanPercent_isEmpty() {
        GrowthTarget perMille = new GrowthTarget(Comparison.GE, d("100"), Units.PER_MILLE, Y2025, null, false,
                Modality.PLAIN, Text.EMPTY);

        assertThat(Values.implied(gdp(Units.CNY), perMille, UNITS)).isEmpty();
    }

    @Test
    void implied_ofARelativeChange_countsInPercentOnly() {
        ChangeTarget percent = ChangeTarget.of(ChangeMode.RELATIVE, Comparison.GE, d("10"), Units.PERCENT, Y2025);
        ChangeTarget perMille = ChangeTarget.of(ChangeMode.RELATIVE, Comparison.GE, d("100"), Units.PER_MILLE, Y2025);

        assertThat(Values.implied(gdp(Units.CNY), percent, UNITS).orElseThrow().value().value())
                .isEqualByComparingTo("110");
        assertThat(Values.implied(gdp(Units.CNY), perMille, UNITS)).isEmpty();
    }

    @Test
    void implied_ofAnAbsoluteChangeInAnotherUnit_convertsTheChange() {
        ChangeTarget absolute = ChangeTarget.of(ChangeMode.ABSOLUTE, Comparison.GE, d("5"), Units.CNY_10K, Y2025);

        // 100 yuan plus 5 万元 (50000 yuan)
        assertThat(Values.implied(gdp(Units.CNY), absolute, UNITS).orElseThrow().value().value())
                .isEqualByComparingTo("50100");
    }
}
