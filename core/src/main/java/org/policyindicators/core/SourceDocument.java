package org.policyindicators.core;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A published document that a plan's numbers come from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, unique in the plan, not blank
 * @param title the title, not null
 * @param publisher who published it, empty if not known, not null
 * @param date the date of publication, null if not known
 * @param address where it can be found (a URL), null if not known
 */
public record SourceDocument(String id, Text title, Text publisher, @Nullable LocalDate date,
        @Nullable String address) {

    /**
     * Creates a source document.
     *
     * @param id see the class documentation
     * @param title see the class documentation
     * @param publisher see the class documentation
     * @param date see the class documentation
     * @param address see the class documentation
     * @throws PolicyException if the identifier is blank
     */
    public SourceDocument {
        Identifiers.requireNotBlank(id, "id");
        Checks.notNull(title, "title");
        Checks.notNull(publisher, "publisher");
    }

    /**
     * Obtains a source document known by identifier and title only.
     *
     * @param id the identifier, not null
     * @param title the title, not null
     * @return the source document, not null
     */
    public static SourceDocument of(String id, Text title) {
        return new SourceDocument(id, title, Text.EMPTY, null, null);
    }
}
