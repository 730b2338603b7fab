package org.policyindicators.io.internal.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.policyindicators.io.PolicyJsonException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/** Turns the parser's and generator's exceptions into {@link PolicyJsonException}s for people. */
final class Errors {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"", Pattern.DOTALL);
    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '(.*?)'");
    /** Advice about parser features and source descriptions, which mean nothing to the reader of the message. */
    private static final Pattern HINT = Pattern.compile("[:;] enable `[^`]*` to allow"
            + "|\\s*\\(not recognized as one since Feature '[^']*' not enabled for parser\\)"
            + "|\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)");
    /** Any other clause that names a parser feature, setting or class. */
    private static final Pattern INTERNAL_CLAUSE = Pattern.compile(
            "(?:: |; )[^:;]*(?:`|Feature|Jackson|Constraints|tools\\.jackson)[^:;]*");

    /** The problem of input that starts with a byte-order mark. */
    static final String BYTE_ORDER_MARK = "The document starts with a byte-order mark (U+FEFF); write UTF-8 without one";

    private Errors() {
    }

    /** Turns a position in the parsed input into a column in UTF-16 code units. */
    @FunctionalInterface
    interface Columns {

        /** The columns of a character parser, which counts them in UTF-16 code units already. */
        Columns CHARS = (line, column) -> column;

        /**
         * Returns the column in UTF-16 code units.
         *
         * @param line the line as the parser counts it, from 1
         * @param column the column as the parser counts it, from 1
         * @return the column, from 1
         */
        long column(long line, long column);
    }

    /**
     * Returns the problem of input larger than the size limit.
     *
     * @param limit the limit
     * @param unit "bytes" or "characters"
     * @return the problem, not null
     */
    static String tooLarge(long limit, String unit) {
        return "The document is larger than the limit of " + limit + " " + unit + " (PolicyJson.Builder.maxDocumentSize)";
    }

    /**
     * Translates a reading error.
     *
     * @param e the error
     * @param p the parser, which stands where the error arose
     * @param catalogLine the line in a catalog, or 0 for a document of its own
     * @param limits the reader limits, for messages
     * @param columns the columns of the input
     * @return the exception to throw: a {@link PolicyJsonException}, or an
     *     {@link UncheckedIOException} when the input itself could not be read
     */
    static RuntimeException reading(JacksonException e, JsonParser p, long catalogLine, Limits limits,
            Columns columns) {
        IOException io = ioCause(e);
        if (io != null) {
            return new UncheckedIOException(io);
        }
        TokenStreamLocation location = e.getLocation();
        if (location == null || location.getLineNr() <= 0) {
            location = p.currentLocation();
        }
        String pointer = e instanceof PointedException pointed ? pointed.pointer() : Reading.pointer(p);
        if (e instanceof StreamConstraintsException && e.getOriginalMessage().contains("getMaxNameLength")
                && p.streamReadContext().inObject()) {
            // the parser still stands on the previous member; blame the object that holds the name
            pointer = p.streamReadContext().getParent().pathAsPointer().toString();
        }
        return at(problem(e, limits), location, catalogLine, pointer, e, columns);
    }

    /**
     * Creates an error at a position.
     *
     * @param problem what is wrong
     * @param location where, in the parsed text
     * @param catalogLine the line in a catalog, or 0 for a document of its own
     * @param pointer the JSON Pointer
     * @param cause the cause, null if none
     * @param columns the columns of the input
     * @return the exception
     */
    static PolicyJsonException at(String problem, TokenStreamLocation location, long catalogLine, String pointer,
            @Nullable Throwable cause, Columns columns) {
        long line = catalogLine > 0 ? catalogLine : location.getLineNr();
        return new PolicyJsonException(problem, line, columns.column(location.getLineNr(), location.getColumnNr()),
                pointer, cause);
    }

    /**
     * Translates a writing error.
     *
     * @param e the error
     * @param g the generator, which stands where the error arose
     * @return the exception to throw
     */
    static RuntimeException writing(JacksonException e, JsonGenerator g, Limits limits) {
        IOException io = ioCause(e);
        if (io != null) {
            return new UncheckedIOException(io);
        }
        if (e instanceof LimitedGenerator.BeyondLimitException beyond) {
            return beyondReaderLimit(beyond.getOriginalMessage(), beyond.pointer(), null);
        }
        String pointer = g.streamWriteContext().pathAsPointer().toString();
        if (e instanceof StreamConstraintsException) {
            // the generator's nesting limit is the reader's, so that nothing deeper is written; it
            // stops before counting the element that goes too deep
            TokenStreamContext context = g.streamWriteContext();
            if (context.inArray() && context.getParent() != null) {
                pointer = context.getParent().pathAsPointer() + "/" + context.getEntryCount();
            }
            return beyondReaderLimit("The document is nested deeper than the reader limit of "
                    + limits.maxNestingDepth() + " levels; raise maxNestingDepth to write it", pointer, e);
        }
        return new PolicyJsonException("Cannot write: " + withoutInternals(e.getOriginalMessage()), -1, -1, pointer,
                e);
    }

    /**
     * Creates the error for a model that the reader of the same instance would refuse.
     *
     * @param problem what is beyond which limit, and how to raise it
     * @param pointer the JSON Pointer of the value
     * @param cause the cause, null if none
     * @return the exception, without a line or column
     */
    static PolicyJsonException beyondReaderLimit(String problem, String pointer, @Nullable Throwable cause) {
        return new PolicyJsonException(problem, -1, -1, pointer, cause);
    }

    /**
     * Removes advice about parser features and names of the parser's classes, which mean nothing
     * to the reader of a message.
     */
    private static String withoutInternals(String message) {
        return INTERNAL_CLAUSE.matcher(HINT.matcher(message).replaceAll("")).replaceAll("");
    }

    private static String problem(JacksonException e, Limits limits) {
        String message = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limit(message, limits);
        }
        if (e instanceof StreamReadException) {
            Matcher duplicate = DUPLICATE.matcher(message);
            if (duplicate.matches()) {
                return "Duplicate field '" + duplicate.group(1) + "'";
            }
            Matcher nonNumeric = NON_NUMERIC.matcher(message);
            if (nonNumeric.find()) {
                return "'" + nonNumeric.group(1) + "' is not a JSON number; NaN and infinities cannot be written in"
                        + " JSON";
            }
            return "Malformed JSON: " + withoutInternals(message);
        }
        return message;
    }

    private static String limit(String message, Limits limits) {
        if (message.contains("getMaxNestingDepth")) {
            return "The document is nested deeper than the limit of " + limits.maxNestingDepth()
                    + " levels (PolicyJson.Builder.maxNestingDepth)";
        }
        if (message.contains("getMaxStringLength")) {
            return "A string is longer than the limit of " + limits.maxStringLength()
                    + " characters (PolicyJson.Builder.maxStringLength)";
        }
        if (message.contains("getMaxNumberLength")) {
            return "A number is longer than the limit of " + limits.maxNumberLength()
                    + " characters (PolicyJson.Builder.maxNumberLength)";
        }
        if (message.contains("getMaxDocumentLength")) {
            return tooLarge(limits.maxDocumentSize(), "characters");
        }
        if (message.contains("getMaxNameLength")) {
            return "A field name is longer than the limit of " + limits.maxStringLength()
                    + " characters (PolicyJson.Builder.maxStringLength)";
        }
        return "The document exceeds a reader limit: " + withoutInternals(message);
    }

    private static @Nullable IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
