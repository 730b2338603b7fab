package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ComparisonTest {

    //-----------------------------------------------------------------------
    // code(), ofCode()
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({
        "REACH,  reach",
        "GE,     ge",
        "GT,     gt",
        "LE,     le",
        "LT,     lt",
        "APPROX, approx",
        "TOWARD, toward",
    })
    void code_isTheLowerCaseName(Comparison comparator, String code) {
        assertThat(comparator.code()).isEqualTo(code);
        assertThat(Comparison.ofCode(code)).isEqualTo(comparator);
    }

    @Test
    void ofCode_rejectsUnknownCodesListingTheKnownOnes() {
        assertThatThrownBy(() -> Comparison.ofCode("GE"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("'GE'")
                .hasMessageContaining("reach, ge, gt, le, lt, approx, toward");
    }

    //-----------------------------------------------------------------------
    // isMetBy()
    //-----------------------------------------------------------------------
    @ParameterizedTest(name = "{1} {0} {2} ({3}): {4}")
    @CsvSource({
        // 以上, 不低于: inclusive
        "GE, 227,    227, HIGHER_IS_BETTER, true",
        "GE, 228,    227, HIGHER_IS_BETTER, true",
        "GE, 226.9,  227, HIGHER_IS_BETTER, false",
        "GE, 227.00, 227, LOWER_IS_BETTER,  true",
        // 超过, 突破: strict
        "GT, 227,    227, HIGHER_IS_BETTER, false",
        "GT, 227.01, 227, HIGHER_IS_BETTER, true",
        // 以内, 控制在: inclusive
        "LE, 4.0,    4,   LOWER_IS_BETTER,  true",
        "LE, 4.01,   4,   LOWER_IS_BETTER,  false",
        "LE, 3.9,    4,   HIGHER_IS_BETTER, true",
        // 低于: strict
        "LT, 4.0,    4,   LOWER_IS_BETTER,  false",
        "LT, 3.99,   4,   LOWER_IS_BETTER,  true",
        // 达到: in the better direction of the polarity
        "REACH, 60,  60,  HIGHER_IS_BETTER, true",
        "REACH, 61,  60,  HIGHER_IS_BETTER, true",
        "REACH, 59,  60,  HIGHER_IS_BETTER, false",
        "REACH, 3.5, 4,   LOWER_IS_BETTER,  true",
        "REACH, 4.0, 4,   LOWER_IS_BETTER,  true",
        "REACH, 4.5, 4,   LOWER_IS_BETTER,  false",
        "REACH, 104, 100, NEUTRAL,          true",
        "REACH, 106, 100, NEUTRAL,          false",
        "REACH, 96,  100, WITHIN_RANGE,     true",
        "REACH, 94,  100, WITHIN_RANGE,     false",
        // 向…迈进: met only on arrival, like REACH
        "TOWARD, 9999, 10000, HIGHER_IS_BETTER, false",
        "TOWARD, 10000, 10000, HIGHER_IS_BETTER, true",
        // 左右: within 5 % of the stated value, ends included, whatever the polarity
        "APPROX, 105,   100, HIGHER_IS_BETTER, true",
        "APPROX, 95,    100, HIGHER_IS_BETTER, true",
        "APPROX, 105.01, 100, LOWER_IS_BETTER, false",
        "APPROX, 94.99, 100, NEUTRAL,          false",
        "APPROX, -105,  -100, NEUTRAL,         true",
        "APPROX, -106,  -100, NEUTRAL,         false",
        "APPROX, 0,     0,   NEUTRAL,          true",
        "APPROX, 0.001, 0,   NEUTRAL,          false",
    })
    void isMetBy_followsTheComparatorAndPolarity(Comparison comparator, String actual, String stated,
            Polarity polarity, boolean expected) {
        assertThat(comparator.isMetBy(new BigDecimal(actual), new BigDecimal(stated), polarity)).isEqualTo(expected);
    }

    @Test
    void approxTolerance_isFivePercent() {
        assertThat(Comparison.APPROX_TOLERANCE_PERCENT).isEqualByComparingTo("5");
    }

    @ParameterizedTest
    @EnumSource(names = {"GE", "GT", "REACH", "TOWARD"})
    void isMetBy_staysMetAsAHigherIsBetterValueGrows(Comparison comparator) {
        boolean met = false;
        for (int actual = 0; actual <= 200; actual++) {
            boolean now = comparator.isMetBy(BigDecimal.valueOf(actual), BigDecimal.valueOf(100),
                    Polarity.HIGHER_IS_BETTER);
            assertThat(!met || now).as("%s at %d", comparator, actual).isTrue();
            met = now;
        }
        assertThat(met).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"LE", "LT", "REACH", "TOWARD"})
    void isMetBy_staysMetAsALowerIsBetterValueFalls(Comparison comparator) {
        boolean met = false;
        for (int actual = 200; actual >= 0; actual--) {
            boolean now = comparator.isMetBy(BigDecimal.valueOf(actual), BigDecimal.valueOf(100),
                    Polarity.LOWER_IS_BETTER);
            assertThat(!met || now).as("%s at %d", comparator, actual).isTrue();
            met = now;
        }
        assertThat(met).isTrue();
    }

    static Stream<Arguments> nullArguments() {
        BigDecimal one = BigDecimal.ONE;
        return Stream.of(
                arguments((ThrowingCallable) () -> Comparison.ofCode(null), "code"),
                arguments((ThrowingCallable) () -> Comparison.GE.isMetBy(null, one, Polarity.NEUTRAL), "actual"),
                arguments((ThrowingCallable) () -> Comparison.GE.isMetBy(one, null, Polarity.NEUTRAL), "stated"),
                arguments((ThrowingCallable) () -> Comparison.GE.isMetBy(one, one, null), "polarity"));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void methods_rejectNullNamingTheParameter(ThrowingCallable call, String parameter) {
        assertThatNullPointerException().isThrownBy(call).withMessage(parameter);
    }
}
