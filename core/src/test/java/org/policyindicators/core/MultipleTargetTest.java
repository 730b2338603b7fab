package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class MultipleTargetTest extends AbstractTargetTest<MultipleTarget> {

    @Override
    MultipleTarget full() {
        // 地区生产总值翻一番 from the 2020 baseline
        return new MultipleTarget(new BigDecimal("2"), Comparison.GE, java.time.Year.of(2020), Y2025, Y2021, true,
                Modality.STRIVE, Text.zh("地区生产总值翻一番"));
    }

    @Override
    MultipleTarget minimal() {
        return MultipleTarget.of(new BigDecimal("2"), Y2025);
    }

    @Override
    TargetKind kind() {
        return TargetKind.MULTIPLE;
    }

    @Override
    Map<String, ThrowingCallable> nullArguments() {
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("factor", () -> MultipleTarget.of(null, Y2025));
        calls.put("comparator", () -> new MultipleTarget(BigDecimal.TEN, null, null, null, null, false,
                Modality.PLAIN, Text.EMPTY));
        calls.put("modality", () -> new MultipleTarget(BigDecimal.TEN, Comparison.REACH, null, null, null, false,
                null, Text.EMPTY));
        calls.put("text", () -> new MultipleTarget(BigDecimal.TEN, Comparison.REACH, null, null, null, false,
                Modality.PLAIN, null));
        return calls;
    }

    @Test
    void of_isAPlainMultipleOfTheLatestBaseline() {
        MultipleTarget doubling = minimal();

        assertThat(doubling.comparator()).isEqualTo(Comparison.REACH);
        assertThat(doubling.baseYear()).isNull();
        assertThat(doubling.factor()).isEqualByComparingTo("2");
    }
}
