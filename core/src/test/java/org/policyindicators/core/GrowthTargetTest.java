package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class GrowthTargetTest extends AbstractTargetTest<GrowthTarget> {

    @Override
    GrowthTarget full() {
        // 年均增长10%以上
        return new GrowthTarget(Comparison.GE, new BigDecimal("10"), Units.PERCENT, Y2025, Y2021, true,
                Modality.STRIVE, Text.zh("年均增长10%以上"));
    }

    @Override
    GrowthTarget minimal() {
        return GrowthTarget.of(Comparison.APPROX, new BigDecimal("6.5"), Y2025);
    }

    @Override
    TargetKind kind() {
        return TargetKind.GROWTH;
    }

    @Override
    Map<String, ThrowingCallable> nullArguments() {
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("comparator", () -> GrowthTarget.of(null, BigDecimal.TEN, Y2025));
        calls.put("value", () -> GrowthTarget.of(Comparison.GE, null, Y2025));
        calls.put("modality", () -> new GrowthTarget(Comparison.GE, BigDecimal.TEN, null, null, null, false, null,
                Text.EMPTY));
        calls.put("text", () -> new GrowthTarget(Comparison.GE, BigDecimal.TEN, null, null, null, false,
                Modality.PLAIN, null));
        return calls;
    }

    @Test
    void of_leavesTheUnitForPercent() {
        assertThat(minimal().unit()).isNull();
        assertThat(minimal().value()).isEqualTo(new BigDecimal("6.5"));
    }
}
