package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

    private static final Unit BEDS_PER_THOUSAND = Unit.of("sheet").per(Unit.of("person", 3));

    //-----------------------------------------------------------------------
    // of(), constructor
    //-----------------------------------------------------------------------
    @Test
    void of_withoutScaleHasScaleZeroAndNoDenominator() {
        Unit unit = Unit.of("cny");

        assertThat(unit.code()).isEqualTo("cny");
        assertThat(unit.scale()).isZero();
        assertThat(unit.per()).isNull();
        assertThat(unit.isRate()).isFalse();
    }

    @Test
    void of_keepsTheScale() {
        assertThat(Unit.of("cny", 8)).isEqualTo(new Unit("cny", 8, null)).isEqualTo(Units.CNY_100M);
    }

    @ParameterizedTest
    @ValueSource(ints = {-30, -1, 0, 4, 8, 12, 30})
    void of_acceptsScalesWithinThirty(int scale) {
        assertThat(Unit.of("cny", scale).scale()).isEqualTo(scale);
    }

    @ParameterizedTest
    @ValueSource(ints = {-31, 31, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void of_rejectsScalesBeyondThirty(int scale) {
        assertThatThrownBy(() -> Unit.of("cny", scale))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining(String.valueOf(scale));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cny", "square-metre", "per-mille", "m2", "a", "x1-y2"})
    void of_acceptsKebabCaseCodes(String code) {
        assertThat(Unit.of(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CNY", "square_metre", "-cny", "cny-", "square--metre", "1cny", "元", "cny ", "c*1e4"})
    void of_rejectsOtherCodes(String code) {
        assertThatThrownBy(() -> Unit.of(code))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("'" + code + "'");
    }

    @Test
    void constructor_rejectsADenominatorWithADenominator() {
        assertThatThrownBy(() -> new Unit("cny", 0, BEDS_PER_THOUSAND))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("sheet/person*1e3");
        assertThatThrownBy(() -> Units.CNY.per(BEDS_PER_THOUSAND)).isInstanceOf(PolicyException.class);
    }

    static Stream<Arguments> nullArguments() {
        return Stream.of(
                arguments((ThrowingCallable) () -> new Unit(null, 0, null), "code"),
                arguments((ThrowingCallable) () -> Unit.of(null), "code"),
                arguments((ThrowingCallable) () -> Unit.of(null, 4), "code"),
                arguments((ThrowingCallable) () -> Unit.parse(null), "text"),
                arguments((ThrowingCallable) () -> Units.CNY.per(null), "denominator"));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void factoriesAndMethods_rejectNullNamingTheParameter(ThrowingCallable call, String parameter) {
        assertThatNullPointerException().isThrownBy(call).withMessage(parameter);
    }

    //-----------------------------------------------------------------------
    // per(), withScale(), isRate()
    //-----------------------------------------------------------------------
    @Test
    void per_makesARate() {
        assertThat(BEDS_PER_THOUSAND.isRate()).isTrue();
        assertThat(BEDS_PER_THOUSAND.per()).isEqualTo(Unit.of("person", 3));
        assertThat(BEDS_PER_THOUSAND.code()).isEqualTo("sheet");
    }

    @Test
    void withScale_keepsCodeAndDenominator() {
        Unit scaled = BEDS_PER_THOUSAND.withScale(4);

        assertThat(scaled).isEqualTo(new Unit("sheet", 4, Unit.of("person", 3)));
        assertThat(BEDS_PER_THOUSAND.scale()).isZero();
    }

    @Test
    void withScale_rejectsScalesBeyondThirty() {
        assertThatThrownBy(() -> Units.CNY.withScale(31)).isInstanceOf(PolicyException.class);
    }

    //-----------------------------------------------------------------------
    // parse(), toString()
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({
        "cny,                 cny,          0,  ,       0",
        "cny*1e8,             cny,          8,  ,       0",
        "cny*1e-2,            cny,          -2, ,       0",
        "sheet/person*1e3,    sheet,        0,  person, 3",
        "cny*1e4/person,      cny,          4,  person, 0",
        "cny*1e4/person*1e4,  cny,          4,  person, 4",
        "square-metre/person, square-metre, 0,  person, 0",
        "cny*1e08,            cny,          8,  ,       0",
    })
    void parse_readsCodeScaleAndDenominator(String text, String code, int scale, String perCode, int perScale) {
        Unit expected = new Unit(code, scale, perCode == null ? null : Unit.of(perCode, perScale));

        assertThat(Unit.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*1e8", "cny*1e", "cny*1e+8", "cny*1e100", "cny*1e31", "cny*10e8", "cny*1E8",
        "cny/", "/person", "cny/person/day", "sheet/person*1e3/x", "元", "cny *1e8", "cny*1e8 ", "cny*1e4*1e4",
        "ton[co2]ne", "[co2]tonne", "tonne*1e4[co2]", "tonne[co2]x", "tonne[co2]/cny[x]y"})
    void parse_rejectsOtherText(String text) {
        assertThatThrownBy(() -> Unit.parse(text))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void toString_isTheCanonicalText() {
        assertThat(Units.CNY).hasToString("cny");
        assertThat(Units.CNY_100M).hasToString("cny*1e8");
        assertThat(Unit.of("cny", -2)).hasToString("cny*1e-2");
        assertThat(BEDS_PER_THOUSAND).hasToString("sheet/person*1e3");
    }

    @Test
    void parse_readsBackToString() {
        String[] codes = {"cny", "person", "square-metre", "mu", "per-mille", "x9"};
        SplittableRandom random = new SplittableRandom(385L);
        for (int i = 0; i < 2_000; i++) {
            Unit unit = Unit.of(codes[random.nextInt(codes.length)], random.nextInt(-30, 31));
            if (random.nextBoolean()) {
                unit = unit.per(Unit.of(codes[random.nextInt(codes.length)], random.nextInt(-30, 31)));
            }

            assertThat(Unit.parse(unit.toString())).isEqualTo(unit);
        }
    }

    //-----------------------------------------------------------------------
    // equals() and hashCode()
    //-----------------------------------------------------------------------
    @Test
    void equals_comparesCodeScaleAndDenominator() {
        assertThat(Unit.of("cny", 4)).isEqualTo(Unit.parse("cny*1e4")).hasSameHashCodeAs(Unit.parse("cny*1e4"))
                .isNotEqualTo(Unit.of("cny"))
                .isNotEqualTo(Unit.of("usd", 4))
                .isNotEqualTo(Unit.of("cny", 4).per(Units.PERSON));
        assertThat(BEDS_PER_THOUSAND).isNotEqualTo(Unit.of("sheet").per(Units.PERSON));
    }
}
