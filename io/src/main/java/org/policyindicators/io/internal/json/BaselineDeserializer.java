package org.policyindicators.io.internal.json;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Collection;
import java.util.List;

import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparator;
import org.policyindicators.core.Unit;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link Baseline}. */
public final class BaselineDeserializer extends StdDeserializer<Baseline> {

    /** The instance; it holds no state. */
    public static final BaselineDeserializer INSTANCE = new BaselineDeserializer();

    private static final String NOUN = "a baseline";
    private static final List<Object> FIELDS = List.of("year", "startYear", "value", "unit", "bound");

    private BaselineDeserializer() {
        super(Baseline.class);
    }

    @Override
    public Baseline deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, Baseline.class, NOUN);
        Year year = null;
        Year startYear = null;
        BigDecimal value = null;
        Unit unit = null;
        Comparator bound = null;
        long seen = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            try {
                switch (name) {
                    case "year" -> {
                        seen = Reading.once(p, Baseline.class, seen, 1L);
                        year = Reading.year(p, ctxt);
                    }
                    case "startYear" -> {
                        seen = Reading.once(p, Baseline.class, seen, 1L << 1);
                        startYear = Reading.year(p, ctxt);
                    }
                    case "value" -> {
                        seen = Reading.once(p, Baseline.class, seen, 1L << 2);
                        value = Reading.decimal(p, ctxt);
                    }
                    case "unit" -> {
                        seen = Reading.once(p, Baseline.class, seen, 1L << 3);
                        unit = UnitDeserializer.INSTANCE.deserialize(p, ctxt);
                    }
                    case "bound" -> {
                        seen = Reading.once(p, Baseline.class, seen, 1L << 4);
                        bound = Reading.code(p, ctxt, Comparator.class, Comparator::ofCode);
                    }
                    default -> Reading.unknown(p, ctxt, Baseline.class, NOUN, FIELDS);
                }
            } catch (JacksonException e) {
                throw Reading.wrap(e, Baseline.class, name);
            }
        }
        if (year == null) {
            throw Reading.missing(p, Baseline.class, NOUN, "year");
        }
        if (value == null) {
            throw Reading.missing(p, Baseline.class, NOUN, "value");
        }
        try {
            return new Baseline(year, startYear, value, unit, bound);
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, Baseline.class, NOUN, e);
        }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }
}
