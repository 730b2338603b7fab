package org.policyindicators.io.internal.json;

import org.policyindicators.core.Goal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Goal} and its sub-goals. */
public final class GoalSerializer extends StdSerializer<Goal> {

    /** The instance; it holds no state. */
    public static final GoalSerializer INSTANCE = new GoalSerializer();

    private GoalSerializer() {
        super(Goal.class);
    }

    @Override
    public void serialize(Goal value, JsonGenerator g, SerializationContext ctxt) {
        write(value, g, ctxt);
    }

    /**
     * Writes a goal.
     *
     * @param value the goal, not null
     * @param g the generator
     * @param ctxt the context
     */
    public static void write(Goal value, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        Writing.string(g, ctxt, "id", value.id());
        Writing.text(g, ctxt, "title", value.title());
        Writing.text(g, ctxt, "description", value.description());
        Writing.code(g, "category", value.category() == null ? null : value.category().code());
        Writing.object(g, ctxt, "horizon", value.horizon(), YearRangeSerializer::write);
        Writing.list(g, ctxt, "alignsWith", value.alignsWith(), GoalReferenceSerializer::write);
        Writing.list(g, ctxt, "indicators", value.indicators(), IndicatorSerializer::write);
        Writing.list(g, ctxt, "goals", value.goals(), GoalSerializer::write);
        g.writeEndObject();
    }
}
