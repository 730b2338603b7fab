package org.policyindicators.io.internal.json;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.SourceDocument;
import org.policyindicators.core.Text;
import org.policyindicators.core.YearRange;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link Plan} document, checking its {@code format} version. */
public final class PlanDeserializer extends StdDeserializer<Plan> {

    /** The instance; it holds no state. */
    public static final PlanDeserializer INSTANCE = new PlanDeserializer();

    private static final String NOUN = "a plan";
    private static final List<Object> FIELDS = List.of("format", "id", "kind", "title", "issuer", "horizon",
            "visionHorizon", "adopted", "sources", "units", "goals");

    private PlanDeserializer() {
        super(Plan.class);
    }

    @Override
    public Plan deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, Plan.class, NOUN);
        String format = null;
        String id = null;
        PlanKind kind = null;
        Text title = Text.EMPTY;
        String issuer = null;
        YearRange horizon = null;
        YearRange visionHorizon = null;
        LocalDate adopted = null;
        List<SourceDocument> sources = List.of();
        List<BaseUnit> units = List.of();
        List<Goal> goals = List.of();
        long seen = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            try {
                switch (name) {
                    case "format" -> {
                        seen = Reading.once(p, Plan.class, seen, 1L);
                        format = Formats.read(p, ctxt);
                    }
                    case "id" -> {
                        seen = Reading.once(p, Plan.class, seen, 1L << 1);
                        id = Reading.string(p, ctxt);
                    }
                    case "kind" -> {
                        seen = Reading.once(p, Plan.class, seen, 1L << 2);
                        kind = Reading.code(p, ctxt, PlanKind.class, PlanKind::ofCode);
                    }
                    case "title" -> {
                        seen = Reading.once(p, Plan.class, seen, 1L << 3);
                        title = TextDeserializer.INSTANCE.deserialize(p, ctxt);
                    }
                    case "issuer" -> {
                        seen = Reading.once(p, Plan.class, seen, 1L << 4);
                        issuer = Reading.string(p, ctxt);
                    }
                    case "horizon" -> {
                        seen = Reading.once(p, Plan.class, seen, 1L << 5);
                        horizon = YearRangeDeserializer.INSTANCE.deserialize(p, ctxt);
                    }
                    case "visionHorizon" -> {
                        seen = Reading.once(p, Plan.class, seen, 1L << 6);
                        visionHorizon = YearRangeDeserializer.INSTANCE.deserialize(p, ctxt);
                    }
                    case "adopted" -> {
                        seen = Reading.once(p, Plan.class, seen, 1L << 7);
                        adopted = Reading.date(p, ctxt);
                    }
                    case "sources" -> {
                        seen = Reading.once(p, Plan.class, seen, 1L << 8);
                        sources = Reading.list(p, ctxt, SourceDocumentDeserializer.INSTANCE::deserialize);
                    }
                    case "units" -> {
                        seen = Reading.once(p, Plan.class, seen, 1L << 9);
                        units = Reading.list(p, ctxt, BaseUnitDeserializer.INSTANCE::deserialize);
                    }
                    case "goals" -> {
                        seen = Reading.once(p, Plan.class, seen, 1L << 10);
                        goals = Reading.list(p, ctxt, GoalDeserializer.INSTANCE::deserialize);
                    }
                    default -> Reading.unknown(p, ctxt, Plan.class, NOUN, FIELDS);
                }
            } catch (JacksonException e) {
                throw Reading.wrap(e, Plan.class, name);
            }
        }
        if (format == null) {
            throw Formats.missing(p, NOUN);
        }
        if (id == null) {
            throw Reading.missing(p, Plan.class, NOUN, "id");
        }
        if (kind == null) {
            throw Reading.missing(p, Plan.class, NOUN, "kind");
        }
        if (issuer == null) {
            throw Reading.missing(p, Plan.class, NOUN, "issuer");
        }
        if (horizon == null) {
            throw Reading.missing(p, Plan.class, NOUN, "horizon");
        }
        try {
            return new Plan(id, kind, title, issuer, horizon, visionHorizon, adopted, sources, units, goals);
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, Plan.class, NOUN, e);
        }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }
}
