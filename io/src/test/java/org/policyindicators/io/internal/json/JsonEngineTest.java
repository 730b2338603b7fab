package org.policyindicators.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** The capped targets that keep a written document within the size limit. */
class JsonEngineTest {

    @Test
    void capped_passesSingleBytesOnUpToTheLimit_andDropsTheRest() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonEngine.Capped capped = new JsonEngine.Capped(out, 2);

        capped.write('a');
        capped.write('b');
        capped.write('c');
        capped.write('d');

        assertThat(out.toByteArray()).containsExactly('a', 'b');
    }

    @Test
    void cappedWriter_passesCharactersOnWhileTheirUtf8BytesAreWithinTheLimit() throws IOException {
        StringWriter out = new StringWriter();
        JsonEngine.CappedWriter capped = new JsonEngine.CappedWriter(out, 5);

        capped.write("ab");
        capped.write("\u00e9\u00e9"); // 2 + 4 bytes: 6, beyond 5
        capped.write("c");

        assertThat(out.toString()).isEqualTo("ab");
    }

    @Test
    void cappedWriter_passesOnADocumentOfExactlyTheLimit() throws IOException {
        StringWriter out = new StringWriter();
        JsonEngine.CappedWriter capped = new JsonEngine.CappedWriter(out, 4);

        capped.write("a\u00e9b"); // 1 + 2 + 1 bytes

        assertThat(out.toString()).isEqualTo("a\u00e9b");
    }

    @Test
    void utf8Length_countsOneByteBelowU0080_twoBelowU0800_threeAbove() {
        assertThat(JsonEngine.CappedWriter.utf8Length("\u007f", 0, 1)).isEqualTo(1);
        assertThat(JsonEngine.CappedWriter.utf8Length("\u0080", 0, 1)).isEqualTo(2);
        assertThat(JsonEngine.CappedWriter.utf8Length("\u07ff", 0, 1)).isEqualTo(2);
        assertThat(JsonEngine.CappedWriter.utf8Length("\u0800", 0, 1)).isEqualTo(3);
        assertThat(JsonEngine.CappedWriter.utf8Length("\uffff", 0, 1)).isEqualTo(3);
    }

    @Test
    void utf8Length_countsASurrogatePairFour_andEachHalfTwo() {
        String emoji = "\ud83d\ude00";

        assertThat(JsonEngine.CappedWriter.utf8Length(emoji, 0, 2)).isEqualTo(4);
        assertThat(JsonEngine.CappedWriter.utf8Length(emoji, 0, 1)).isEqualTo(2);
        assertThat(JsonEngine.CappedWriter.utf8Length(emoji, 1, 2)).isEqualTo(2);
    }

    @Test
    void utf8Length_countsOnlyTheRangeAsked() {
        assertThat(JsonEngine.CappedWriter.utf8Length("a\u00e9\u4e2d\u00e9a", 1, 4)).isEqualTo(7);
    }
}
