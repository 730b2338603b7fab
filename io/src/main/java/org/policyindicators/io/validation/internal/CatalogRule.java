package org.policyindicators.io.validation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.policyindicators.core.GoalReference;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.GoalEntry;

/**
 * Rules across the plans of a catalogue: plan identifiers are unique, and goal alignments form
 * no cycle.
 */
final class CatalogRule {

    /** A goal together with the plan it is in. */
    private record Node(PlanContext plan, GoalEntry goal) {
    }

    void check(Catalog catalog, FindingSink sink) {
        Map<String, Integer> seen = new HashMap<>();
        for (PlanContext plan : catalog.plans()) {
            Integer first = seen.putIfAbsent(plan.plan().id(), plan.position());
            if (first != null) {
                plan.add(FindingKind.DUPLICATE_PLAN_ID, "/id", "id", plan.plan().id(), "index", plan.position(),
                        "firstIndex", first);
            }
        }
        if (!sink.enabled(FindingKind.REFERENCE_CYCLE)) {
            return;
        }
        // one node per goal entry; an alignment leads to the first goal of that identifier
        Map<GoalEntry, Node> nodes = new IdentityHashMap<>();
        List<Node> roots = new ArrayList<>();
        for (PlanContext plan : catalog.plans()) {
            for (GoalEntry goal : plan.goals()) {
                Node node = new Node(plan, goal);
                nodes.put(goal, node);
                if (!goal.goal().alignsWith().isEmpty()) {
                    roots.add(node);
                }
            }
        }
        new CycleFinder<Node, GoalReference>(node -> node.goal().goal().alignsWith(), (node, reference) -> {
            PlanContext plan = ReferenceRule.target(node.plan(), catalog, reference.plan());
            GoalEntry goal = plan == null ? null : plan.goal(reference.goal());
            return goal == null ? null : nodes.get(goal);
        }).find(roots, (from, index, cycle) -> from.plan().add(FindingKind.REFERENCE_CYCLE,
                from.goal().path().field("alignsWith").index(index), "type", "goal",
                "cycle", CycleFinder.describe(cycle, n -> n.plan().plan().id() + ":" + n.goal().goal().id())));
    }
}
