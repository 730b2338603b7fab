package org.policyindicators.core;

import java.util.List;

/**
 * A dimension that an indicator's values are broken down by, and the value codes it takes:
 * {@code sex} with {@code female} and {@code male}, {@code area} with {@code urban} and
 * {@code rural}. A value for the whole has no such dimension ({@link Dimensions#TOTAL}).
 *
 * <p>When the values are {@code parts}, they partition the whole and their amounts add up to
 * it: persons by sex do, a rate by sex does not (the female and male rates do not sum to the
 * total rate). The validator checks the sum only for parts.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param dimension the dimension code as used in {@link Dimensions}, not blank
 * @param name the dimension's name for people, empty if not stated, not null
 * @param values the value codes the dimension takes, empty when open, none blank, not null
 * @param parts whether the values partition the whole and add up to it
 */
public record Disaggregation(String dimension, Text name, List<String> values, boolean parts) {

    /**
     * Creates a disaggregation, copying the list.
     *
     * @param dimension see the class documentation
     * @param name see the class documentation
     * @param values see the class documentation
     * @param parts see the class documentation
     * @throws PolicyException if the dimension or a value is blank
     */
    public Disaggregation {
        Identifiers.requireNotBlank(dimension, "dimension");
        Checks.notNull(name, "name");
        values = Checks.copy(values, "values");
        for (String value : values) {
            Identifiers.requireNotBlank(value, "value");
        }
    }

    /**
     * Obtains a disaggregation whose values partition the whole, without a name.
     *
     * @param dimension the dimension code, not blank
     * @param values the value codes, not null
     * @return the disaggregation, not null
     */
    public static Disaggregation ofParts(String dimension, String... values) {
        return new Disaggregation(dimension, Text.EMPTY, List.of(Checks.notNull(values, "values")), true);
    }
}
