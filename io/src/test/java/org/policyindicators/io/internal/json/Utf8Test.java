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

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "41f0908041, 1", // a fourth byte that is no continuation
        "41f09041, 1", // a third byte that is no continuation
        "41f08fbfbf, 1", // overlong below U+10000: F0 is the lead of four bytes, never of three
        "41e0a080, 4", // U+0800, the first of three bytes after E0
        "41e080, 1", // overlong below U+0800
        "4142434445464748c3a9ff, 10", // after a whole word of ASCII and a two-byte character
        "41424344454647, 7",
    })
    void firstIllFormed_isTheIndexOfTheLeadOfTheFirstIllFormedSequence(String hex, int index) {
        byte[] bytes = HexFormat.of().parseHex(hex);

        assertThat(Utf8.firstIllFormed(bytes, 0, bytes.length)).isEqualTo(index);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', value = {
        "41c2     | 1 | incomplete UTF-8 sequence at the end of the input (0xC2)",
        "41e0a0   | 1 | incomplete UTF-8 sequence at the end of the input (0xE0 0xA0)",
        "f09f8c   | 0 | incomplete UTF-8 sequence at the end of the input (0xF0 0x9F 0x8C)",
        "f48f     | 0 | incomplete UTF-8 sequence at the end of the input (0xF4 0x8F)",
        "e041     | 0 | invalid UTF-8 (0xE0)",
        "e08080   | 0 | invalid UTF-8 (0xE0)", // as long as its sequence, so not cut short
        "f09f8c41 | 0 | invalid UTF-8 (0xF0)",
        "f580     | 0 | invalid UTF-8 (0xF5)",
        "c1       | 0 | invalid UTF-8 (0xC1)",
        "4180     | 1 | invalid UTF-8 (0x80)",
        "e080     | 0 | invalid UTF-8 (0xE0)", // overlong whatever follows
        "eda0     | 0 | invalid UTF-8 (0xED)", // a surrogate whatever follows
        "ed9f     | 0 | incomplete UTF-8 sequence at the end of the input (0xED 0x9F)",
        "f080     | 0 | invalid UTF-8 (0xF0)", // overlong whatever follows
        "f090     | 0 | incomplete UTF-8 sequence at the end of the input (0xF0 0x90)",
        "f490     | 0 | invalid UTF-8 (0xF4)", // above U+10FFFF whatever follows
        "f09f41   | 0 | invalid UTF-8 (0xF0)",
        "c2       | 0 | incomplete UTF-8 sequence at the end of the input (0xC2)",
    })
    void problem_namesTheSequence_andWhetherTheInputEndsWithinIt(String hex, int at, String description) {
        byte[] bytes = HexFormat.of().parseHex(hex.strip());

        assertThat(Utf8.problem(bytes, at, bytes.length, 1000 + at))
                .isEqualTo("The input is not valid UTF-8: " + description + " at byte offset " + (1000 + at));
    }

    @Test
    void problem_beforeTheEndOfTheInput_isNoIncompleteSequence() {
        // the sequence ends with the range, but the input goes on
        byte[] bytes = HexFormat.of().parseHex("41e0a00a");

        assertThat(Utf8.problem(bytes, 1, Integer.MAX_VALUE, 1))
                .isEqualTo("The input is not valid UTF-8: invalid UTF-8 (0xE0) at byte offset 1");
    }

    @Test
    void columns_countCharactersInUtf16CodeUnits() {
        // 太 is three bytes and one unit, U+1F30F four bytes and two units, é two bytes and one unit
        byte[] bytes = "太\uD83C\uDF0Féx".getBytes(StandardCharsets.UTF_8);
        Errors.Columns columns = Utf8.columns(bytes, 0, bytes.length);

        assertThat(columns.column(1, 1)).isEqualTo(1);
        assertThat(columns.column(1, 4)).isEqualTo(2);
        assertThat(columns.column(1, 8)).isEqualTo(4);
        assertThat(columns.column(1, 10)).isEqualTo(5);
        assertThat(columns.column(1, 11)).isEqualTo(6);
    }

    @Test
    void columns_withinAMultiByteCharacter_areTheColumnOfThatCharacter() {
        byte[] bytes = "a\uD83C\uDF0F".getBytes(StandardCharsets.UTF_8);
        Errors.Columns columns = Utf8.columns(bytes, 0, bytes.length);

        assertThat(columns.column(1, 3)).isEqualTo(2);
        assertThat(columns.column(1, 5)).isEqualTo(2);
        assertThat(columns.column(1, 6)).isEqualTo(4);
    }

    @Test
    void columns_atTheEndOfTheRange_doNotLookAtTheByteAfterIt() {
        // the range ends before a continuation byte that is not part of it
        byte[] bytes = HexFormat.of().parseHex("61626380");
        Errors.Columns columns = Utf8.columns(bytes, 0, 3);

        assertThat(columns.column(1, 4)).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"LF", "CRLF", "CR"})
    void columns_countLinesAsTheParserEndsThem(String ending) {
        String eol = switch (ending) {
            case "LF" -> "\n";
            case "CRLF" -> "\r\n";
            default -> "\r";
        };
        byte[] bytes = ("ab" + eol + "cd" + eol + "éé").getBytes(StandardCharsets.UTF_8);
        Errors.Columns columns = Utf8.columns(bytes, 0, bytes.length);

        assertThat(columns.column(3, 3)).isEqualTo(2);
        assertThat(columns.column(3, 5)).isEqualTo(3);
    }

    @Test
    void columns_ofAnEarlierLine_afterALaterOne_areCountedOnTheEarlierLine() {
        byte[] bytes = "ab\néé".getBytes(StandardCharsets.UTF_8);
        Errors.Columns columns = Utf8.columns(bytes, 0, bytes.length);

        assertThat(columns.column(1, 3)).isEqualTo(3);
        assertThat(columns.column(2, 5)).isEqualTo(3);
        assertThat(columns.column(1, 3)).isEqualTo(3);
    }

    @Test
    void columns_ofTheLineAfterACarriageReturnThatEndsTheInput_startAtOne() {
        byte[] bytes = "ab\r".getBytes(StandardCharsets.UTF_8);

        assertThat(Utf8.columns(bytes, 0, bytes.length).column(2, 1)).isEqualTo(1);
    }

    @Test
    void columns_ofARangeInsideALargerArray_countFromItsStart() {
        byte[] bytes = "é\nxyé\nab".getBytes(StandardCharsets.UTF_8);
        // the range is the line "xyé"
        Errors.Columns columns = Utf8.columns(bytes, 3, 7);

        assertThat(columns.column(1, 3)).isEqualTo(3);
        assertThat(columns.column(1, 5)).isEqualTo(4);
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
