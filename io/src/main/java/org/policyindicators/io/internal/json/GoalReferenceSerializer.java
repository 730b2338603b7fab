package org.policyindicators.io.internal.json;

import org.policyindicators.core.GoalReference;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link GoalReference}. */
public final class GoalReferenceSerializer extends StdSerializer<GoalReference> {

    /** The instance; it holds no state. */
    public static final GoalReferenceSerializer INSTANCE = new GoalReferenceSerializer();

    private GoalReferenceSerializer() {
        super(GoalReference.class);
    }

    @Override
    public void serialize(GoalReference value, JsonGenerator g, SerializationContext ctxt) {
        write(value, g, ctxt);
    }

    /**
     * Writes a goal reference.
     *
     * @param value the reference, not null
     * @param g the generator
     * @param ctxt the context
     */
    public static void write(GoalReference value, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        Writing.string(g, ctxt, "plan", value.plan());
        Writing.string(g, ctxt, "goal", value.goal());
        g.writeEndObject();
    }
}
