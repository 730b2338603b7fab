package org.policyindicators.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Utf8Test {

    /** Bytes at the edges of the ranges of table 3-7, and some ASCII. */
    private static final int[] EDGES = {0x00, 0x22, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
        0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF};

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "'', true",
        "7b7d, true",
        "e5a4aae58e9f, true", // 太原
        "c2a9, true",
        "f09f8c8f, true", // U+1F30F
        "f48fbfbf, true", // U+10FFFF
        "efbfbe, true", // U+FFFE, a noncharacter, is well formed
        "ed9fbf, true", // U+D7FF
        "ee8080, true", // U+E000
        "80, false", // a continuation byte alone
        "c080, false", // overlong NUL
        "c1bf, false", // overlong
        "e09fbf, false", // overlong below U+0800
        "eda080, false", // the surrogate U+D800
        "edbfbf, false", // the surrogate U+DFFF
        "f08fbfbf, false", // overlong below U+10000
        "f4908080, false", // above U+10FFFF
        "f5808080, false",
        "ff, false",
        "e5a4, false", // truncated at the end
        "e5a441, false", // a lead byte followed by ASCII
        "4142434445464748e5a4, false", // truncated after a whole word of ASCII
    })
    void isWellFormed_followsTheTableOfWellFormedSequences(String hex, boolean wellFormed) {
        byte[] bytes = HexFormat.of().parseHex(hex);

        assertThat(Utf8.isWellFormed(bytes, 0, bytes.length)).isEqualTo(wellFormed);
        assertThat(decodesStrictly(bytes)).isEqualTo(wellFormed);
    }

    @Test
    void isWellFormed_agreesWithTheStrictDecoder_onRandomBytes() {
        Random random = new Random(20261122L);
        int disagreements = 0;
        int wellFormed = 0;
        for (int n = 0; n < 100_000; n++) {
            // ASCII of any length first, so that the eight-byte steps meet the sequence at every offset
            byte[] bytes = new byte[random.nextInt(18) + random.nextInt(7)];
            int ascii = random.nextInt(bytes.length + 1);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (i < ascii ? 0x20 + random.nextInt(0x5F) : EDGES[random.nextInt(EDGES.length)]);
            }
            boolean expected = decodesStrictly(bytes);
            wellFormed += expected ? 1 : 0;
            if (Utf8.isWellFormed(bytes, 0, bytes.length) != expected) {
                disagreements++;
            }
        }
        assertThat(disagreements).isZero();
        // both outcomes are well represented
        assertThat(wellFormed).isBetween(10_000, 90_000);
    }

    @Test
    void isWellFormed_checksOnlyTheGivenRange() {
        byte[] bytes = {(byte) 0xFF, 'a', 'b', (byte) 0xE5, (byte) 0xA4, (byte) 0xAA, (byte) 0xFF};

        assertThat(Utf8.isWellFormed(bytes, 1, 6)).isTrue();
        assertThat(Utf8.isWellFormed(bytes, 1, 5)).isFalse();
        assertThat(Utf8.isWellFormed(bytes, 0, 6)).isFalse();
    }

    private static boolean decodesStrictly(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
