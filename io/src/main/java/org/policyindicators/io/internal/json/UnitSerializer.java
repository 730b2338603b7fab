package org.policyindicators.io.internal.json;

import org.policyindicators.core.Unit;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Unit}: {@code {"code": "cny", "scale": 8}}; a scale of 0 is left out. */
public final class UnitSerializer extends StdSerializer<Unit> {

    /** The instance; it holds no state. */
    public static final UnitSerializer INSTANCE = new UnitSerializer();

    private UnitSerializer() {
        super(Unit.class);
    }

    @Override
    public void serialize(Unit value, JsonGenerator g, SerializationContext ctxt) {
        write(value, g, ctxt);
    }

    /**
     * Writes a unit.
     *
     * @param value the unit, not null
     * @param g the generator
     * @param ctxt the context
     */
    public static void write(Unit value, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        g.writeStringProperty("code", value.code());
        if (value.scale() != 0) {
            g.writeNumberProperty("scale", value.scale());
        }
        Writing.object(g, ctxt, "per", value.per(), UnitSerializer::write);
        g.writeEndObject();
    }
}
