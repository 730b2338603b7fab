package org.policyindicators.core;

import org.jspecify.annotations.Nullable;

/**
 * An organisation that a plan names, such as the issuer of a plan that is not an area: an IATI
 * reporting organisation, a ministry, a statistics office, the United Nations.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, unique in the plan, by which {@link Plan#issuer()} names it, not blank
 * @param name the name, not null
 * @param type the kind of organisation as a code of its own code list (IATI OrganisationType
 *     {@code 10} is government), null if not stated
 * @param ref the organisation's identifier in an outside register (an IATI organisation
 *     identifier such as {@code GB-GOV-1}), null if none
 */
public record Organisation(String id, Text name, @Nullable String type, @Nullable String ref) {

    /**
     * Creates an organisation.
     *
     * @param id see the class documentation
     * @param name see the class documentation
     * @param type see the class documentation
     * @param ref see the class documentation
     * @throws PolicyException if the identifier, type or reference is blank
     */
    public Organisation {
        Identifiers.requireNotBlank(id, "id");
        Checks.notNull(name, "name");
        if (type != null) {
            Identifiers.requireNotBlank(type, "type");
        }
        if (ref != null) {
            Identifiers.requireNotBlank(ref, "ref");
        }
    }

    /**
     * Obtains an organisation with only an identifier and a name.
     *
     * @param id the identifier, not blank
     * @param name the name, not null
     * @return the organisation, not null
     */
    public static Organisation of(String id, Text name) {
        return new Organisation(id, name, null, null);
    }
}
