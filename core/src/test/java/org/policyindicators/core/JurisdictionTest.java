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

class JurisdictionTest {

    private static final Jurisdiction WANBAILIN = Jurisdiction.of("wanbailin", Text.zhEn("万柏林区", "Wanbailin District"),
            JurisdictionLevel.DISTRICT, "140109", "taiyuan");

    @Test
    void of_keepsEveryPart() {
        assertThat(WANBAILIN.id()).isEqualTo("wanbailin");
        assertThat(WANBAILIN.name().best("zh")).isEqualTo("万柏林区");
        assertThat(WANBAILIN.level()).isEqualTo(JurisdictionLevel.DISTRICT);
        assertThat(WANBAILIN.code()).isEqualTo("140109");
        assertThat(WANBAILIN.parent()).isEqualTo("taiyuan");
    }

    @Test
    void of_acceptsATopLevelWithoutCode() {
        Jurisdiction shanxi = Jurisdiction.of("shanxi", Text.zh("山西省"), JurisdictionLevel.PROVINCE, null, null);

        assertThat(shanxi.code()).isNull();
        assertThat(shanxi.parent()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void of_rejectsABlankIdentifier(String id) {
        assertThatThrownBy(() -> Jurisdiction.of(id, Text.zh("太原市"), JurisdictionLevel.CITY, "140100", null))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("id");
    }

    static Stream<Arguments> nullArguments() {
        return Stream.of(
                arguments((ThrowingCallable) () -> Jurisdiction.of(null, Text.EMPTY, JurisdictionLevel.CITY, null,
                        null), "id"),
                arguments((ThrowingCallable) () -> Jurisdiction.of("t", null, JurisdictionLevel.CITY, null, null),
                        "name"),
                arguments((ThrowingCallable) () -> Jurisdiction.of("t", Text.EMPTY, null, null, null), "level"));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void of_rejectsNullNamingTheParameter(ThrowingCallable call, String parameter) {
        assertThatNullPointerException().isThrownBy(call).withMessage(parameter);
    }

    @Test
    void equals_comparesEveryPart() {
        assertThat(WANBAILIN).isEqualTo(new Jurisdiction("wanbailin", Text.zhEn("万柏林区", "Wanbailin District"),
                JurisdictionLevel.DISTRICT, "140109", "taiyuan"))
                .isNotEqualTo(Jurisdiction.of("wanbailin", WANBAILIN.name(), JurisdictionLevel.DISTRICT, "140109", null))
                .isNotEqualTo(Jurisdiction.of("wanbailin", WANBAILIN.name(), JurisdictionLevel.DISTRICT, null,
                        "taiyuan"));
    }

    @Test
    void of_rejectsABlankParent() {
        assertThatThrownBy(() -> Jurisdiction.of("wanbailin", Text.zh("万柏林区"), JurisdictionLevel.DISTRICT, null,
                " \u3000"))
                .isInstanceOf(PolicyException.class)
                .hasMessage("parent must not be blank");
    }
}
