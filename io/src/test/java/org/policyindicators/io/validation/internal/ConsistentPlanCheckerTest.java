package org.policyindicators.io.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsistentPlanCheckerTest {

    @Test
    void literal_escapesWhatTheEngineWouldInterpolate() {
        assertThat(ConsistentPlanChecker.literal("a {b} ${c} \\d")).isEqualTo("a \\{b\\} \\$\\{c\\} \\\\d");
    }

    @Test
    void literal_leavesOtherTextAsItIs() {
        assertThat(ConsistentPlanChecker.literal("到2025年达到227户以上 (≥ 227)")).isEqualTo("到2025年达到227户以上 (≥ 227)");
    }
}
