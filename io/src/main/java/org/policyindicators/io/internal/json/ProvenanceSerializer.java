package org.policyindicators.io.internal.json;

import org.policyindicators.core.Provenance;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Provenance}. */
public final class ProvenanceSerializer extends StdSerializer<Provenance> {

    /** The instance; it holds no state. */
    public static final ProvenanceSerializer INSTANCE = new ProvenanceSerializer();

    private ProvenanceSerializer() {
        super(Provenance.class);
    }

    @Override
    public void serialize(Provenance value, JsonGenerator g, SerializationContext ctxt) {
        write(value, g, ctxt);
    }

    /**
     * Writes a provenance.
     *
     * @param value the provenance, not null
     * @param g the generator
     * @param ctxt the context
     */
    public static void write(Provenance value, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        Writing.string(g, ctxt, "document", value.document());
        Writing.string(g, ctxt, "quote", value.quote());
        Writing.optionalString(g, ctxt, "location", value.location());
        g.writeEndObject();
    }
}
