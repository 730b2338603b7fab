package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The kebab-case codes of the enums of the JSON format, all looked up through {@link Codes}. */
class CodesTest {

    record Coded(Class<? extends Enum<?>> type, Function<Enum<?>, String> code, Function<String, Enum<?>> ofCode) {
        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> Coded coded(Class<E> type, Function<E, String> code, Function<String, E> of) {
        return new Coded(type, e -> code.apply((E) e), of::apply);
    }

    static Stream<Coded> codedEnums() {
        return Stream.of(
                coded(Aspect.class, Aspect::code, Aspect::ofCode),
                coded(Attribute.class, Attribute::code, Attribute::ofCode),
                coded(ChangeMode.class, ChangeMode::code, ChangeMode::ofCode),
                coded(Comparison.class, Comparison::code, Comparison::ofCode),
                coded(Dimension.class, Dimension::code, Dimension::ofCode),
                coded(Direction.class, Direction::code, Direction::ofCode),
                coded(ImpliedYear.Basis.class, ImpliedYear.Basis::code, ImpliedYear.Basis::ofCode),
                coded(Modality.class, Modality::code, Modality::ofCode),
                coded(ObservationStatus.class, ObservationStatus::code, ObservationStatus::ofCode),
                coded(Polarity.class, Polarity::code, Polarity::ofCode),
                coded(RankKind.class, RankKind::code, RankKind::ofCode),
                coded(TargetKind.class, TargetKind::code, TargetKind::ofCode));
    }

    @ParameterizedTest
    @MethodSource("codedEnums")
    void ofCode_readsBackCode(Coded coded) {
        for (Enum<?> constant : coded.type().getEnumConstants()) {
            assertThat(coded.ofCode().apply(coded.code().apply(constant))).isSameAs(constant);
        }
    }

    @ParameterizedTest
    @MethodSource("codedEnums")
    void code_isTheKebabCaseName(Coded coded) {
        for (Enum<?> constant : coded.type().getEnumConstants()) {
            String code = coded.code().apply(constant);
            assertThat(Codes.isCode(code)).as(code).isTrue();
            assertThat(code.replace('-', '_').toUpperCase(java.util.Locale.ROOT)).isEqualTo(constant.name());
        }
    }

    @ParameterizedTest
    @MethodSource("codedEnums")
    void ofCode_rejectsTheConstantNameAndUnknownCodes(Coded coded) {
        Enum<?> first = coded.type().getEnumConstants()[0];
        for (String bad : new String[] {first.name(), "", "unknown-code", " " + coded.code().apply(first)}) {
            assertThatThrownBy(() -> coded.ofCode().apply(bad))
                    .isInstanceOf(PolicyException.class)
                    .hasMessageContaining(coded.type().getSimpleName())
                    .hasMessageContaining("'" + bad + "'")
                    .hasMessageContaining(coded.code().apply(first));
        }
    }

    @ParameterizedTest
    @MethodSource("codedEnums")
    void ofCode_rejectsNullNamingTheParameter(Coded coded) {
        assertThatNullPointerException().isThrownBy(() -> coded.ofCode().apply(null)).withMessage("code");
    }

    /** An enum type that only the next test uses, so that its codes are first computed there. */
    enum FreshlySeen {
        FIRST_ONE, SECOND, THIRD_AND_LAST
    }

    @Test
    void kebabAndOfCode_workForAnEnumTypeSeenForTheFirstTime() {
        assertThat(Codes.kebab(FreshlySeen.THIRD_AND_LAST)).isEqualTo("third-and-last");
        assertThat(Codes.ofCode(FreshlySeen.class, "first-one")).isSameAs(FreshlySeen.FIRST_ONE);
        assertThat(Codes.ofCode(FreshlySeen.class, "second")).isSameAs(FreshlySeen.SECOND);
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                arguments(Dimension.RATIO_DIFFERENCE, "ratio-difference"),
                arguments(Polarity.HIGHER_IS_BETTER, "higher-is-better"),
                arguments(Polarity.WITHIN_RANGE, "within-range"),
                arguments(ObservationStatus.PROVISIONAL, "provisional"),
                arguments(TargetKind.QUALITATIVE, "qualitative"),
                arguments(Attribute.BINDING, "binding"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void code_matchesTheJsonFormat(Enum<?> constant, String expected) {
        String code = codedEnums().filter(c -> c.type() == constant.getDeclaringClass()).findFirst().orElseThrow()
                .code().apply(constant);

        assertThat(code).isEqualTo(expected);
    }

    //-----------------------------------------------------------------------
    // isCode()
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @ValueSource(strings = {"a", "z", "cny", "square-metre", "x1", "a-1-b2", "zz-09"})
    void isCode_acceptsLowerCaseKebabCase(String code) {
        assertThat(Codes.isCode(code)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"''", "A", "1a", "-a", "a-", "a--b", "a_b", "a b", "é", "a.b", "`a", "{a", "a`", "a{", "a/", "a:"})
    void isCode_rejectsEverythingElse(String code) {
        assertThat(Codes.isCode(code)).isFalse();
    }
}
