package org.policyindicators.io.internal.json;

import org.policyindicators.core.Indicator;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes an {@link Indicator}. */
public final class IndicatorSerializer extends StdSerializer<Indicator> {

    /** The instance; it holds no state. */
    public static final IndicatorSerializer INSTANCE = new IndicatorSerializer();

    private IndicatorSerializer() {
        super(Indicator.class);
    }

    @Override
    public void serialize(Indicator value, JsonGenerator g, SerializationContext ctxt) {
        write(value, g, ctxt);
    }

    /**
     * Writes an indicator.
     *
     * @param value the indicator, not null
     * @param g the generator
     * @param ctxt the context
     */
    public static void write(Indicator value, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        Writing.string(g, ctxt, "id", value.id());
        Writing.text(g, ctxt, "name", value.name());
        Writing.text(g, ctxt, "definition", value.definition());
        g.writeName("unit");
        UnitSerializer.write(value.unit(), g, ctxt);
        Writing.code(g, "category", value.category() == null ? null : value.category().code());
        Writing.code(g, "attribute", value.attribute() == null ? null : value.attribute().code());
        g.writeStringProperty("polarity", value.polarity().code());
        Writing.list(g, ctxt, "baselines", value.baselines(), BaselineSerializer::write);
        Writing.list(g, ctxt, "targets", value.targets(), TargetSerializer::write);
        Writing.list(g, ctxt, "observations", value.observations(), ObservationSerializer::write);
        Writing.list(g, ctxt, "components", value.components(), Writing::stringValue);
        Writing.list(g, ctxt, "provenance", value.provenance(), ProvenanceSerializer::write);
        g.writeEndObject();
    }
}
