package org.policyindicators.io.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Jurisdiction;

/**
 * The documents of one validation run: the plans, indexed by identifier, and the list of
 * jurisdictions if one was given.
 */
public final class Catalog {

    private final List<PlanContext> plans;
    private final Map<String, PlanContext> plansById = new HashMap<>();
    private final @Nullable List<Jurisdiction> jurisdictions;
    private final Map<String, Integer> jurisdictionsById = new HashMap<>();

    /**
     * Indexes the documents.
     *
     * @param plans the prepared plans in catalogue order, not null
     * @param jurisdictions the jurisdictions, null when none were given (issuers are then not
     *     checked)
     */
    public Catalog(List<PlanContext> plans, @Nullable List<Jurisdiction> jurisdictions) {
        this.plans = List.copyOf(plans);
        this.jurisdictions = jurisdictions;
        for (PlanContext plan : plans) {
            plansById.putIfAbsent(plan.plan().id(), plan);
        }
        if (jurisdictions != null) {
            for (int i = 0; i < jurisdictions.size(); i++) {
                jurisdictionsById.putIfAbsent(jurisdictions.get(i).id(), i);
            }
        }
    }

    /**
     * Returns the plans in catalogue order.
     *
     * @return the plans, not null
     */
    public List<PlanContext> plans() {
        return plans;
    }

    /**
     * Looks up the first plan with an identifier.
     *
     * @param id the identifier, not null
     * @return the plan, null if it is not in the catalogue
     */
    public @Nullable PlanContext plan(String id) {
        return plansById.get(id);
    }

    /**
     * Returns the jurisdictions.
     *
     * @return the jurisdictions, null when none were given
     */
    public @Nullable List<Jurisdiction> jurisdictions() {
        return jurisdictions;
    }

    /**
     * Returns the position of the first jurisdiction with an identifier.
     *
     * @param id the identifier, not null
     * @return the position, null if there is none
     */
    public @Nullable Integer jurisdiction(String id) {
        return jurisdictionsById.get(id);
    }
}
