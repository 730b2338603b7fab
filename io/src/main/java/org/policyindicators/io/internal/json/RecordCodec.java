package org.policyindicators.io.internal.json;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Text;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;

/**
 * Reads and writes a record of the model as a JSON object, driven by one {@link Field row} per
 * JSON field. The rows name the record's components in their order (checked when the codec is
 * built), so that a field name is written once; values go through the record's canonical
 * constructor, so that no invariant of the model is bypassed.
 *
 * <p>Reading is strict: a duplicate field, an unknown field (unless a listener for skipped fields
 * is set) and {@code null} are errors; an absent field takes its row's default, and an absent
 * required field is an error. Writing leaves out a field that holds its default.
 *
 * @param <R> the record type
 */
public final class RecordCodec<R> implements Codec<R> {

    /**
     * One JSON field: its name, the codec of its value, and what an absent field means.
     *
     * @param name the JSON name, the record component's name unless {@code constant} is set
     * @param codec the codec of the value
     * @param required whether the field must be present; a required field is always written
     * @param absent the value of an absent optional field, null for none; left out when writing
     * @param constant for a field that is no record component (a document's {@code "format"}, a
     *     target's {@code "type"}): the value always written; null for a component
     */
    public record Field(String name, Codec<?> codec, boolean required, @Nullable Object absent,
            @Nullable Object constant) {
    }

    /** Returns a row for a required field. */
    public static Field required(String name, Codec<?> codec) {
        return new Field(name, codec, true, null, null);
    }

    /** Returns a row for an optional field, null when absent. */
    public static Field optional(String name, Codec<?> codec) {
        return new Field(name, codec, false, null, null);
    }

    /** Returns a row for an optional field with a default. */
    public static Field optional(String name, Codec<?> codec, Object absent) {
        return new Field(name, codec, false, absent, null);
    }

    /** Returns a row for an optional text, empty when absent. */
    public static Field text(String name) {
        return optional(name, TEXT, Text.EMPTY);
    }

    /** Returns a row for an optional list, empty when absent. */
    public static Field list(String name, Codec<?> element) {
        return optional(name, new ListOf<>(element), List.of());
    }

    /** Returns a row for a flag, false when absent. */
    public static Field flag(String name) {
        return optional(name, BOOLEAN, Boolean.FALSE);
    }

    /** Returns a row for a required field that is no record component and always holds one value. */
    public static Field constant(String name, Codec<?> codec, Object value) {
        return new Field(name, codec, true, null, value);
    }

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType FUNCTION = MethodType.methodType(Function.class);

    private final Class<R> type;
    /** The type that errors name: the record, or for a kind of target the target. */
    private final Class<?> owner;
    private final String noun;
    private final Field[] fields;
    /** The rows' names, encoded once: a write copies their bytes instead of encoding each name again. */
    private final SerializableString[] encodedNames;
    private final List<String> names;
    private final Map<String, Integer> index;
    /**
     * The getters that {@link #write} calls, one per row, made from the record's accessors on the first
     * write, so that a program that only reads never makes them. Each is a class of its own that
     * calls its accessor directly: writing 10,000 indicators on JDK 25 spent a fifth of its time
     * invoking method handles held in an array, which the compiler cannot inline.
     */
    private volatile Function<Object, Object> @Nullable [] getters;
    /**
     * The canonical constructor. Called by core reflection rather than by a spread method handle:
     * reading 10,000 indicators took 49 ms this way on JDK 17 and 78 ms through the handle, which
     * the compiler cannot inline from a field; on JDK 25 both took 51 ms.
     */
    private final Constructor<R> canonical;
    /** The rows before the first component: the constants, which the constructor does not take. */
    private final int first;

    /**
     * Creates the codec of a record that is one variant of a type, such as a kind of target, whose
     * errors name that type.
     */
    RecordCodec(Class<R> type, Class<?> owner, String noun, Field... fields) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException("not a record: " + type);
        }
        if (fields.length > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 fields: " + type);
        }
        this.type = type;
        this.owner = owner;
        this.noun = noun;
        this.fields = new Field[fields.length];
        this.names = Arrays.stream(fields).map(Field::name).toList();
        this.encodedNames = names.stream().map(SerializedString::new).toArray(SerializableString[]::new);
        // a HashMap, never written after this, looks names up faster than the probing of Map.copyOf
        this.index = new HashMap<>();
        RecordComponent[] components = type.getRecordComponents();
        int component = 0;
        for (int i = 0; i < fields.length; i++) {
            Field field = fields[i];
            this.fields[i] = resolve(field);
            index.put(field.name(), i);
            if (field.constant() != null) {
                if (component > 0) {
                    throw new IllegalStateException(type.getSimpleName() + ": constant rows come first");
                }
                continue;
            }
            RecordComponent c = components[component++];
            if (!c.getName().equals(field.name())) {
                throw new IllegalStateException(type.getSimpleName() + ": row '" + field.name()
                        + "' stands where the record has '" + c.getName() + "'");
            }
        }
        if (component != components.length) {
            throw new IllegalStateException(type.getSimpleName() + " has components without rows");
        }
        this.first = fields.length - components.length;
        try {
            this.canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no accessible canonical constructor", e);
        }
    }

    /** Puts this codec where a row names {@link Codec#SELF}. */
    private Field resolve(Field field) {
        Codec<?> codec = field.codec();
        if (codec == SELF) {
            codec = this;
        } else if (codec instanceof ListOf<?> list && list.element() == SELF) {
            codec = new ListOf<>(this);
        } else {
            return field;
        }
        return new Field(field.name(), codec, field.required(), field.absent(), field.constant());
    }

    /**
     * Returns the codec of a record from its rows: one per record component, in the components'
     * order, plus constants; a noun such as "a baseline" names a value in messages.
     *
     * @throws IllegalStateException if the rows do not name the record's components in order
     */
    public static <R> RecordCodec<R> of(Class<R> type, String noun, Field... fields) {
        return new RecordCodec<>(type, type, noun, fields);
    }

    @Override
    public List<String> fieldNames() {
        return names;
    }

    /** Returns the row of a JSON field name, -1 if the record has no such field. */
    int position(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** Returns the rows. */
    public List<Field> fields() {
        return List.of(fields);
    }

    /** Returns the record class. */
    public Class<R> type() {
        return type;
    }

    /** Returns what a value is for people. */
    public String noun() {
        return noun;
    }

    @Override
    public R read(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, owner, noun);
        return readFields(p, ctxt, new Object[fields.length], 0L);
    }

    /**
     * Reads the remaining fields of an object and builds the record; {@code values} holds, one per
     * row, those read before, whose rows the bits of {@code read} mark.
     */
    R readFields(JsonParser p, DeserializationContext ctxt, Object[] values, long read) {
        long seen = read;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            try {
                Integer i = index.get(name);
                if (i == null) {
                    Reading.unknown(p, ctxt, owner, noun, names);
                    continue;
                }
                seen = Reading.once(p, owner, seen, 1L << i);
                values[i] = read(fields[i].codec(), p, ctxt);
            } catch (JacksonException e) {
                throw JacksonException.wrapWithPath(e, owner, name);
            }
        }
        return build(p, ctxt, values, seen);
    }

    /**
     * Reads a value: the commonest scalars by a direct call, which the compiler inlines, where a
     * call through the interface, made for every field of every record, would not be.
     */
    static Object read(Codec<?> codec, JsonParser p, DeserializationContext ctxt) {
        if (codec == YEAR) {
            return Reading.year(p, ctxt);
        }
        if (codec == STRING) {
            return Reading.string(p, ctxt);
        }
        if (codec == DECIMAL) {
            return Reading.decimal(p, ctxt);
        }
        if (codec == TEXT) {
            return Reading.text(p, ctxt);
        }
        return codec.read(p, ctxt);
    }

    /**
     * Builds the record from the values read: checks the required fields, fills in the defaults and calls the canonical
     * constructor.
     */
    private R build(JsonParser p, DeserializationContext ctxt, Object[] values, long seen) {
        for (int i = 0; i < fields.length; i++) {
            if ((seen & (1L << i)) == 0) {
                Field field = fields[i];
                if (field.required()) {
                    throw field.codec() == Codecs.FORMAT ? Codecs.missingFormat(p, noun)
                            : Reading.missing(p, owner, noun, field.name());
                }
                values[i] = field.absent();
            }
        }
        try {
            return canonical.newInstance(first == 0 ? values : Arrays.copyOfRange(values, first, values.length));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw Reading.rejected(p, ctxt, owner, noun, cause);
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(R value, JsonGenerator g, SerializationContext ctxt) {
        Function<Object, Object>[] get = getters;
        if (get == null) {
            get = makeGetters();
            getters = get;
        }
        g.writeStartObject(value);
        for (int i = 0; i < fields.length; i++) {
            Field field = fields[i];
            Object v = get[i].apply(value);
            Object absent = field.absent();
            // the defaults are mostly the very objects the reader puts in (Text.EMPTY, Boolean.FALSE);
            // an empty list is the default of every list row, and isEmpty() makes no iterator
            if (v != null && v != absent
                    && (absent == null || !(v instanceof List<?> list ? list.isEmpty() : absent.equals(v)))) {
                // a generator that checks names sees this one too (LimitedGenerator)
                g.writeName(encodedNames[i]);
                ((Codec<Object>) field.codec()).write(v, g, ctxt);
            }
        }
        g.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private Function<Object, Object>[] makeGetters() {
        Function<Object, Object>[] made = new Function[fields.length];
        // the rows from the first component on are the components in their order
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < fields.length; i++) {
            Object constant = fields[i].constant();
            if (constant != null) {
                made[i] = ignored -> constant;
                continue;
            }
            try {
                MethodHandle accessor = LOOKUP.unreflect(components[i - first].getAccessor());
                made[i] = (Function<Object, Object>) LambdaMetafactory.metafactory(LOOKUP, "apply", FUNCTION,
                        GETTER, accessor, MethodType.methodType(Object.class, type)).getTarget().invoke();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(type.getName() + ": no getter for " + fields[i].name(), e);
            }
        }
        return made;
    }
}
