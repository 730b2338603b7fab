package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CumulativeTargetTest extends AbstractTargetTest<CumulativeTarget> {

    @Override
    CumulativeTarget full() {
        // "十四五"期间预计累计培训3万人
        return new CumulativeTarget(Comparison.REACH, new BigDecimal("3"), Units.PERSON_10K, Y2025, Y2021, false,
                Modality.PROJECTED, Text.zh("\"十四五\"期间预计累计培训3万人"));
    }

    @Override
    CumulativeTarget minimal() {
        return CumulativeTarget.of(Comparison.GE, new BigDecimal("220.9"), Units.CNY_100M, Y2025);
    }

    @Override
    TargetKind kind() {
        return TargetKind.CUMULATIVE;
    }

    @Override
    Map<String, ThrowingCallable> nullArguments() {
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("comparator", () -> CumulativeTarget.of(null, BigDecimal.TEN, Y2025));
        calls.put("value", () -> CumulativeTarget.of(Comparison.GE, null, Y2025));
        calls.put("unit", () -> CumulativeTarget.of(Comparison.GE, BigDecimal.TEN, (Unit) null, Y2025));
        calls.put("modality", () -> new CumulativeTarget(Comparison.GE, BigDecimal.TEN, null, null, null, false,
                null, Text.EMPTY));
        calls.put("text", () -> new CumulativeTarget(Comparison.GE, BigDecimal.TEN, null, null, null, false,
                Modality.PLAIN, null));
        return calls;
    }

    @Test
    void period_isThePlanPeriodOfTheTotal() {
        assertThat(full().period()).contains(YearRange.ofFiveYearPlan(14));
    }
}
