package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndicatorReferenceTest {

    @Test
    void local_hasNoPlan() {
        IndicatorReference reference = IndicatorReference.local("gdp");

        assertThat(reference.plan()).isNull();
        assertThat(reference.indicator()).isEqualTo("gdp");
    }

    @Test
    void of_namesAnotherPlan() {
        IndicatorReference reference = IndicatorReference.of("taiyuan-14fyp", "rd-intensity");

        assertThat(reference.plan()).isEqualTo("taiyuan-14fyp");
        assertThat(reference).isNotEqualTo(IndicatorReference.local("rd-intensity"))
                .isEqualTo(new IndicatorReference("taiyuan-14fyp", "rd-intensity"));
    }

    @Test
    void constructor_rejectsBlankIdentifiers() {
        assertThatThrownBy(() -> IndicatorReference.local(" ")).isInstanceOf(PolicyException.class)
                .hasMessageContaining("indicator");
        assertThatThrownBy(() -> IndicatorReference.of("", "gdp")).isInstanceOf(PolicyException.class)
                .hasMessageContaining("plan");
    }

    @Test
    void factories_rejectNullNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> IndicatorReference.local(null)).withMessage("indicator");
        assertThatNullPointerException().isThrownBy(() -> IndicatorReference.of(null, "gdp")).withMessage("plan");
        assertThatNullPointerException().isThrownBy(() -> IndicatorReference.of("p", null)).withMessage("indicator");
    }
}
