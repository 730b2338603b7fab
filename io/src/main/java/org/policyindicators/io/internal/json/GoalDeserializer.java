package org.policyindicators.io.internal.json;

import java.util.Collection;
import java.util.List;

import org.policyindicators.core.Category;
import org.policyindicators.core.Goal;
import org.policyindicators.core.GoalReference;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Text;
import org.policyindicators.core.YearRange;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link Goal} and its sub-goals. */
public final class GoalDeserializer extends StdDeserializer<Goal> {

    /** The instance; it holds no state. */
    public static final GoalDeserializer INSTANCE = new GoalDeserializer();

    private static final String NOUN = "a goal";
    private static final List<Object> FIELDS =
            List.of("id", "title", "description", "category", "horizon", "alignsWith", "indicators", "goals");

    private GoalDeserializer() {
        super(Goal.class);
    }

    @Override
    public Goal deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, Goal.class, NOUN);
        String id = null;
        Text title = Text.EMPTY;
        Text description = Text.EMPTY;
        Category category = null;
        YearRange horizon = null;
        List<GoalReference> alignsWith = List.of();
        List<Indicator> indicators = List.of();
        List<Goal> goals = List.of();
        long seen = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            try {
                switch (name) {
                    case "id" -> {
                        seen = Reading.once(p, Goal.class, seen, 1L);
                        id = Reading.string(p, ctxt);
                    }
                    case "title" -> {
                        seen = Reading.once(p, Goal.class, seen, 1L << 1);
                        title = TextDeserializer.INSTANCE.deserialize(p, ctxt);
                    }
                    case "description" -> {
                        seen = Reading.once(p, Goal.class, seen, 1L << 2);
                        description = TextDeserializer.INSTANCE.deserialize(p, ctxt);
                    }
                    case "category" -> {
                        seen = Reading.once(p, Goal.class, seen, 1L << 3);
                        category = Reading.code(p, ctxt, Category.class, Category::of);
                    }
                    case "horizon" -> {
                        seen = Reading.once(p, Goal.class, seen, 1L << 4);
                        horizon = YearRangeDeserializer.INSTANCE.deserialize(p, ctxt);
                    }
                    case "alignsWith" -> {
                        seen = Reading.once(p, Goal.class, seen, 1L << 5);
                        alignsWith = Reading.list(p, ctxt, GoalReferenceDeserializer.INSTANCE::deserialize);
                    }
                    case "indicators" -> {
                        seen = Reading.once(p, Goal.class, seen, 1L << 6);
                        indicators = Reading.list(p, ctxt, IndicatorDeserializer.INSTANCE::deserialize);
                    }
                    case "goals" -> {
                        seen = Reading.once(p, Goal.class, seen, 1L << 7);
                        goals = Reading.list(p, ctxt, this::deserialize);
                    }
                    default -> Reading.unknown(p, ctxt, Goal.class, NOUN, FIELDS);
                }
            } catch (JacksonException e) {
                throw Reading.wrap(e, Goal.class, name);
            }
        }
        if (id == null) {
            throw Reading.missing(p, Goal.class, NOUN, "id");
        }
        try {
            return new Goal(id, title, description, category, horizon, alignsWith, indicators, goals);
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, Goal.class, NOUN, e);
        }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }
}
