package org.policyindicators.io.validation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
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

    /** An alignment: the {@code index}-th reference of a goal. */
    private record Edge(Node from, int index, GoalReference reference) {
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
        Map<GoalEntry, Node> nodes = new java.util.IdentityHashMap<>();
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
        CycleFinder<Node, Edge> finder = new CycleFinder<>(node -> {
            List<GoalReference> references = node.goal().goal().alignsWith();
            List<Edge> edges = new ArrayList<>(references.size());
            for (int k = 0; k < references.size(); k++) {
                edges.add(new Edge(node, k, references.get(k)));
            }
            return edges;
        }, edge -> target(catalog, nodes, edge));
        finder.find(roots, (edge, cycle) -> edge.from().plan().add(FindingKind.REFERENCE_CYCLE,
                edge.from().goal().path().field("alignsWith").index(edge.index()), "type", "goal",
                "cycle", CycleFinder.describe(cycle, n -> n.plan().plan().id() + ":" + n.goal().goal().id())));
    }

    private static @Nullable Node target(Catalog catalog, Map<GoalEntry, Node> nodes, Edge edge) {
        PlanContext plan = ReferenceRule.target(edge.from().plan(), catalog, edge.reference().plan());
        GoalEntry goal = plan == null ? null : plan.goal(edge.reference().goal());
        return goal == null ? null : nodes.get(goal);
    }
}
