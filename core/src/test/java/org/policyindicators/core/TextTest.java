package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    private static final Text ZH_EN = Text.of("zh-Hans", "地区生产总值", "en", "gross domestic product");

    //-----------------------------------------------------------------------
    // constructor and factories
    //-----------------------------------------------------------------------
    @Test
    void of_keepsOneLanguage() {
        Text text = Text.of("zh", "高新技术企业");

        assertThat(text.values()).containsExactly(Map.entry("zh", "高新技术企业"));
        assertThat(text.isEmpty()).isFalse();
    }

    @Test
    void zh_isTheChineseText() {
        assertThat(Text.zh("万柏林区")).isEqualTo(Text.of("zh", "万柏林区"));
    }

    @Test
    void zhEn_isTheChineseAndEnglishText() {
        assertThat(Text.zhEn("太原市", "Taiyuan")).isEqualTo(Text.of("en", "Taiyuan", "zh", "太原市"));
    }

    @Test
    void constructor_ordersTagsAlphabetically() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("zh", "区");
        given.put("en", "district");
        given.put("de", "Bezirk");

        assertThat(new Text(given).values().keySet()).containsExactly("de", "en", "zh");
    }

    @Test
    void constructor_copiesTheMap() {
        Map<String, String> given = new HashMap<>();
        given.put("zh", "区");
        Text text = new Text(given);

        given.put("en", "district");

        assertThat(text.values()).containsOnlyKeys("zh");
    }

    @Test
    void values_isUnmodifiable() {
        assertThatThrownBy(() -> ZH_EN.values().put("fr", "produit"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "中文", "\u0000", "🙂", "line\nbreak"})
    void constructor_keepsAnyValueExactly(String value) {
        assertThat(Text.of("zh", value).get("zh")).contains(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en", "zh-Hans", "zh-Hans-CN", "ZH", "x-private", "en-US-u-nu-latn", "AZ-az-09"})
    void constructor_acceptsWellFormedTags(String tag) {
        assertThat(Text.of(tag, "x").get(tag)).contains("x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-zh", "zh-", "zh--Hans", "zh_Hans", "中文", "zh Hans",
        "zh-@", "zh-[", "zh-`", "zh-{", "zh-/", "zh-:"})
    void constructor_rejectsMalformedTags(String tag) {
        assertThatThrownBy(() -> Text.of(tag, "x"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("'" + tag + "'");
    }

    @Test
    void constructor_rejectsOverlongTag() {
        String tag = "a".repeat(65);

        assertThatThrownBy(() -> Text.of(tag, "x")).isInstanceOf(PolicyException.class);
        assertThat(Text.of("a".repeat(64), "x").isEmpty()).isFalse();
    }

    @Test
    void of_rejectsDuplicateTags() {
        assertThatThrownBy(() -> Text.of("zh", "一", "zh", "二"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("'zh'");
    }

    static Stream<Arguments> nullArguments() {
        return Stream.of(
                arguments((ThrowingCallable) () -> new Text(null), "values"),
                arguments((ThrowingCallable) () -> Text.of(null, "x"), "tag"),
                arguments((ThrowingCallable) () -> Text.of("zh", null), "text"),
                arguments((ThrowingCallable) () -> Text.of(null, "x", "en", "y"), "tag1"),
                arguments((ThrowingCallable) () -> Text.of("zh", null, "en", "y"), "text1"),
                arguments((ThrowingCallable) () -> Text.of("zh", "x", null, "y"), "tag2"),
                arguments((ThrowingCallable) () -> Text.of("zh", "x", "en", null), "text2"),
                arguments((ThrowingCallable) () -> Text.zh(null), "text"),
                arguments((ThrowingCallable) () -> Text.zhEn(null, "x"), "zh"),
                arguments((ThrowingCallable) () -> Text.zhEn("x", null), "en"),
                arguments((ThrowingCallable) () -> ZH_EN.with(null, "x"), "tag"),
                arguments((ThrowingCallable) () -> ZH_EN.with("fr", null), "text"),
                arguments((ThrowingCallable) () -> ZH_EN.get(null), "tag"),
                arguments((ThrowingCallable) () -> ZH_EN.resolve((String) null), "tag"),
                arguments((ThrowingCallable) () -> ZH_EN.resolve((Locale) null), "locale"),
                arguments((ThrowingCallable) () -> ZH_EN.best(null), "tag"));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void factoriesAndMethods_rejectNullNamingTheParameter(ThrowingCallable call, String parameter) {
        assertThatNullPointerException().isThrownBy(call).withMessage(parameter);
    }

    @Test
    void constructor_rejectsNullTextNamingItsTag() {
        Map<String, String> given = new HashMap<>();
        given.put("zh", null);

        assertThatNullPointerException().isThrownBy(() -> new Text(given)).withMessageContaining("zh");
    }

    //-----------------------------------------------------------------------
    // with()
    //-----------------------------------------------------------------------
    @Test
    void with_addsALanguage() {
        Text text = Text.zh("太原市").with("en", "Taiyuan");

        assertThat(text).isEqualTo(Text.zhEn("太原市", "Taiyuan"));
    }

    @Test
    void with_replacesALanguageAndLeavesTheOriginal() {
        Text original = Text.zh("旧");
        Text changed = original.with("zh", "新");

        assertThat(changed.get("zh")).contains("新");
        assertThat(original.get("zh")).contains("旧");
    }

    @Test
    void with_rejectsMalformedTag() {
        assertThatThrownBy(() -> Text.EMPTY.with("zh_CN", "x")).isInstanceOf(PolicyException.class);
    }

    //-----------------------------------------------------------------------
    // get(), resolve(), best()
    //-----------------------------------------------------------------------
    @Test
    void get_hasNoFallback() {
        assertThat(ZH_EN.get("zh")).isEmpty();
        assertThat(ZH_EN.get("zh-Hans")).contains("地区生产总值");
    }

    @ParameterizedTest
    @CsvSource({
        // wanted tag, expected text
        "zh-Hans,       地区生产总值",
        "zh-Hans-CN,    地区生产总值",
        "zh,            地区生产总值",
        "zh-TW,         地区生产总值",
        "ZH,            地区生产总值",
        "en,            gross domestic product",
        "en-GB,         gross domestic product",
        // no language matches: the first entry in tag order
        "fr,            gross domestic product",
        "'',            gross domestic product",
    })
    void resolve_fallsBackAsDocumented(String tag, String expected) {
        assertThat(ZH_EN.resolve(tag)).contains(expected);
        assertThat(ZH_EN.best(tag)).isEqualTo(expected);
    }

    @Test
    void resolve_prefersTheExactTagOverItsPrimaryLanguage() {
        Text text = Text.of("zh", "简", "zh-Hant", "繁");

        assertThat(text.resolve("zh-Hant-TW")).contains("繁");
        assertThat(text.resolve("zh-Hans")).contains("简");
    }

    @Test
    void resolve_ignoresTheCaseOfTags() {
        // regression: zh-hans was passed over for zh-Hant, which sorts first, when zh-Hans was wanted
        Text text = Text.of("zh-Hant", "繁體", "zh-hans", "简体");

        assertThat(text.resolve("zh-Hans")).contains("简体");
        assertThat(text.resolve("ZH-HANT-TW")).contains("繁體");
    }

    @Test
    void resolve_prefersAnExactMatchOverOneIgnoringCase() {
        Text text = Text.of("zh", "小写", "ZH", "大写");

        assertThat(text.resolve("ZH")).contains("大写");
        assertThat(text.resolve("zh")).contains("小写");
    }

    @Test
    void resolve_readsTheLanguageTagOfALocale() {
        assertThat(ZH_EN.resolve(Locale.SIMPLIFIED_CHINESE)).contains("地区生产总值");
        assertThat(ZH_EN.resolve(Locale.UK)).contains("gross domestic product");
    }

    @Test
    void resolve_isEmptyOnlyForTheEmptyText() {
        assertThat(Text.EMPTY.resolve("zh")).isEmpty();
        assertThat(Text.EMPTY.best("zh")).isEmpty();
        assertThat(Text.EMPTY.isEmpty()).isTrue();
    }

    //-----------------------------------------------------------------------
    // equals() and hashCode()
    //-----------------------------------------------------------------------
    @Test
    void equals_dependsOnContentNotOnInsertionOrder() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("zh", "区");
        a.put("en", "district");
        Map<String, String> b = new LinkedHashMap<>();
        b.put("en", "district");
        b.put("zh", "区");

        assertThat(new Text(a)).isEqualTo(new Text(b)).hasSameHashCodeAs(new Text(b));
        assertThat(new Text(a).values().keySet()).containsExactlyElementsOf(new Text(b).values().keySet());
    }

    @Test
    void equals_distinguishesTagsAndTexts() {
        assertThat(Text.zh("区")).isNotEqualTo(Text.of("en", "区"))
                .isNotEqualTo(Text.zh("区 "))
                .isNotEqualTo(Text.EMPTY);
    }
}
