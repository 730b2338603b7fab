package org.policyindicators.core;

import org.jspecify.annotations.Nullable;

/**
 * An administrative area that issues plans: 山西省, 太原市, 万柏林区.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, unique among jurisdictions, not blank
 * @param name the name, not null
 * @param level the administrative level, not null
 * @param code the official code, such as GB/T 2260 {@code 140109} for 万柏林区; null if none
 * @param parent the identifier of the jurisdiction this one belongs to, null for a top level
 */
public record Jurisdiction(String id, Text name, JurisdictionLevel level, @Nullable String code,
        @Nullable String parent) {

    /**
     * Creates a jurisdiction.
     *
     * @param id see the class documentation
     * @param name see the class documentation
     * @param level see the class documentation
     * @param code see the class documentation
     * @param parent see the class documentation
     * @throws PolicyException if the identifier or the parent is blank
     */
    public Jurisdiction {
        Identifiers.requireNotBlank(id, "id");
        Checks.notNull(name, "name");
        Checks.notNull(level, "level");
        if (parent != null) {
            Identifiers.requireNotBlank(parent, "parent");
        }
    }

    /**
     * Obtains a jurisdiction.
     *
     * @param id the identifier, not null
     * @param name the name, not null
     * @param level the level, not null
     * @param code the official code, may be null
     * @param parent the parent identifier, may be null
     * @return the jurisdiction, not null
     */
    public static Jurisdiction of(String id, Text name, JurisdictionLevel level, @Nullable String code,
            @Nullable String parent) {
        return new Jurisdiction(id, name, level, code, parent);
    }
}
