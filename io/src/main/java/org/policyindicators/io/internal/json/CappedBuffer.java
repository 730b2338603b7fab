package org.policyindicators.io.internal.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds written bytes in chunks until they are known to be complete and within the size limit,
 * so that a stream receives a whole document or nothing. Chunks never grow by copying, and no
 * array is larger than {@value #MAX_CHUNK} bytes. Beyond its capacity the buffer only counts,
 * so that the size of a document too large to keep is still known. Not thread-safe.
 */
public final class CappedBuffer extends OutputStream {

    private static final int FIRST_CHUNK = 8 * 1024;
    /** Large enough that G1 allocates such chunks of a large document outside the young generation, never copying them. */
    private static final int MAX_CHUNK = 8 * 1024 * 1024;

    private final long capacity;
    private final List<byte[]> full = new ArrayList<>();
    private byte[] current = new byte[FIRST_CHUNK];
    private int used;
    private long size;

    /**
     * Creates a buffer.
     *
     * @param capacity the most bytes to keep; beyond it the bytes are counted, not kept
     */
    CappedBuffer(long capacity) {
        this.capacity = capacity;
    }

    @Override
    public void write(int b) {
        if (++size > capacity) {
            drop();
            return;
        }
        if (used == current.length) {
            grow();
        }
        current[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        size += len;
        if (size > capacity) {
            drop();
            return;
        }
        while (len > 0) {
            if (used == current.length) {
                grow();
            }
            int n = Math.min(len, current.length - used);
            System.arraycopy(b, off, current, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    /** Too large already: drops what was kept, and from now on only counts. */
    private void drop() {
        if (current.length > 0) {
            full.clear();
            current = new byte[0];
            used = 0;
        }
    }

    private void grow() {
        full.add(current);
        current = new byte[Math.min(MAX_CHUNK, 2 * current.length)];
        used = 0;
    }

    /**
     * Returns the number of bytes written, kept or not.
     *
     * @return the size in bytes
     */
    public long size() {
        return size;
    }

    /**
     * Writes the bytes kept to a stream.
     *
     * @param out the stream, not null
     * @throws IOException if the stream fails
     */
    public void writeTo(OutputStream out) throws IOException {
        checkKept();
        for (byte[] chunk : full) {
            out.write(chunk);
        }
        out.write(current, 0, used);
    }

    /**
     * Returns a copy of the bytes kept.
     *
     * @return the bytes, not null
     */
    byte[] toByteArray() {
        checkKept();
        byte[] all = new byte[Math.toIntExact(size)];
        int at = 0;
        for (byte[] chunk : full) {
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
        }
        System.arraycopy(current, 0, all, at, used);
        return all;
    }

    private void checkKept() {
        if (size > capacity) {
            throw new IllegalStateException("the bytes beyond the capacity were not kept");
        }
    }
}
