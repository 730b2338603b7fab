package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class QualitativeTargetTest extends AbstractTargetTest<QualitativeTarget> {

    @Override
    QualitativeTarget full() {
        return new QualitativeTarget(Y2025, Y2021, true, Modality.ENSURE, Text.zh("经济运行保持在合理区间"));
    }

    @Override
    QualitativeTarget minimal() {
        return QualitativeTarget.of(Y2025);
    }

    @Override
    TargetKind kind() {
        return TargetKind.QUALITATIVE;
    }

    @Override
    Map<String, ThrowingCallable> nullArguments() {
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("modality", () -> new QualitativeTarget(null, null, false, null, Text.EMPTY));
        calls.put("text", () -> new QualitativeTarget(null, null, false, Modality.PLAIN, null));
        return calls;
    }

    @Test
    void text_holdsTheWording() {
        assertThat(full().text().best("zh")).isEqualTo("经济运行保持在合理区间");
        assertThat(QualitativeTarget.of(null).year()).isNull();
    }
}
