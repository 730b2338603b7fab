package org.policyindicators.io.internal.json;

import java.io.IOException;
import java.io.Reader;

/**
 * Passes characters through, failing on a leading byte-order mark and when more characters
 * than the limit arrive. The underlying reader is not closed by {@link #close()}.
 */
public final class LimitedReader extends Reader {

    private final Reader in;
    private final long maxChars;
    private long total;
    private boolean started;

    /**
     * Creates a reader.
     *
     * @param in the characters, not null
     * @param maxChars the most characters to read before failing
     */
    public LimitedReader(Reader in, long maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = in.read(cbuf, off, len);
        if (n > 0) {
            if (!started) {
                started = true;
                if (cbuf[off] == '\uFEFF') {
                    throw InputProblem.byteOrderMark();
                }
            }
            total += n;
            if (total > maxChars) {
                throw InputProblem.tooLarge(maxChars, "characters");
            }
        }
        return n;
    }

    @Override
    public void close() {
        // the owner of the reader closes it
    }
}
