package org.policyindicators.io.internal.json;

import org.policyindicators.core.SourceDocument;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link SourceDocument}. */
public final class SourceDocumentSerializer extends StdSerializer<SourceDocument> {

    /** The instance; it holds no state. */
    public static final SourceDocumentSerializer INSTANCE = new SourceDocumentSerializer();

    private SourceDocumentSerializer() {
        super(SourceDocument.class);
    }

    @Override
    public void serialize(SourceDocument value, JsonGenerator g, SerializationContext ctxt) {
        write(value, g, ctxt);
    }

    /**
     * Writes a source document.
     *
     * @param value the document, not null
     * @param g the generator
     * @param ctxt the context
     */
    public static void write(SourceDocument value, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        Writing.string(g, ctxt, "id", value.id());
        Writing.text(g, ctxt, "title", value.title());
        Writing.text(g, ctxt, "publisher", value.publisher());
        Writing.date(g, "date", value.date());
        Writing.optionalString(g, ctxt, "address", value.address());
        g.writeEndObject();
    }
}
