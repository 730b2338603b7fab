package org.policyindicators.io.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a message is put together: the bundles looked up from the most specific locale to the
 * root, the variant chosen by the parameters, placeholders filled as plain text, terms
 * translated, and document text escaped and shortened at its exact limits.
 */
class MessagesRenderingTest {

    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    private static final Messages CHINESE = Messages.forLocale(Locale.CHINESE);

    //-----------------------------------------------------------------------
    // bundles
    //-----------------------------------------------------------------------
    @Test
    void languageAndCountry_fallBackToTheLanguageBundleThenTheRoot() {
        Messages taiwan = Messages.forLocale(Locale.TRADITIONAL_CHINESE);

        assertThat(taiwan.find("severity.error")).isEqualTo("错误");
        assertThat(Messages.forLocale(Locale.CHINA).find("term.higher-is-better")).isEqualTo("越高越好");
    }

    @Test
    void rootLocale_readsTheRootBundle() {
        assertThat(Messages.forLocale(Locale.ROOT).find("severity.error")).isEqualTo("error");
        assertThat(Messages.forLocale(Locale.ROOT).find("severity.info")).isEqualTo("info");
    }

    @Test
    void aKeyNoBundleHas_isNotFound() {
        assertThat(CHINESE.find("no-such-key")).isNull();
        assertThat(CHINESE.template("no-such-key", Map.of())).isNull();
    }

    @Test
    void forLocale_returnsTheSameMessagesForTheSameLanguageAndCountry() {
        assertThat(Messages.forLocale(Locale.forLanguageTag("zh-CN"))).isSameAs(Messages.forLocale(Locale.CHINA));
    }

    //-----------------------------------------------------------------------
    // variants
    //-----------------------------------------------------------------------
    @Test
    void template_isTheKeysOwnWhenItsPlaceholdersAreFilled() {
        Map<String, Object> full = Map.of("problem", "bad", "line", 3, "column", 7);

        assertThat(ENGLISH.template("unreadable-document", full))
                .isEqualTo("The document cannot be read: {problem} (line {line}, column {column}).");
        assertThat(ENGLISH.render("unreadable-document", full))
                .isEqualTo("The document cannot be read: bad (line 3, column 7).");
    }

    @Test
    void template_isTheFirstVariantWhosePlaceholdersAreFilled() {
        assertThat(ENGLISH.render("unreadable-document", Map.of("problem", "no file")))
                .isEqualTo("The document cannot be read: no file.");
    }

    @Test
    void template_isTheKeysOwnWhenNoVariantIsFilled() {
        assertThat(ENGLISH.template("unreadable-document", Map.of()))
                .isEqualTo("The document cannot be read: {problem} (line {line}, column {column}).");
        assertThat(ENGLISH.render("unreadable-document", Map.of()))
                .isEqualTo("The document cannot be read: {problem} (line {line}, column {column}).");
    }

    @Test
    void render_ofAKeyNoBundleHas_givesTheKeyAndTheParameters() {
        assertThat(ENGLISH.render("no-such-key", Map.of("a", 1))).isEqualTo("no-such-key {a=1}");
    }

    //-----------------------------------------------------------------------
    // placeholders
    //-----------------------------------------------------------------------
    @Test
    void placeholders_areListedOnceInOrderOfFirstUse() {
        assertThat(Messages.placeholders("{b} and {#a}, then {b} and {c}")).containsExactly("b", "a", "c");
        assertThat(Messages.placeholders("{x}{y}")).containsExactly("x", "y");
    }

    @Test
    void placeholders_continueAfterTheBraceThatClosesOne() {
        assertThat(Messages.placeholders("{a{}")).containsExactly("a{");
    }

    @Test
    void render_ofATemplateShorterThanItsParameters_isWhole() {
        assertThat(ENGLISH.render("severity.error", Map.of())).isEqualTo("error");
    }

    @Test
    void placeholders_stopAtABraceThatIsNotClosed() {
        assertThat(Messages.placeholders("{a} and {b")).containsExactly("a");
        assertThat(Messages.placeholders("no braces")).isEmpty();
    }

    @Test
    void render_leavesABraceThatIsNotClosedAsItIs() {
        assertThat(ENGLISH.render("unreadable-document.2", Map.of("problem", "{open"))).isEqualTo(
                "The document cannot be read: {open.");
    }

    @Test
    void render_insertsTermsTranslatedAndOtherValuesAsTheyAre() {
        Map<String, Object> parameters = Map.of("polarity", "lower-is-better", "direction", "increase");

        assertThat(CHINESE.render("target-against-polarity", parameters))
                .isEqualTo("该指标为越低越好，而此目标的方向为上升。");
        assertThat(ENGLISH.render("target-against-polarity", Map.of("polarity", "sideways", "direction", "up")))
                .isEqualTo("The indicator is sideways, but this target's direction is up.");
    }

    @Test
    void render_formatsDecimalsAsStated() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("value", new BigDecimal("0.50"));

        assertThat(ENGLISH.render("non-positive-factor", parameters))
                .isEqualTo("The factor 0.50 of a multiple target is not positive.");
    }

    //-----------------------------------------------------------------------
    // escape
    //-----------------------------------------------------------------------
    @Test
    void escape_keepsOrdinaryTextAsItIs() {
        assertThat(Messages.escape("全区 high-tech ‘227’ \u202f\u2065\u206a")).isEqualTo("全区 high-tech ‘227’ \u202f\u2065\u206a");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x1f, 0x7f, 0x9f, 0x2028, 0x2029, 0x202a, 0x202e, 0x2066, 0x2069})
    void escape_writesControlLineSeparatorAndBidiCharactersAsEscapes(int codePoint) {
        String escaped = String.format(Locale.ROOT, "\\u%04x", codePoint);

        assertThat(Messages.escape("a" + (char) codePoint + "b")).isEqualTo("a" + escaped + "b");
    }

    @Test
    void escape_keepsTheCharactersBesideTheEscapedRanges() {
        assertThat(Messages.escape("\u0020\u00a0\u2027\u202f\u2065\u206a")).isEqualTo("\u0020\u00a0\u2027\u202f\u2065\u206a");
    }

    @Test
    void escape_keepsTextOfTheLimitWhole() {
        String limit = "x".repeat(120);

        assertThat(Messages.escape(limit)).isEqualTo(limit);
    }

    @Test
    void escape_shortensTextBeyondTheLimitToTheLimitAndAnEllipsis() {
        assertThat(Messages.escape("x".repeat(121))).isEqualTo("x".repeat(120) + "…");
    }

    @Test
    void escape_countsCharactersNotCharsTowardsTheLimit() {
        String emoji = "\uD83D\uDE00";

        assertThat(Messages.escape(emoji.repeat(120))).isEqualTo(emoji.repeat(120));
        assertThat(Messages.escape(emoji.repeat(121))).isEqualTo(emoji.repeat(120) + "…");
    }

    @Test
    void escape_countsAnEscapeAsOneCharacter() {
        String text = "\n".repeat(121);

        assertThat(Messages.escape(text)).isEqualTo("\\u000a".repeat(120) + "…");
    }
}
