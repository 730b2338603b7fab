package org.policyindicators.io.internal.json;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.PolicyException;
import org.policyindicators.core.TargetKind;
import org.policyindicators.core.Text;
import org.policyindicators.io.SkippedField;
import org.policyindicators.io.validation.internal.Pointer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Strict readers for the scalars and lists of the format. No coercion at all: a year must be a
 * JSON integer, a value a JSON number, a flag {@code true} or {@code false}, a code a string;
 * {@code null} is never accepted, because absent fields take their defaults.
 */
public final class Reading {

    /** The key of the deserialization attribute that holds the listener for skipped fields. */
    public static final String SKIPPED_FIELD_LISTENER = "org.policyindicators.io.skippedFieldListener";

    private static final int MAX_EXCERPT = 40;

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    /** The years that plans mostly name, made once: a plan names a year in most of its values. */
    private static final int FIRST_CACHED_YEAR = 1900;
    private static final Year[] YEARS = IntStream.range(FIRST_CACHED_YEAR, FIRST_CACHED_YEAR + 300).mapToObj(Year::of)
            .toArray(Year[]::new);

    private Reading() {
    }

    /** Checks that the current token starts an object. */
    public static void startObject(JsonParser p, Class<?> type, String noun) {
        if (!p.hasToken(JsonToken.START_OBJECT)) {
            throw mismatch(p, type, "Expected " + noun + " (a JSON object)" + forField(p) + " but found " + found(p));
        }
    }

    /** Marks a field as seen, rejecting a second occurrence. */
    public static long once(JsonParser p, Class<?> type, long seen, long bit) {
        if ((seen & bit) != 0) {
            throw mismatch(p, type, "Duplicate field '" + p.currentName() + "'");
        }
        return seen | bit;
    }

    /** Reads a string. */
    public static String string(JsonParser p, DeserializationContext ctxt) {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw mismatch(p, String.class, "Expected a string" + forField(p) + " but found " + found(p));
        }
        String s = p.getString();
        int bad = unpairedSurrogate(s);
        if (bad >= 0) {
            throw mismatch(p, String.class, "The string" + forField(p) + " holds an unpaired surrogate U+"
                    + Integer.toHexString(s.charAt(bad)).toUpperCase(java.util.Locale.ROOT)
                    + " at index " + bad + ", which UTF-8 cannot encode");
        }
        return s;
    }

    /**
     * Reads a year: a JSON number with an integral value from -999,999,999 to 999,999,999. {@code 2020}, {@code 2020.0}
     * and {@code 2.02E3} all read as 2020, as in JSON Schema, whose integers are the numbers without a fractional part;
     * {@code 2020.5} is an error.
     */
    public static Year year(JsonParser p, DeserializationContext ctxt) {
        int year = whole(p, Year.class, "a year (a JSON integer such as 2025)");
        // one unsigned comparison tells both bounds: a year before the first cached one wraps to a large number
        int cached = year - FIRST_CACHED_YEAR;
        if (Integer.compareUnsigned(cached, YEARS.length) < 0) {
            return YEARS[cached];
        }
        try {
            return Year.of(year);
        } catch (DateTimeException e) {
            throw invalid(p, Year.class, "Year " + year + " is out of range: " + e.getMessage(), year);
        }
    }

    /**
     * Reads an {@code int}: a JSON number with an integral value within 32 bits. {@code 3}, {@code 3.0} and {@code 3E0}
     * all read as 3; {@code 3.5} is an error.
     */
    public static int integer(JsonParser p, DeserializationContext ctxt) {
        return whole(p, Integer.class, "a JSON integer");
    }

    /** Returns the value of an integral number token of a {@link Year} or an {@link Integer} within 32 bits. */
    private static int whole(JsonParser p, Class<?> type, String expected) {
        if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
            if (p.getNumberType() == JsonParser.NumberType.INT) {
                return p.getIntValue();
            }
        } else if (!integral(p)) {
            throw mismatch(p, type, "Expected " + expected + forField(p) + " but found " + found(p));
        }
        BigDecimal value = exact(p);
        if (value != null && value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0) {
            return value.intValueExact();
        }
        String raw = excerptRaw(p.getString());
        throw invalid(p, type, type == Year.class ? "Year " + raw + " is out of range"
                : "Integer " + raw + forField(p) + " is outside the range of a 32-bit integer", p.getString());
    }

    /**
     * Tells whether the current token is a number with a fraction or an exponent whose value is
     * integral, such as {@code 2020.0} or {@code 2.02E3}. The check never expands the number, so
     * {@code 1E999999999} costs no more than {@code 1E3}.
     */
    private static boolean integral(JsonParser p) {
        if (!p.hasToken(JsonToken.VALUE_NUMBER_FLOAT) || p.isNaN()) {
            return false;
        }
        BigDecimal value = exact(p);
        if (value != null) {
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }
        // beyond an exact decimal, the exponent is far outside 32 bits: integral unless negative
        String s = p.getString();
        int e = Math.max(s.indexOf('e'), s.indexOf('E'));
        return e == -1 || !s.startsWith("-", e + 1) || s.substring(0, e).matches("[-+]?[0.]*");
    }

    /** Returns the exact value of the current number token, or null when it is beyond a BigDecimal. */
    private static @Nullable BigDecimal exact(JsonParser p) {
        try {
            return p.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException | JacksonException e) {
            return null;
        }
    }

    /** Reads an exact decimal from a JSON number, keeping its scale. */
    public static BigDecimal decimal(JsonParser p, DeserializationContext ctxt) {
        if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
            throw mismatch(p, BigDecimal.class, "Expected a number" + forField(p) + " but found " + found(p));
        }
        if (p.isNaN()) {
            throw invalid(p, BigDecimal.class, "Expected a finite number" + forField(p) + " but found " + p.getString(),
                    p.getString());
        }
        try {
            return p.getDecimalValue();
        } catch (NumberFormatException | JacksonException e) {
            throw invalid(p, BigDecimal.class, "The number " + excerptRaw(p.getString()) + forField(p)
                    + " is outside the range of an exact decimal", p.getString());
        }
    }

    /** Reads {@code true} or {@code false}. */
    public static boolean bool(JsonParser p, DeserializationContext ctxt) {
        if (p.hasToken(JsonToken.VALUE_TRUE)) {
            return true;
        }
        if (p.hasToken(JsonToken.VALUE_FALSE)) {
            return false;
        }
        throw mismatch(p, Boolean.class, "Expected true or false" + forField(p) + " but found " + found(p));
    }

    /** Reads a {@link Text}: an object of language tag to string. */
    public static Text text(JsonParser p, DeserializationContext ctxt) {
        Map<String, String> values = stringMap(p, ctxt, Text.class, "a text (language tag to string)");
        if (values.isEmpty()) {
            return Text.EMPTY;
        }
        try {
            return new Text(values);
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, Text.class, "a text", e);
        }
    }

    /** Reads an object of strings, rejecting a repeated name; the map is unordered. */
    public static Map<String, String> stringMap(JsonParser p, DeserializationContext ctxt, Class<?> type, String noun) {
        Reading.startObject(p, type, noun);
        // most maps hold one entry: a HashMap is made only for a second
        String firstName = null;
        String first = null;
        Map<String, String> values = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            try {
                String value = string(p, ctxt);
                if (firstName == null) {
                    firstName = name;
                    first = value;
                    continue;
                }
                if (values == null) {
                    values = new HashMap<>(4);
                    values.put(firstName, first);
                }
                if (values.put(name, value) != null) {
                    throw Reading.mismatch(p, type, "Duplicate field '" + name + "'");
                }
            } catch (JacksonException e) {
                throw JacksonException.wrapWithPath(e, type, name);
            }
        }
        return values != null ? values : firstName == null ? Map.of() : Map.of(firstName, first);
    }

    /** Reads an ISO 8601 calendar date such as {@code 2021-03-01}. */
    public static LocalDate date(JsonParser p, DeserializationContext ctxt) {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw mismatch(p, LocalDate.class,
                    "Expected a date (a string such as \"2021-03-01\")" + forField(p) + " but found " + found(p));
        }
        String s = p.getString();
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw invalid(p, LocalDate.class, "Invalid date " + excerpt(s) + forField(p)
                    + ": expected an ISO 8601 date such as \"2021-03-01\"", s);
        }
    }

    /** Reads a code and looks it up with the domain's own factory. */
    public static <T> T code(JsonParser p, DeserializationContext ctxt, Class<T> type, Function<String, T> ofCode) {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw mismatch(p, type, "Expected a code (a string)" + forField(p) + " but found " + found(p));
        }
        String s = p.getString();
        try {
            return ofCode.apply(s);
        } catch (PolicyException e) {
            throw invalid(p, type, "Invalid value" + forField(p) + ": " + withNoun(e.getMessage(), type), s);
        }
    }

    /**
     * Says "plan kind" where the domain's message names the Java type {@code PlanKind}, and "target
     * type" for {@code TargetKind}, whose field is "type".
     */
    private static String withNoun(String message, Class<?> type) {
        String javaName = "Unknown " + type.getSimpleName() + " '";
        if (!message.startsWith(javaName)) {
            return message;
        }
        String noun = type == TargetKind.class ? "target type"
                : type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
        return "Unknown " + noun + " '" + message.substring(javaName.length());
    }

    /**
     * Handles a field that the type does not have: skips and reports it when the context carries a listener for skipped
     * fields, else fails.
     */
    public static void unknown(JsonParser p, DeserializationContext ctxt, Class<?> type, String noun,
            List<String> known) {
        String name = p.currentName();
        Consumer<SkippedField> listener = listener(ctxt);
        TokenStreamLocation at = p.currentTokenLocation();
        if (listener == null) {
            throw new UnrecognizedPropertyException(p, unknownField(name, noun, known), at, type, name,
                    List.copyOf(known));
        }
        String pointer = pointer(p);
        p.skipChildren();
        listener.accept(new SkippedField(pointer, at.getLineNr(), at.getColumnNr()));
    }

    /** The problem of a field that the type does not have. */
    static String unknownField(String name, String noun, List<String> known) {
        return "Unknown field '" + name + "' in " + noun + "; the fields of " + noun + " are: "
                + String.join(", ", known);
    }

    /** Returns the listener for skipped fields of this read; null when unknown fields are errors. */
    @SuppressWarnings("unchecked")
    static @Nullable Consumer<SkippedField> listener(DeserializationContext ctxt) {
        Object value = ctxt.getAttribute(SKIPPED_FIELD_LISTENER);
        return value instanceof Consumer<?> c ? (Consumer<SkippedField>) c : null;
    }

    /** Returns the JSON Pointer of the parser's current position, empty for the root. */
    public static String pointer(JsonParser p) {
        return pointer(p.streamReadContext()).toString();
    }

    /**
     * Returns the JSON Pointer of a read or write context: the member name or index of each enclosing context. A
     * context without a member or element yet does not count, as in Jackson's {@code pathAsPointer()}.
     */
    public static Pointer pointer(TokenStreamContext context) {
        List<TokenStreamContext> chain = new ArrayList<>();
        for (TokenStreamContext c = context.hasPathSegment() ? context : context.getParent();
                c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(c);
        }
        Pointer pointer = Pointer.ROOT;
        for (int i = chain.size() - 1; i >= 0; i--) {
            TokenStreamContext step = chain.get(i);
            pointer = step.inObject() ? pointer.field(Objects.requireNonNullElse(step.currentName(), ""))
                    : pointer.index(step.getCurrentIndex());
        }
        return pointer;
    }

    /** Creates an error for a required field that is absent. */
    public static MismatchedInputException missing(JsonParser p, Class<?> type, String noun, String field) {
        return mismatch(p, type, "Missing required field '" + field + "' in " + noun);
    }

    /** Creates an error for input of the wrong shape. */
    public static MismatchedInputException mismatch(JsonParser p, Class<?> type, String message) {
        return MismatchedInputException.from(p, type, message);
    }

    /** Creates an error for a value of the right shape that is not allowed. */
    public static InvalidFormatException invalid(JsonParser p, Class<?> type, String message, Object value) {
        return InvalidFormatException.from(p, message, value, type);
    }

    /**
     * Turns what a domain constructor or factory rejected into a located error. Other runtime exceptions are returned
     * unchanged, to be rethrown.
     */
    public static RuntimeException rejected(JsonParser p, DeserializationContext ctxt, Class<?> type, String noun,
            RuntimeException e) {
        if (e instanceof PolicyException || e instanceof DateTimeException || e instanceof ArithmeticException
                || e instanceof IllegalArgumentException || e instanceof NullPointerException) {
            return ValueInstantiationException.from(p, "Invalid " + noun.substring(noun.indexOf(' ') + 1) + ": "
                    + e.getMessage(), ctxt.constructType(type), e);
        }
        return e;
    }

    /** Returns the index of the first unpaired surrogate in a string, or -1. */
    public static int unpairedSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    static String forField(JsonParser p) {
        String name = p.currentName();
        return name == null ? "" : " for '" + name + "'";
    }

    static String found(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case VALUE_STRING -> "the string " + excerpt(p.getString());
            case VALUE_NUMBER_INT -> "the integer " + excerptRaw(p.getString());
            case VALUE_NUMBER_FLOAT -> "the number " + excerptRaw(p.getString());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null (leave the field out instead)";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    static String excerpt(String s) {
        return "\"" + excerptRaw(s) + "\"";
    }

    private static String excerptRaw(String s) {
        if (s.length() <= MAX_EXCERPT) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(MAX_EXCERPT - 1)) ? MAX_EXCERPT - 1 : MAX_EXCERPT;
        return s.substring(0, end) + "…";
    }
}
