package org.policyindicators.io.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits bytes into lines at line feeds without decoding them, holding one line at a time. A line
 * longer than the limit is cut after more than the limit, which is enough to report it.
 */
final class ByteLines {

    private final InputStream in;
    private final int maxBytes;
    private byte[] buffer = new byte[64 * 1024];
    /** The unread bytes are buffer[position, limit). */
    private int position;
    private int limit;
    /** The number of bytes dropped from the front of the buffer. */
    private long dropped;
    private boolean eof;
    private int lineStart;
    private int lineEnd;
    private long lineNumber;

    /** The longest line allowed is {@code maxBytes}, line feed not counted, less than the largest array. */
    ByteLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Reads the next line; false at the end of the input. */
    boolean next() throws IOException {
        int scanned = position;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buffer[i] == '\n') {
                    line(i, i + 1);
                    return true;
                }
            }
            scanned = limit;
            if (limit - position > maxBytes || eof && position < limit) {
                line(limit, limit);
                return true;
            }
            if (eof) {
                return false;
            }
            if (position > 0) {
                // keep the start of the line, drop what came before it
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                dropped += position;
                scanned -= position;
                limit -= position;
                position = 0;
            } else if (limit == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(Integer.MAX_VALUE - 8, buffer.length * 2L));
            }
            int n = in.read(buffer, limit, buffer.length - limit);
            // equivalent mutant (<= 0): a stream gives at least one byte into room for some until its end
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
    }

    private void line(int feed, int next) {
        lineNumber++;
        lineStart = position;
        lineEnd = feed;
        position = next;
    }

    /** The line found last is bytes()[start(), end()), a carriage return included. */
    byte[] bytes() {
        return buffer;
    }

    int start() {
        return lineStart;
    }

    int end() {
        return lineEnd;
    }

    /** The offset in the input of the first byte of the line found last. */
    long offset() {
        return dropped + lineStart;
    }

    /** The number of the line found last, from 1. */
    long lineNumber() {
        return lineNumber;
    }
}
