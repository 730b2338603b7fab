package org.policyindicators.io.internal.json;

import java.util.HashMap;
import java.util.Map;

import org.policyindicators.core.Text;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link Text}: an object of language tag to string, {@code {"zh": "…", "en": "…"}}. */
public final class TextDeserializer extends StdDeserializer<Text> {

    /** The instance; it holds no state. */
    public static final TextDeserializer INSTANCE = new TextDeserializer();

    private static final String NOUN = "a text";

    private TextDeserializer() {
        super(Text.class);
    }

    @Override
    public Text deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, Text.class, NOUN + " (language tag to string)");
        // most texts hold one or two languages; the order does not matter, as Text sorts its tags
        Map<String, String> values = new HashMap<>(4);
        for (String tag = p.nextName(); tag != null; tag = p.nextName()) {
            p.nextToken();
            try {
                String value = Reading.string(p, ctxt);
                if (values.put(tag, value) != null) {
                    throw Reading.mismatch(p, Text.class, "Duplicate field '" + tag + "'");
                }
            } catch (JacksonException e) {
                throw Reading.wrap(e, Text.class, tag);
            }
        }
        if (values.isEmpty()) {
            return Text.EMPTY;
        }
        try {
            return new Text(values);
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, Text.class, NOUN, e);
        }
    }
}
