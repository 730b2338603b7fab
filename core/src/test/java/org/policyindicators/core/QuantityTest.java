package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    private static final Quantity GDP_2020 = Quantity.of(486, Units.CNY_100M);

    //-----------------------------------------------------------------------
    // of()
    //-----------------------------------------------------------------------
    @Test
    void of_keepsTheValueWithItsScale() {
        Quantity rate = Quantity.of("4.0", Units.PERCENT);

        assertThat(rate.value()).isEqualTo(new BigDecimal("4.0"));
        assertThat(rate.value().scale()).isEqualTo(1);
        assertThat(rate.unit()).isEqualTo(Units.PERCENT);
    }

    @Test
    void of_agreesAcrossItsForms() {
        assertThat(Quantity.of(227, Units.HOUSEHOLD))
                .isEqualTo(Quantity.of("227", Units.HOUSEHOLD))
                .isEqualTo(Quantity.of(new BigDecimal("227"), Units.HOUSEHOLD))
                .isEqualTo(new Quantity(BigDecimal.valueOf(227), Units.HOUSEHOLD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1", "1 ", "1,000", "NaN", "Infinity", "4.0%", "0x10", "1e", "--1"})
    void of_rejectsTextThatIsNoDecimal(String text) {
        assertThatThrownBy(() -> Quantity.of(text, Units.PERCENT))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void of_rejectsOverlongTextShowingOnlyItsStart() {
        String text = "1".repeat(1001);

        assertThatThrownBy(() -> Quantity.of(text, Units.PERCENT))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("1".repeat(40) + "…")
                .hasMessageNotContaining("1".repeat(41));
    }

    @Test
    void of_acceptsTextOfExactlyTheCanonicalLengthLimit() {
        String text = "1".repeat(DecimalText.MAX_CANONICAL_PLAIN_LENGTH);

        assertThat(Quantity.of(text, Units.PERCENT).value()).isEqualByComparingTo(new BigDecimal(text));
    }

    @Test
    void of_rejectsBadTextOfFortyCharactersShowingItWhole() {
        String text = "1".repeat(39) + "x";

        assertThatThrownBy(() -> Quantity.of(text, Units.PERCENT))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageNotContaining("…");
    }

    static Stream<Arguments> nullArguments() {
        return Stream.of(
                arguments((ThrowingCallable) () -> new Quantity(null, Units.CNY), "value"),
                arguments((ThrowingCallable) () -> new Quantity(BigDecimal.ONE, null), "unit"),
                arguments((ThrowingCallable) () -> Quantity.of((BigDecimal) null, Units.CNY), "value"),
                arguments((ThrowingCallable) () -> Quantity.of(BigDecimal.ONE, null), "unit"),
                arguments((ThrowingCallable) () -> Quantity.of((String) null, Units.CNY), "value"),
                arguments((ThrowingCallable) () -> Quantity.of("1", null), "unit"),
                arguments((ThrowingCallable) () -> Quantity.of(1L, null), "unit"),
                arguments((ThrowingCallable) () -> Quantity.parse(null), "text"),
                arguments((ThrowingCallable) () -> GDP_2020.to(null), "target"),
                arguments((ThrowingCallable) () -> GDP_2020.plus(null), "other"),
                arguments((ThrowingCallable) () -> GDP_2020.minus(null), "other"),
                arguments((ThrowingCallable) () -> GDP_2020.multipliedBy(null), "factor"),
                arguments((ThrowingCallable) () -> GDP_2020.compareAmountTo(null), "other"));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void factoriesAndMethods_rejectNullNamingTheParameter(ThrowingCallable call, String parameter) {
        assertThatNullPointerException().isThrownBy(call).withMessage(parameter);
    }

    //-----------------------------------------------------------------------
    // parse(), toString()
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({
        "486 cny*1e8,             486,    cny*1e8",
        "4.0 percent,             4.0,    percent",
        "-13.5 percent,           -13.5,  percent",
        "6.5 sheet/person*1e3,    6.5,    sheet/person*1e3",
        "1.15 mu*1e4,             1.15,   mu*1e4",
        "1E+3 cny,                1000,   cny",
    })
    void parse_readsValueAndUnit(String text, String value, String unit) {
        assertThat(Quantity.parse(text)).isEqualTo(Quantity.of(value, Unit.parse(unit)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"486", "486cny", "486  cny", "486 元", "亿元 486", " 486 cny", "486 cny ", "x cny", ""})
    void parse_rejectsOtherText(String text) {
        assertThatThrownBy(() -> Quantity.parse(text)).isInstanceOf(PolicyException.class);
    }

    @Test
    void parse_ofTextStartingWithASpace_saysItIsNoQuantity() {
        assertThatThrownBy(() -> Quantity.parse(" 486 cny"))
                .isInstanceOf(PolicyException.class)
                .hasMessage("Text ' 486 cny' is not a quantity such as '486 cny*1e8'");
    }

    @Test
    void toString_isThePlainValueASpaceAndTheUnit() {
        assertThat(GDP_2020).hasToString("486 cny*1e8");
        assertThat(Quantity.of("4.0", Units.PERCENT)).hasToString("4.0 percent");
        assertThat(Quantity.of(new BigDecimal("1E+3"), Units.CNY)).hasToString("1000 cny");
        assertThat(Quantity.of(new BigDecimal("1E-7"), Units.CNY)).hasToString("0.0000001 cny");
    }

    @Test
    void parse_readsBackToString() {
        SplittableRandom random = new SplittableRandom(354L);
        List<Unit> units = List.of(Units.CNY_100M, Units.PERCENT, Units.PERSON_10K, Unit.parse("sheet/person*1e3"));
        for (int i = 0; i < 2_000; i++) {
            Quantity quantity = Quantity.of(UnitCatalogTest.randomDecimal(random), units.get(random.nextInt(units.size())));

            assertThat(Quantity.parse(quantity.toString())).isEqualTo(quantity);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+5000", "-7.25E+2000", "1E-5000", "123456789E-1500", "1E+999999999"})
    void toString_staysShortAndReadableForExtremeExponents(String value) {
        // regression: the plain text of 1E+999999999 has a billion digits, and of 1E+5000 more than parse reads
        Quantity quantity = Quantity.of(new BigDecimal(value), Units.CNY);

        String text = quantity.toString();

        assertThat(text).hasSizeLessThan(100);
        assertThat(Quantity.parse(text)).isEqualTo(quantity);
    }

    //-----------------------------------------------------------------------
    // equals() and hashCode()
    //-----------------------------------------------------------------------
    static Stream<List<Quantity>> equalityGroups() {
        return Stream.of(
                List.of(Quantity.of("1.0", Units.PERCENT), Quantity.of("1.00", Units.PERCENT),
                        Quantity.of("1", Units.PERCENT), Quantity.of(new BigDecimal("0.1E+1"), Units.PERCENT)),
                List.of(Quantity.of("100", Units.CNY), Quantity.of(new BigDecimal("1E+2"), Units.CNY),
                        Quantity.of("100.000", Units.CNY)),
                List.of(Quantity.of("0", Units.PERSON), Quantity.of("0.00", Units.PERSON),
                        Quantity.of(new BigDecimal("0E+3"), Units.PERSON), Quantity.of("-0.0", Units.PERSON)),
                List.of(Quantity.of("17.9", Units.PERSON_10K), Quantity.of("17.90", Units.PERSON_10K)));
    }

    @ParameterizedTest
    @MethodSource("equalityGroups")
    void equals_holdsWithinAGroupWithEqualHashCodes(List<Quantity> group) {
        for (Quantity a : group) {
            for (Quantity b : group) {
                assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
            }
        }
    }

    @Test
    void equals_differsAcrossGroups() {
        List<List<Quantity>> groups = equalityGroups().toList();
        for (int i = 0; i < groups.size(); i++) {
            for (int j = 0; j < groups.size(); j++) {
                if (i != j) {
                    for (Quantity a : groups.get(i)) {
                        assertThat(groups.get(j)).doesNotContain(a);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "1,     cny*1e4,    10000, cny",
        "1,     hectare,    15,    mu",
        "2,     times,      200,   percent",
        "1,     percent,    1,     percentage-point",
        "1,     household,  1,     establishment",
        "0,     cny,        0,     usd",
    })
    void equals_isFalseForDifferentUnitsEvenWhenTheAmountsAgree(String a, String unitA, String b, String unitB) {
        Quantity first = Quantity.of(a, Unit.parse(unitA));
        Quantity second = Quantity.of(b, Unit.parse(unitB));

        assertThat(first).isNotEqualTo(second);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void equals_isFalseForNullAndOtherTypes() {
        assertThat(GDP_2020.equals(null)).isFalse();
        assertThat(GDP_2020.equals(new BigDecimal("486"))).isFalse();
    }

    @Test
    void hashCode_agreesWithEqualsForRandomRescaledValues() {
        SplittableRandom random = new SplittableRandom(354354L);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal value = UnitCatalogTest.randomDecimal(random);
            BigDecimal rescaled = value.setScale(value.scale() + random.nextInt(0, 10));
            Quantity a = Quantity.of(value, Units.CNY_10K);
            Quantity b = Quantity.of(rescaled, Units.CNY_10K);

            assertThat(a).isEqualTo(b);
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
    }

    @Test
    void hashCode_spreadsDifferentValuesOfOneUnit() {
        // equal hashes for all would still be correct, but would make every hash table of quantities a list
        java.util.Set<Integer> hashes = new java.util.HashSet<>();
        for (int i = 1; i <= 100; i++) {
            hashes.add(Quantity.of(BigDecimal.valueOf(i), Units.CNY).hashCode());
        }

        assertThat(hashes).hasSizeGreaterThan(90);
    }

    //-----------------------------------------------------------------------
    // to()
    //-----------------------------------------------------------------------
    @Test
    void to_convertsWithTheStandardCatalogue() {
        assertThat(GDP_2020.to(Units.CNY_10K)).isEqualTo(Quantity.of(4_860_000, Units.CNY_10K));
        assertThat(Quantity.of("1.15", Units.MU_10K).to(Units.MU)).isEqualTo(Quantity.of(11_500, Units.MU));
    }

    @Test
    void to_rejectsIncompatibleUnitsNamingBoth() {
        assertThatThrownBy(() -> Quantity.of("4.0", Units.PERCENT).to(Units.PERCENTAGE_POINT))
                .isInstanceOf(IncompatibleUnitsException.class)
                .hasMessageContaining("percent")
                .hasMessageContaining("percentage-point");
    }

    //-----------------------------------------------------------------------
    // plus(), minus(), multipliedBy()
    //-----------------------------------------------------------------------
    @Test
    void plus_addsThePartsOfPensionEnrolmentInTenThousandPersons() {
        // 基本养老保险参保人数达17.9万人, 其中企业9.8万人, 机关事业单位1.1万人, 城乡居民6.9万人
        Quantity whole = Quantity.of("17.9", Units.PERSON_10K);
        Quantity parts = Quantity.of("9.8", Units.PERSON_10K)
                .plus(Quantity.of("1.1", Units.PERSON_10K))
                .plus(Quantity.of("6.9", Units.PERSON_10K));

        assertThat(parts).isEqualTo(Quantity.of("17.8", Units.PERSON_10K));
        assertThat(whole.minus(parts)).isEqualTo(Quantity.of("0.1", Units.PERSON_10K));
        assertThat(whole.minus(parts).to(Units.PERSON)).isEqualTo(Quantity.of(1_000, Units.PERSON));
    }

    @Test
    void plus_convertsTheOtherToThisUnit() {
        Quantity sum = Quantity.of(1, Units.CNY_100M).plus(Quantity.of(5_000, Units.CNY_10K));

        assertThat(sum).isEqualTo(Quantity.of("1.5", Units.CNY_100M));
        assertThat(sum.unit()).isEqualTo(Units.CNY_100M);
    }

    @Test
    void minus_convertsTheOtherToThisUnit() {
        // 地区生产总值从347亿元增长到486亿元: an increase of 139 亿元
        Quantity increase = GDP_2020.minus(Quantity.of(3_470_000, Units.CNY_10K));

        assertThat(increase).isEqualTo(Quantity.of(139, Units.CNY_100M));
    }

    static Stream<Arguments> incompatiblePairs() {
        return Stream.of(
                arguments(Quantity.of("4.0", Units.PERCENT), Quantity.of("0.5", Units.PERCENTAGE_POINT)),
                arguments(Quantity.of("0.5", Units.PERCENTAGE_POINT), Quantity.of("4.0", Units.PERCENT)),
                arguments(Quantity.of(486, Units.CNY_100M), Quantity.of(17, Units.PERSON_10K)),
                arguments(Quantity.of(17, Units.PERSON), Quantity.of(486, Units.CNY)),
                arguments(Quantity.of(1, Units.CNY), Quantity.of(1, Units.USD)),
                arguments(Quantity.of(1, Unit.parse("sheet/person*1e3")), Quantity.of(1, Unit.of("sheet"))));
    }

    @ParameterizedTest
    @MethodSource("incompatiblePairs")
    void plusMinusAndCompareTo_rejectIncompatibleUnitsNamingBoth(Quantity a, Quantity b) {
        List<ThrowingCallable> calls = List.of(() -> a.plus(b), () -> a.minus(b), () -> a.compareAmountTo(b));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call)
                    .isInstanceOfSatisfying(IncompatibleUnitsException.class, e ->
                            assertThat(List.of(e.from(), e.to())).containsExactlyInAnyOrder(a.unit(), b.unit()))
                    .hasMessageContaining(a.unit().toString())
                    .hasMessageContaining(b.unit().toString());
        }
    }

    @Test
    void multipliedBy_isExact() {
        // 地区生产总值翻一番: 486 亿元 × 2
        assertThat(GDP_2020.multipliedBy(BigDecimal.valueOf(2))).isEqualTo(Quantity.of(972, Units.CNY_100M));
        assertThat(Quantity.of("1.1", Units.CNY).multipliedBy(new BigDecimal("1.1")).value())
                .isEqualTo(new BigDecimal("1.21"));
    }

    @Test
    void plusAndMinus_areExactAndInverseForRandomValues() {
        SplittableRandom random = new SplittableRandom(17_9L);
        for (int i = 0; i < 2_000; i++) {
            Quantity a = Quantity.of(UnitCatalogTest.randomDecimal(random), Units.PERSON_10K);
            Quantity b = Quantity.of(UnitCatalogTest.randomDecimal(random), random.nextBoolean() ? Units.PERSON
                    : Units.PERSON_10K);

            assertThat(a.plus(b).minus(b)).isEqualTo(a);
            assertThat(a.plus(b).compareAmountTo(a) > 0).isEqualTo(b.value().signum() > 0);
        }
    }

    //-----------------------------------------------------------------------
    // compareAmountTo(), isZero()
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({
        "1,        cny*1e8,       9999,         cny*1e4,   1",
        "1,        cny*1e8,       10000,        cny*1e4,   0",
        "1,        cny*1e8,       10000.01,     cny*1e4,   -1",
        "4.0,      percent,       40,           per-mille, 0",
        "1,        hectare,       15,           mu,        0",
        "1,        mu,            666.67,       square-metre, -1",
        "1,        mu,            666.66,       square-metre, 1",
        "-1,       cny,           0,            cny,       -1",
    })
    void compareAmountTo_comparesAmountsAcrossUnits(String a, String unitA, String b, String unitB, int expected) {
        Quantity first = Quantity.of(a, Unit.parse(unitA));
        Quantity second = Quantity.of(b, Unit.parse(unitB));

        assertThat(Integer.signum(first.compareAmountTo(second))).isEqualTo(expected);
        assertThat(Integer.signum(second.compareAmountTo(first))).isEqualTo(-expected);
    }

    @Test
    void compareAmountTo_isAntisymmetricEvenWhereAConversionRounds() {
        // regression: 1 亩 and 666.666…67 平方米 compared equal one way and unequal the other,
        // because each side converted the other and 亩 → 平方米 rounds
        Quantity mu = Quantity.of(1, Units.MU);
        Quantity roundedSquareMetres = mu.to(Units.SQUARE_METRE);

        assertThat(Integer.signum(mu.compareAmountTo(roundedSquareMetres)))
                .isEqualTo(-Integer.signum(roundedSquareMetres.compareAmountTo(mu)));
    }

    @Test
    void compareAmountTo_isAntisymmetricAndTransitiveForRandomAreas() {
        SplittableRandom random = new SplittableRandom(10_000L / 15);
        List<Unit> units = List.of(Units.MU, Units.MU_10K, Units.SQUARE_METRE, Units.HECTARE, Unit.of("square-kilometre"));
        for (int i = 0; i < 2_000; i++) {
            Quantity a = Quantity.of(UnitCatalogTest.randomDecimal(random), units.get(random.nextInt(units.size())));
            Unit other = units.get(random.nextInt(units.size()));
            // a neighbour of a's amount in another unit, rounded by the conversion
            Quantity b = a.to(other);
            Quantity c = b.to(units.get(random.nextInt(units.size())));

            assertThat(Integer.signum(a.compareAmountTo(b))).as("%s vs %s", a, b).isEqualTo(-Integer.signum(b.compareAmountTo(a)));
            assertThat(Integer.signum(b.compareAmountTo(c))).as("%s vs %s", b, c).isEqualTo(-Integer.signum(c.compareAmountTo(b)));
            if (a.compareAmountTo(b) <= 0 && b.compareAmountTo(c) <= 0) {
                assertThat(a.compareAmountTo(c)).as("%s <= %s <= %s", a, b, c).isLessThanOrEqualTo(0);
            }
            if (a.compareAmountTo(b) >= 0 && b.compareAmountTo(c) >= 0) {
                assertThat(a.compareAmountTo(c)).as("%s >= %s >= %s", a, b, c).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void compareAmountTo_isZeroForEqualQuantities() {
        equalityGroups().forEach(group -> group.forEach(a -> group.forEach(b ->
                assertThat(a.compareAmountTo(b)).isZero())));
    }

    @ParameterizedTest
    @CsvSource({
        "1,      cny*1e4,  9999,   cny,   true,  false",
        "1,      cny*1e4,  10000,  cny,   false, false",
        "1,      cny*1e4,  10001,  cny,   false, true",
        "4.0,    percent,  4.00,   percent, false, false",
        "-0.5,   percent,  -0.4,   percent, false, true",
    })
    void isGreaterThanAndIsLessThan_compareAmountsAndAreStrict(String a, String unitA, String b, String unitB,
            boolean greater, boolean less) {
        Quantity first = Quantity.of(a, Unit.parse(unitA));
        Quantity second = Quantity.of(b, Unit.parse(unitB));

        assertThat(first.isGreaterThan(second)).isEqualTo(greater);
        assertThat(first.isLessThan(second)).isEqualTo(less);
        assertThat(second.isLessThan(first)).isEqualTo(greater);
        assertThat(second.isGreaterThan(first)).isEqualTo(less);
    }

    @Test
    void isGreaterThan_refusesIncompatibleUnits() {
        assertThatThrownBy(() -> Quantity.of(1, Units.PERSON).isGreaterThan(Quantity.of(1, Units.CNY)))
                .isInstanceOf(IncompatibleUnitsException.class);
    }

    //-----------------------------------------------------------------------
    // compareTo(): the natural order, consistent with equals
    //-----------------------------------------------------------------------
    @Test
    void compareTo_keepsTheSameAmountInTwoUnitsApartSoASortedSetHoldsBoth() {
        Quantity tenThousandYuan = Quantity.of(10_000, Units.CNY);
        Quantity oneWanYuan = Quantity.of(1, Unit.of("cny", 4));

        TreeSet<Quantity> set = new TreeSet<>(List.of(tenThousandYuan, oneWanYuan));

        assertThat(tenThousandYuan.compareAmountTo(oneWanYuan)).isZero();
        assertThat(tenThousandYuan.compareTo(oneWanYuan)).isNotZero();
        assertThat(set).containsExactlyInAnyOrder(tenThousandYuan, oneWanYuan);
    }

    @Test
    void compareTo_ordersOneUnitByAmountWhateverTheScale() {
        List<Quantity> sorted = new ArrayList<>(List.of(Quantity.of("4.10", Units.PERCENT),
                Quantity.of("-2", Units.PERCENT), Quantity.of("4.1", Units.PERCENT), Quantity.of("4.05", Units.PERCENT)));
        Collections.sort(sorted);

        assertThat(sorted).extracting(q -> q.value().toPlainString()).containsExactly("-2", "4.05", "4.10", "4.1");
        assertThat(Quantity.of("4.10", Units.PERCENT).compareTo(Quantity.of("4.1", Units.PERCENT))).isZero();
    }

    @Test
    void compareTo_ordersDifferentUnitsByTheirTextNotByAmount() {
        // "cny" sorts before "cny*1e4" although 2 元 is less than 1 万元 and 20000 元 is more
        Quantity wan = Quantity.of(1, Unit.of("cny", 4));

        assertThat(Quantity.of(2, Units.CNY)).isLessThan(wan);
        assertThat(Quantity.of(20_000, Units.CNY)).isLessThan(wan);
    }

    @Test
    void compareTo_isZeroExactlyWhenEqualAndIsATotalOrderForRandomQuantities() {
        SplittableRandom random = new SplittableRandom(1_2_0L);
        List<Unit> units = List.of(Units.CNY, Unit.of("cny", 4), Unit.of("cny", 8), Units.PERCENT, Units.PERSON,
                Units.MU, Units.SQUARE_METRE);
        for (int i = 0; i < 2_000; i++) {
            Quantity a = Quantity.of(BigDecimal.valueOf(random.nextInt(-3, 4), random.nextInt(0, 3)),
                    units.get(random.nextInt(units.size())));
            Quantity b = Quantity.of(BigDecimal.valueOf(random.nextInt(-3, 4), random.nextInt(0, 3)),
                    units.get(random.nextInt(units.size())));
            Quantity c = Quantity.of(BigDecimal.valueOf(random.nextInt(-3, 4), random.nextInt(0, 3)),
                    units.get(random.nextInt(units.size())));

            assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
            assertThat(Integer.signum(a.compareTo(b))).as("%s vs %s", a, b).isEqualTo(-Integer.signum(b.compareTo(a)));
            if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                assertThat(a.compareTo(c)).as("%s <= %s <= %s", a, b, c).isLessThanOrEqualTo(0);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000", "-0", "0E+5", "0E-5"})
    void isZero_isTrueForZeroAtAnyScale(String value) {
        assertThat(Quantity.of(value, Units.PERSON).isZero()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "-0.001", "1E-30"})
    void isZero_isFalseOtherwise(String value) {
        assertThat(Quantity.of(value, Units.PERSON).isZero()).isFalse();
    }
}
