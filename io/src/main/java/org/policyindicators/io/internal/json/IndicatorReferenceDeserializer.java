package org.policyindicators.io.internal.json;

import java.util.Collection;
import java.util.List;

import org.policyindicators.core.IndicatorReference;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads an {@link IndicatorReference}. */
public final class IndicatorReferenceDeserializer extends StdDeserializer<IndicatorReference> {

    /** The instance; it holds no state. */
    public static final IndicatorReferenceDeserializer INSTANCE = new IndicatorReferenceDeserializer();

    private static final String NOUN = "an indicator reference";
    private static final List<Object> FIELDS = List.of("plan", "indicator");

    private IndicatorReferenceDeserializer() {
        super(IndicatorReference.class);
    }

    @Override
    public IndicatorReference deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, IndicatorReference.class, NOUN);
        String plan = null;
        String indicator = null;
        long seen = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            try {
                switch (name) {
                    case "plan" -> {
                        seen = Reading.once(p, IndicatorReference.class, seen, 1L);
                        plan = Reading.string(p, ctxt);
                    }
                    case "indicator" -> {
                        seen = Reading.once(p, IndicatorReference.class, seen, 1L << 1);
                        indicator = Reading.string(p, ctxt);
                    }
                    default -> Reading.unknown(p, ctxt, IndicatorReference.class, NOUN, FIELDS);
                }
            } catch (JacksonException e) {
                throw Reading.wrap(e, IndicatorReference.class, name);
            }
        }
        if (indicator == null) {
            throw Reading.missing(p, IndicatorReference.class, NOUN, "indicator");
        }
        try {
            return new IndicatorReference(plan, indicator);
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, IndicatorReference.class, NOUN, e);
        }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }
}
