package org.policyindicators.io.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Decodes UTF-8 strictly: malformed sequences, overlong forms, encoded surrogates and a leading
 * byte-order mark are errors, never replaced. Counts the bytes it reads against a limit. The
 * characters decoded before a bad byte are delivered first, so that the parser stands at the bad
 * byte when the error arrives. The stream is not closed by {@link #close()}; its owner closes it.
 */
public final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final long maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private long total;
    private boolean eof;
    private boolean flushed;
    private boolean started;
    private @Nullable IOException pending;

    /**
     * Creates a reader.
     *
     * @param in the bytes, not null
     * @param maxBytes the most bytes to read before failing, {@link Long#MAX_VALUE} for no limit
     */
    public StrictUtf8Reader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (!flushed) {
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                pending = invalid(result.length());
                break;
            }
            if (result.isOverflow() || out.position() > off) {
                break;
            }
            if (eof) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                break;
            }
            fill();
        }
        int n = out.position() - off;
        if (n == 0) {
            if (pending != null) {
                throw pending;
            }
            return -1;
        }
        if (!started) {
            started = true;
            if (cbuf[off] == '\uFEFF') {
                pending = InputProblem.byteOrderMark();
                throw pending;
            }
        }
        return n;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
            total += n;
        }
        bytes.flip();
        if (total > maxBytes) {
            pending = InputProblem.tooLarge(maxBytes, "bytes");
            throw pending;
        }
    }

    private InputProblem invalid(int length) {
        long offset = total - bytes.remaining();
        StringBuilder sequence = new StringBuilder();
        for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
            if (i > 0) {
                sequence.append(' ');
            }
            sequence.append(String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        String what = eof && bytes.remaining() <= length ? "incomplete UTF-8 sequence at the end of the input"
                : "invalid UTF-8";
        return new InputProblem("The input is not valid UTF-8: " + what + " (" + sequence + ") at byte offset "
                + offset);
    }

    @Override
    public void close() {
        // the owner of the stream closes it
    }
}
