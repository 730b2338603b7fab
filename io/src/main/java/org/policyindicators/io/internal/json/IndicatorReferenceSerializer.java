package org.policyindicators.io.internal.json;

import org.policyindicators.core.IndicatorReference;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes an {@link IndicatorReference}. */
public final class IndicatorReferenceSerializer extends StdSerializer<IndicatorReference> {

    /** The instance; it holds no state. */
    public static final IndicatorReferenceSerializer INSTANCE = new IndicatorReferenceSerializer();

    private IndicatorReferenceSerializer() {
        super(IndicatorReference.class);
    }

    @Override
    public void serialize(IndicatorReference value, JsonGenerator g, SerializationContext ctxt) {
        write(value, g, ctxt);
    }

    /**
     * Writes an indicator reference.
     *
     * @param value the reference, not null
     * @param g the generator
     * @param ctxt the context
     */
    public static void write(IndicatorReference value, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        Writing.optionalString(g, ctxt, "plan", value.plan());
        Writing.string(g, ctxt, "indicator", value.indicator());
        g.writeEndObject();
    }
}
