package org.policyindicators.io.internal.json;

import java.util.Collection;
import java.util.List;

import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.Conversion;
import org.policyindicators.core.Dimension;
import org.policyindicators.core.Text;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link BaseUnit} that a plan defines. */
public final class BaseUnitDeserializer extends StdDeserializer<BaseUnit> {

    /** The instance; it holds no state. */
    public static final BaseUnitDeserializer INSTANCE = new BaseUnitDeserializer();

    private static final String NOUN = "a base unit";
    private static final List<Object> FIELDS = List.of("code", "dimension", "symbol", "conversion");

    private BaseUnitDeserializer() {
        super(BaseUnit.class);
    }

    @Override
    public BaseUnit deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, BaseUnit.class, NOUN);
        String code = null;
        Dimension dimension = null;
        Text symbol = Text.EMPTY;
        Conversion conversion = null;
        long seen = 0;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            try {
                switch (name) {
                    case "code" -> {
                        seen = Reading.once(p, BaseUnit.class, seen, 1L);
                        code = Reading.string(p, ctxt);
                    }
                    case "dimension" -> {
                        seen = Reading.once(p, BaseUnit.class, seen, 1L << 1);
                        dimension = Reading.code(p, ctxt, Dimension.class, Dimension::ofCode);
                    }
                    case "symbol" -> {
                        seen = Reading.once(p, BaseUnit.class, seen, 1L << 2);
                        symbol = TextDeserializer.INSTANCE.deserialize(p, ctxt);
                    }
                    case "conversion" -> {
                        seen = Reading.once(p, BaseUnit.class, seen, 1L << 3);
                        conversion = ConversionDeserializer.INSTANCE.deserialize(p, ctxt);
                    }
                    default -> Reading.unknown(p, ctxt, BaseUnit.class, NOUN, FIELDS);
                }
            } catch (JacksonException e) {
                throw Reading.wrap(e, BaseUnit.class, name);
            }
        }
        if (code == null) {
            throw Reading.missing(p, BaseUnit.class, NOUN, "code");
        }
        if (dimension == null) {
            throw Reading.missing(p, BaseUnit.class, NOUN, "dimension");
        }
        try {
            return new BaseUnit(code, dimension, symbol, conversion);
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, BaseUnit.class, NOUN, e);
        }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }
}
