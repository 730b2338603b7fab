package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DimensionsTest {

    @Test
    void values_areSortedByDimensionWhateverTheOrderGiven() {
        Map<String, String> given = new HashMap<>();
        given.put("sex", "female");
        given.put("area", "rural");

        assertThat(new Dimensions(given).values().keySet()).containsExactly("area", "sex");
        assertThat(new Dimensions(given)).hasToString("area=rural, sex=female");
    }

    @Test
    void total_isEmptyAndEqualToNoDimensions() {
        assertThat(Dimensions.TOTAL.isTotal()).isTrue();
        assertThat(new Dimensions(Map.of())).isEqualTo(Dimensions.TOTAL);
        assertThat(Dimensions.TOTAL).hasToString("total");
        assertThat(Dimensions.of("sex", "female").without("sex")).isEqualTo(Dimensions.TOTAL);
    }

    @Test
    void with_addsOrReplacesOneDimension() {
        Dimensions female = Dimensions.of("sex", "female");

        assertThat(female.with("area", "urban").get("area")).contains("urban");
        assertThat(female.with("sex", "male").get("sex")).contains("male");
        assertThat(female.get("age")).isEmpty();
    }

    @Test
    void constructor_rejectsABlankDimensionOrValue() {
        assertThatThrownBy(() -> Dimensions.of(" ", "female")).isInstanceOf(PolicyException.class);
        assertThatThrownBy(() -> Dimensions.of("sex", "")).isInstanceOf(PolicyException.class);
    }

    @Test
    void values_cannotBeChanged() {
        Dimensions female = Dimensions.of("sex", "female");

        assertThatThrownBy(() -> female.values().put("area", "urban"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
