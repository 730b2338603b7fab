package org.policyindicators.io.validation.internal;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.GoalReference;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.IndicatorReference;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Provenance;
import org.policyindicators.core.RelativeTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Target;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.GoalEntry;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * References resolve: the issuer among the jurisdictions (when a list is given) or the plan's
 * own organisations, goal
 * alignments, indicators named by relative and share targets, breakdown components, source
 * documents of provenance and observations, and the base year of a multiple target among the
 * baselines. A reference into another plan that is not among the plans validated is reported
 * as unresolved-external-reference; one into a plan that is present but lacks the element, as
 * unresolved-reference. And breakdowns have no cycles: no indicator is, through its components,
 * a part of itself; each component reference that closes a cycle is reported.
 */
final class ReferenceRule implements PlanRule {

    @Override
    public void check(PlanContext context, Catalog catalog) {
        Plan plan = context.plan();
        // plans name few organisations, so a scan will do
        if (catalog.jurisdictions() != null && catalog.jurisdiction(plan.issuer()) == null
                && plan.organisations().stream().noneMatch(organisation -> organisation.id().equals(plan.issuer()))) {
            context.add(FindingKind.UNRESOLVED_REFERENCE, "/issuer", "type", "jurisdiction", "id", plan.issuer());
        }
        for (GoalEntry entry : context.goals()) {
            List<GoalReference> alignments = entry.goal().alignsWith();
            for (int k = 0; k < alignments.size(); k++) {
                GoalReference reference = alignments.get(k);
                reference(context, catalog, "goal", reference.plan(), reference.plan(), reference.goal(),
                        entry.path().field("alignsWith").index(k));
            }
        }
        List<IndicatorEntry> roots = new ArrayList<>();
        for (IndicatorEntry entry : context.indicators()) {
            // only the first indicator of an identifier takes part; duplicates are reported elsewhere
            if (!entry.indicator().components().isEmpty() && context.indicator(entry.indicator().id()) == entry) {
                roots.add(entry);
            }
        }
        CycleFinder.find(roots, node -> node.indicator().components(), (node, id) -> context.indicator(id),
                (from, index, cycle) -> context.add(FindingKind.REFERENCE_CYCLE,
                        from.path().field("components").index(index), "type", "indicator",
                        "cycle", CycleFinder.describe(cycle, e -> e.indicator().id())));
    }

    @Override
    public void checkIndicator(PlanContext context, Catalog catalog, IndicatorEntry entry) {
        Indicator indicator = entry.indicator();
        Pointer path = entry.path();
        List<String> components = indicator.components();
        for (int m = 0; m < components.size(); m++) {
            if (context.indicator(components.get(m)) == null) {
                context.add(FindingKind.UNRESOLVED_REFERENCE, path.field("components").index(m),
                        "type", "indicator", "id", components.get(m));
            }
        }
        List<Target> targets = indicator.targets();
        Set<Year> baselineYears = null;
        for (int k = 0; k < targets.size(); k++) {
            Target target = targets.get(k);
            Pointer targetPath = path.field("targets").index(k);
            if (target instanceof RelativeTarget t && t.reference() != null) {
                reference(context, catalog, t.reference(), targetPath.field("reference"));
            } else if (target instanceof ShareTarget t && t.wholeIndicator() != null) {
                reference(context, catalog, t.wholeIndicator(), targetPath.field("wholeIndicator"));
            } else if (target instanceof MultipleTarget t && t.baseYear() != null) {
                if (baselineYears == null) {
                    baselineYears = new HashSet<>();
                    for (Baseline b : indicator.baselines()) {
                        baselineYears.add(b.year());
                    }
                }
                if (!baselineYears.contains(t.baseYear())) {
                    context.add(FindingKind.UNRESOLVED_REFERENCE, targetPath.field("baseYear"),
                            "type", "baseline", "id", t.baseYear().toString());
                }
            }
        }
        List<Observation> observations = indicator.observations();
        for (int k = 0; k < observations.size(); k++) {
            source(context, observations.get(k).source(), path, "observations", k, "source");
        }
        List<Provenance> provenance = indicator.provenance();
        for (int k = 0; k < provenance.size(); k++) {
            source(context, provenance.get(k).document(), path, "provenance", k, "document");
        }
    }

    private static void source(PlanContext context, @Nullable String id, Pointer path, String list, int index,
            String field) {
        if (id != null && !context.hasSource(id)) {
            context.add(FindingKind.UNRESOLVED_REFERENCE, path.field(list).index(index).field(field),
                    "type", "source", "id", id);
        }
    }

    private static void reference(PlanContext context, Catalog catalog, IndicatorReference reference, Pointer path) {
        String plan = reference.plan();
        reference(context, catalog, "indicator", plan == null ? context.plan().id() : plan, plan,
                reference.indicator(), path);
    }

    /**
     * Reports a reference to a goal or an indicator that does not resolve: at its plan if the
     * plan is not in the catalogue, else at its {@code type} member, naming the plan as stated.
     */
    private static void reference(PlanContext context, Catalog catalog, String type, String planId,
            @Nullable String statedPlan, String id, Pointer path) {
        PlanContext target = target(context, catalog, planId);
        if (target == null) {
            context.add(FindingKind.UNRESOLVED_EXTERNAL_REFERENCE, path.field("plan"), "type", type,
                    "plan", planId, "id", id);
        } else if ((type.equals("goal") ? target.goal(id) : target.indicator(id)) == null) {
            context.add(FindingKind.UNRESOLVED_REFERENCE, path.field(type), "type", type, "id", id,
                    "plan", statedPlan);
        }
    }

    /** The plan a reference names: this one, or another in the catalogue; null if absent. */
    static @Nullable PlanContext target(PlanContext context, Catalog catalog, String planId) {
        return planId.equals(context.plan().id()) ? context : catalog.plan(planId);
    }
}
