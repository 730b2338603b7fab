package org.policyindicators.io.internal.json;

import org.policyindicators.core.YearRange;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link YearRange}: {@code {"start": 2021, "end": 2025}}. */
public final class YearRangeSerializer extends StdSerializer<YearRange> {

    /** The instance; it holds no state. */
    public static final YearRangeSerializer INSTANCE = new YearRangeSerializer();

    private YearRangeSerializer() {
        super(YearRange.class);
    }

    @Override
    public void serialize(YearRange value, JsonGenerator g, SerializationContext ctxt) {
        write(value, g, ctxt);
    }

    /**
     * Writes a year range.
     *
     * @param value the range, not null
     * @param g the generator
     * @param ctxt the context
     */
    public static void write(YearRange value, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        g.writeNumberProperty("start", value.start().getValue());
        g.writeNumberProperty("end", value.end().getValue());
        g.writeEndObject();
    }
}
