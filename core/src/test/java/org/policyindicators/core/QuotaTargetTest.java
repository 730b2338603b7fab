package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class QuotaTargetTest extends AbstractTargetTest<QuotaTarget> {

    @Override
    QuotaTarget full() {
        // 超额完成市下达任务, with the number of the quota
        return new QuotaTarget(Comparison.GT, Text.zh("市"), new BigDecimal("5000"), Units.PERSON, Y2025, Y2021,
                true, Modality.ENSURE, Text.zh("超额完成市下达任务"));
    }

    @Override
    QuotaTarget minimal() {
        return QuotaTarget.of(Comparison.REACH, Text.zh("市"), Y2025);
    }

    @Override
    TargetKind kind() {
        return TargetKind.QUOTA;
    }

    @Override
    Map<String, ThrowingCallable> nullArguments() {
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("comparator", () -> QuotaTarget.of(null, Text.EMPTY, Y2025));
        calls.put("assignedBy", () -> QuotaTarget.of(Comparison.REACH, null, Y2025));
        calls.put("modality", () -> new QuotaTarget(Comparison.REACH, Text.EMPTY, null, null, null, null, false, null,
                Text.EMPTY));
        calls.put("text", () -> new QuotaTarget(Comparison.REACH, Text.EMPTY, null, null, null, null, false,
                Modality.PLAIN, null));
        return calls;
    }

    @Test
    void of_hasNoNumber() {
        assertThat(minimal().value()).isNull();
        assertThat(minimal().unit()).isNull();
        assertThat(full().value()).isEqualByComparingTo("5000");
    }
}
