package org.policyindicators.io.internal.json;

import java.util.Collection;
import java.util.List;

import org.policyindicators.core.Jurisdiction;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a jurisdiction document, checking its {@code format} version. */
public final class JurisdictionListDeserializer extends StdDeserializer<JurisdictionList> {

    /** The instance; it holds no state. */
    public static final JurisdictionListDeserializer INSTANCE = new JurisdictionListDeserializer();

    private static final String NOUN = "a jurisdiction list";
    private static final List<Object> FIELDS = List.of("format", "jurisdictions");

    private JurisdictionListDeserializer() {
        super(JurisdictionList.class);
    }

    @Override
    public JurisdictionList deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, JurisdictionList.class, NOUN);
        String format = null;
        List<Jurisdiction> jurisdictions = null;
        long seen = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            try {
                switch (name) {
                    case "format" -> {
                        seen = Reading.once(p, JurisdictionList.class, seen, 1L);
                        format = Formats.read(p, ctxt);
                    }
                    case "jurisdictions" -> {
                        seen = Reading.once(p, JurisdictionList.class, seen, 1L << 1);
                        jurisdictions = Reading.list(p, ctxt, JurisdictionDeserializer.INSTANCE::deserialize);
                    }
                    default -> Reading.unknown(p, ctxt, JurisdictionList.class, NOUN, FIELDS);
                }
            } catch (JacksonException e) {
                throw Reading.wrap(e, JurisdictionList.class, name);
            }
        }
        if (format == null) {
            throw Formats.missing(p, NOUN);
        }
        if (jurisdictions == null) {
            throw Reading.missing(p, JurisdictionList.class, NOUN, "jurisdictions");
        }
        return new JurisdictionList(jurisdictions);
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }
}
