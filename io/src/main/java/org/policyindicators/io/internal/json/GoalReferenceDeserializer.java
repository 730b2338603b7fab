package org.policyindicators.io.internal.json;

import java.util.Collection;
import java.util.List;

import org.policyindicators.core.GoalReference;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link GoalReference}. */
public final class GoalReferenceDeserializer extends StdDeserializer<GoalReference> {

    /** The instance; it holds no state. */
    public static final GoalReferenceDeserializer INSTANCE = new GoalReferenceDeserializer();

    private static final String NOUN = "a goal reference";
    private static final List<Object> FIELDS = List.of("plan", "goal");

    private GoalReferenceDeserializer() {
        super(GoalReference.class);
    }

    @Override
    public GoalReference deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, GoalReference.class, NOUN);
        String plan = null;
        String goal = null;
        long seen = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            try {
                switch (name) {
                    case "plan" -> {
                        seen = Reading.once(p, GoalReference.class, seen, 1L);
                        plan = Reading.string(p, ctxt);
                    }
                    case "goal" -> {
                        seen = Reading.once(p, GoalReference.class, seen, 1L << 1);
                        goal = Reading.string(p, ctxt);
                    }
                    default -> Reading.unknown(p, ctxt, GoalReference.class, NOUN, FIELDS);
                }
            } catch (JacksonException e) {
                throw Reading.wrap(e, GoalReference.class, name);
            }
        }
        if (plan == null) {
            throw Reading.missing(p, GoalReference.class, NOUN, "plan");
        }
        if (goal == null) {
            throw Reading.missing(p, GoalReference.class, NOUN, "goal");
        }
        try {
            return new GoalReference(plan, goal);
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, GoalReference.class, NOUN, e);
        }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }
}
