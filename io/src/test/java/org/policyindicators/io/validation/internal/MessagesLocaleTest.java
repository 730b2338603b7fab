package org.policyindicators.io.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.MissingResourceException;

import org.junit.jupiter.api.Test;

/**
 * The chain of bundles read for a language and country, read afresh from a test chain that has
 * a bundle at each level ({@code ChainMessages}, {@code _xx}, {@code _xx_YY}).
 */
class MessagesLocaleTest {

    private static final String CHAIN = "/org/policyindicators/io/validation/internal/ChainMessages";

    @Test
    void languageAndCountry_readTheCountryBundleFirstThenTheLanguageBundleThenTheRoot() {
        Messages messages = Messages.load(CHAIN, "xx", "YY");

        assertThat(messages.find("level")).isEqualTo("xx-YY");
        assertThat(messages.find("language-and-root")).isEqualTo("xx");
        assertThat(messages.find("only-root")).isEqualTo("root {value}");
    }

    @Test
    void aLanguageAlone_readsTheLanguageBundleThenTheRoot() {
        Messages messages = Messages.load(CHAIN, "xx", "");

        assertThat(messages.find("level")).isEqualTo("xx");
        assertThat(messages.find("only-root")).isEqualTo("root {value}");
    }

    @Test
    void aCountryWithoutALanguage_readsTheRootOnly() {
        assertThat(Messages.load(CHAIN, "", "YY").find("level")).isEqualTo("root");
        assertThat(Messages.load(CHAIN, "", "").find("level")).isEqualTo("root");
    }

    @Test
    void aLanguageWithoutBundles_readsTheRoot() {
        assertThat(Messages.load(CHAIN, "yy", "ZZ").find("level")).isEqualTo("root");
    }

    @Test
    void aBaseWithoutARootBundle_isMissing() {
        assertThatThrownBy(() -> Messages.load("/org/policyindicators/io/validation/internal/NoMessages", "xx", "YY"))
                .isInstanceOf(MissingResourceException.class)
                .hasMessage("No message bundle /org/policyindicators/io/validation/internal/NoMessages");
    }

    @Test
    void template_triesTheVariantsInAscendingOrderUpToTheFirstFilled() {
        Messages messages = Messages.load(CHAIN, "", "");

        assertThat(messages.template("triple", Map.of("a", 1, "b", 2))).isEqualTo("{a}{b}");
        assertThat(messages.render("triple", Map.of("a", 1))).isEqualTo("1");
    }

    @Test
    void render_fillsPlaceholdersThatFollowEachOther() {
        Messages messages = Messages.load(CHAIN, "", "");

        assertThat(messages.render("pair", Map.of("a", 1, "b", 2))).isEqualTo("12");
        assertThat(messages.render("pair", Map.of("a", "}{"))).isEqualTo("}{");
    }
}
