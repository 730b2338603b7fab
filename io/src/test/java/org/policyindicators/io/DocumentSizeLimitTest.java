package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * A document in bytes beyond the size limit is cut where the limit falls, but never within a
 * character: what lies within the limit is checked for UTF-8 as it is, and the limit is reported
 * only when everything within it is well-formed.
 */
class DocumentSizeLimitTest {

    private static final String PREFIX = "{\"id\":\"";

    private static byte[] bytes(String ascii, int... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
        for (int b : more) {
            out.write(b);
        }
        return out.toByteArray();
    }

    private static PolicyJsonException read(long limit, byte[] bytes) {
        return catchThrowableOfType(PolicyJsonException.class,
                () -> PolicyJson.builder().maxDocumentSize(limit).build().readPlan(bytes));
    }

    @Test
    void readBytes_aFourByteCharacterEndingAtTheLimit_beforeAStrayByteBeyondIt_isTheSizeLimit() {
        // 7 ASCII bytes, U+1F600 in 4 bytes ending at the limit of 11, then a continuation byte without a lead
        byte[] bytes = bytes(PREFIX, 0xF0, 0x9F, 0x98, 0x80, 0x80, '"', '}');

        PolicyJsonException e = read(11, bytes);

        assertThat(e.problem()).isEqualTo(
                "The document is larger than the limit of 11 bytes (PolicyJson.Builder.maxDocumentSize)");
        // 7 characters and a surrogate pair before the cut
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(10);
        assertThat(e.pointer()).isEqualTo("/id");
    }

    @Test
    void readBytes_aStrayContinuationByteAtTheStart_withinALimitOfOneByte_isIllFormed() {
        PolicyJsonException e = read(1, new byte[] {(byte) 0x80, (byte) 0x80});

        assertThat(e.problem()).isEqualTo("The input is not valid UTF-8: invalid UTF-8 (0x80) at byte offset 0");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void readBytes_aTwoByteCharacterEndingAtTheLimit_beforeAStrayByteBeyondIt_isCutAfterTheCharacter() {
        // 7 ASCII bytes and U+00E9 in 2 bytes fill the limit of 9; a continuation byte without a lead follows
        byte[] bytes = bytes(PREFIX, 0xC3, 0xA9, 0x80, '"', '}');

        PolicyJsonException e = read(9, bytes);

        assertThat(e.problem()).isEqualTo(
                "The document is larger than the limit of 9 bytes (PolicyJson.Builder.maxDocumentSize)");
        assertThat(e.column()).isEqualTo(9);
        assertThat(e.pointer()).isEqualTo("/id");
    }

    @Test
    void readBytes_aCharacterBeginningWithinTheLimit_isLeftOutWholeWhereTheCutFalls() {
        // U+4E2D in 3 bytes begins at byte 7 and ends beyond the limit of 8
        byte[] bytes = bytes(PREFIX, 0xE4, 0xB8, 0xAD, '"', '}');

        PolicyJsonException e = read(8, bytes);

        assertThat(e.problem()).isEqualTo(
                "The document is larger than the limit of 8 bytes (PolicyJson.Builder.maxDocumentSize)");
        assertThat(e.column()).isEqualTo(8);
    }

    @Test
    void readBytes_aTruncatedCharacterAcrossTheLimit_isIncompleteAtTheEndOfTheInput() {
        byte[] bytes = bytes(PREFIX, 0xE4, 0xB8);

        PolicyJsonException e = read(8, bytes);

        assertThat(e.problem()).isEqualTo("The input is not valid UTF-8: incomplete UTF-8 sequence at the end of"
                + " the input (0xE4 0xB8) at byte offset 7");
        assertThat(e.column()).isEqualTo(8);
    }

    @Test
    void readBytes_exactlyAByteOrderMark_isRefusedAsOne() {
        PolicyJsonException e = read(100, bytes("", 0xEF, 0xBB, 0xBF));

        assertThat(e.problem()).isEqualTo(
                "The document starts with a byte-order mark (U+FEFF); write UTF-8 without one");
        assertThat(new long[] {e.line(), e.column()}).containsExactly(1, 1);
    }

    @Test
    void readBytes_theFirstTwoBytesOfAByteOrderMark_areAnIncompleteSequence() {
        PolicyJsonException e = read(100, bytes("", 0xEF, 0xBB));

        assertThat(e.problem()).isEqualTo("The input is not valid UTF-8: incomplete UTF-8 sequence at the end of"
                + " the input (0xEF 0xBB) at byte offset 0");
        assertThat(new long[] {e.line(), e.column()}).containsExactly(1, 1);
    }
}
