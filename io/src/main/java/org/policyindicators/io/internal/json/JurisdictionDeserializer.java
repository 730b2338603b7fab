package org.policyindicators.io.internal.json;

import java.util.Collection;
import java.util.List;

import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.JurisdictionLevel;
import org.policyindicators.core.Text;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link Jurisdiction}. */
public final class JurisdictionDeserializer extends StdDeserializer<Jurisdiction> {

    /** The instance; it holds no state. */
    public static final JurisdictionDeserializer INSTANCE = new JurisdictionDeserializer();

    private static final String NOUN = "a jurisdiction";
    private static final List<Object> FIELDS = List.of("id", "name", "level", "code", "parent");

    private JurisdictionDeserializer() {
        super(Jurisdiction.class);
    }

    @Override
    public Jurisdiction deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, Jurisdiction.class, NOUN);
        String id = null;
        Text name = Text.EMPTY;
        JurisdictionLevel level = null;
        String code = null;
        String parent = null;
        long seen = 0;
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            p.nextToken();
            try {
                switch (field) {
                    case "id" -> {
                        seen = Reading.once(p, Jurisdiction.class, seen, 1L);
                        id = Reading.string(p, ctxt);
                    }
                    case "name" -> {
                        seen = Reading.once(p, Jurisdiction.class, seen, 1L << 1);
                        name = TextDeserializer.INSTANCE.deserialize(p, ctxt);
                    }
                    case "level" -> {
                        seen = Reading.once(p, Jurisdiction.class, seen, 1L << 2);
                        level = Reading.code(p, ctxt, JurisdictionLevel.class, JurisdictionLevel::of);
                    }
                    case "code" -> {
                        seen = Reading.once(p, Jurisdiction.class, seen, 1L << 3);
                        code = Reading.string(p, ctxt);
                    }
                    case "parent" -> {
                        seen = Reading.once(p, Jurisdiction.class, seen, 1L << 4);
                        parent = Reading.string(p, ctxt);
                    }
                    default -> Reading.unknown(p, ctxt, Jurisdiction.class, NOUN, FIELDS);
                }
            } catch (JacksonException e) {
                throw Reading.wrap(e, Jurisdiction.class, field);
            }
        }
        if (id == null) {
            throw Reading.missing(p, Jurisdiction.class, NOUN, "id");
        }
        if (level == null) {
            throw Reading.missing(p, Jurisdiction.class, NOUN, "level");
        }
        try {
            return new Jurisdiction(id, name, level, code, parent);
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, Jurisdiction.class, NOUN, e);
        }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }
}
