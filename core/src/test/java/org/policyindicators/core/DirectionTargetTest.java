package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DirectionTargetTest extends AbstractTargetTest<DirectionTarget> {

    @Override
    DirectionTarget full() {
        // 单位地区生产总值能耗持续下降
        return new DirectionTarget(Direction.DECREASE, Y2025, Y2021, true, Modality.PLAIN,
                Text.zh("单位地区生产总值能耗持续下降"));
    }

    @Override
    DirectionTarget minimal() {
        return DirectionTarget.of(Direction.MAINTAIN, Y2025);
    }

    @Override
    TargetKind kind() {
        return TargetKind.DIRECTION;
    }

    @Override
    Map<String, ThrowingCallable> nullArguments() {
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("direction", () -> DirectionTarget.of(null, Y2025));
        calls.put("modality", () -> new DirectionTarget(Direction.INCREASE, null, null, false, null, Text.EMPTY));
        calls.put("text", () -> new DirectionTarget(Direction.INCREASE, null, null, false, Modality.PLAIN, null));
        return calls;
    }

    @Test
    void of_keepsTheDirection() {
        assertThat(minimal().direction()).isEqualTo(Direction.MAINTAIN);
    }
}
