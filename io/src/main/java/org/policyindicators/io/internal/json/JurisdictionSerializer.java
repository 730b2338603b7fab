package org.policyindicators.io.internal.json;

import org.policyindicators.core.Jurisdiction;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Jurisdiction}. */
public final class JurisdictionSerializer extends StdSerializer<Jurisdiction> {

    /** The instance; it holds no state. */
    public static final JurisdictionSerializer INSTANCE = new JurisdictionSerializer();

    private JurisdictionSerializer() {
        super(Jurisdiction.class);
    }

    @Override
    public void serialize(Jurisdiction value, JsonGenerator g, SerializationContext ctxt) {
        write(value, g, ctxt);
    }

    /**
     * Writes a jurisdiction.
     *
     * @param value the jurisdiction, not null
     * @param g the generator
     * @param ctxt the context
     */
    public static void write(Jurisdiction value, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        Writing.string(g, ctxt, "id", value.id());
        Writing.text(g, ctxt, "name", value.name());
        g.writeStringProperty("level", value.level().code());
        Writing.optionalString(g, ctxt, "code", value.code());
        Writing.optionalString(g, ctxt, "parent", value.parent());
        g.writeEndObject();
    }
}
