package org.policyindicators.io;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.PolicyException;

/**
 * Thrown when a document cannot be read or a model cannot be written in the JSON format: the
 * input is not UTF-8, not well-formed JSON, has trailing content, a duplicate field, a value of the
 * wrong type, an unknown field or target type, lacks a required field, carries an unsupported
 * format version, breaks a rule of the model or exceeds a reader limit.
 *
 * <p>The exception says where: the {@linkplain #line() line} and {@linkplain #column() column}
 * in the input (for a catalog, the line of the catalog) and the {@linkplain #pointer() JSON
 * Pointer} (RFC 6901) of the value concerned, such as
 * {@code /goals/0/indicators/2/baselines/0/year}. For an error in an object as a whole, such as a
 * missing field, the pointer names the object and the position is its closing brace. The
 * {@linkplain #getMessage() message} combines the {@linkplain #problem() problem} with the
 * position, for example {@code Expected a year (a JSON integer such as 2025) for 'year' but found
 * the string "2020" (line 12, column 21, at /goals/0/indicators/0/baselines/0/year)}.
 *
 * <p>Failures to read or write the underlying file or stream are not reported with this type
 * but as {@link java.io.UncheckedIOException}.
 */
public final class PolicyJsonException extends PolicyException {

    private static final long serialVersionUID = 1L;

    /** The line, from 1, or -1 if unknown. */
    private final long line;
    /** The column, from 1, or -1 if unknown. */
    private final long column;
    /** The JSON Pointer of the value concerned; empty for the whole document. */
    private final String pointer;
    /** The problem without its position. */
    private final String problem;

    /**
     * Creates an exception.
     *
     * @param problem what is wrong, for people, not null
     * @param line the line, from 1, or -1 if unknown (when writing)
     * @param column the column, from 1, or -1 if unknown
     * @param pointer the JSON Pointer of the value concerned, empty for the whole document, not null
     * @param cause the underlying exception, null if none
     */
    public PolicyJsonException(String problem, long line, long column, String pointer, @Nullable Throwable cause) {
        super(format(problem, line, column, pointer), cause);
        this.problem = problem;
        this.line = line;
        this.column = column;
        this.pointer = pointer;
    }

    /**
     * Returns the line of the problem in the input, counted from 1. In a catalog this is the
     * line of the catalog that holds the plan.
     *
     * @return the line, -1 if unknown, as for an error while writing
     */
    public long line() {
        return line;
    }

    /**
     * Returns the column of the problem in its line, counted from 1 in UTF-16 code units (a CJK
     * character counts 1, an emoji 2).
     *
     * @return the column, -1 if unknown
     */
    public long column() {
        return column;
    }

    /**
     * Returns the JSON Pointer (RFC 6901) of the value concerned, such as
     * {@code /goals/0/indicators/2/baselines/0/year}.
     *
     * @return the pointer, the empty string for the document as a whole, not null
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns what is wrong, without the position.
     *
     * @return the problem, not null
     */
    public String problem() {
        return problem;
    }

    private static String format(String problem, long line, long column, String pointer) {
        String at = pointer.isEmpty() ? "at the document root" : "at " + pointer;
        // equivalent mutant (<=): a line is from 1, or -1 when unknown, so it is never 0
        return line < 0 ? problem + " (" + at + ")"
                : problem + " (line " + line + ", column " + column + ", " + at + ")";
    }
}
