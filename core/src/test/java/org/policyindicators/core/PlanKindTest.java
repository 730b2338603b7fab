package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlanKindTest {

    @Test
    void ofCode_acceptsKindsBeyondTheKnownOnes() {
        PlanKind kind = PlanKind.ofCode("country-programme");

        assertThat(kind.code()).isEqualTo("country-programme");
        assertThat(kind.isKnown()).isFalse();
    }

    @Test
    void ofCode_givesTheKnownConstantsBackAsEqual() {
        assertThat(PlanKind.ofCode("project")).isEqualTo(PlanKind.PROJECT);
        assertThat(PlanKind.ofCode("global-agenda").isKnown()).isTrue();
        assertThat(PlanKind.values()).contains(PlanKind.FIVE_YEAR_PLAN, PlanKind.RESULTS_FRAMEWORK, PlanKind.OTHER)
                .doesNotHaveDuplicates();
    }

    @Test
    void toString_isTheCode() {
        assertThat(PlanKind.FIVE_YEAR_PLAN).hasToString("five-year-plan");
        assertThat(PlanKind.ofCode("country-programme")).hasToString("country-programme");
    }

    @Test
    void ofCode_rejectsACodeThatIsNotKebabCase() {
        assertThatThrownBy(() -> PlanKind.ofCode("Project")).isInstanceOf(PolicyException.class)
                .hasMessageContaining("plan kind");
        assertThatThrownBy(() -> PlanKind.ofCode("五年规划")).isInstanceOf(PolicyException.class);
    }
}
