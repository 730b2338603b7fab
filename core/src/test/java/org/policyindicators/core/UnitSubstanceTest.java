package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UnitSubstanceTest {

    @ParameterizedTest
    @ValueSource(strings = {"tonne[co2]", "tonne[co2]/cny*1e4", "person[death]/person[live-birth]*1e3",
        "person[death]/person*1e5", "tce/cny*1e4", "cny*1e8", "kilogram[co2]*1e3/usd"})
    void parse_readsBackTheCanonicalText(String text) {
        assertThat(Unit.parse(text)).hasToString(text);
    }

    @Test
    void parse_putsTheSubstanceOnItsSideOfTheRate() {
        Unit rate = Unit.parse("person[death]/person[live-birth]*1e3");

        assertThat(rate.substance()).isEqualTo("death");
        assertThat(rate.per()).isEqualTo(new Unit("person", 3, null, "live-birth"));
    }

    @Test
    void withSubstance_keepsScaleAndDenominator() {
        Unit unit = Unit.of("tonne", 4).per(Units.CNY_10K).withSubstance("co2");

        assertThat(unit).isEqualTo(new Unit("tonne", 4, Units.CNY_10K, "co2"));
        assertThat(unit.withSubstance(null).substance()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CO2", "co 2", "", "-co2"})
    void constructor_rejectsASubstanceThatIsNotKebabCase(String substance) {
        assertThatThrownBy(() -> new Unit("tonne", 0, null, substance)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("substance");
    }

    @Test
    void parse_rejectsAnUnclosedBracket() {
        assertThatThrownBy(() -> Unit.parse("tonne[co2")).isInstanceOf(PolicyException.class);
    }
}
