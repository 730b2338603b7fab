package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.Year;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BaselineTest {

    private static final Year Y2020 = Year.of(2020);

    @Test
    void of_valueIsInTheUnitOfTheIndicator() {
        Baseline baseline = Baseline.of(Y2020, new BigDecimal("166"));

        assertThat(baseline.unit()).isNull();
        assertThat(baseline.quantity(Units.HOUSEHOLD)).isEqualTo(Quantity.of(166, Units.HOUSEHOLD));
        assertThat(baseline.bound()).isNull();
        assertThat(baseline.startYear()).isNull();
    }

    @Test
    void of_quantityKeepsItsOwnUnit() {
        Baseline baseline = Baseline.of(Y2020, Quantity.of(486, Units.CNY_100M));

        assertThat(baseline.unit()).isEqualTo(Units.CNY_100M);
        assertThat(baseline.quantity(Units.CNY_10K)).isEqualTo(Quantity.of(486, Units.CNY_100M));
    }

    @Test
    void period_isTheSingleYearOrFromTheStartYear() {
        assertThat(Baseline.of(Y2020, BigDecimal.TEN).period()).isEqualTo(YearRange.of(2020, 2020));
        assertThat(Baseline.of(Y2020, BigDecimal.TEN).startYearIfAny()).isEmpty();

        Baseline total = new Baseline(Y2020, Year.of(2016), BigDecimal.TEN, null, null);

        assertThat(total.period()).isEqualTo(YearRange.of(2016, 2020));
        assertThat(total.startYearIfAny()).contains(Year.of(2016));
    }

    @Test
    void bound_marksAValueStatedAsABound() {
        // 600余家: more than 600
        Baseline baseline = new Baseline(Y2020, null, new BigDecimal("600"), Units.ESTABLISHMENT, Comparison.GT);

        assertThat(baseline.bound()).isEqualTo(Comparison.GT);
    }

    static Stream<Arguments> nullArguments() {
        return Stream.of(
                arguments((ThrowingCallable) () -> Baseline.of(null, BigDecimal.ONE), "year"),
                arguments((ThrowingCallable) () -> Baseline.of(Y2020, (BigDecimal) null), "value"),
                arguments((ThrowingCallable) () -> Baseline.of(null, Quantity.of(1, Units.CNY)), "year"),
                arguments((ThrowingCallable) () -> Baseline.of(Y2020, (Quantity) null), "quantity"),
                arguments((ThrowingCallable) () -> Baseline.of(Y2020, BigDecimal.ONE).quantity(null), "indicatorUnit"));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void factoriesAndMethods_rejectNullNamingTheParameter(ThrowingCallable call, String parameter) {
        assertThatNullPointerException().isThrownBy(call).withMessage(parameter);
    }

    @Test
    void equals_comparesEveryComponent() {
        assertThat(Baseline.of(Y2020, BigDecimal.TEN)).isEqualTo(new Baseline(Y2020, null, BigDecimal.TEN, null, null))
                .hasSameHashCodeAs(new Baseline(Y2020, null, BigDecimal.TEN, null, null))
                .isNotEqualTo(Baseline.of(Year.of(2019), BigDecimal.TEN))
                .isNotEqualTo(Baseline.of(Y2020, Quantity.of(10, Units.CNY)));
    }
}
