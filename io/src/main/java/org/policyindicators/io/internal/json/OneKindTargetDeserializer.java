package org.policyindicators.io.internal.json;

import java.util.Collection;
import java.util.List;

import org.policyindicators.core.Target;
import org.policyindicators.core.TargetKind;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a target where the declared type is one target record, such as {@code LevelTarget}: the
 * document must name that kind in {@code "type"}.
 *
 * @param <T> the target record
 */
public final class OneKindTargetDeserializer<T extends Target> extends StdDeserializer<T> {

    private final Class<T> type;
    private final TargetKind kind;

    /**
     * Creates the reader of one kind of target.
     *
     * @param type the record class of the kind, not null
     * @param kind the kind, not null
     */
    public OneKindTargetDeserializer(Class<T> type, TargetKind kind) {
        super(type);
        this.type = type;
        this.kind = kind;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
        Target target = TargetDeserializer.INSTANCE.deserialize(p, ctxt);
        if (target.kind() != kind) {
            throw Reading.mismatch(p, type, "Expected a target of type '" + kind.code() + "' but found one of type '"
                    + target.kind().code() + "'");
        }
        return type.cast(target);
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return List.copyOf(TargetDeserializer.fieldNames(kind));
    }
}
