package org.policyindicators.io.internal.json;

import java.time.Year;
import java.util.Collection;
import java.util.List;

import org.policyindicators.core.YearRange;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link YearRange}: {@code {"start": 2021, "end": 2025}}. */
public final class YearRangeDeserializer extends StdDeserializer<YearRange> {

    /** The instance; it holds no state. */
    public static final YearRangeDeserializer INSTANCE = new YearRangeDeserializer();

    private static final String NOUN = "a year range";
    private static final List<Object> FIELDS = List.of("start", "end");

    private YearRangeDeserializer() {
        super(YearRange.class);
    }

    @Override
    public YearRange deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, YearRange.class, NOUN);
        Year start = null;
        Year end = null;
        long seen = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            try {
                switch (name) {
                    case "start" -> {
                        seen = Reading.once(p, YearRange.class, seen, 1L);
                        start = Reading.year(p, ctxt);
                    }
                    case "end" -> {
                        seen = Reading.once(p, YearRange.class, seen, 1L << 1);
                        end = Reading.year(p, ctxt);
                    }
                    default -> Reading.unknown(p, ctxt, YearRange.class, NOUN, FIELDS);
                }
            } catch (JacksonException e) {
                throw Reading.wrap(e, YearRange.class, name);
            }
        }
        if (start == null) {
            throw Reading.missing(p, YearRange.class, NOUN, "start");
        }
        if (end == null) {
            throw Reading.missing(p, YearRange.class, NOUN, "end");
        }
        try {
            return new YearRange(start, end);
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, YearRange.class, NOUN, e);
        }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }
}
