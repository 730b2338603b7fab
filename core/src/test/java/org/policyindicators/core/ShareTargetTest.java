package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ShareTargetTest extends AbstractTargetTest<ShareTarget> {

    @Override
    ShareTarget full() {
        // 首位度超过30%: Taiyuan's share of Shanxi's GDP
        return new ShareTarget(Comparison.GT, new BigDecimal("30"), Units.PERCENT, Text.zh("全省GDP"),
                IndicatorReference.of("shanxi-14fyp", "gdp"), Y2025, Y2021, true, Modality.STRIVE,
                Text.zh("首位度超过30%"));
    }

    @Override
    ShareTarget minimal() {
        // 占全市的72.1%
        return ShareTarget.of(Comparison.REACH, new BigDecimal("72.1"), Text.zh("全市"), Y2025);
    }

    @Override
    TargetKind kind() {
        return TargetKind.SHARE;
    }

    @Override
    Map<String, ThrowingCallable> nullArguments() {
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("comparator", () -> ShareTarget.of(null, BigDecimal.TEN, Text.EMPTY, Y2025));
        calls.put("value", () -> ShareTarget.of(Comparison.GT, null, Text.EMPTY, Y2025));
        calls.put("whole", () -> ShareTarget.of(Comparison.GT, BigDecimal.TEN, null, Y2025));
        calls.put("modality", () -> new ShareTarget(Comparison.GT, BigDecimal.TEN, null, Text.EMPTY, null, null, null,
                false, null, Text.EMPTY));
        calls.put("text", () -> new ShareTarget(Comparison.GT, BigDecimal.TEN, null, Text.EMPTY, null, null, null,
                false, Modality.PLAIN, null));
        return calls;
    }

    @Test
    void of_leavesUnitAndWholeIndicatorOpen() {
        assertThat(minimal().unit()).isNull();
        assertThat(minimal().wholeIndicator()).isNull();
        assertThat(minimal().whole()).isEqualTo(Text.zh("全市"));
    }
}
