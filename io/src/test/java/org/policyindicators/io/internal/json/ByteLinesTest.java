package org.policyindicators.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ByteLinesTest {

    /** A line as found: its text, its line number and the offset of its first byte in the input. */
    record Line(String text, long number, long offset) {
    }

    /** Gives the bytes of a text at most {@code chunk} at a time. */
    private static InputStream trickle(String text, int chunk) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    private static List<Line> lines(ByteLines lines) throws IOException {
        List<Line> found = new ArrayList<>();
        while (lines.next()) {
            String text = new String(Arrays.copyOfRange(lines.bytes(), lines.start(), lines.end()),
                    StandardCharsets.UTF_8);
            found.add(new Line(text, lines.lineNumber(), lines.offset()));
        }
        return found;
    }

    private static List<Line> lines(String text, int maxBytes) throws IOException {
        return lines(new ByteLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxBytes));
    }

    @Test
    void next_splitsAtLineFeeds_keepingCarriageReturns_withTheOffsetOfEachLine() throws IOException {
        assertThat(lines("a\r\nbc\n\nd", 100)).containsExactly(
                new Line("a\r", 1, 0), new Line("bc", 2, 3), new Line("", 3, 6), new Line("d", 4, 7));
    }

    @Test
    void next_afterAFinalLineFeed_findsNoMoreLines() throws IOException {
        assertThat(lines("ab\ncd\n", 100)).containsExactly(new Line("ab", 1, 0), new Line("cd", 2, 3));
        assertThat(lines("", 100)).isEmpty();
    }

    @Test
    void next_linesGivenAFewBytesAtATime_areWhole_atTheirOffsetsInTheInput() throws IOException {
        assertThat(lines(new ByteLines(trickle("abc\nde\nfghi\n\nj", 3), 100))).containsExactly(
                new Line("abc", 1, 0), new Line("de", 2, 4), new Line("fghi", 3, 7), new Line("", 4, 12),
                new Line("j", 5, 13));
    }

    @Test
    void next_lineOfExactlyTheLimit_isWhole_evenWhenItsLineFeedComesLater() throws IOException {
        assertThat(lines(new ByteLines(trickle("abcd\nef\nabcd", 1), 4))).containsExactly(
                new Line("abcd", 1, 0), new Line("ef", 2, 5), new Line("abcd", 3, 8));
    }

    @Test
    void next_lineBeyondTheLimit_isCutAfterMoreThanTheLimit() throws IOException {
        ByteLines lines = new ByteLines(trickle("ab\nabcdefgh\n", 1), 4);
        assertThat(lines.next()).isTrue();

        assertThat(lines.next()).isTrue();

        String cut = new String(lines.bytes(), lines.start(), lines.end() - lines.start(), StandardCharsets.UTF_8);
        assertThat(cut).hasSizeGreaterThan(4);
        assertThat("abcdefgh").startsWith(cut);
        assertThat(lines.lineNumber()).isEqualTo(2);
        assertThat(lines.offset()).isEqualTo(3);
    }

    @Test
    void next_lineLongerThanTheBuffer_isWhole() throws IOException {
        String longLine = "x".repeat(200_000);

        assertThat(lines(longLine + "\nab", 300_000)).containsExactly(
                new Line(longLine, 1, 0), new Line("ab", 2, 200_001));
    }
}
