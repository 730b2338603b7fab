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
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
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

    /** Creates the codec of targets from the codecs of each kind. */
    TargetCodec(Map<TargetKind, RecordCodec<? extends Target>> kinds, int commonFields) {
        this.byOrdinal = Stream.of(TargetKind.values()).<RecordCodec<? extends Target>>map(kinds::get).toList();
        Map<String, Codec<?>> union = new LinkedHashMap<>();
        List<RecordCodec.Field> rows = List.of();
        for (RecordCodec<? extends Target> kind : byOrdinal) {
            rows = kind.fields();
            rows.subList(0, rows.size() - commonFields).forEach(f -> union.putIfAbsent(f.name(), f.codec()));
        }
        rows.subList(rows.size() - commonFields, rows.size()).forEach(f -> union.putIfAbsent(f.name(), f.codec()));
        this.names = List.copyOf(union.keySet());
        this.codecs = union.values().toArray(new Codec<?>[0]);
        // a HashMap, never written after this, looks names up faster than the probing of Map.copyOf
        this.index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
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

    /**
     * A field read before {@code "type"}, to check against the kind once it is known. When unknown
     * fields are skipped, {@code from} and {@code to} delimit the skipped fields that its value
     * held, and {@code failure} is the error of its value, which is then null: both count only if
     * the kind has the field.
     */
    private record Early(String name, @Nullable Object value, String pointer, TokenStreamLocation location, int from,
            int to, @Nullable JacksonException failure) {
    }

    @Override
    public Target read(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, Target.class, NOUN);
        String name = p.nextName();
        if (!TYPE.equals(name)) {
            return readLateType(p, ctxt, name);
        }
        // as writers put it: the kind's own rows read the rest
        RecordCodec<? extends Target> kind = readKind(p, ctxt);
        return kind.readFields(p, ctxt, new Object[kind.fieldNames().size()], 1L);
    }

    /** Reads the value of {@code "type"}, the parser at its name, and returns the codec of the kind it names. */
    private RecordCodec<? extends Target> readKind(JsonParser p, DeserializationContext ctxt) {
        p.nextToken();
        try {
            return of(Codecs.TARGET_KIND.read(p, ctxt));
        } catch (JacksonException e) {
            throw JacksonException.wrapWithPath(e, Target.class, TYPE);
        }
    }

    /**
     * Reads a target whose {@code "type"} comes after other fields, from the first of them: those
     * before the type are read with the codecs of the fields of every kind, and the kind's own rows
     * read the rest.
     */
    private Target readLateType(JsonParser p, DeserializationContext ctxt, @Nullable String first) {
        long seen = 0;
        List<Early> early = new ArrayList<>();
        @Nullable Consumer<SkippedField> listener = Reading.listener(ctxt);
        // when unknown fields are skipped, what is skipped before the type waits for it: the type
        // decides which fields count, so that the order of the fields changes nothing. The type
        // puts the listener back; an error ends the whole read, which leaves nothing to put back
        List<SkippedField> held = new ArrayList<>();
        if (listener != null) {
            ctxt.setAttribute(Reading.SKIPPED_FIELD_LISTENER, (Consumer<SkippedField>) held::add);
        }
        TokenStreamContext object = p.streamReadContext();
        for (String name = first; !TYPE.equals(name); name = p.nextName()) {
            if (name == null) {
                throw Reading.missing(p, Target.class, NOUN, TYPE);
            }
            p.nextToken();
            try {
                Integer found = index.get(name);
                if (found == null) {
                    Reading.unknown(p, ctxt, Target.class, NOUN, names);
                } else {
                    seen = Reading.once(p, Target.class, seen, 1L << found);
                    early.add(readEarly(p, ctxt, name, codecs[found], held, listener != null, object));
                }
            } catch (JacksonException e) {
                throw JacksonException.wrapWithPath(e, Target.class, name);
            }
        }
        RecordCodec<? extends Target> kind = readKind(p, ctxt);
        if (listener != null) {
            ctxt.setAttribute(Reading.SKIPPED_FIELD_LISTENER, listener);
        }
        Object[] values = new Object[kind.fieldNames().size()];
        return kind.readFields(p, ctxt, values, placeEarly(p, kind, early, values, held, listener));
    }

    /**
     * Reads the value of a field that comes before the type. When unknown fields are skipped, an
     * error in the value waits for the type too: a field of another kind is skipped whatever its
     * value, as it is when the type comes first.
     */
    private static Early readEarly(JsonParser p, DeserializationContext ctxt, String name, Codec<?> codec,
            List<SkippedField> held, boolean lenient, TokenStreamContext object) {
        String pointer = Reading.pointer(p);
        TokenStreamLocation location = p.currentTokenLocation();
        int from = held.size();
        Object value = null;
        JacksonException failure = null;
        try {
            value = RecordCodec.read(codec, p, ctxt);
        } catch (StreamReadException | JacksonIOException e) {
            // malformed, beyond a limit or unreadable: no kind makes that readable
            throw e;
        } catch (JacksonException e) {
            if (!lenient) {
                throw e;
            }
            failure = new HeldException(e, Errors.location(e, p), Reading.pointer(p));
            while (p.streamReadContext() != object) {
                // to the end of the value, where the target's next field name comes
                p.nextToken();
            }
        }
        return new Early(name, value, pointer, location, from, held.size(), failure);
    }

    /**
     * Puts the values of the fields read before the type into the rows of the kind. A field that
     * the kind does not have is an error, or is reported to the listener, and its value stays
     * unused: no row of the kind takes it, and a second occurrence after the type is an unknown
     * field too. With a listener, the skipped fields held until the type are passed on in document
     * order, those within the value of a field the kind does not have left out, and the first
     * value that the kind has and that could not be read is the error.
     *
     * @return the rows filled, as bits, the type's included
     */
    private static long placeEarly(JsonParser p, RecordCodec<?> kind, List<Early> early, Object[] values,
            List<SkippedField> held, @Nullable Consumer<SkippedField> listener) {
        long read = 1L;
        int next = 0;
        for (Early field : early) {
            int i = kind.position(field.name());
            if (listener == null) {
                if (i == -1) {
                    // found once the type is read: its path ends there
                    throw JacksonException.wrapWithPath(new PointedException(p,
                            Reading.unknownField(field.name(), kind.noun(), kind.fieldNames()), field.location(),
                            Target.class, field.name(), List.copyOf(kind.fieldNames()), field.pointer()),
                            Target.class, TYPE);
                }
            } else {
                held.subList(next, field.from()).forEach(listener);
                next = field.to();
                if (i == -1) {
                    listener.accept(new SkippedField(field.pointer(), field.location().getLineNr(),
                            field.location().getColumnNr()));
                    continue;
                }
                JacksonException failure = field.failure();
                if (failure != null) {
                    throw failure;
                }
                held.subList(field.from(), field.to()).forEach(listener);
            }
            values[i] = field.value();
            read |= 1L << i;
        }
        if (listener != null) {
            held.subList(next, held.size()).forEach(listener);
        }
        return read;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(Target value, JsonGenerator g, SerializationContext ctxt) {
        ((RecordCodec<Target>) of(value.kind())).write(value, g, ctxt);
    }

    /**
     * Returns the codec of a declared type that is one target record, such as {@code LevelTarget}: the document must
     * name that kind in {@code "type"}.
     */
    public <T extends Target> Codec<T> oneKind(TargetKind kind) {
        @SuppressWarnings("unchecked")
        RecordCodec<T> codec = (RecordCodec<T>) of(kind);
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
