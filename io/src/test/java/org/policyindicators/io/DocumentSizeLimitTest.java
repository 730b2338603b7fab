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
}
