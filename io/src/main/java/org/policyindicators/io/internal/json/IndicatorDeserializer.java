package org.policyindicators.io.internal.json;

import java.util.Collection;
import java.util.List;

import org.policyindicators.core.Attribute;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Category;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Provenance;
import org.policyindicators.core.Target;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads an {@link Indicator}. */
public final class IndicatorDeserializer extends StdDeserializer<Indicator> {

    /** The instance; it holds no state. */
    public static final IndicatorDeserializer INSTANCE = new IndicatorDeserializer();

    private static final String NOUN = "an indicator";
    private static final List<Object> FIELDS = List.of("id", "name", "definition", "unit", "category", "attribute",
            "polarity", "baselines", "targets", "observations", "components", "provenance");

    private IndicatorDeserializer() {
        super(Indicator.class);
    }

    @Override
    public Indicator deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, Indicator.class, NOUN);
        String id = null;
        Text name = Text.EMPTY;
        Text definition = Text.EMPTY;
        Unit unit = null;
        Category category = null;
        Attribute attribute = null;
        Polarity polarity = null;
        List<Baseline> baselines = List.of();
        List<Target> targets = List.of();
        List<Observation> observations = List.of();
        List<String> components = List.of();
        List<Provenance> provenance = List.of();
        long seen = 0;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            p.nextToken();
            try {
                switch (field) {
                    case "id" -> {
                        seen = Reading.once(p, Indicator.class, seen, 1L);
                        id = Reading.string(p, ctxt);
                    }
                    case "name" -> {
                        seen = Reading.once(p, Indicator.class, seen, 1L << 1);
                        name = TextDeserializer.INSTANCE.deserialize(p, ctxt);
                    }
                    case "definition" -> {
                        seen = Reading.once(p, Indicator.class, seen, 1L << 2);
                        definition = TextDeserializer.INSTANCE.deserialize(p, ctxt);
                    }
                    case "unit" -> {
                        seen = Reading.once(p, Indicator.class, seen, 1L << 3);
                        unit = UnitDeserializer.INSTANCE.deserialize(p, ctxt);
                    }
                    case "category" -> {
                        seen = Reading.once(p, Indicator.class, seen, 1L << 4);
                        category = Reading.code(p, ctxt, Category.class, Category::of);
                    }
                    case "attribute" -> {
                        seen = Reading.once(p, Indicator.class, seen, 1L << 5);
                        attribute = Reading.code(p, ctxt, Attribute.class, Attribute::ofCode);
                    }
                    case "polarity" -> {
                        seen = Reading.once(p, Indicator.class, seen, 1L << 6);
                        polarity = Reading.code(p, ctxt, Polarity.class, Polarity::ofCode);
                    }
                    case "baselines" -> {
                        seen = Reading.once(p, Indicator.class, seen, 1L << 7);
                        baselines = Reading.list(p, ctxt, BaselineDeserializer.INSTANCE::deserialize);
                    }
                    case "targets" -> {
                        seen = Reading.once(p, Indicator.class, seen, 1L << 8);
                        targets = Reading.list(p, ctxt, TargetDeserializer.INSTANCE::deserialize);
                    }
                    case "observations" -> {
                        seen = Reading.once(p, Indicator.class, seen, 1L << 9);
                        observations = Reading.list(p, ctxt, ObservationDeserializer.INSTANCE::deserialize);
                    }
                    case "components" -> {
                        seen = Reading.once(p, Indicator.class, seen, 1L << 10);
                        components = Reading.list(p, ctxt, Reading::string);
                    }
                    case "provenance" -> {
                        seen = Reading.once(p, Indicator.class, seen, 1L << 11);
                        provenance = Reading.list(p, ctxt, ProvenanceDeserializer.INSTANCE::deserialize);
                    }
                    default -> Reading.unknown(p, ctxt, Indicator.class, NOUN, FIELDS);
                }
            } catch (JacksonException e) {
                throw Reading.wrap(e, Indicator.class, field);
            }
        }
        if (id == null) {
            throw Reading.missing(p, Indicator.class, NOUN, "id");
        }
        if (unit == null) {
            throw Reading.missing(p, Indicator.class, NOUN, "unit");
        }
        if (polarity == null) {
            throw Reading.missing(p, Indicator.class, NOUN, "polarity");
        }
        try {
            return new Indicator(id, name, definition, unit, category, attribute, polarity, baselines, targets,
                    observations, components, provenance);
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, Indicator.class, NOUN, e);
        }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }
}
