package org.policyindicators.io.internal.json;

import java.util.Collection;
import java.util.List;

import org.policyindicators.core.Provenance;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link Provenance}. */
public final class ProvenanceDeserializer extends StdDeserializer<Provenance> {

    /** The instance; it holds no state. */
    public static final ProvenanceDeserializer INSTANCE = new ProvenanceDeserializer();

    private static final String NOUN = "a provenance";
    private static final List<Object> FIELDS = List.of("document", "quote", "location");

    private ProvenanceDeserializer() {
        super(Provenance.class);
    }

    @Override
    public Provenance deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, Provenance.class, NOUN);
        String document = null;
        String quote = null;
        String location = null;
        long seen = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            try {
                switch (name) {
                    case "document" -> {
                        seen = Reading.once(p, Provenance.class, seen, 1L);
                        document = Reading.string(p, ctxt);
                    }
                    case "quote" -> {
                        seen = Reading.once(p, Provenance.class, seen, 1L << 1);
                        quote = Reading.string(p, ctxt);
                    }
                    case "location" -> {
                        seen = Reading.once(p, Provenance.class, seen, 1L << 2);
                        location = Reading.string(p, ctxt);
                    }
                    default -> Reading.unknown(p, ctxt, Provenance.class, NOUN, FIELDS);
                }
            } catch (JacksonException e) {
                throw Reading.wrap(e, Provenance.class, name);
            }
        }
        if (document == null) {
            throw Reading.missing(p, Provenance.class, NOUN, "document");
        }
        if (quote == null) {
            throw Reading.missing(p, Provenance.class, NOUN, "quote");
        }
        try {
            return new Provenance(document, quote, location);
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, Provenance.class, NOUN, e);
        }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }
}
