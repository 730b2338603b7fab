package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TargetKindTest {

    @Test
    void kinds_matchThePermittedRecordsOneToOne() {
        Set<Class<?>> permitted = Set.of(Target.class.getPermittedSubclasses());
        List<Class<? extends Target>> types = Arrays.stream(TargetKind.values()).map(TargetKind::type).toList();

        assertThat(types).doesNotHaveDuplicates();
        assertThat(Set.copyOf(types)).isEqualTo(permitted);
    }

    @ParameterizedTest
    @EnumSource(TargetKind.class)
    void type_isARecordWhoseSimpleNameIsTheCodeInPascalCase(TargetKind kind) {
        String expected = Arrays.stream(kind.code().split("-"))
                .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                .collect(Collectors.joining()) + "Target";

        assertThat(kind.type().isRecord()).isTrue();
        assertThat(kind.type().getSimpleName()).isEqualTo(expected);
    }

    @Test
    void codes_coverEveryKindOfStatementOfTheDesign() {
        assertThat(Arrays.stream(TargetKind.values()).map(TargetKind::code)).containsExactly(
                "level", "range", "multiple", "change", "growth", "average", "cumulative", "relative", "direction",
                "qualitative", "rank", "grade", "zero", "share", "quota");
    }
}
