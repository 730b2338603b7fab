package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ZeroTargetTest extends AbstractTargetTest<ZeroTarget> {

    @Override
    ZeroTarget full() {
        // 零就业家庭动态清零, every year
        return new ZeroTarget(Y2025, Y2021, true, Modality.ENSURE, Text.zh("零就业家庭动态清零"));
    }

    @Override
    ZeroTarget minimal() {
        return ZeroTarget.of(Y2025);
    }

    @Override
    TargetKind kind() {
        return TargetKind.ZERO;
    }

    @Override
    Map<String, ThrowingCallable> nullArguments() {
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("modality", () -> new ZeroTarget(null, null, false, null, Text.EMPTY));
        calls.put("text", () -> new ZeroTarget(null, null, false, Modality.PLAIN, null));
        return calls;
    }

    @Test
    void annual_marksARecurringZeroTarget() {
        assertThat(full().annual()).isTrue();
        assertThat(minimal().annual()).isFalse();
    }

    @Test
    void essentially_keepsTheHedgeThroughEveryWither() {
        // 重污染天气基本消除
        ZeroTarget hedged = ZeroTarget.of(Y2025).withEssentially(true);

        assertThat(hedged.essentially()).isTrue();
        assertThat(minimal().essentially()).isFalse();
        assertThat(hedged.withYear(Y2021).withStartYear(Y2021).withAnnual(true).withModality(Modality.STRIVE)
                .withText(Text.zh("重污染天气基本消除")).essentially()).isTrue();
        assertThat(hedged.withEssentially(false)).isEqualTo(minimal());
    }
}
