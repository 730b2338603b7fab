package org.policyindicators.io.validation.internal;

import java.util.ArrayList;
import java.util.List;

import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * Breakdowns without cycles: no indicator is, through its components, a part of itself. Each
 * component reference that closes a cycle is reported.
 */
final class ComponentCycleRule implements PlanRule {

    private record Edge(IndicatorEntry from, int index, String id) {
    }

    @Override
    public void check(PlanContext context, Catalog catalog) {
        List<IndicatorEntry> roots = new ArrayList<>();
        for (IndicatorEntry entry : context.indicators()) {
            // only the first indicator of an identifier takes part; duplicates are reported elsewhere
            if (!entry.indicator().components().isEmpty() && context.indicator(entry.indicator().id()) == entry) {
                roots.add(entry);
            }
        }
        CycleFinder<IndicatorEntry, Edge> finder = new CycleFinder<>(node -> {
            List<String> components = node.indicator().components();
            List<Edge> edges = new ArrayList<>(components.size());
            for (int m = 0; m < components.size(); m++) {
                edges.add(new Edge(node, m, components.get(m)));
            }
            return edges;
        }, edge -> context.indicator(edge.id()));
        finder.find(roots, (edge, cycle) -> context.add(FindingKind.REFERENCE_CYCLE,
                edge.from().path().field("components").index(edge.index()), "type", "indicator",
                "cycle", CycleFinder.describe(cycle, e -> e.indicator().id())));
    }
}
