package org.policyindicators.io.internal.json;

import org.policyindicators.core.BaseUnit;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link BaseUnit}. */
public final class BaseUnitSerializer extends StdSerializer<BaseUnit> {

    /** The instance; it holds no state. */
    public static final BaseUnitSerializer INSTANCE = new BaseUnitSerializer();

    private BaseUnitSerializer() {
        super(BaseUnit.class);
    }

    @Override
    public void serialize(BaseUnit value, JsonGenerator g, SerializationContext ctxt) {
        write(value, g, ctxt);
    }

    /**
     * Writes a base unit.
     *
     * @param value the base unit, not null
     * @param g the generator
     * @param ctxt the context
     */
    public static void write(BaseUnit value, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        g.writeStringProperty("code", value.code());
        g.writeStringProperty("dimension", value.dimension().code());
        Writing.text(g, ctxt, "symbol", value.symbol());
        Writing.object(g, ctxt, "conversion", value.conversion(), ConversionSerializer::write);
        g.writeEndObject();
    }
}
