package org.policyindicators.io.internal.json;

import java.io.IOException;
import java.io.Reader;

import org.jspecify.annotations.Nullable;

/**
 * Splits JSON Lines into lines at {@code \n}, dropping a {@code \r} before it, without ever
 * holding more than one line of at most the size limit.
 */
final class LineReader {

    private final Reader in;
    private final long maxUnits;
    private final boolean countUtf8Bytes;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int end;
    private long lineNumber;
    private boolean inLine;

    /**
     * Creates a line reader.
     *
     * @param in the characters, not null
     * @param maxUnits the most units a line may hold
     * @param countUtf8Bytes whether the units are UTF-8 bytes (else characters)
     */
    LineReader(Reader in, long maxUnits, boolean countUtf8Bytes) {
        this.in = in;
        this.maxUnits = maxUnits;
        this.countUtf8Bytes = countUtf8Bytes;
    }

    /**
     * Returns the number of the line last returned or being read, from 1.
     *
     * @return the line number
     */
    long lineNumber() {
        return lineNumber;
    }

    /**
     * Returns the number of the line being read, or of the next one between lines, from 1.
     *
     * @return the line number
     */
    long currentLine() {
        return inLine ? lineNumber : lineNumber + 1;
    }

    /**
     * Returns the column just after the characters read so far on the current line, from 1.
     *
     * @return the column
     */
    long column() {
        return line.length() + 1L;
    }

    /**
     * Reads the next line.
     *
     * @return the line without its terminator, null at the end of the input
     * @throws IOException if reading fails or the line exceeds the limit
     */
    @Nullable String next() throws IOException {
        line.setLength(0);
        long units = 0;
        boolean any = false;
        inLine = false;
        while (true) {
            if (position == end) {
                int n = in.read(buffer, 0, buffer.length);
                if (n < 0) {
                    if (!any) {
                        return null;
                    }
                    return finish();
                }
                position = 0;
                end = n;
            }
            if (!any) {
                any = true;
                inLine = true;
                lineNumber++;
            }
            int start = position;
            int newline = -1;
            for (int i = start; i < end; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    newline = i;
                    break;
                }
                units += !countUtf8Bytes || c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            }
            int stop = newline < 0 ? end : newline;
            if (units > maxUnits) {
                throw InputProblem.tooLarge(maxUnits, countUtf8Bytes ? "bytes" : "characters");
            }
            line.append(buffer, start, stop - start);
            if (newline >= 0) {
                position = newline + 1;
                return finish();
            }
            position = end;
        }
    }

    private String finish() {
        int length = line.length();
        if (length > 0 && line.charAt(length - 1) == '\r') {
            line.setLength(length - 1);
        }
        return line.toString();
    }
}
