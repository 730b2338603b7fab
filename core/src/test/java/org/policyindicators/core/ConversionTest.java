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
import org.junit.jupiter.params.provider.MethodSource;

class ConversionTest {

    @Test
    void of_byFactorHasDenominatorOne() {
        Conversion hectare = Conversion.of("square-metre", new BigDecimal("10000"));

        assertThat(hectare.unit()).isEqualTo("square-metre");
        assertThat(hectare.numerator()).isEqualByComparingTo("10000");
        assertThat(hectare.denominator()).isEqualByComparingTo("1");
    }

    @Test
    void of_byFractionKeepsAFactorWithoutFiniteDecimal() {
        Conversion mu = Conversion.of("square-metre", 10000, 15);

        assertThat(mu.numerator()).isEqualByComparingTo("10000");
        assertThat(mu.denominator()).isEqualByComparingTo("15");
    }

    @ParameterizedTest
    @CsvSource({
        "0,   1",
        "1,   0",
        "-1,  1",
        "1,   -15",
    })
    void constructor_rejectsAFactorThatIsNotPositive(String numerator, String denominator) {
        assertThatThrownBy(() -> new Conversion("metre", new BigDecimal(numerator), new BigDecimal(denominator)))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining(numerator + "/" + denominator);
    }

    @Test
    void constructor_rejectsAMalformedUnitCode() {
        assertThatThrownBy(() -> Conversion.of("Square Metre", 1, 1))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("'Square Metre'");
    }

    static Stream<Arguments> nullArguments() {
        BigDecimal one = BigDecimal.ONE;
        return Stream.of(
                arguments((ThrowingCallable) () -> new Conversion(null, one, one), "unit"),
                arguments((ThrowingCallable) () -> new Conversion("metre", null, one), "numerator"),
                arguments((ThrowingCallable) () -> new Conversion("metre", one, null), "denominator"),
                arguments((ThrowingCallable) () -> Conversion.of(null, one), "unit"),
                arguments((ThrowingCallable) () -> Conversion.of("metre", null), "numerator"),
                arguments((ThrowingCallable) () -> Conversion.of(null, 1, 1), "unit"));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void factories_rejectNullNamingTheParameter(ThrowingCallable call, String parameter) {
        assertThatNullPointerException().isThrownBy(call).withMessage(parameter);
    }

    @Test
    void equals_comparesUnitAndBothParts() {
        assertThat(Conversion.of("metre", 1000, 1)).isEqualTo(Conversion.of("metre", new BigDecimal(1000)))
                .hasSameHashCodeAs(Conversion.of("metre", new BigDecimal(1000)))
                .isNotEqualTo(Conversion.of("metre", 2000, 2))
                .isNotEqualTo(Conversion.of("minute", 1000, 1));
    }
}
