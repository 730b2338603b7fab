package org.policyindicators.io.internal.json;

import java.io.IOException;
import java.io.Reader;

import org.jspecify.annotations.Nullable;
import org.policyindicators.io.PolicyJsonException;

/**
 * Splits JSON Lines of characters into lines at {@code \n}, dropping a {@code \r} before it,
 * without ever holding more than one line of at most the size limit.
 */
final class LineReader {

    private final Reader in;
    private final long maxChars;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int end;
    private long lineNumber;

    LineReader(Reader in, long maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The number of the line last returned or being read, from 1. */
    long lineNumber() {
        return lineNumber;
    }

    /**
     * Reads the next line, without its terminator; null at the end of the input.
     *
     * @throws PolicyJsonException if the line exceeds the limit
     */
    @Nullable String next() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (position == end) {
                int n = in.read(buffer, 0, buffer.length);
                // equivalent mutant (<= 0): a Reader gives at least one character until its end
                if (n < 0) {
                    return any ? finish() : null;
                }
                position = 0;
                end = n;
            }
            if (!any) {
                any = true;
                lineNumber++;
            }
            int stop = position;
            while (stop < end && buffer[stop] != '\n') {
                stop++;
            }
            if (line.length() + (long) (stop - position) > maxChars) {
                throw new PolicyJsonException(Errors.tooLarge(maxChars, "characters"), lineNumber, line.length() + 1L,
                        "", null);
            }
            line.append(buffer, position, stop - position);
            if (stop < end) {
                position = stop + 1;
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
