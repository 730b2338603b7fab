package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GoalReferenceTest {

    @Test
    void of_keepsPlanAndGoal() {
        GoalReference reference = GoalReference.of("taiyuan-2035", "innovation-city");

        assertThat(reference.plan()).isEqualTo("taiyuan-2035");
        assertThat(reference.goal()).isEqualTo("innovation-city");
        assertThat(reference).isEqualTo(new GoalReference("taiyuan-2035", "innovation-city"))
                .isNotEqualTo(GoalReference.of("taiyuan-2035", "other"));
    }

    @Test
    void of_rejectsBlankIdentifiers() {
        assertThatThrownBy(() -> GoalReference.of(" ", "g")).isInstanceOf(PolicyException.class)
                .hasMessageContaining("plan");
        assertThatThrownBy(() -> GoalReference.of("p", "")).isInstanceOf(PolicyException.class)
                .hasMessageContaining("goal");
    }

    @Test
    void of_rejectsNullNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> GoalReference.of(null, "g")).withMessage("plan");
        assertThatNullPointerException().isThrownBy(() -> GoalReference.of("p", null)).withMessage("goal");
    }
}
