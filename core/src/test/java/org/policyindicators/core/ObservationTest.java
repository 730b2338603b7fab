package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

class ObservationTest {

    // 2023年新认定高新技术企业473家
    private static final Observation NEW_HIGH_TECH = Observation.of(Year.of(2023), new BigDecimal("473"));

    @Test
    void of_isAnActualValueInTheUnitOfTheIndicator() {
        assertThat(NEW_HIGH_TECH.status()).isEqualTo(ObservationStatus.ACTUAL);
        assertThat(NEW_HIGH_TECH.unit()).isNull();
        assertThat(NEW_HIGH_TECH.historical()).isFalse();
        assertThat(NEW_HIGH_TECH.source()).isNull();
        assertThat(NEW_HIGH_TECH.quantity(Units.ESTABLISHMENT)).isEqualTo(Quantity.of(473, Units.ESTABLISHMENT));
        assertThat(NEW_HIGH_TECH.period()).isEqualTo(YearRange.of(2023, 2023));
    }

    @Test
    void of_withAQuantityIsAnActualValueInItsOwnUnit() {
        // an own unit, 万人, beside an indicator counted in 人
        Observation jobs = Observation.of(Year.of(2023), Quantity.of(3, Units.PERSON_10K));

        assertThat(jobs.status()).isEqualTo(ObservationStatus.ACTUAL);
        assertThat(jobs.value()).isEqualByComparingTo("3");
        assertThat(jobs.unit()).isEqualTo(Units.PERSON_10K);
        assertThat(jobs.quantity(Units.PERSON)).isEqualTo(Quantity.of(3, Units.PERSON_10K));
        assertThat(jobs.period()).isEqualTo(YearRange.of(2023, 2023));
    }

    @Test
    void withStatus_changesOnlyTheStatus() {
        Observation projected = NEW_HIGH_TECH.withStatus(ObservationStatus.PROJECTED);

        assertThat(projected.status()).isEqualTo(ObservationStatus.PROJECTED);
        assertThat(projected.withStatus(ObservationStatus.ACTUAL)).isEqualTo(NEW_HIGH_TECH);
        assertThat(NEW_HIGH_TECH.status()).isEqualTo(ObservationStatus.ACTUAL);
    }

    @Test
    void withSource_changesOnlyTheSource() {
        Observation sourced = NEW_HIGH_TECH.withSource("xd-2024-report");

        assertThat(sourced.source()).isEqualTo("xd-2024-report");
        assertThat(sourced.withSource(null)).isEqualTo(NEW_HIGH_TECH);
    }

    @Test
    void constructor_keepsAPeriodAUnitABoundAndTheHistoricalMark() {
        Observation total = new Observation(Year.of(2020), Year.of(2016), new BigDecimal("3"), Units.PERSON_10K,
                Comparison.GT, ObservationStatus.ESTIMATED, true, "doc");

        assertThat(total.period()).isEqualTo(YearRange.of(2016, 2020));
        assertThat(total.quantity(Units.PERSON)).isEqualTo(Quantity.of(3, Units.PERSON_10K));
        assertThat(total.bound()).isEqualTo(Comparison.GT);
        assertThat(total.historical()).isTrue();
    }

    static Stream<Arguments> nullArguments() {
        return Stream.of(
                arguments((ThrowingCallable) () -> Observation.of(null, BigDecimal.ONE), "year"),
                arguments((ThrowingCallable) () -> Observation.of(Year.of(2023), (BigDecimal) null), "value"),
                arguments((ThrowingCallable) () -> Observation.of(Year.of(2023), (Quantity) null), "quantity"),
                arguments((ThrowingCallable) () -> NEW_HIGH_TECH.withStatus(null), "status"),
                arguments((ThrowingCallable) () -> NEW_HIGH_TECH.quantity(null), "indicatorUnit"));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void factoriesAndMethods_rejectNullNamingTheParameter(ThrowingCallable call, String parameter) {
        assertThatNullPointerException().isThrownBy(call).withMessage(parameter);
    }

    @Test
    void constructor_rejectsABlankSource() {
        assertThatThrownBy(() -> NEW_HIGH_TECH.withSource(""))
                .isInstanceOf(PolicyException.class)
                .hasMessage("source must not be blank");
    }
}
