package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ChangeTargetTest extends AbstractTargetTest<ChangeTarget> {

    @Override
    ChangeTarget full() {
        // 单位地区生产总值能耗降低13.5%
        return new ChangeTarget(ChangeMode.RELATIVE, Comparison.GE, new BigDecimal("-13.5"), Units.PERCENT, Y2025,
                Y2021, true, Modality.ENSURE, Text.zh("单位地区生产总值能耗降低13.5%"));
    }

    @Override
    ChangeTarget minimal() {
        // 人均预期寿命提高1岁
        return ChangeTarget.of(ChangeMode.ABSOLUTE, Comparison.REACH, BigDecimal.ONE, Unit.of("age-year"), Y2025);
    }

    @Override
    TargetKind kind() {
        return TargetKind.CHANGE;
    }

    @Override
    Map<String, ThrowingCallable> nullArguments() {
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("mode", () -> ChangeTarget.of(null, Comparison.GE, BigDecimal.ONE, Y2025));
        calls.put("comparator", () -> ChangeTarget.of(ChangeMode.RELATIVE, null, BigDecimal.ONE, Y2025));
        calls.put("value", () -> ChangeTarget.of(ChangeMode.RELATIVE, Comparison.GE, null, Y2025));
        calls.put("unit", () -> ChangeTarget.of(ChangeMode.RELATIVE, Comparison.GE, BigDecimal.ONE, (Unit) null, Y2025));
        calls.put("modality", () -> new ChangeTarget(ChangeMode.RELATIVE, Comparison.GE, BigDecimal.ONE, null, null,
                null, false, null, Text.EMPTY));
        calls.put("text", () -> new ChangeTarget(ChangeMode.RELATIVE, Comparison.GE, BigDecimal.ONE, null, null,
                null, false, Modality.PLAIN, null));
        return calls;
    }

    @Test
    void value_isSignedSoThatAFallIsNegative() {
        assertThat(full().value().signum()).isNegative();
        assertThat(full().mode()).isEqualTo(ChangeMode.RELATIVE);
        assertThat(minimal().value().signum()).isPositive();
    }
}
