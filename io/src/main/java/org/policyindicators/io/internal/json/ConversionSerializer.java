package org.policyindicators.io.internal.json;

import org.policyindicators.core.Conversion;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Conversion}. */
public final class ConversionSerializer extends StdSerializer<Conversion> {

    /** The instance; it holds no state. */
    public static final ConversionSerializer INSTANCE = new ConversionSerializer();

    private ConversionSerializer() {
        super(Conversion.class);
    }

    @Override
    public void serialize(Conversion value, JsonGenerator g, SerializationContext ctxt) {
        write(value, g, ctxt);
    }

    /**
     * Writes a conversion.
     *
     * @param value the conversion, not null
     * @param g the generator
     * @param ctxt the context
     */
    public static void write(Conversion value, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        g.writeStringProperty("unit", value.unit());
        Writing.decimal(g, "numerator", value.numerator());
        Writing.decimal(g, "denominator", value.denominator());
        g.writeEndObject();
    }
}
