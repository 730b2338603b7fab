package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    /** The rule as the class documentation states it, an oracle independent of the character loop. */
    private static final Pattern RULE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    //-----------------------------------------------------------------------
    // isValid()
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @ValueSource(strings = {"cn-140109-fyp-14", "3.2.1", "SH_DYN_MORT", "a", "0", "Z.", "a--b", "x_", "AZaz09"})
    void isValid_acceptsAsciiLettersDigitsAndDotUnderscoreHyphen_afterALetterOrDigit(String id) {
        assertThat(Identifiers.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-a", ".a", "_a", "a b", " a", "a ", "a/b", "a~b", "a:b", "é", "高新技术企业",
        "a\tb", "a\u00a0", "a\u3000", "ａ", "١",
        "a@", "a[", "a`", "a{", "a/", "a:"})
    void isValid_rejectsEmptyLeadingPunctuationSpacesAndNonAscii(String id) {
        assertThat(Identifiers.isValid(id)).isFalse();
    }

    @Test
    void isValid_acceptsAtMost128Characters() {
        assertThat(Identifiers.isValid("a".repeat(Identifiers.MAX_LENGTH))).isTrue();
        assertThat(Identifiers.isValid("a".repeat(Identifiers.MAX_LENGTH + 1))).isFalse();
    }

    @Test
    void isValid_rejectsSupplementaryAndLoneSurrogateCharacters() {
        assertThat(Identifiers.isValid("a\uD840\uDC00")).isFalse();
        assertThat(Identifiers.isValid("a\uD840")).isFalse();
        assertThat(Identifiers.isValid("\uDC00")).isFalse();
    }

    @Test
    void isValid_agreesWithTheDocumentedPattern_onRandomStrings() {
        String alphabet = "aZ09._- /~:é太\t\u00a0\u3000";
        SplittableRandom random = new SplittableRandom(2260L);
        for (int n = 0; n < 50_000; n++) {
            int length = random.nextInt(8) == 0 ? 120 + random.nextInt(16) : random.nextInt(6);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < length; i++) {
                s.append(random.nextInt(10) < 8 ? "aZ09._-".charAt(random.nextInt(7))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Identifiers.isValid(s)).as("'%s'", s).isEqualTo(RULE.matcher(s).matches());
        }
    }

    @Test
    void isValid_rejectsNull_namingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> Identifiers.isValid(null)).withMessage("value");
    }

    //-----------------------------------------------------------------------
    // isNotBlank(), requireNotBlank()
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @ValueSource(strings = {"a", " a ", "高新技术企业", "\u00a0", "\u2007", "\u202f", "\u200b", "\u0085", "-"})
    void isNotBlank_acceptsAnyCharacterOtherThanWhiteSpace_includingNoBreakSpaces(String value) {
        assertThat(Identifiers.isNotBlank(value)).isTrue();
        assertThat(Identifiers.requireNotBlank(value, "id")).isSameAs(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n\u000b\f\r", "\u001c\u001f", "\u1680", "\u2000\u200a", "\u2028\u2029",
        "\u205f", "\u3000"})
    void isNotBlank_rejectsEmptyAndWhiteSpaceOnly(String value) {
        assertThat(Identifiers.isNotBlank(value)).isFalse();
        assertThatThrownBy(() -> Identifiers.requireNotBlank(value, "id"))
                .isInstanceOf(PolicyException.class).hasMessage("id must not be blank");
    }

    @Test
    void isNotBlank_holdsForEveryValidIdentifier() {
        for (String id : new String[] {"a", "0", "cn-140109", "a".repeat(128)}) {
            assertThat(Identifiers.isValid(id)).isTrue();
            assertThat(Identifiers.isNotBlank(id)).isTrue();
        }
    }

    @Test
    void requireNotBlank_rejectsNull_namingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> Identifiers.requireNotBlank(null, "issuer"))
                .withMessage("issuer");
        assertThatNullPointerException().isThrownBy(() -> Identifiers.isNotBlank(null)).withMessage("value");
    }
}
