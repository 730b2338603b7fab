package org.policyindicators.io.internal.json;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.policyindicators.core.SourceDocument;
import org.policyindicators.core.Text;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link SourceDocument}. */
public final class SourceDocumentDeserializer extends StdDeserializer<SourceDocument> {

    /** The instance; it holds no state. */
    public static final SourceDocumentDeserializer INSTANCE = new SourceDocumentDeserializer();

    private static final String NOUN = "a source document";
    private static final List<Object> FIELDS = List.of("id", "title", "publisher", "date", "address");

    private SourceDocumentDeserializer() {
        super(SourceDocument.class);
    }

    @Override
    public SourceDocument deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, SourceDocument.class, NOUN);
        String id = null;
        Text title = Text.EMPTY;
        Text publisher = Text.EMPTY;
        LocalDate date = null;
        String address = null;
        long seen = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            try {
                switch (name) {
                    case "id" -> {
                        seen = Reading.once(p, SourceDocument.class, seen, 1L);
                        id = Reading.string(p, ctxt);
                    }
                    case "title" -> {
                        seen = Reading.once(p, SourceDocument.class, seen, 1L << 1);
                        title = TextDeserializer.INSTANCE.deserialize(p, ctxt);
                    }
                    case "publisher" -> {
                        seen = Reading.once(p, SourceDocument.class, seen, 1L << 2);
                        publisher = TextDeserializer.INSTANCE.deserialize(p, ctxt);
                    }
                    case "date" -> {
                        seen = Reading.once(p, SourceDocument.class, seen, 1L << 3);
                        date = Reading.date(p, ctxt);
                    }
                    case "address" -> {
                        seen = Reading.once(p, SourceDocument.class, seen, 1L << 4);
                        address = Reading.string(p, ctxt);
                    }
                    default -> Reading.unknown(p, ctxt, SourceDocument.class, NOUN, FIELDS);
                }
            } catch (JacksonException e) {
                throw Reading.wrap(e, SourceDocument.class, name);
            }
        }
        if (id == null) {
            throw Reading.missing(p, SourceDocument.class, NOUN, "id");
        }
        try {
            return new SourceDocument(id, title, publisher, date, address);
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, SourceDocument.class, NOUN, e);
        }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }
}
