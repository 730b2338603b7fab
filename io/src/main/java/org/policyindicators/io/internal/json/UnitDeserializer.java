package org.policyindicators.io.internal.json;

import java.util.Collection;
import java.util.List;

import org.policyindicators.core.Unit;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link Unit}: {@code {"code": "cny", "scale": 8}}, a rate with {@code "per"}. */
public final class UnitDeserializer extends StdDeserializer<Unit> {

    /** The instance; it holds no state. */
    public static final UnitDeserializer INSTANCE = new UnitDeserializer();

    private static final String NOUN = "a unit";
    private static final List<Object> FIELDS = List.of("code", "scale", "per");

    private UnitDeserializer() {
        super(Unit.class);
    }

    @Override
    public Unit deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, Unit.class, NOUN);
        String code = null;
        int scale = 0;
        Unit per = null;
        long seen = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            try {
                switch (name) {
                    case "code" -> {
                        seen = Reading.once(p, Unit.class, seen, 1L);
                        code = Reading.string(p, ctxt);
                    }
                    case "scale" -> {
                        seen = Reading.once(p, Unit.class, seen, 1L << 1);
                        scale = Reading.integer(p, ctxt);
                    }
                    case "per" -> {
                        seen = Reading.once(p, Unit.class, seen, 1L << 2);
                        per = deserialize(p, ctxt);
                    }
                    default -> Reading.unknown(p, ctxt, Unit.class, NOUN, FIELDS);
                }
            } catch (JacksonException e) {
                throw Reading.wrap(e, Unit.class, name);
            }
        }
        if (code == null) {
            throw Reading.missing(p, Unit.class, NOUN, "code");
        }
        try {
            return new Unit(code, scale, per);
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, Unit.class, NOUN, e);
        }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }
}
