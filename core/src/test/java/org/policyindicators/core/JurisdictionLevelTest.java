package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JurisdictionLevelTest {

    @Test
    void constants_haveDistinctCodes() {
        assertThat(List.of(JurisdictionLevel.COUNTRY, JurisdictionLevel.PROVINCE, JurisdictionLevel.CITY,
                JurisdictionLevel.DISTRICT, JurisdictionLevel.COUNTY, JurisdictionLevel.TOWNSHIP))
                .extracting(JurisdictionLevel::toString)
                .containsExactly("country", "province", "city", "district", "county", "township");
    }

    @Test
    void of_equalsTheConstantOfTheSameCode() {
        assertThat(JurisdictionLevel.of("district")).isEqualTo(JurisdictionLevel.DISTRICT)
                .hasSameHashCodeAs(JurisdictionLevel.DISTRICT)
                .isNotEqualTo(JurisdictionLevel.COUNTY);
    }

    @Test
    void of_acceptsLevelsOfOnesOwn() {
        assertThat(JurisdictionLevel.of("development-zone").code()).isEqualTo("development-zone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "District", "区", "new_area"})
    void of_rejectsCodesOutsideKebabCase(String code) {
        assertThatThrownBy(() -> JurisdictionLevel.of(code)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("'" + code + "'");
    }

    @Test
    void of_rejectsNullNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> JurisdictionLevel.of(null)).withMessage("code");
    }
}
