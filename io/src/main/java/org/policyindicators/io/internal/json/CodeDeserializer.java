package org.policyindicators.io.internal.json;

import java.util.function.Function;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a value that the format writes as its code, through the domain's own factory.
 *
 * @param <T> the type of the value
 */
public final class CodeDeserializer<T> extends StdDeserializer<T> {

    private final Class<T> type;
    private final Function<String, T> ofCode;

    /**
     * Creates the reader of one type of code.
     *
     * @param type the type, not null
     * @param ofCode the domain factory, not null
     */
    public CodeDeserializer(Class<T> type, Function<String, T> ofCode) {
        super(type);
        this.type = type;
        this.ofCode = ofCode;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
        return Reading.code(p, ctxt, type, ofCode);
    }
}
