package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class UnitCatalogTest {

    private static final UnitCatalog STANDARD = UnitCatalog.standard();
    private static final BigDecimal RELATIVE_TOLERANCE = new BigDecimal("1e-30");

    //-----------------------------------------------------------------------
    // standard()
    //-----------------------------------------------------------------------
    @Test
    void standard_isOneSharedInstance() {
        assertThat(UnitCatalog.standard()).isSameAs(STANDARD);
    }

    @Test
    void standard_knowsEveryCodeItsDocumentationLists() {
        String[] codes = {"cny", "usd", "percent", "per-mille", "percentage-point", "times", "establishment",
            "household", "item", "facility", "unit", "sheet", "person", "person-time", "set", "case", "project",
            "building", "line", "school", "plot", "place", "vehicle", "square-metre", "mu", "hectare",
            "square-kilometre", "metre", "kilometre", "year", "age-year", "day", "hour", "minute", "tonne", "kilogram",
            "gram", "microgram", "tce", "kilowatt-hour", "kilowatt", "cubic-metre", "litre", "grade", "class", "rank"};

        assertThat(STANDARD.baseUnits()).extracting(BaseUnit::code).containsExactlyInAnyOrder(codes);
    }

    @Test
    void isCompatible_refusesUnitsThatNameDifferentSubstances() {
        Unit co2 = Unit.parse("tonne[co2]/cny*1e4");
        Unit coal = Unit.parse("tonne[coal]/cny*1e4");
        Unit unnamed = Unit.parse("tonne/cny*1e4");

        assertThat(STANDARD.isCompatible(co2, Unit.parse("kilogram[co2]/cny"))).isTrue();
        assertThat(STANDARD.isCompatible(co2, coal)).isFalse();
        assertThat(STANDARD.isCompatible(co2, unnamed)).isFalse();
        assertThat(STANDARD.isCompatible(Unit.parse("person[death]/person[live-birth]*1e3"),
                Unit.parse("person[death]/person*1e3"))).isFalse();
    }

    @Test
    void convert_keepsTheSubstanceAndConvertsTheScale() {
        assertThat(STANDARD.convert(new BigDecimal("1.5"), Unit.parse("tonne[co2]/cny*1e4"),
                Unit.parse("kilogram[co2]/cny"))).isEqualByComparingTo("0.15");
        assertThat(STANDARD.convert(new BigDecimal("35"), Unit.parse("microgram/cubic-metre"),
                Unit.parse("gram/litre"))).isEqualByComparingTo("0.000000035");
    }

    @Test
    void symbol_namesTheSubstance() {
        assertThat(STANDARD.symbol(Unit.parse("tonne[co2]/cny*1e4"), "zh")).isEqualTo("吨 (co2)/万元");
        assertThat(STANDARD.symbol(Unit.parse("person[death]/person[live-birth]*1e3"), "en"))
                .isEqualTo("persons (death) per thousand persons (live-birth)");
    }

    @Test
    void standard_givesEveryBaseUnitAChineseAndAnEnglishSymbol() {
        assertThat(STANDARD.baseUnits()).allSatisfy(unit -> {
            assertThat(unit.symbol().get("zh")).as(unit.code()).isPresent();
            assertThat(unit.symbol().get("en")).as(unit.code()).isPresent();
        });
    }

    @ParameterizedTest
    @CsvSource({
        "cny,              currency",
        "usd,              currency",
        "percent,          ratio",
        "per-mille,        ratio",
        "times,            ratio",
        "percentage-point, ratio-difference",
        "household,        count",
        "person,           count",
        "mu,               area",
        "kilometre,        length",
        "day,              duration",
        "tce,              energy",
        "class,            grade",
        "rank,             rank",
    })
    void dimension_isThatOfTheBaseUnit(String code, String dimension) {
        assertThat(STANDARD.dimension(Unit.of(code, 4))).contains(Dimension.ofCode(dimension));
    }

    @Test
    void dimension_isEmptyForAnUnknownCode() {
        assertThat(STANDARD.dimension(Unit.of("bed"))).isEmpty();
    }

    @Test
    void baseUnits_isUnmodifiable() {
        assertThatThrownBy(() -> STANDARD.baseUnits().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    //-----------------------------------------------------------------------
    // find(), knows()
    //-----------------------------------------------------------------------
    @Test
    void find_looksUpByCode() {
        assertThat(STANDARD.find("mu")).hasValueSatisfying(mu -> {
            assertThat(mu.dimension()).isEqualTo(Dimension.AREA);
            assertThat(mu.conversion()).isEqualTo(Conversion.of("square-metre", 10000, 15));
        });
        assertThat(STANDARD.find("bed")).isEmpty();
    }

    @Test
    void knows_requiresTheCodeAndTheDenominatorCode() {
        assertThat(STANDARD.knows(Units.CNY_100M)).isTrue();
        assertThat(STANDARD.knows(Unit.of("sheet").per(Unit.of("person", 3)))).isTrue();
        assertThat(STANDARD.knows(Unit.of("bed"))).isFalse();
        assertThat(STANDARD.knows(Unit.of("sheet").per(Unit.of("bed")))).isFalse();
        assertThat(STANDARD.knows(Unit.of("bed").per(Units.PERSON))).isFalse();
    }

    //-----------------------------------------------------------------------
    // with()
    //-----------------------------------------------------------------------
    @Test
    void with_addsUnitsAndLeavesTheOriginalAlone() {
        BaseUnit bed = BaseUnit.of("bed", Dimension.COUNT, "床", "beds");
        UnitCatalog extended = STANDARD.with(bed);

        assertThat(extended.find("bed")).contains(bed);
        assertThat(STANDARD.find("bed")).isEmpty();
        assertThat(extended.baseUnits()).hasSize(STANDARD.baseUnits().size() + 1).endsWith(bed);
    }

    @Test
    void with_replacesAUnitOfTheSameCode() {
        BaseUnit yuan = new BaseUnit("cny", Dimension.CURRENCY, Text.zh("圆"), null);
        UnitCatalog changed = STANDARD.with(List.of(yuan));

        assertThat(changed.find("cny")).contains(yuan);
        assertThat(changed.baseUnits()).hasSameSizeAs(STANDARD.baseUnits());
    }

    @Test
    void with_convertsUnitsOfOnesOwnIntoStandardOnes() {
        // 一市斤 is half a kilogram
        UnitCatalog catalog = STANDARD.with(
                BaseUnit.of("jin", Dimension.MASS, "斤", "jin").withConversion(Conversion.of("tonne", 1, 2000)));

        assertThat(catalog.convert(new BigDecimal("3"), Unit.of("tonne"), Unit.of("jin"))).isEqualByComparingTo("6000");
        assertThat(catalog.isCompatible(Unit.of("jin"), Unit.of("tonne", 4))).isTrue();
        assertThat(STANDARD.isCompatible(Unit.of("jin"), Unit.of("tonne"))).isFalse();
    }

    @Test
    void with_conversionsInALoopMakeUnitsIncompatibleInsteadOfHanging() {
        UnitCatalog catalog = STANDARD.with(
                BaseUnit.of("a", Dimension.OTHER, "甲", "a").withConversion(Conversion.of("b", 2, 1)),
                BaseUnit.of("b", Dimension.OTHER, "乙", "b").withConversion(Conversion.of("a", 1, 2)));

        assertThat(catalog.isCompatible(Unit.of("a"), Unit.of("b"))).isFalse();
        assertThatThrownBy(() -> catalog.convert(BigDecimal.ONE, Unit.of("a"), Unit.of("b")))
                .isInstanceOf(IncompatibleUnitsException.class);
    }

    //-----------------------------------------------------------------------
    // isCompatible()
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({
        "cny,               cny*1e8,               true",
        "cny*1e4,           cny*1e12,              true",
        "percent,           per-mille,             true",
        "times,             percent,               true",
        "mu*1e4,            hectare,               true",
        "square-kilometre,  mu,                    true",
        "kilometre,         metre,                 true",
        "day,               hour,                  true",
        "age-year,          year,                  true",
        "person*1e4,        person,                true",
        "sheet/person*1e3,  sheet/person,          true",
        "cny/person,        cny*1e4/person*1e4,    true",
        "percent,           percentage-point,      false",
        "per-mille,         percentage-point,      false",
        "cny,               usd,                   false",
        "cny,               person,                false",
        "person,            person-time,           false",
        "establishment,     household,             false",
        "mu,                metre,                 false",
        "year,              day,                   false",
        "grade,             class,                 false",
        "sheet/person,      sheet,                 false",
        "sheet,             sheet/person,          false",
        "sheet/person,      sheet/household,       false",
        "cny,               bed,                   false",
        "bed,               bed*1e4,               false",
    })
    void isCompatible_followsConversionsToTheSameReference(String a, String b, boolean expected) {
        assertThat(STANDARD.isCompatible(Unit.parse(a), Unit.parse(b))).isEqualTo(expected);
        assertThat(STANDARD.isCompatible(Unit.parse(b), Unit.parse(a))).isEqualTo(expected);
    }

    @Test
    void isCompatible_holdsForEqualUnitsEvenWhenUnknown() {
        // converting a value to its own unit is the identity, whatever the unit means
        Unit bed = Unit.of("bed");

        assertThat(STANDARD.isCompatible(bed, bed)).isTrue();
        assertThat(STANDARD.convert(new BigDecimal("12.50"), bed, bed)).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void isCompatible_isFalseForRatesWithAnUnknownDenominatorOfAnotherScale() {
        // regression: the denominators were equal-by-code and so "compatible", and convert failed with a bare NPE
        Unit perBed = Units.CNY.per(Unit.of("bed"));
        Unit tenThousandPerBed = Units.CNY_10K.per(Unit.of("bed"));

        assertThat(STANDARD.isCompatible(perBed, tenThousandPerBed)).isFalse();
        assertThatThrownBy(() -> STANDARD.convert(BigDecimal.ONE, perBed, tenThousandPerBed))
                .isInstanceOf(IncompatibleUnitsException.class);
    }

    //-----------------------------------------------------------------------
    // convert()
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({
        // value, from, to, expected
        "486,        cny*1e8,            cny*1e4,            4860000",
        "486,        cny*1e8,            cny*1e12,           0.0486",
        "1.15,       mu*1e4,             mu,                 11500",
        "1,          hectare,            mu,                 15",
        "1,          hectare,            square-metre,       10000",
        "3,          square-kilometre,   mu,                 4500",
        "1.5,        kilometre,          metre,              1500",
        "17.9,       person*1e4,         person,             179000",
        "2,          times,              percent,            200",
        "25,         per-mille,          percent,            2.5",
        "1,          day,                hour,               24",
        "1,          hour,               minute,             60",
        "3,          age-year,           year,               3",
        "6.5,        sheet/person*1e3,   sheet/person,       0.0065",
        "6.5,        sheet/person*1e3,   sheet/person*1e4,   65",
        "2.4,        cny*1e4/person,     cny/person*1e4,     240000000",
        "1,          square-metre/person, mu/person*1e4,     15",
    })
    void convert_isExactWhenTheResultIsFinite(String value, String from, String to, String expected) {
        BigDecimal result = STANDARD.convert(new BigDecimal(value), Unit.parse(from), Unit.parse(to));

        assertThat(result).isEqualByComparingTo(expected);
    }

    @Test
    void convert_roundsToThirtyFourDigitsWhenTheResultIsInfinite() {
        BigDecimal squareMetres = STANDARD.convert(BigDecimal.ONE, Units.MU, Units.SQUARE_METRE);

        assertThat(squareMetres).isEqualTo(new BigDecimal("10000").divide(new BigDecimal("15"), MathContext.DECIMAL128));
        assertThat(squareMetres.precision()).isEqualTo(34);
    }

    @Test
    void convert_returnsTheValueItselfForTheSameUnit() {
        BigDecimal value = new BigDecimal("4.00");

        assertThat(STANDARD.convert(value, Units.PERCENT, Units.PERCENT)).isSameAs(value);
    }

    @ParameterizedTest
    @CsvSource({
        "percent,      percentage-point",
        "percentage-point, percent",
        "cny,          person",
        "person*1e4,   cny*1e4",
        "cny,          usd",
        "mu,           bed",
        "sheet/person, sheet",
    })
    void convert_rejectsIncompatibleUnitsNamingBoth(String from, String to) {
        assertThatThrownBy(() -> STANDARD.convert(BigDecimal.ONE, Unit.parse(from), Unit.parse(to)))
                .isInstanceOfSatisfying(IncompatibleUnitsException.class, e -> {
                    assertThat(e.from()).isEqualTo(Unit.parse(from));
                    assertThat(e.to()).isEqualTo(Unit.parse(to));
                })
                .hasMessageContaining(from)
                .hasMessageContaining(to);
    }

    //-----------------------------------------------------------------------
    // isExact()
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({
        "cny*1e8,           cny,                true",
        "cny,               cny*1e8,            true",
        "cny*1e4,           cny,                true",
        "hectare,           mu,                 true",
        "mu,                hectare,            false",
        "square-metre,      mu,                 true",
        "mu,                square-metre,       false",
        "kilometre,         metre,              true",
        "metre,             kilometre,          true",
        "hour,              minute,             true",
        "minute,            hour,               false",
        "percent,           per-mille,          true",
        "sheet/person*1e3,  sheet/person*1e4,   true",
        "sheet/person*1e4,  sheet/person*1e3,   true",
        "percent,           percent,            true",
    })
    void isExact_tellsWhetherTheRatioIsAFiniteDecimal(String from, String to, boolean expected) {
        assertThat(STANDARD.isExact(Unit.parse(from), Unit.parse(to))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        // 34 nines: 2 of them convert to 19.99…98, which has 35 digits and is still exact
        "9.999999999999999999999999999999999",
        "1.000000000000000000000000000000000000001",
    })
    void isExact_isTrueForAFiniteRatioOfThirtyFourDigitsOrMore(String factor) {
        // regression: a ratio of 34 digits or more was taken for a rounded one
        BigDecimal ratio = new BigDecimal(factor);
        UnitCatalog catalog = STANDARD.with(BaseUnit.of("nine", Dimension.MASS, "九", "nine")
                .withConversion(Conversion.of("tonne", ratio)));
        Unit nine = Unit.of("nine");
        Unit tonne = Unit.of("tonne");

        assertThat(catalog.convert(BigDecimal.valueOf(2), nine, tonne))
                .isEqualByComparingTo(BigDecimal.valueOf(2).multiply(ratio));
        assertThat(catalog.isExact(nine, tonne)).isTrue();
        // the other way the ratio 1/factor does not terminate
        assertThat(catalog.isExact(tonne, nine)).isFalse();
    }

    @Test
    void isExact_rejectsIncompatibleUnits() {
        assertThatThrownBy(() -> STANDARD.isExact(Units.PERCENT, Units.PERCENTAGE_POINT))
                .isInstanceOf(IncompatibleUnitsException.class);
    }

    /** Pairs of compatible units, scaled at random below. */
    private static final String[][] FAMILIES = {
        {"cny"},
        {"person"},
        {"percent", "per-mille", "times"},
        {"square-metre", "mu", "hectare", "square-kilometre"},
        {"metre", "kilometre"},
        {"minute", "hour", "day"},
        {"sheet/person", "sheet/household"},
    };

    @Test
    void convert_roundTripIsExactWhereIsExactSaysSoAndCloseOtherwise() {
        SplittableRandom random = new SplittableRandom(0x5DB1L);
        int exact = 0;
        int inexact = 0;
        for (int i = 0; i < 5_000; i++) {
            String[] family = FAMILIES[random.nextInt(FAMILIES.length)];
            Unit a = randomScale(Unit.parse(family[random.nextInt(family.length)]), random);
            Unit b = randomScale(Unit.parse(family[random.nextInt(family.length)]), random);
            if (!STANDARD.isCompatible(a, b)) {
                continue;
            }
            BigDecimal value = randomDecimal(random);

            BigDecimal there = STANDARD.convert(value, a, b);
            BigDecimal back = STANDARD.convert(there, b, a);

            if (STANDARD.isExact(a, b)) {
                exact++;
                assertThat(back).as("%s %s -> %s -> %s", value, a, b, a).isEqualByComparingTo(value);
            } else {
                inexact++;
                assertThat(relativeError(back, value)).as("%s %s -> %s -> %s", value, a, b, a)
                        .isLessThanOrEqualTo(RELATIVE_TOLERANCE);
            }
        }
        assertThat(exact).isGreaterThan(1_000);
        assertThat(inexact).isGreaterThan(100);
    }

    @Test
    void convert_muToSquareMetreAndBackIsWithinTheTolerance() {
        SplittableRandom random = new SplittableRandom(15L);
        for (int i = 0; i < 1_000; i++) {
            BigDecimal mu = randomDecimal(random);
            BigDecimal back = STANDARD.convert(STANDARD.convert(mu, Units.MU, Units.SQUARE_METRE), Units.SQUARE_METRE,
                    Units.MU);

            assertThat(relativeError(back, mu)).as("%s mu", mu).isLessThanOrEqualTo(RELATIVE_TOLERANCE);
        }
    }

    @Test
    void convert_scaleChangesAgreeWithMovingTheDecimalPoint() {
        SplittableRandom random = new SplittableRandom(8L);
        for (int i = 0; i < 1_000; i++) {
            BigDecimal value = randomDecimal(random);
            int from = random.nextInt(-30, 31);
            int to = random.nextInt(-30, 31);

            assertThat(STANDARD.convert(value, Units.CNY.withScale(from), Units.CNY.withScale(to)))
                    .isEqualByComparingTo(value.movePointRight(from - to));
        }
    }

    //-----------------------------------------------------------------------
    // symbol()
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({
        "cny*1e8,           zh,      亿元",
        "cny*1e4,           zh,      万元",
        "cny*1e12,          zh,      万亿元",
        "cny,               zh-Hans, 元",
        "person*1e4,        zh,      万人",
        "mu*1e4,            zh,      万亩",
        "sheet/person*1e3,  zh,      张/千人",
        "percent,           zh,      %",
        "percentage-point,  zh,      个百分点",
        "cny*1e5,           zh,      ×10^5元",
        "cny*1e8,           en,      100 million CNY",
        "cny*1e4,           en,      10 thousand CNY",
        "person*1e4,        en-GB,   10 thousand persons",
        "sheet/person*1e3,  en,      sheets per thousand persons",
        "cny*1e5,           en,      ×10^5 CNY",
        "mu,                fr,      mu",
    })
    void symbol_writesTheUnitForPeople(String unit, String language, String expected) {
        assertThat(STANDARD.symbol(Unit.parse(unit), language)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "bed,              zh",
        "bed*1e4,          zh",
        "bed/person*1e3,   en",
        "sheet/bed*1e3,    zh",
    })
    void symbol_isTheCanonicalTextForAnUnknownCode(String unit, String language) {
        assertThat(STANDARD.symbol(Unit.parse(unit), language)).isEqualTo(unit);
    }

    //-----------------------------------------------------------------------
    // null arguments
    //-----------------------------------------------------------------------
    static Stream<Arguments> nullArguments() {
        BigDecimal one = BigDecimal.ONE;
        return Stream.of(
                arguments((ThrowingCallable) () -> STANDARD.with((BaseUnit[]) null), "additions"),
                arguments((ThrowingCallable) () -> STANDARD.with((List<BaseUnit>) null), "additions"),
                arguments((ThrowingCallable) () -> STANDARD.with(Arrays.asList((BaseUnit) null,
                        BaseUnit.of("bed", Dimension.COUNT, "床", "beds"))), "additions[0]"),
                arguments((ThrowingCallable) () -> STANDARD.with(BaseUnit.of("bed", Dimension.COUNT, "床", "beds"),
                        null), "additions[1]"),
                arguments((ThrowingCallable) () -> STANDARD.find(null), "code"),
                arguments((ThrowingCallable) () -> STANDARD.knows(null), "unit"),
                arguments((ThrowingCallable) () -> STANDARD.dimension(null), "unit"),
                arguments((ThrowingCallable) () -> STANDARD.isCompatible(null, Units.CNY), "a"),
                arguments((ThrowingCallable) () -> STANDARD.isCompatible(Units.CNY, null), "b"),
                arguments((ThrowingCallable) () -> STANDARD.convert(null, Units.CNY, Units.CNY), "value"),
                arguments((ThrowingCallable) () -> STANDARD.convert(one, null, Units.CNY), "from"),
                arguments((ThrowingCallable) () -> STANDARD.convert(one, Units.CNY, null), "to"),
                arguments((ThrowingCallable) () -> STANDARD.isExact(null, Units.CNY), "from"),
                arguments((ThrowingCallable) () -> STANDARD.isExact(Units.CNY, null), "to"),
                arguments((ThrowingCallable) () -> STANDARD.symbol(null, "zh"), "unit"),
                arguments((ThrowingCallable) () -> STANDARD.symbol(Units.CNY, null), "languageTag"));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void methods_rejectNullNamingTheParameter(ThrowingCallable call, String parameter) {
        assertThatNullPointerException().isThrownBy(call).withMessage(parameter);
    }

    //-----------------------------------------------------------------------
    // helpers
    //-----------------------------------------------------------------------
    private static Unit randomScale(Unit unit, SplittableRandom random) {
        Unit scaled = unit.withScale(random.nextInt(-12, 13));
        return unit.per() == null ? scaled : new Unit(scaled.code(), scaled.scale(),
                unit.per().withScale(random.nextInt(-6, 7)));
    }

    /** A non-zero decimal of 1 to 30 digits at a scale from −10 to 20, either sign. */
    static BigDecimal randomDecimal(SplittableRandom random) {
        int digits = random.nextInt(1, 31);
        BigInteger unscaled;
        do {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < digits; i++) {
                s.append((char) ('0' + random.nextInt(10)));
            }
            unscaled = new BigInteger(s.toString());
        } while (unscaled.signum() == 0);
        return new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(-10, 21));
    }

    static BigDecimal relativeError(BigDecimal actual, BigDecimal expected) {
        return actual.subtract(expected).abs().divide(expected.abs(), MathContext.DECIMAL64);
    }
}
