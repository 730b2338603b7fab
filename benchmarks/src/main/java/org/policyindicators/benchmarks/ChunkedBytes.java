package org.policyindicators.benchmarks;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An output stream that collects bytes in chunks and copies them once into an array of the exact
 * size, so that a document of a gigabyte needs twice its size at most, not the three times of a
 * doubling {@code ByteArrayOutputStream}.
 */
final class ChunkedBytes extends OutputStream {

    private static final int CHUNK = 8 << 20;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] current = new byte[64 << 10];
    private int position;
    private long size;

    @Override
    public void write(int b) {
        if (position == current.length) {
            next();
        }
        current[position++] = (byte) b;
        size++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            if (position == current.length) {
                next();
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(b, off, current, position, n);
            position += n;
            off += n;
            len -= n;
            size += n;
        }
    }

    private void next() {
        if (full.isEmpty() && current.length < CHUNK) {
            // grow the first chunk up to the chunk size, so that small documents stay small
            current = Arrays.copyOf(current, Math.min(CHUNK, current.length * 2));
            return;
        }
        full.add(current);
        current = new byte[CHUNK];
        position = 0;
    }

    /**
     * Returns the bytes written so far.
     *
     * @return a new array of exactly the bytes written
     * @throws IllegalArgumentException if there are more than the largest Java array holds
     */
    byte[] toByteArray() {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("A document of " + size + " bytes does not fit in one array");
        }
        byte[] result = new byte[(int) size];
        int at = 0;
        for (byte[] chunk : full) {
            System.arraycopy(chunk, 0, result, at, chunk.length);
            at += chunk.length;
        }
        System.arraycopy(current, 0, result, at, position);
        return result;
    }
}
