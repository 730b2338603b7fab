package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUnitTest {

    private static final BaseUnit BED = BaseUnit.of("bed", Dimension.COUNT, "床", "beds");

    @Test
    void of_isAReferenceUnitWithChineseAndEnglishSymbols() {
        assertThat(BED.code()).isEqualTo("bed");
        assertThat(BED.dimension()).isEqualTo(Dimension.COUNT);
        assertThat(BED.symbol()).isEqualTo(Text.zhEn("床", "beds"));
        assertThat(BED.conversion()).isNull();
    }

    @Test
    void withConversion_keepsTheRestAndLeavesTheOriginal() {
        Conversion toItems = Conversion.of("item", 1, 1);
        BaseUnit converted = BED.withConversion(toItems);

        assertThat(converted).isEqualTo(new BaseUnit("bed", Dimension.COUNT, Text.zhEn("床", "beds"), toItems));
        assertThat(BED.conversion()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bed", "bed_", "床", "-bed", "bed "})
    void constructor_rejectsCodesOutsideKebabCase(String code) {
        assertThatThrownBy(() -> BaseUnit.of(code, Dimension.COUNT, "床", "beds"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("'" + code + "'");
    }

    static Stream<Arguments> nullArguments() {
        return Stream.of(
                arguments((ThrowingCallable) () -> new BaseUnit(null, Dimension.COUNT, Text.EMPTY, null), "code"),
                arguments((ThrowingCallable) () -> new BaseUnit("bed", null, Text.EMPTY, null), "dimension"),
                arguments((ThrowingCallable) () -> new BaseUnit("bed", Dimension.COUNT, null, null), "symbol"),
                arguments((ThrowingCallable) () -> BaseUnit.of(null, Dimension.COUNT, "床", "beds"), "code"),
                arguments((ThrowingCallable) () -> BaseUnit.of("bed", null, "床", "beds"), "dimension"),
                arguments((ThrowingCallable) () -> BaseUnit.of("bed", Dimension.COUNT, null, "beds"), "zh"),
                arguments((ThrowingCallable) () -> BaseUnit.of("bed", Dimension.COUNT, "床", null), "en"),
                arguments((ThrowingCallable) () -> BED.withConversion(null), "conversion"));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void factoriesAndMethods_rejectNullNamingTheParameter(ThrowingCallable call, String parameter) {
        assertThatNullPointerException().isThrownBy(call).withMessage(parameter);
    }

    @Test
    void equals_comparesEveryComponent() {
        assertThat(BED).isEqualTo(BaseUnit.of("bed", Dimension.COUNT, "床", "beds"))
                .hasSameHashCodeAs(BaseUnit.of("bed", Dimension.COUNT, "床", "beds"))
                .isNotEqualTo(BaseUnit.of("bed", Dimension.OTHER, "床", "beds"))
                .isNotEqualTo(BaseUnit.of("bed", Dimension.COUNT, "张", "beds"))
                .isNotEqualTo(BED.withConversion(Conversion.of("item", 1, 1)));
    }
}
