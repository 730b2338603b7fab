package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;

import org.junit.jupiter.api.Test;

class QualitativeMeasurementTest {

    private static final Text ADOPTED = Text.of("en", "adopted");

    @Test
    void ofState_makesAnActualObservationWithoutANumber() {
        Observation adopted = Observation.ofState(Year.of(2022), ADOPTED);

        assertThat(adopted.isQualitative()).isTrue();
        assertThat(adopted.value()).isNull();
        assertThat(adopted.state()).isEqualTo(ADOPTED);
        assertThat(adopted.status()).isEqualTo(ObservationStatus.ACTUAL);
    }

    @Test
    void quantity_ofAQualitativeValueIsRefusedWithItsState() {
        Observation adopted = Observation.ofState(Year.of(2022), ADOPTED);

        assertThatThrownBy(() -> adopted.quantity(Units.PERCENT)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("adopted");
    }

    @Test
    void constructor_wantsAValueOrAStateButNotBoth() {
        assertThatThrownBy(() -> new Observation(Year.of(2022), null, null, null, null, ObservationStatus.ACTUAL,
                false, null, Text.EMPTY, null, Dimensions.TOTAL)).isInstanceOf(PolicyException.class)
                .hasMessage("A value or a state is required");
        assertThatThrownBy(() -> new Baseline(Year.of(2020), null, BigDecimal.ONE, null, null, ADOPTED, null,
                Dimensions.TOTAL)).isInstanceOf(PolicyException.class).hasMessageContaining("cannot both");
    }

    @Test
    void numericConstructors_giveTheWholeForWholeYears() {
        Baseline baseline = Baseline.of(Year.of(2020), BigDecimal.TEN);

        assertThat(baseline.isQualitative()).isFalse();
        assertThat(baseline.state()).isEqualTo(Text.EMPTY);
        assertThat(baseline.dates()).isNull();
        assertThat(baseline.dimensions()).isEqualTo(Dimensions.TOTAL);
    }

    @Test
    void withDimensionsAndDates_changeOnlyThosePartsOfAnObservation() {
        Observation total = Observation.of(Year.of(2021), new BigDecimal("3.9"));
        Observation female = total.withDimensions(Dimensions.of("sex", "female"))
                .withDates(DatePeriod.ofYear(Year.of(2021)));

        assertThat(female.value()).isEqualTo(total.value());
        assertThat(female.dimensions().get("sex")).contains("female");
        assertThat(female.dates()).isEqualTo(DatePeriod.ofYear(Year.of(2021)));
    }
}
