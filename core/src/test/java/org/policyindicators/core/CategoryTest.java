package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryTest {

    private static final List<Category> STANDARD = List.of(Category.ECONOMIC_DEVELOPMENT, Category.INNOVATION,
            Category.WELL_BEING, Category.GREEN_ECOLOGY, Category.SECURITY);

    @Test
    void isStandard_holdsForTheFiveGroupsOfChinesePlanTables() {
        assertThat(STANDARD).allMatch(Category::isStandard).doesNotHaveDuplicates();
        assertThat(STANDARD).extracting(Category::code)
                .containsExactly("economic-development", "innovation", "well-being", "green-ecology", "security");
    }

    @Test
    void of_equalsTheConstantOfTheSameCode() {
        assertThat(Category.of("innovation")).isEqualTo(Category.INNOVATION).hasSameHashCodeAs(Category.INNOVATION);
        assertThat(Category.of("innovation").isStandard()).isTrue();
    }

    @Test
    void of_acceptsOtherCodesThatAreNotStandard() {
        Category culture = Category.of("culture-tourism");

        assertThat(culture.isStandard()).isFalse();
        assertThat(culture).hasToString("culture-tourism");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Innovation", "well_being", "创新驱动", "a b"})
    void of_rejectsCodesOutsideKebabCase(String code) {
        assertThatThrownBy(() -> Category.of(code)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("'" + code + "'");
    }

    @Test
    void of_rejectsNullNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> Category.of(null)).withMessage("code");
    }
}
