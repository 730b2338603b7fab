package org.policyindicators.io.internal.json;

import org.policyindicators.core.Baseline;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Baseline}. */
public final class BaselineSerializer extends StdSerializer<Baseline> {

    /** The instance; it holds no state. */
    public static final BaselineSerializer INSTANCE = new BaselineSerializer();

    private BaselineSerializer() {
        super(Baseline.class);
    }

    @Override
    public void serialize(Baseline value, JsonGenerator g, SerializationContext ctxt) {
        write(value, g, ctxt);
    }

    /**
     * Writes a baseline.
     *
     * @param value the baseline, not null
     * @param g the generator
     * @param ctxt the context
     */
    public static void write(Baseline value, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        Writing.year(g, "year", value.year());
        Writing.year(g, "startYear", value.startYear());
        Writing.decimal(g, "value", value.value());
        Writing.object(g, ctxt, "unit", value.unit(), UnitSerializer::write);
        Writing.code(g, "bound", value.bound() == null ? null : value.bound().code());
        g.writeEndObject();
    }
}
