package org.policyindicators.io.internal.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a jurisdiction document; the list is written even when empty. */
public final class JurisdictionListSerializer extends StdSerializer<JurisdictionList> {

    /** The instance; it holds no state. */
    public static final JurisdictionListSerializer INSTANCE = new JurisdictionListSerializer();

    private JurisdictionListSerializer() {
        super(JurisdictionList.class);
    }

    @Override
    public void serialize(JurisdictionList value, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        g.writeStringProperty("format", FormatVersion.CURRENT);
        g.writeName("jurisdictions");
        g.writeStartArray(value.jurisdictions(), value.jurisdictions().size());
        value.jurisdictions().forEach(j -> JurisdictionSerializer.write(j, g, ctxt));
        g.writeEndArray();
        g.writeEndObject();
    }
}
