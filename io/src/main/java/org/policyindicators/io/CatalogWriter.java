package org.policyindicators.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Plan;
import org.policyindicators.io.internal.json.JsonEngine;

/**
 * Adds plans one at a time to a catalog in JSON Lines: each plan is written as one compact plan
 * document followed by a line feed, in UTF-8. A plan that cannot be written leaves no partial line.
 * Obtain one from {@link PolicyJson#catalogWriter(java.nio.file.Path)} or its overloads and close
 * it when done.
 *
 * <p>Not thread-safe.
 */
public final class CatalogWriter implements AutoCloseable {

    private final JsonEngine engine;
    private final @Nullable OutputStream bytes;
    private final @Nullable Writer chars;
    private final boolean owned;
    private long count;
    private boolean closed;

    CatalogWriter(JsonEngine engine, @Nullable OutputStream bytes, @Nullable Writer chars, boolean owned) {
        this.engine = engine;
        this.bytes = bytes;
        this.chars = chars;
        this.owned = owned;
    }

    /**
     * Writes a plan as the next line.
     *
     * @param plan the plan, not null
     * @return this writer
     * @throws PolicyJsonException if the plan holds a string that UTF-8 cannot encode; nothing of
     *     it is written
     * @throws UncheckedIOException if writing fails
     * @throws IllegalStateException if the writer is closed
     */
    public CatalogWriter write(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        if (closed) {
            throw new IllegalStateException("The catalog writer is closed");
        }
        try {
            if (bytes != null) {
                engine.writeLine(plan, bytes);
            } else {
                engine.writeLine(plan, Objects.requireNonNull(chars));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
        return this;
    }

    /**
     * Returns how many plans have been written.
     *
     * @return the number of lines written
     */
    public long count() {
        return count;
    }

    /**
     * Flushes what has been written to the underlying stream.
     *
     * @throws UncheckedIOException if flushing fails
     */
    public void flush() {
        try {
            if (bytes != null) {
                bytes.flush();
            } else {
                Objects.requireNonNull(chars).flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Flushes and, for a file, closes it; a stream or writer passed in stays open. Closing twice
     * has no effect.
     *
     * @throws UncheckedIOException if flushing or closing fails
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (owned) {
                Objects.requireNonNull(bytes).close();
            } else {
                flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
