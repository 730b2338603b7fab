package org.policyindicators.io;

import java.io.Closeable;
import java.io.Flushable;
import java.io.UncheckedIOException;
import java.util.Objects;

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
    private final Flushable out;
    private final boolean owned;
    private long count;
    private boolean closed;

    /** {@code out} is an {@link java.io.OutputStream} or a {@link java.io.Writer}, closed by close() if owned. */
    CatalogWriter(JsonEngine engine, Flushable out, boolean owned) {
        this.engine = engine;
        this.out = out;
        this.owned = owned;
    }

    /**
     * Writes a plan as the next line.
     *
     * @param plan the plan, not null
     * @return this writer
     * @throws PolicyJsonException if the plan holds a string that UTF-8 cannot encode or is beyond
     *     a reader limit; nothing of it is written
     * @throws UncheckedIOException if writing fails
     * @throws IllegalStateException if the writer is closed
     */
    public CatalogWriter write(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        if (closed) {
            throw new IllegalStateException("The catalog writer is closed");
        }
        JsonEngine.unchecked(() -> {
            engine.writeLine(plan, out);
            return null;
        });
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
        JsonEngine.unchecked(() -> {
            out.flush();
            return null;
        });
    }

    /**
     * Flushes and, for a file, closes it; a stream or writer passed in stays open. Closing twice
     * has no effect.
     *
     * @throws UncheckedIOException if flushing or closing fails
     */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            JsonEngine.unchecked(() -> {
                if (owned) {
                    ((Closeable) out).close();
                } else {
                    out.flush();
                }
                return null;
            });
        }
    }
}
