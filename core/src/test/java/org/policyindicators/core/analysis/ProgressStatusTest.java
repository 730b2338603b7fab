package org.policyindicators.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ProgressStatusTest {

    @Test
    void constants_areOrderedFromWorstToBestWithNotAssessableLast() {
        assertThat(ProgressStatus.values()).containsExactly(ProgressStatus.MISSED, ProgressStatus.OFF_TRACK, ProgressStatus.BEHIND,
                ProgressStatus.ON_TRACK, ProgressStatus.ACHIEVED, ProgressStatus.NOT_ASSESSABLE);
        assertThat(ProgressStatus.MISSED).isLessThan(ProgressStatus.OFF_TRACK);
        assertThat(ProgressStatus.OFF_TRACK).isLessThan(ProgressStatus.BEHIND);
        assertThat(ProgressStatus.BEHIND).isLessThan(ProgressStatus.ON_TRACK);
        assertThat(ProgressStatus.ON_TRACK).isLessThan(ProgressStatus.ACHIEVED);
    }

    @Test
    void code_isTheKebabCaseName() {
        assertThat(Arrays.stream(ProgressStatus.values()).map(ProgressStatus::code))
                .containsExactly("missed", "off-track", "behind", "on-track", "achieved", "not-assessable");
    }
}
