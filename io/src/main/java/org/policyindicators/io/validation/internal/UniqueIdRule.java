package org.policyindicators.io.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.SourceDocument;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.GoalEntry;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * Identifiers unique in their scope within a plan: goals and indicators anywhere in the goal
 * tree, source documents, and the codes of the plan's own units. The second and later
 * occurrences are reported, each naming the first.
 */
final class UniqueIdRule implements PlanRule {

    @Override
    public void check(PlanContext context, Catalog catalog) {
        Map<String, String> seen = new HashMap<>();
        for (GoalEntry goal : context.goals()) {
            unique(context, seen, "goal", goal.goal().id(), goal.path() + "/id");
        }
        seen.clear();
        for (IndicatorEntry indicator : context.indicators()) {
            unique(context, seen, "indicator", indicator.indicator().id(), indicator.path() + "/id");
        }
        seen.clear();
        List<SourceDocument> sources = context.plan().sources();
        for (int i = 0; i < sources.size(); i++) {
            unique(context, seen, "source", sources.get(i).id(), Pointers.index("/sources", i) + "/id");
        }
        seen.clear();
        List<BaseUnit> units = context.plan().units();
        for (int i = 0; i < units.size(); i++) {
            unique(context, seen, "unit", units.get(i).code(), Pointers.index("/units", i) + "/code");
        }
    }

    private static void unique(PlanContext context, Map<String, String> seen, String scope, String id, String path) {
        String first = seen.putIfAbsent(id, path);
        if (first != null) {
            context.add(FindingKind.DUPLICATE_ID, path, "scope", scope, "id", id, "first", first);
        }
    }
}
