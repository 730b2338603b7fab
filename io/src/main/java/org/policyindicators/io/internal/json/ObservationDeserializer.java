package org.policyindicators.io.internal.json;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Collection;
import java.util.List;

import org.policyindicators.core.Comparator;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Unit;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads an {@link Observation}. */
public final class ObservationDeserializer extends StdDeserializer<Observation> {

    /** The instance; it holds no state. */
    public static final ObservationDeserializer INSTANCE = new ObservationDeserializer();

    private static final String NOUN = "an observation";
    private static final List<Object> FIELDS =
            List.of("year", "startYear", "value", "unit", "bound", "status", "historical", "source");

    private ObservationDeserializer() {
        super(Observation.class);
    }

    @Override
    public Observation deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, Observation.class, NOUN);
        Year year = null;
        Year startYear = null;
        BigDecimal value = null;
        Unit unit = null;
        Comparator bound = null;
        ObservationStatus status = null;
        boolean historical = false;
        String source = null;
        long seen = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            try {
                switch (name) {
                    case "year" -> {
                        seen = Reading.once(p, Observation.class, seen, 1L);
                        year = Reading.year(p, ctxt);
                    }
                    case "startYear" -> {
                        seen = Reading.once(p, Observation.class, seen, 1L << 1);
                        startYear = Reading.year(p, ctxt);
                    }
                    case "value" -> {
                        seen = Reading.once(p, Observation.class, seen, 1L << 2);
                        value = Reading.decimal(p, ctxt);
                    }
                    case "unit" -> {
                        seen = Reading.once(p, Observation.class, seen, 1L << 3);
                        unit = UnitDeserializer.INSTANCE.deserialize(p, ctxt);
                    }
                    case "bound" -> {
                        seen = Reading.once(p, Observation.class, seen, 1L << 4);
                        bound = Reading.code(p, ctxt, Comparator.class, Comparator::ofCode);
                    }
                    case "status" -> {
                        seen = Reading.once(p, Observation.class, seen, 1L << 5);
                        status = Reading.code(p, ctxt, ObservationStatus.class, ObservationStatus::ofCode);
                    }
                    case "historical" -> {
                        seen = Reading.once(p, Observation.class, seen, 1L << 6);
                        historical = Reading.bool(p, ctxt);
                    }
                    case "source" -> {
                        seen = Reading.once(p, Observation.class, seen, 1L << 7);
                        source = Reading.string(p, ctxt);
                    }
                    default -> Reading.unknown(p, ctxt, Observation.class, NOUN, FIELDS);
                }
            } catch (JacksonException e) {
                throw Reading.wrap(e, Observation.class, name);
            }
        }
        if (year == null) {
            throw Reading.missing(p, Observation.class, NOUN, "year");
        }
        if (value == null) {
            throw Reading.missing(p, Observation.class, NOUN, "value");
        }
        if (status == null) {
            throw Reading.missing(p, Observation.class, NOUN, "status");
        }
        try {
            return new Observation(year, startYear, value, unit, bound, status, historical, source);
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, Observation.class, NOUN, e);
        }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }
}
