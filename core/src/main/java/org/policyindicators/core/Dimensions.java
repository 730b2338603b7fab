package org.policyindicators.core;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The disaggregation of a value: which part of the population or area it is for, as dimension
 * codes and value codes, such as {@code sex=female}, {@code area=urban} or
 * {@code age=y15t24}. No dimensions (the {@link #TOTAL}) means the value is for the whole, as
 * a blank disaggregation column does in Open SDG and {@code _T} does in SDMX.
 *
 * <p>A value is compared with the target of the same dimensions: a rural observation with a
 * rural target, a total with a total. The codes are open; an indicator may declare the ones it
 * uses with {@link Disaggregation}s.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param values the dimension codes and their value codes, sorted by dimension, not null; no
 *     key or value is blank
 */
public record Dimensions(Map<String, String> values) {

    /** The whole, not broken down by any dimension. */
    public static final Dimensions TOTAL = new Dimensions(Map.of());

    /**
     * Creates the dimensions of a value.
     *
     * @param values see the class documentation
     * @throws PolicyException if a key or value is null or blank
     */
    public Dimensions {
        Checks.notNull(values, "values");
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            sorted.put(Identifiers.requireNotBlank(e.getKey(), "dimension"),
                    Identifiers.requireNotBlank(e.getValue(), "dimension value"));
        }
        values = sorted.isEmpty() ? Map.of() : Collections.unmodifiableMap(sorted);
    }

    /**
     * Obtains the dimensions of a value broken down by one dimension.
     *
     * @param dimension the dimension code, such as {@code sex}, not blank
     * @param value the value code, such as {@code female}, not blank
     * @return the dimensions, not null
     */
    public static Dimensions of(String dimension, String value) {
        return new Dimensions(Map.of(Checks.notNull(dimension, "dimension"), Checks.notNull(value, "value")));
    }

    /**
     * Returns whether this is the whole, broken down by nothing.
     *
     * @return true for {@link #TOTAL}
     */
    public boolean isTotal() {
        return values.isEmpty();
    }

    /**
     * Returns the value code of one dimension.
     *
     * @param dimension the dimension code, not null
     * @return the value code, empty if this value is not broken down by that dimension
     */
    public Optional<String> get(String dimension) {
        return Optional.ofNullable(values.get(Checks.notNull(dimension, "dimension")));
    }

    /**
     * Returns a copy with one dimension set.
     *
     * @param dimension the dimension code, not blank
     * @param value the value code, not blank
     * @return the changed copy, not null
     */
    public Dimensions with(String dimension, String value) {
        TreeMap<String, String> copy = new TreeMap<>(values);
        copy.put(Checks.notNull(dimension, "dimension"), Checks.notNull(value, "value"));
        return new Dimensions(copy);
    }

    /**
     * Returns a copy without one dimension: the next larger whole.
     *
     * @param dimension the dimension code, not null
     * @return the changed copy, not null
     */
    public Dimensions without(String dimension) {
        TreeMap<String, String> copy = new TreeMap<>(values);
        copy.remove(Checks.notNull(dimension, "dimension"));
        return new Dimensions(copy);
    }

    /**
     * Returns the dimensions as {@code sex=female, area=urban}, or {@code total}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        if (values.isEmpty()) {
            return "total";
        }
        StringBuilder s = new StringBuilder();
        values.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return s.toString();
    }
}
