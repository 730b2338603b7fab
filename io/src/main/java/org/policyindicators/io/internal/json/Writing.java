package org.policyindicators.io.internal.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Text;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.SerializationContext;

/**
 * Writers for the scalars and lists of the format. They leave a field out when it holds its
 * default: null, an empty list, an empty text, {@code false}.
 */
public final class Writing {

    private Writing() {
    }

    /** Writes one value. */
    @FunctionalInterface
    public interface ValueWriter<T> {
        /**
         * Writes the value.
         *
         * @param value the value, not null
         * @param g the generator
         * @param ctxt the context
         */
        void write(T value, JsonGenerator g, SerializationContext ctxt);
    }

    /**
     * Writes a string field, rejecting unpaired surrogates, which UTF-8 cannot encode.
     *
     * @param g the generator
     * @param ctxt the context
     * @param name the field name
     * @param value the value, not null
     */
    public static void string(JsonGenerator g, SerializationContext ctxt, String name, String value) {
        g.writeName(name);
        stringValue(value, g, ctxt);
    }

    /**
     * Writes a string field unless the value is null.
     *
     * @param g the generator
     * @param ctxt the context
     * @param name the field name
     * @param value the value, null to leave the field out
     */
    public static void optionalString(JsonGenerator g, SerializationContext ctxt, String name,
            @Nullable String value) {
        if (value != null) {
            string(g, ctxt, name, value);
        }
    }

    /**
     * Writes a string value, rejecting unpaired surrogates.
     *
     * @param value the value, not null
     * @param g the generator
     * @param ctxt the context
     */
    public static void stringValue(String value, JsonGenerator g, SerializationContext ctxt) {
        int bad = Reading.unpairedSurrogate(value);
        if (bad >= 0) {
            throw DatabindException.from(g, "The string holds an unpaired surrogate U+"
                    + Integer.toHexString(value.charAt(bad)).toUpperCase(Locale.ROOT) + " at index " + bad
                    + ", which UTF-8 cannot encode");
        }
        g.writeString(value);
    }

    /**
     * Writes a decimal field exactly as held; see {@link Decimals#toJson(BigDecimal)}.
     *
     * @param g the generator
     * @param name the field name
     * @param value the value, not null
     */
    public static void decimal(JsonGenerator g, String name, BigDecimal value) {
        g.writeName(name);
        g.writeNumber(Decimals.toJson(value));
    }

    /**
     * Writes a decimal field unless the value is null.
     *
     * @param g the generator
     * @param name the field name
     * @param value the value, null to leave the field out
     */
    public static void optionalDecimal(JsonGenerator g, String name, @Nullable BigDecimal value) {
        if (value != null) {
            decimal(g, name, value);
        }
    }

    /**
     * Writes a year field as a JSON integer unless it is null.
     *
     * @param g the generator
     * @param name the field name
     * @param value the year, null to leave the field out
     */
    public static void year(JsonGenerator g, String name, @Nullable Year value) {
        if (value != null) {
            g.writeNumberProperty(name, value.getValue());
        }
    }

    /**
     * Writes a date field as an ISO 8601 string unless it is null.
     *
     * @param g the generator
     * @param name the field name
     * @param value the date, null to leave the field out
     */
    public static void date(JsonGenerator g, String name, @Nullable LocalDate value) {
        if (value != null) {
            g.writeStringProperty(name, value.toString());
        }
    }

    /**
     * Writes a code field unless it is null.
     *
     * @param g the generator
     * @param name the field name
     * @param code the code, null to leave the field out
     */
    public static void code(JsonGenerator g, String name, @Nullable String code) {
        if (code != null) {
            g.writeStringProperty(name, code);
        }
    }

    /**
     * Writes a flag field when it is true.
     *
     * @param g the generator
     * @param name the field name
     * @param value the flag; false leaves the field out
     */
    public static void flag(JsonGenerator g, String name, boolean value) {
        if (value) {
            g.writeBooleanProperty(name, true);
        }
    }

    /**
     * Writes a text field unless the text is empty.
     *
     * @param g the generator
     * @param ctxt the context
     * @param name the field name
     * @param text the text, not null
     */
    public static void text(JsonGenerator g, SerializationContext ctxt, String name, Text text) {
        if (!text.isEmpty()) {
            g.writeName(name);
            textValue(text, g, ctxt);
        }
    }

    /**
     * Writes a text as an object of language tag to string, tags in alphabetical order.
     *
     * @param text the text, not null
     * @param g the generator
     * @param ctxt the context
     */
    public static void textValue(Text text, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(text);
        for (Map.Entry<String, String> entry : text.values().entrySet()) {
            string(g, ctxt, entry.getKey(), entry.getValue());
        }
        g.writeEndObject();
    }

    /**
     * Writes an object field unless it is null.
     *
     * @param <T> the type of the value
     * @param g the generator
     * @param ctxt the context
     * @param name the field name
     * @param value the value, null to leave the field out
     * @param writer the writer of the value
     */
    public static <T> void object(JsonGenerator g, SerializationContext ctxt, String name, @Nullable T value,
            ValueWriter<T> writer) {
        if (value != null) {
            g.writeName(name);
            writer.write(value, g, ctxt);
        }
    }

    /**
     * Writes a list field unless the list is empty.
     *
     * @param <T> the type of the elements
     * @param g the generator
     * @param ctxt the context
     * @param name the field name
     * @param list the list, not null
     * @param writer the writer of one element
     */
    public static <T> void list(JsonGenerator g, SerializationContext ctxt, String name, List<T> list,
            ValueWriter<? super T> writer) {
        if (!list.isEmpty()) {
            g.writeName(name);
            g.writeStartArray(list, list.size());
            for (T element : list) {
                writer.write(element, g, ctxt);
            }
            g.writeEndArray();
        }
    }
}
