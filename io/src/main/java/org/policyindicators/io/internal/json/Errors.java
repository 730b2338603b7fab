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
    /** The limit that a constraint message names, as in {@code StreamReadConstraints.getMaxStringLength()}. */
    private static final Pattern LIMIT_GETTER = Pattern.compile("getMax(\\w+)\\(");

    /** The problem of input that starts with a byte-order mark. */
    static final String BYTE_ORDER_MARK = "The document starts with a byte-order mark (U+FEFF); write UTF-8 without one";

    private Errors() {
    }

    /** Turns a line and column as the parser counts them, from 1, into a column in UTF-16 code units. */
    @FunctionalInterface
    interface Columns {

        /** The columns of a character parser, which counts them in UTF-16 code units already. */
        Columns CHARS = (line, column) -> column;

        long column(long line, long column);
    }

    /** The problem of input larger than the size limit, in "bytes" or "characters". */
    static String tooLarge(long limit, String unit) {
        return "The document is larger than the limit of " + limit + " " + unit + " (PolicyJson.Builder.maxDocumentSize)";
    }

    /**
     * Translates a reading error at the parser's position: a {@link PolicyJsonException}, or an
     * {@link UncheckedIOException} when the input itself could not be read. A catalog line of 0
     * stands for a document of its own.
     */
    static RuntimeException reading(JacksonException e, JsonParser p, long catalogLine, Limits limits,
            Columns columns) {
        IOException io = ioCause(e);
        if (io != null) {
            return new UncheckedIOException(io);
        }
        String pointer = e instanceof PointedException pointed ? pointed.pointer()
                : e instanceof HeldException held ? held.pointer() : Reading.pointer(p);
        if (e instanceof StreamConstraintsException && e.getOriginalMessage().contains("getMaxNameLength")
                && p.streamReadContext().inObject()) {
            // the parser still stands on the previous member; blame the object that holds the name
            pointer = Reading.pointer(p.streamReadContext().getParent()).toString();
        }
        return at(problem(e, limits), location(e, p), catalogLine, pointer, e, columns);
    }

    /** Where an error is: its own location, or else the parser's. */
    static TokenStreamLocation location(JacksonException e, JsonParser p) {
        TokenStreamLocation location = e.getLocation();
        // equivalent mutant (< 0): the parser numbers lines from 1, and an unknown line is -1
        return location == null || location.getLineNr() <= 0 ? p.currentLocation() : location;
    }

    /** Creates an error at a position in the parsed text; catalog line 0 stands for a document of its own. */
    static PolicyJsonException at(String problem, TokenStreamLocation location, long catalogLine, String pointer,
            @Nullable Throwable cause, Columns columns) {
        long line = catalogLine > 0 ? catalogLine : location.getLineNr();
        return new PolicyJsonException(problem, line, columns.column(location.getLineNr(), location.getColumnNr()),
                pointer, cause);
    }

    /** Translates a writing error at the generator's position. */
    static RuntimeException writing(JacksonException e, JsonGenerator g, Limits limits) {
        IOException io = ioCause(e);
        if (io != null) {
            return new UncheckedIOException(io);
        }
        if (e instanceof LimitedGenerator.BeyondLimitException beyond) {
            return unwritable(beyond.getOriginalMessage(), beyond.pointer(), null);
        }
        if (e instanceof StreamConstraintsException) {
            // the generator's nesting limit is the reader's, so that nothing deeper is written; it
            // stops before counting the element that goes too deep
            return unwritable("The document is nested deeper than the reader limit of " + limits.maxNestingDepth()
                    + " levels; raise maxNestingDepth to write it", LimitedGenerator.valuePointer(g), e);
        }
        return unwritable("Cannot write: " + withoutInternals(e.getOriginalMessage()),
                Reading.pointer(g.streamWriteContext()).toString(), e);
    }

    /** An error of writing, which has no line or column. */
    static PolicyJsonException unwritable(String problem, String pointer, @Nullable Throwable cause) {
        return new PolicyJsonException(problem, -1, -1, pointer, cause);
    }

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
        Matcher getter = LIMIT_GETTER.matcher(message);
        return switch (getter.find() ? getter.group(1) : "") {
            case "NestingDepth" -> "The document is nested deeper than the limit of " + limits.maxNestingDepth()
                    + " levels (PolicyJson.Builder.maxNestingDepth)";
            case "StringLength" -> longer("A string", limits.maxStringLength(), "maxStringLength");
            case "NumberLength" -> longer("A number", limits.maxNumberLength(), "maxNumberLength");
            case "DocumentLength" -> tooLarge(limits.maxDocumentSize(), "characters");
            case "NameLength" -> longer("A field name", limits.maxStringLength(), "maxStringLength");
            default -> "The document exceeds a reader limit: " + withoutInternals(message);
        };
    }

    private static String longer(String what, int limit, String setter) {
        return what + " is longer than the limit of " + limit + " characters (PolicyJson.Builder." + setter + ")";
    }

    private static @Nullable IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }
}
