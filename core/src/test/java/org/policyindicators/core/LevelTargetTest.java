package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class LevelTargetTest extends AbstractTargetTest<LevelTarget> {

    // 到2025年底, 全区高新技术企业达到227户以上
    private static final String QUOTE = "到2025年底,全区高新技术企业达到227户以上";

    @Override
    LevelTarget full() {
        return new LevelTarget(Comparison.GE, new BigDecimal("227"), Units.HOUSEHOLD, Y2025, Y2021, true,
                Modality.ENSURE, Text.zh(QUOTE));
    }

    @Override
    LevelTarget minimal() {
        return LevelTarget.of(Comparison.LE, new BigDecimal("4.0"), Units.PERCENT, Y2025);
    }

    @Override
    TargetKind kind() {
        return TargetKind.LEVEL;
    }

    @Override
    Map<String, ThrowingCallable> nullArguments() {
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("comparator", () -> LevelTarget.of(null, BigDecimal.ONE, Y2025));
        calls.put("value", () -> LevelTarget.of(Comparison.GE, null, Y2025));
        calls.put("unit", () -> LevelTarget.of(Comparison.GE, BigDecimal.ONE, (Unit) null, Y2025));
        calls.put("modality", () -> new LevelTarget(Comparison.GE, BigDecimal.ONE, null, null, null, false, null,
                Text.EMPTY));
        calls.put("text", () -> new LevelTarget(Comparison.GE, BigDecimal.ONE, null, null, null, false,
                Modality.PLAIN, null));
        return calls;
    }

    @Test
    void of_keepsComparatorValueAndUnit() {
        // 城镇登记失业率控制在4.0%以内
        LevelTarget target = minimal();

        assertThat(target.comparator()).isEqualTo(Comparison.LE);
        assertThat(target.value()).isEqualTo(new BigDecimal("4.0"));
        assertThat(target.unit()).isEqualTo(Units.PERCENT);
    }

    @Test
    void of_acceptsAMissingUnitAndYear() {
        LevelTarget target = LevelTarget.of(Comparison.TOWARD, new BigDecimal("10000"), null);

        assertThat(target.unit()).isNull();
        assertThat(target.year()).isNull();
    }
}
