package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RangeTargetTest extends AbstractTargetTest<RangeTarget> {

    @Override
    RangeTarget full() {
        // 形成3-5个百亿产业集群
        return new RangeTarget(new BigDecimal("3"), new BigDecimal("5"), Units.ITEM, Y2025, Y2021, true,
                Modality.STRIVE, Text.zh("形成3-5个百亿产业集群"));
    }

    @Override
    RangeTarget minimal() {
        return RangeTarget.of(new BigDecimal("2"), new BigDecimal("3"), Y2025);
    }

    @Override
    TargetKind kind() {
        return TargetKind.RANGE;
    }

    @Override
    Map<String, ThrowingCallable> nullArguments() {
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("min", () -> RangeTarget.of(null, BigDecimal.ONE, Y2025));
        calls.put("max", () -> RangeTarget.of(BigDecimal.ONE, null, Y2025));
        calls.put("unit", () -> RangeTarget.of(BigDecimal.ONE, BigDecimal.TEN, (Unit) null, Y2025));
        calls.put("modality", () -> new RangeTarget(BigDecimal.ONE, BigDecimal.TEN, null, null, null, false, null,
                Text.EMPTY));
        calls.put("text", () -> new RangeTarget(BigDecimal.ONE, BigDecimal.TEN, null, null, null, false,
                Modality.PLAIN, null));
        return calls;
    }

    @Test
    void constructor_acceptsAReversedRangeSoThatTheValidatorCanReportIt() {
        RangeTarget reversed = RangeTarget.of(new BigDecimal("5"), new BigDecimal("3"), Y2025);

        assertThat(reversed.min()).isEqualByComparingTo("5");
        assertThat(reversed.max()).isEqualByComparingTo("3");
    }
}
