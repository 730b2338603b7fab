package org.policyindicators.io.hostile;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A document made of parts, some repeated many times, produced as a stream so that inputs of
 * hundreds of megabytes cost no memory to hold.
 *
 * <p>Build one with {@link #of()}, add {@linkplain #text(String) text},
 * {@linkplain #bytes(byte...) raw bytes} and {@linkplain #repeat(String, long) repeated text},
 * then open it with {@link #open()} as often as needed. Text is encoded in UTF-8.
 */
final class GeneratedInput {

    private final List<Part> parts = new ArrayList<>();

    private record Part(byte[] bytes, long times) {
    }

    private GeneratedInput() {
    }

    /**
     * Starts an empty document.
     *
     * @return a new document, not null
     */
    static GeneratedInput of() {
        return new GeneratedInput();
    }

    /**
     * Appends text once.
     *
     * @param text the text, encoded in UTF-8, not null
     * @return this document
     */
    GeneratedInput text(String text) {
        return repeat(text, 1);
    }

    /**
     * Appends raw bytes once, for input that is not valid UTF-8.
     *
     * @param bytes the bytes, not null
     * @return this document
     */
    GeneratedInput bytes(byte... bytes) {
        parts.add(new Part(bytes.clone(), 1));
        return this;
    }

    /**
     * Appends text many times.
     *
     * @param text the text, encoded in UTF-8, not null
     * @param times how often, at least 0
     * @return this document
     */
    GeneratedInput repeat(String text, long times) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // short patterns are copied in blocks, so that 100 MB stream in well under a second
        int perBlock = bytes.length == 0 ? 1 : (int) Math.max(1, Math.min(times, 8192 / bytes.length));
        if (perBlock > 1) {
            byte[] block = new byte[bytes.length * perBlock];
            for (int i = 0; i < perBlock; i++) {
                System.arraycopy(bytes, 0, block, i * bytes.length, bytes.length);
            }
            parts.add(new Part(block, times / perBlock));
            parts.add(new Part(bytes, times % perBlock));
        } else {
            parts.add(new Part(bytes, times));
        }
        return this;
    }

    /**
     * Returns the length of the document.
     *
     * @return the length in bytes
     */
    long length() {
        return parts.stream().mapToLong(p -> p.bytes.length * p.times).sum();
    }

    /**
     * Opens the document as a new stream that produces its bytes on demand.
     *
     * @return the stream, not null
     */
    InputStream open() {
        return new PartStream(List.copyOf(parts));
    }

    /**
     * Returns the whole document in memory; only for small documents.
     *
     * @return the bytes, not null
     */
    byte[] toBytes() {
        long length = length();
        if (length > 16 << 20) {
            throw new IllegalStateException("A document of " + length + " bytes is too large to hold");
        }
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads the parts one after the other without copying them. */
    private static final class PartStream extends InputStream {
        private final List<Part> parts;
        private int part;
        private long round;
        private int offset;

        PartStream(List<Part> parts) {
            this.parts = parts;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int written = 0;
            while (written < len && part < parts.size()) {
                Part current = parts.get(part);
                if (round >= current.times || current.bytes.length == 0) {
                    part++;
                    round = 0;
                    offset = 0;
                    continue;
                }
                int n = Math.min(len - written, current.bytes.length - offset);
                System.arraycopy(current.bytes, offset, buffer, off + written, n);
                written += n;
                offset += n;
                if (offset == current.bytes.length) {
                    offset = 0;
                    round++;
                }
            }
            return written == 0 ? -1 : written;
        }
    }
}
