package org.policyindicators.io.internal.json;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.policyindicators.core.Conversion;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link Conversion}. */
public final class ConversionDeserializer extends StdDeserializer<Conversion> {

    /** The instance; it holds no state. */
    public static final ConversionDeserializer INSTANCE = new ConversionDeserializer();

    private static final String NOUN = "a conversion";
    private static final List<Object> FIELDS = List.of("unit", "numerator", "denominator");

    private ConversionDeserializer() {
        super(Conversion.class);
    }

    @Override
    public Conversion deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, Conversion.class, NOUN);
        String unit = null;
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        long seen = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            try {
                switch (name) {
                    case "unit" -> {
                        seen = Reading.once(p, Conversion.class, seen, 1L);
                        unit = Reading.string(p, ctxt);
                    }
                    case "numerator" -> {
                        seen = Reading.once(p, Conversion.class, seen, 1L << 1);
                        numerator = Reading.decimal(p, ctxt);
                    }
                    case "denominator" -> {
                        seen = Reading.once(p, Conversion.class, seen, 1L << 2);
                        denominator = Reading.decimal(p, ctxt);
                    }
                    default -> Reading.unknown(p, ctxt, Conversion.class, NOUN, FIELDS);
                }
            } catch (JacksonException e) {
                throw Reading.wrap(e, Conversion.class, name);
            }
        }
        if (unit == null) {
            throw Reading.missing(p, Conversion.class, NOUN, "unit");
        }
        if (numerator == null) {
            throw Reading.missing(p, Conversion.class, NOUN, "numerator");
        }
        if (denominator == null) {
            throw Reading.missing(p, Conversion.class, NOUN, "denominator");
        }
        try {
            return new Conversion(unit, numerator, denominator);
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, Conversion.class, NOUN, e);
        }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }
}
