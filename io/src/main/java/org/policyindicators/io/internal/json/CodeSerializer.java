package org.policyindicators.io.internal.json;

import java.util.function.Function;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a value that the format writes as its code, such as a {@code PlanKind} or a
 * {@code Category}, as a JSON string.
 *
 * @param <T> the type of the value
 */
public final class CodeSerializer<T> extends StdSerializer<T> {

    private final Function<T, String> code;

    /**
     * Creates the writer of one type of code.
     *
     * @param type the type, not null
     * @param code returns the code of a value, not null
     */
    public CodeSerializer(Class<T> type, Function<T, String> code) {
        super(type);
        this.code = code;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        g.writeString(code.apply(value));
    }
}
