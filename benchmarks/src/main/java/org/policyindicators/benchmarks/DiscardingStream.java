package org.policyindicators.benchmarks;

import java.io.OutputStream;

/**
 * An output stream that counts the bytes written and keeps none, so that write benchmarks
 * measure the serializer and not the copying of a growing buffer.
 */
public final class DiscardingStream extends OutputStream {

    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
    }

    /**
     * Returns the number of bytes written and starts counting from zero again.
     *
     * @return the count since the last call
     */
    public long reset() {
        long result = count;
        count = 0;
        return result;
    }
}
