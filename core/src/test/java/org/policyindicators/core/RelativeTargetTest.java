package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RelativeTargetTest extends AbstractTargetTest<RelativeTarget> {

    @Override
    RelativeTarget full() {
        // 居民收入增长高于GDP增长
        return new RelativeTarget(Comparison.GT, Aspect.GROWTH, IndicatorReference.local("gdp"), Text.EMPTY, Y2025,
                Y2021, true, Modality.PLAIN, Text.zh("居民收入增长高于GDP增长"));
    }

    @Override
    RelativeTarget minimal() {
        // 研发经费投入强度超过全市平均水平
        return RelativeTarget.of(Comparison.GT, Aspect.LEVEL, Text.zh("全市平均水平"), Y2025);
    }

    @Override
    TargetKind kind() {
        return TargetKind.RELATIVE;
    }

    @Override
    Map<String, ThrowingCallable> nullArguments() {
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("comparator", () -> RelativeTarget.of(null, Aspect.LEVEL, Text.EMPTY, Y2025));
        calls.put("aspect", () -> RelativeTarget.of(Comparison.GT, null, Text.EMPTY, Y2025));
        calls.put("benchmark", () -> RelativeTarget.of(Comparison.GT, Aspect.LEVEL, null, Y2025));
        calls.put("reference", () -> RelativeTarget.of(Comparison.GT, Aspect.LEVEL, (IndicatorReference) null, Text.EMPTY, Y2025));
        calls.put("modality", () -> new RelativeTarget(Comparison.GT, Aspect.LEVEL, null, Text.EMPTY, null, null,
                false, null, Text.EMPTY));
        calls.put("text", () -> new RelativeTarget(Comparison.GT, Aspect.LEVEL, null, Text.EMPTY, null, null, false,
                Modality.PLAIN, null));
        return calls;
    }

    @Test
    void of_holdsABenchmarkWithoutAnIndicator() {
        assertThat(minimal().reference()).isNull();
        assertThat(minimal().benchmark().best("zh")).isEqualTo("全市平均水平");
        assertThat(full().reference()).isEqualTo(IndicatorReference.local("gdp"));
    }
}
