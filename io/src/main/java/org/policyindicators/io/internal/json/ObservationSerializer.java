package org.policyindicators.io.internal.json;

import org.policyindicators.core.Observation;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes an {@link Observation}. */
public final class ObservationSerializer extends StdSerializer<Observation> {

    /** The instance; it holds no state. */
    public static final ObservationSerializer INSTANCE = new ObservationSerializer();

    private ObservationSerializer() {
        super(Observation.class);
    }

    @Override
    public void serialize(Observation value, JsonGenerator g, SerializationContext ctxt) {
        write(value, g, ctxt);
    }

    /**
     * Writes an observation.
     *
     * @param value the observation, not null
     * @param g the generator
     * @param ctxt the context
     */
    public static void write(Observation value, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        Writing.year(g, "year", value.year());
        Writing.year(g, "startYear", value.startYear());
        Writing.decimal(g, "value", value.value());
        Writing.object(g, ctxt, "unit", value.unit(), UnitSerializer::write);
        Writing.code(g, "bound", value.bound() == null ? null : value.bound().code());
        g.writeStringProperty("status", value.status().code());
        Writing.flag(g, "historical", value.historical());
        Writing.optionalString(g, ctxt, "source", value.source());
        g.writeEndObject();
    }
}
