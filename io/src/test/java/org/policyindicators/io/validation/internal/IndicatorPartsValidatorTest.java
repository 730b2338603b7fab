package org.policyindicators.io.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class IndicatorPartsValidatorTest {

    /** The rule as the message bundles state it, an oracle independent of the character loop. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final String ALPHABET = "aZ09._- /~:é太\t";

    @Test
    void isIdentifier_agreesWithThePatternOfTheOtherIdentifiers_onRandomStrings() {
        Random random = new Random(1122L);
        int identifiers = 0;
        for (int n = 0; n < 50_000; n++) {
            int length = random.nextInt(8) == 0 ? 120 + random.nextInt(16) : random.nextInt(6);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < length; i++) {
                // mostly identifier characters, so that long matches occur
                s.append(random.nextInt(10) < 8 ? "aZ09._-".charAt(random.nextInt(7))
                        : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            boolean expected = IDENTIFIER.matcher(s).matches();
            identifiers += expected ? 1 : 0;
            assertThat(IndicatorPartsValidator.isIdentifier(s.toString())).as("'%s'", s).isEqualTo(expected);
        }
        assertThat(identifiers).isBetween(5_000, 45_000);
    }

    @Test
    void isIdentifier_acceptsNull_asThePatternConstraintDoes() {
        assertThat(IndicatorPartsValidator.isIdentifier(null)).isTrue();
        assertThat(IndicatorPartsValidator.isIdentifier("")).isFalse();
        assertThat(IndicatorPartsValidator.isIdentifier("a".repeat(128))).isTrue();
        assertThat(IndicatorPartsValidator.isIdentifier("a".repeat(129))).isFalse();
    }

    @Test
    void isValid_leavesANullIndicatorToNotNull_asConstraintValidatorsDo() {
        assertThat(new IndicatorPartsValidator().isValid(null, null)).isTrue();
    }
}
