package org.policyindicators.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.analysis.TargetAssessment.Basis;

class StatusCountsTest {

    @ParameterizedTest
    @EnumSource(ProgressStatus.class)
    void plus_addsOneOfTheStatusOnly(ProgressStatus status) {
        StatusCounts counts = StatusCounts.NONE.plus(status).plus(status);

        assertThat(counts.count(status)).isEqualTo(2);
        assertThat(counts.total()).isEqualTo(2);
    }

    @Test
    void of_countsAssessments() {
        LevelTarget target = LevelTarget.of(Comparison.GE, java.math.BigDecimal.ONE, Year.of(2025));
        List<TargetAssessment> assessments = List.of(
                new TargetAssessment(target, Year.of(2025), null, ProgressStatus.MISSED, Basis.TARGET_YEAR, null,
                        null, List.of(), null),
                new TargetAssessment(target, Year.of(2025), null, ProgressStatus.MISSED, Basis.TARGET_YEAR, null,
                        null, List.of(), null),
                new TargetAssessment(target, Year.of(2024), null, ProgressStatus.ON_TRACK, Basis.INTERIM, null,
                        null, List.of(), null));

        assertThat(StatusCounts.of(assessments)).isEqualTo(new StatusCounts(0, 1, 0, 0, 2, 0));
    }

    @Test
    void plus_addsTalliesComponentByComponent() {
        assertThat(new StatusCounts(1, 2, 3, 4, 5, 6).plus(new StatusCounts(6, 5, 4, 3, 2, 1)))
                .isEqualTo(new StatusCounts(7, 7, 7, 7, 7, 7));
    }

    @Test
    void new_rejectsANegativeCount() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StatusCounts(0, 0, 0, 0, -1, 0));
    }
}
