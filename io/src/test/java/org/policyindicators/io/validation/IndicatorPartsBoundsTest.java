package org.policyindicators.io.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.policyindicators.io.validation.Fixtures.indicator;
import static org.policyindicators.io.validation.Fixtures.withTargets;
import static org.policyindicators.io.validation.Fixtures.year;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.GradeTarget;
import org.policyindicators.core.Text;

/** The least grade that the class-level constraint on an indicator's targets accepts. */
class IndicatorPartsBoundsTest {

    @Test
    void gradeOfOne_isNotReported_whileGradeZeroIs() {
        ValidationReport one = PlanValidator.standard().validate(indicator(Fixtures.plan(), "high-tech-enterprises",
                i -> withTargets(i, GradeTarget.of(Comparison.LE, 1, true, Text.EMPTY, year(2025)))));
        ValidationReport zero = PlanValidator.standard().validate(indicator(Fixtures.plan(), "high-tech-enterprises",
                i -> withTargets(i, GradeTarget.of(Comparison.LE, 0, true, Text.EMPTY, year(2025)))));

        assertThat(one.findings()).noneMatch(f -> f.kind() == FindingKind.NON_POSITIVE_GRADE);
        assertThat(zero.findings()).filteredOn(f -> f.kind() == FindingKind.NON_POSITIVE_GRADE)
                .extracting(Finding::path, Finding::severity)
                .containsExactly(tuple("/goals/0/indicators/0/targets/0/grade", Severity.ERROR));
    }
}
