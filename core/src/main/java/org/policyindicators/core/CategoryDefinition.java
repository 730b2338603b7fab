package org.policyindicators.core;

/**
 * The label of a category as a plan names it: a code of one's own ({@code economy}) with its
 * name in several languages, or a standard code under the name a plan uses for it (the 15th
 * Five-Year Plan renamed one of the five standard groups).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the category, not null
 * @param label the name for people, not null
 */
public record CategoryDefinition(Category code, Text label) {

    /**
     * Creates a label.
     *
     * @param code see the class documentation
     * @param label see the class documentation
     */
    public CategoryDefinition {
        Checks.notNull(code, "code");
        Checks.notNull(label, "label");
    }
}
