package org.policyindicators.io.internal.json;

import org.policyindicators.core.Plan;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Plan} as a document: {@code "format"} first, then the plan's fields. */
public final class PlanSerializer extends StdSerializer<Plan> {

    /** The instance; it holds no state. */
    public static final PlanSerializer INSTANCE = new PlanSerializer();

    private PlanSerializer() {
        super(Plan.class);
    }

    @Override
    public void serialize(Plan value, JsonGenerator g, SerializationContext ctxt) {
        write(value, g, ctxt);
    }

    /**
     * Writes a plan document.
     *
     * @param value the plan, not null
     * @param g the generator
     * @param ctxt the context
     */
    public static void write(Plan value, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        g.writeStringProperty("format", FormatVersion.CURRENT);
        Writing.string(g, ctxt, "id", value.id());
        g.writeStringProperty("kind", value.kind().code());
        Writing.text(g, ctxt, "title", value.title());
        Writing.string(g, ctxt, "issuer", value.issuer());
        g.writeName("horizon");
        YearRangeSerializer.write(value.horizon(), g, ctxt);
        Writing.object(g, ctxt, "visionHorizon", value.visionHorizon(), YearRangeSerializer::write);
        Writing.date(g, "adopted", value.adopted());
        Writing.list(g, ctxt, "sources", value.sources(), SourceDocumentSerializer::write);
        Writing.list(g, ctxt, "units", value.units(), BaseUnitSerializer::write);
        Writing.list(g, ctxt, "goals", value.goals(), GoalSerializer::write);
        g.writeEndObject();
    }
}
