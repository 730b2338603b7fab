package org.policyindicators.io.internal.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.policyindicators.core.DecimalText;
import org.policyindicators.core.Text;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Reads and writes one kind of JSON value of the format. The scalars are constants here; records
 * are {@link RecordCodec}s, targets a {@link TargetCodec}, and {@link Codecs} holds the table of
 * all of them. Reading is strict: no coercion, no {@code null}.
 *
 * @param <T> the type of the value
 */
public interface Codec<T> {

    /** Reads the value at the parser's current token. */
    T read(JsonParser p, DeserializationContext ctxt);

    /** Writes the value. */
    void write(T value, JsonGenerator g, SerializationContext ctxt);

    /** Returns the names of the fields of the object this codec reads, empty for other values. */
    default List<String> fieldNames() {
        return List.of();
    }

    /** A string; unpaired surrogates are refused both ways, as UTF-8 cannot encode them. */
    Codec<String> STRING = of(Reading::string, (value, g, ctxt) -> {
        int bad = Reading.unpairedSurrogate(value);
        if (bad >= 0) {
            throw DatabindException.from(g, "The string holds an unpaired surrogate U+"
                    + Integer.toHexString(value.charAt(bad)).toUpperCase(Locale.ROOT) + " at index " + bad
                    + ", which UTF-8 cannot encode");
        }
        g.writeString(value);
    });

    /** A year as a JSON integer. */
    Codec<Year> YEAR = of(Reading::year, (value, g, ctxt) -> g.writeNumber(value.getValue()));

    /** A 32-bit integer. */
    Codec<Integer> INT = of(Reading::integer, (value, g, ctxt) -> g.writeNumber(value.intValue()));

    /** An exact decimal, written so that it reads back with the same unscaled value and scale. */
    Codec<BigDecimal> DECIMAL = of(Reading::decimal,
            (value, g, ctxt) -> g.writeNumber(DecimalText.format(value, DecimalText.Style.JSON)));

    /** {@code true} or {@code false}. */
    Codec<Boolean> BOOLEAN = of(Reading::bool, (value, g, ctxt) -> g.writeBoolean(value));

    /** An ISO 8601 calendar date such as {@code "2021-03-01"}. */
    Codec<LocalDate> DATE = of(Reading::date, (value, g, ctxt) -> g.writeString(value.toString()));

    /** A {@link Text}: an object of language tag to string, tags in alphabetical order. */
    Codec<Text> TEXT = of(Reading::text, (value, g, ctxt) -> writeStrings(value, value.values(), g, ctxt));

    /** Writes the strings of a value such as a text as a JSON object, in the order of the map. */
    static void writeStrings(Object value, Map<String, String> strings, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        strings.forEach((name, string) -> {
            g.writeName(name);
            STRING.write(string, g, ctxt);
        });
        g.writeEndObject();
    }

    /** Returns the codec of a type written as its code, such as a plan kind. */
    static <T> Codec<T> code(Class<T> type, Function<T, String> code, Function<String, T> ofCode) {
        return of((p, ctxt) -> Reading.code(p, ctxt, type, ofCode), (value, g, ctxt) -> g.writeString(code.apply(value)));
    }

    /** A JSON array of values. */
    record ListOf<T>(Codec<T> element) implements Codec<List<T>> {
        @Override
        public List<T> read(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.START_ARRAY)) {
                throw Reading.mismatch(p, List.class, "Expected an array" + Reading.forField(p) + " but found "
                        + Reading.found(p));
            }
            // most lists of a plan hold one or two elements: those go into List.of, which the model
            // keeps without a copy, and only longer ones into an ArrayList
            T first = null;
            T second = null;
            List<T> list = null;
            for (int size = 0; p.nextToken() != JsonToken.END_ARRAY; size++) {
                T value;
                try {
                    value = element.read(p, ctxt);
                } catch (JacksonException e) {
                    throw JacksonException.wrapWithPath(e, ArrayList.class, size);
                }
                if (size == 0) {
                    first = value;
                } else if (size == 1) {
                    second = value;
                } else {
                    if (list == null) {
                        list = new ArrayList<>();
                        list.add(first);
                        list.add(second);
                    }
                    list.add(value);
                }
            }
            return list != null ? list : first == null ? List.of() : second == null ? List.of(first)
                    : List.of(first, second);
        }

        @Override
        public void write(List<T> list, JsonGenerator g, SerializationContext ctxt) {
            g.writeStartArray(list, list.size());
            // the model's lists are immutable lists with random access: no iterator
            for (int i = 0, n = list.size(); i < n; i++) {
                element.write(list.get(i), g, ctxt);
            }
            g.writeEndArray();
        }
    }

    /** Stands in a row for the record codec that holds the row: a unit's {@code per}, a goal's sub-goals. */
    Codec<Object> SELF = of((p, ctxt) -> {
        throw new IllegalStateException("unresolved");
    }, (value, g, ctxt) -> {
        throw new IllegalStateException("unresolved");
    });

    /** Writes one value. */
    @FunctionalInterface
    interface Writer<T> {
        /** Writes the value. */
        void write(T value, JsonGenerator g, SerializationContext ctxt);
    }

    /** Returns a codec of a reader and a writer. */
    static <T> Codec<T> of(BiFunction<JsonParser, DeserializationContext, T> reader, Writer<T> writer) {
        return new Codec<>() {
            @Override
            public T read(JsonParser p, DeserializationContext ctxt) {
                return reader.apply(p, ctxt);
            }

            @Override
            public void write(T value, JsonGenerator g, SerializationContext ctxt) {
                writer.write(value, g, ctxt);
            }
        };
    }

    /** Returns this codec as a Jackson deserializer. */
    default StdDeserializer<T> deserializer(Class<T> type) {
        return new StdDeserializer<>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                return Codec.this.read(p, ctxt);
            }

            @Override
            public Collection<Object> getKnownPropertyNames() {
                return Codec.this.fieldNames().isEmpty() ? null : List.copyOf(Codec.this.fieldNames());
            }
        };
    }

    /** Returns this codec as a Jackson serializer. */
    default StdSerializer<T> serializer(Class<T> type) {
        return new StdSerializer<>(type) {
            @Override
            public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
                Codec.this.write(value, g, ctxt);
            }
        };
    }
}
