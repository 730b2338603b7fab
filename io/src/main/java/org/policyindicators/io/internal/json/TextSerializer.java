package org.policyindicators.io.internal.json;

import org.policyindicators.core.Text;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Text} as an object of language tag to string, tags in alphabetical order. */
public final class TextSerializer extends StdSerializer<Text> {

    /** The instance; it holds no state. */
    public static final TextSerializer INSTANCE = new TextSerializer();

    private TextSerializer() {
        super(Text.class);
    }

    @Override
    public void serialize(Text value, JsonGenerator g, SerializationContext ctxt) {
        Writing.textValue(value, g, ctxt);
    }
}
