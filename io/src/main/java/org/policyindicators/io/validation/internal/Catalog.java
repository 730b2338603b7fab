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
final class Catalog {

    private final List<PlanContext> plans;
    private final Map<String, PlanContext> plansById = new HashMap<>();
    private final @Nullable List<Jurisdiction> jurisdictions;
    private final Map<String, Integer> jurisdictionsById = new HashMap<>();

    /** Indexes the plans, in catalogue order, and the jurisdictions, null when none were given. */
    Catalog(List<PlanContext> plans, @Nullable List<Jurisdiction> jurisdictions) {
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

    List<PlanContext> plans() {
        return plans;
    }

    /** The first plan with an identifier, null if none. */
    @Nullable PlanContext plan(String id) {
        return plansById.get(id);
    }

    /** The jurisdictions, null when none were given (issuers are then not checked). */
    @Nullable List<Jurisdiction> jurisdictions() {
        return jurisdictions;
    }

    /** The position of the first jurisdiction with an identifier, null if none. */
    @Nullable Integer jurisdiction(String id) {
        return jurisdictionsById.get(id);
    }
}
