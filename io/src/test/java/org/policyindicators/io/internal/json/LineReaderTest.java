package org.policyindicators.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyindicators.io.PolicyJsonException;

class LineReaderTest {

    /** Gives the characters of a text at most {@code chunk} at a time. */
    private static final class Trickle extends Reader {

        private final String text;
        private final int chunk;
        private int position;

        Trickle(String text, int chunk) {
            this.text = text;
            this.chunk = chunk;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(chunk, length), text.length() - position);
            text.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    private static List<String> lines(LineReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
        }
        return lines;
    }

    @Test
    void next_splitsAtLineFeeds_andDropsTheCarriageReturnBeforeOne() throws IOException {
        LineReader reader = new LineReader(new StringReader("a\r\nb\nc\rd\n"), 100);

        assertThat(lines(reader)).containsExactly("a", "b", "c\rd");
        assertThat(reader.lineNumber()).isEqualTo(3);
    }

    @Test
    void next_lastLineWithoutALineFeed_isItsCharactersAlone() throws IOException {
        assertThat(lines(new LineReader(new StringReader("ab\ncd"), 100))).containsExactly("ab", "cd");
        assertThat(lines(new LineReader(new StringReader("ab\ncd\r"), 100))).containsExactly("ab", "cd");
    }

    @Test
    void next_emptyLines_areEmpty() throws IOException {
        assertThat(lines(new LineReader(new StringReader("\n\r\nx\n"), 100))).containsExactly("", "", "x");
    }

    @Test
    void next_emptyInput_hasNoLine() throws IOException {
        LineReader reader = new LineReader(new StringReader(""), 100);

        assertThat(reader.next()).isNull();
        assertThat(reader.lineNumber()).isZero();
    }

    @Test
    void next_linesGivenAFewCharactersAtATime_areWhole() throws IOException {
        // the carriage return counts: a line is what comes before the line feed
        LineReader reader = new LineReader(new Trickle("abcde\r\nfghij\nk", 2), 6);

        assertThat(lines(reader)).containsExactly("abcde", "fghij", "k");
    }

    @Test
    void next_lineOfExactlyTheLimit_isRead() throws IOException {
        assertThat(lines(new LineReader(new StringReader("abc\nabc"), 3))).containsExactly("abc", "abc");
    }

    @Test
    void next_lineBeyondTheLimit_isRefusedWithItsLineNumber() throws IOException {
        LineReader reader = new LineReader(new StringReader("abc\nabcd\nab\n"), 3);
        assertThat(reader.next()).isEqualTo("abc");

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, reader::next);

        assertThat(e.problem()).isEqualTo(
                "The document is larger than the limit of 3 characters (PolicyJson.Builder.maxDocumentSize)");
        assertThat(new long[] {e.line(), e.column()}).containsExactly(2, 1);
        assertThat(e.pointer()).isEmpty();
    }

    @Test
    void next_lineBeyondTheLimit_afterSeveralReads_isRefusedAfterTheCharactersReadOfIt() throws IOException {
        // read two characters at a time: "ab" and "cd" fit, "ef" would make six
        LineReader reader = new LineReader(new Trickle("x\nabcdefgh\n", 2), 5);
        assertThat(reader.next()).isEqualTo("x");

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, reader::next);

        assertThat(e.problem()).contains("larger than the limit of 5 characters");
        assertThat(new long[] {e.line(), e.column()}).containsExactly(2, 5);
    }
}
