package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class GradeTargetTest extends AbstractTargetTest<GradeTarget> {

    @Override
    GradeTarget full() {
        // 水质达到Ⅲ类: a lower class is better
        return new GradeTarget(Comparison.REACH, 3, true, Text.zh("Ⅲ类"), Text.zh("地表水环境质量标准"), Y2025,
                Y2021, true, Modality.ENSURE, Text.zh("水质达到Ⅲ类"));
    }

    @Override
    GradeTarget minimal() {
        // 5A级景区: a higher grade is better
        return GradeTarget.of(Comparison.REACH, 5, false, Text.zh("5A级"), Y2025);
    }

    @Override
    TargetKind kind() {
        return TargetKind.GRADE;
    }

    @Override
    Map<String, ThrowingCallable> nullArguments() {
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("comparator", () -> GradeTarget.of(null, 3, true, Text.EMPTY, Y2025));
        calls.put("label", () -> GradeTarget.of(Comparison.REACH, 3, true, null, Y2025));
        calls.put("scale", () -> new GradeTarget(Comparison.REACH, 3, true, Text.EMPTY, null, null, null, false,
                Modality.PLAIN, Text.EMPTY));
        calls.put("modality", () -> new GradeTarget(Comparison.REACH, 3, true, Text.EMPTY, Text.EMPTY, null, null,
                false, null, Text.EMPTY));
        calls.put("text", () -> new GradeTarget(Comparison.REACH, 3, true, Text.EMPTY, Text.EMPTY, null, null,
                false, Modality.PLAIN, null));
        return calls;
    }

    @Test
    void of_keepsEachGradesOwnDirectionAndNoScale() {
        assertThat(minimal().lowerIsBetter()).isFalse();
        assertThat(full().lowerIsBetter()).isTrue();
        assertThat(minimal().scale()).isEqualTo(Text.EMPTY);
    }
}
