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

    @Override
    public void check(PlanContext context, Catalog catalog) {
        List<IndicatorEntry> roots = new ArrayList<>();
        for (IndicatorEntry entry : context.indicators()) {
            // only the first indicator of an identifier takes part; duplicates are reported elsewhere
            if (!entry.indicator().components().isEmpty() && context.indicator(entry.indicator().id()) == entry) {
                roots.add(entry);
            }
        }
        new CycleFinder<IndicatorEntry, String>(node -> node.indicator().components(),
                (node, id) -> context.indicator(id))
                .find(roots, (from, index, cycle) -> context.add(FindingKind.REFERENCE_CYCLE,
                        from.path().field("components").index(index), "type", "indicator",
                        "cycle", CycleFinder.describe(cycle, e -> e.indicator().id())));
    }
}
