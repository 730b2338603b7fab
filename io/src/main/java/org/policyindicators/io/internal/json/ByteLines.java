package org.policyindicators.io.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits bytes into lines at line feeds, without decoding them; a carriage return before the
 * line feed is left out, as {@link LineReader} does. A line is read into a buffer that grows
 * to the line's size, so memory stays bounded by the longest line allowed.
 */
final class ByteLines {

    /** What {@link #next()} found. */
    enum Found {
        /** A line, between {@link #start()} and {@link #end()} of {@link #bytes()}. */
        LINE,
        /** A line longer than the limit. */
        TOO_LONG,
        /** The end of the input. */
        END
    }

    private final InputStream in;
    private final long maxBytes;
    private byte[] buffer = new byte[64 * 1024];
    /** The unread bytes are buffer[position, limit). */
    private int position;
    private int limit;
    private boolean eof;
    private int lineStart;
    private int lineEnd;
    private long lineNumber;
    private Found found = Found.LINE;

    /**
     * Creates a reader of lines.
     *
     * @param in the bytes, not null; not closed
     * @param maxBytes the longest line allowed, line feed not counted
     */
    ByteLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /**
     * Reads the next line.
     *
     * @return what was found
     * @throws IOException if the input fails
     */
    Found next() throws IOException {
        found = find();
        return found;
    }

    /**
     * Returns what {@link #next()} found last.
     *
     * @return what was found
     */
    Found lastFound() {
        return found;
    }

    private Found find() throws IOException {
        int scanned = position;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buffer[i] == '\n') {
                    return line(i, i + 1);
                }
            }
            scanned = limit;
            if (limit - position > maxBytes) {
                return Found.TOO_LONG;
            }
            if (eof) {
                return position == limit ? Found.END : line(limit, limit);
            }
            if (position > 0) {
                // keep the start of the line, drop what came before it
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                scanned -= position;
                limit -= position;
                position = 0;
            } else if (limit == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
    }

    private Found line(int feed, int next) {
        lineNumber++;
        lineStart = position;
        lineEnd = feed > position && buffer[feed - 1] == '\r' ? feed - 1 : feed;
        position = next;
        return feed - lineStart > maxBytes ? Found.TOO_LONG : Found.LINE;
    }

    /** Returns the buffer that holds the line found last. */
    byte[] bytes() {
        return buffer;
    }

    /** Returns the index of the first byte of the line found last. */
    int start() {
        return lineStart;
    }

    /** Returns the index after the last byte of the line found last. */
    int end() {
        return lineEnd;
    }

    /** Returns the number of the line found last, from 1. */
    long lineNumber() {
        return lineNumber;
    }
}
