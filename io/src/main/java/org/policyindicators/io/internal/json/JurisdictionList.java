package org.policyindicators.io.internal.json;

import java.util.List;

import org.policyindicators.core.Jurisdiction;

/**
 * The root of a jurisdiction document: {@code {"format": …, "jurisdictions": […]}}.
 *
 * @param jurisdictions the jurisdictions, not null
 */
public record JurisdictionList(List<Jurisdiction> jurisdictions) {

    /** Copies the list. */
    public JurisdictionList {
        jurisdictions = List.copyOf(jurisdictions);
    }
}
