package org.policyindicators.io.internal.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Target;
import org.policyindicators.core.TargetKind;
import org.policyindicators.io.SkippedField;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;

/**
 * Reads and writes a {@link Target} of any kind through the {@link RecordCodec} of its kind. The
 * {@code "type"} field names the kind by its {@link TargetKind#code() code}; no class name is ever
 * read. A field of another kind of target is an unknown field. Writers put {@code "type"} first;
 * when it comes later, the fields before it are checked once it is known.
 */
public final class TargetCodec implements Codec<Target> {

    private static final String NOUN = "a target";
    private static final String TYPE = "type";

    /** The codec of each kind, by the kind's ordinal. */
    private final List<RecordCodec<? extends Target>> byOrdinal;
    /** Every field of every kind: "type", the kinds' own fields in the order of the kinds, the common ones. */
    private final List<String> names;
    private final Map<String, Integer> index;
    private final Codec<?>[] codecs;
    /** Per kind, the union position of each of its rows. */
    private final int[][] positions;
    /** Per kind, the union positions it allows, one bit each. */
    private final long[] allowed;

    /** Creates the codec of targets from the codecs of each kind. */
    TargetCodec(Map<TargetKind, RecordCodec<? extends Target>> kinds, int commonFields) {
        this.byOrdinal = Stream.of(TargetKind.values()).<RecordCodec<? extends Target>>map(kinds::get).toList();
        Map<String, Codec<?>> union = new LinkedHashMap<>();
        union.put(TYPE, Codecs.TARGET_KIND);
        List<RecordCodec.Field> shared = List.of();
        for (RecordCodec<? extends Target> kind : byOrdinal) {
            List<RecordCodec.Field> rows = kind.fields();
            rows.subList(1, rows.size() - commonFields).forEach(f -> union.putIfAbsent(f.name(), f.codec()));
            shared = rows.subList(rows.size() - commonFields, rows.size());
        }
        shared.forEach(f -> union.putIfAbsent(f.name(), f.codec()));
        this.names = List.copyOf(union.keySet());
        this.codecs = union.values().toArray(new Codec<?>[0]);
        // a HashMap, never written after this, looks names up faster than the probing of Map.copyOf
        this.index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        this.positions = new int[byOrdinal.size()][];
        this.allowed = new long[byOrdinal.size()];
        for (int k = 0; k < byOrdinal.size(); k++) {
            positions[k] = byOrdinal.get(k).fieldNames().stream().mapToInt(index::get).toArray();
            for (int position : positions[k]) {
                allowed[k] |= 1L << position;
            }
        }
    }

    /** Returns the codec of one kind of target. */
    public RecordCodec<? extends Target> of(TargetKind kind) {
        return byOrdinal.get(kind.ordinal());
    }

    @Override
    public List<String> fieldNames() {
        return names;
    }

    /** A field read before {@code "type"}, to check against the kind once it is known. */
    private record Early(String name, long bit, String pointer, TokenStreamLocation location) {
    }

    @Override
    public Target read(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, Target.class, NOUN);
        String name = p.nextName();
        if (TYPE.equals(name)) {
            // as writers put it: the kind's own rows read the rest
            p.nextToken();
            TargetKind kind;
            try {
                kind = Codecs.TARGET_KIND.read(p, ctxt);
            } catch (JacksonException e) {
                throw JacksonException.wrapWithPath(e, Target.class, name);
            }
            return (Target) byOrdinal.get(kind.ordinal()).readFields(p, ctxt, 1L);
        }
        RecordCodec<?> kind = null;
        int k = -1;
        Object[] values = new Object[codecs.length];
        long seen = 0;
        List<Early> early = null;
        for (; name != null; name = p.nextName()) {
            p.nextToken();
            try {
                Integer found = index.get(name);
                if (found == null || kind != null && (allowed[k] & (1L << found)) == 0) {
                    Reading.unknown(p, ctxt, Target.class, kind == null ? NOUN : kind.noun(),
                            kind == null ? names : kind.fieldNames());
                    continue;
                }
                long bit = 1L << found;
                seen = Reading.once(p, Target.class, seen, bit);
                if (found != 0) {
                    if (kind == null) {
                        if (early == null) {
                            early = new ArrayList<>();
                        }
                        early.add(new Early(name, bit, Reading.pointer(p), p.currentTokenLocation()));
                    }
                    values[found] = RecordCodec.read(codecs[found], p, ctxt);
                    continue;
                }
                k = Codecs.TARGET_KIND.read(p, ctxt).ordinal();
                kind = byOrdinal.get(k);
                if (early != null) {
                    checkEarly(p, ctxt, kind, allowed[k], early);
                }
            } catch (JacksonException e) {
                throw JacksonException.wrapWithPath(e, Target.class, name);
            }
        }
        if (kind == null) {
            throw Reading.missing(p, Target.class, NOUN, TYPE);
        }
        int[] own = positions[k];
        Object[] args = new Object[own.length];
        long present = 0;
        for (int j = 0; j < own.length; j++) {
            args[j] = values[own[j]];
            if ((seen & (1L << own[j])) != 0) {
                present |= 1L << j;
            }
        }
        return (Target) kind.build(p, ctxt, args, present);
    }

    /**
     * Checks the fields read before the type against the kind: one that the kind does not have is
     * an error, or is reported to the listener. Its value stays unused, as no row of the kind takes
     * it, and a second occurrence after the type is an unknown field too.
     */
    private static void checkEarly(JsonParser p, DeserializationContext ctxt, RecordCodec<?> kind, long allowed,
            List<Early> early) {
        for (Early field : early) {
            if ((allowed & field.bit()) == 0) {
                @Nullable Consumer<SkippedField> listener = Reading.listener(ctxt);
                if (listener == null) {
                    throw new PointedException(p, Reading.unknownField(field.name(), kind.noun(), kind.fieldNames()),
                            field.location(), Target.class, field.name(), List.copyOf(kind.fieldNames()),
                            field.pointer());
                }
                listener.accept(new SkippedField(field.pointer(), field.location().getLineNr(),
                        field.location().getColumnNr()));
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(Target value, JsonGenerator g, SerializationContext ctxt) {
        ((RecordCodec<Target>) byOrdinal.get(value.kind().ordinal())).write(value, g, ctxt);
    }

    /**
     * Returns the codec of a declared type that is one target record, such as {@code LevelTarget}: the document must
     * name that kind in {@code "type"}.
     */
    public <T extends Target> Codec<T> oneKind(TargetKind kind) {
        @SuppressWarnings("unchecked")
        RecordCodec<T> codec = (RecordCodec<T>) byOrdinal.get(kind.ordinal());
        return new Codec<>() {
            @Override
            public T read(JsonParser p, DeserializationContext ctxt) {
                Target target = TargetCodec.this.read(p, ctxt);
                if (target.kind() != kind) {
                    throw Reading.mismatch(p, codec.type(), "Expected a target of type '" + kind.code()
                            + "' but found one of type '" + target.kind().code() + "'");
                }
                return codec.type().cast(target);
            }

            @Override
            public void write(T value, JsonGenerator g, SerializationContext ctxt) {
                codec.write(value, g, ctxt);
            }

            @Override
            public List<String> fieldNames() {
                return codec.fieldNames();
            }
        };
    }
}
