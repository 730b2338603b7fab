package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RankTargetTest extends AbstractTargetTest<RankTarget> {

    @Override
    RankTarget full() {
        // 稳居全省第一方阵
        return new RankTarget(Comparison.LE, 1, RankKind.TIER, Text.zh("全省"), Y2025, Y2021, true, Modality.PLAIN,
                Text.zh("稳居全省第一方阵"));
    }

    @Override
    RankTarget minimal() {
        // 全国百强区第61位
        return RankTarget.of(Comparison.LE, 61, RankKind.POSITION, Text.zh("全国百强区"), Y2025);
    }

    @Override
    TargetKind kind() {
        return TargetKind.RANK;
    }

    @Override
    Map<String, ThrowingCallable> nullArguments() {
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("comparator", () -> RankTarget.of(null, 1, RankKind.TIER, Text.EMPTY, Y2025));
        calls.put("rankKind", () -> RankTarget.of(Comparison.LE, 1, null, Text.EMPTY, Y2025));
        calls.put("scope", () -> RankTarget.of(Comparison.LE, 1, RankKind.TIER, null, Y2025));
        calls.put("modality", () -> new RankTarget(Comparison.LE, 1, RankKind.TIER, Text.EMPTY, null, null, false,
                null, Text.EMPTY));
        calls.put("text", () -> new RankTarget(Comparison.LE, 1, RankKind.TIER, Text.EMPTY, null, null, false,
                Modality.PLAIN, null));
        return calls;
    }

    @Test
    void of_keepsRankKindAndScope() {
        assertThat(minimal().rank()).isEqualTo(61);
        assertThat(minimal().rankKind()).isEqualTo(RankKind.POSITION);
        assertThat(minimal().scope()).isEqualTo(Text.zh("全国百强区"));
    }
}
