package org.policyindicators.core;

import org.jspecify.annotations.Nullable;

/**
 * Where a number came from: a source document and the exact sentence that states it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param document the identifier of the source document in the plan, not blank
 * @param quote the exact quote, not null
 * @param location where in the document the quote is (a section or page), null if not stated
 */
public record Provenance(String document, String quote, @Nullable String location) {

    /**
     * Creates a provenance.
     *
     * @param document see the class documentation
     * @param quote see the class documentation
     * @param location see the class documentation
     * @throws PolicyException if the document identifier is blank
     */
    public Provenance {
        Identifiers.requireNotBlank(document, "document");
        Checks.notNull(quote, "quote");
    }

    /**
     * Obtains a provenance without location.
     *
     * @param document the source document identifier, not null
     * @param quote the exact quote, not null
     * @return the provenance, not null
     */
    public static Provenance of(String document, String quote) {
        return new Provenance(document, quote, null);
    }
}
