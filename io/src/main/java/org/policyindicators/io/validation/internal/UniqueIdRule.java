package org.policyindicators.io.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.CategoryDefinition;
import org.policyindicators.core.Organisation;
import org.policyindicators.core.SourceDocument;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.GoalEntry;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * Identifiers unique in their scope within a plan: goals and indicators anywhere in the goal
 * tree, source documents, the codes of the plan's own units, its organisations and the codes of
 * its category labels. (The dimensions of an indicator's disaggregations are checked by
 * {@link DisaggregationRule}.) The second and later
 * occurrences are reported, each naming the first.
 */
final class UniqueIdRule implements PlanRule {

    @Override
    public void check(PlanContext context, Catalog catalog) {
        // the context indexes goals and indicators by identifier, first occurrence first
        for (GoalEntry goal : context.goals()) {
            GoalEntry first = context.goal(goal.goal().id());
            if (first != goal) {
                duplicate(context, "goal", goal.goal().id(), goal.path().field("id"), first.path().field("id"));
            }
        }
        for (IndicatorEntry indicator : context.indicators()) {
            IndicatorEntry first = context.indicator(indicator.indicator().id());
            if (first != indicator) {
                duplicate(context, "indicator", indicator.indicator().id(), indicator.path().field("id"),
                        first.path().field("id"));
            }
        }
        Map<String, Pointer> seen = new HashMap<>();
        List<SourceDocument> sources = context.plan().sources();
        for (int i = 0; i < sources.size(); i++) {
            unique(context, seen, "source", sources.get(i).id(), Pointer.ROOT.field("sources").index(i).field("id"));
        }
        seen.clear();
        List<BaseUnit> units = context.plan().units();
        for (int i = 0; i < units.size(); i++) {
            unique(context, seen, "unit", units.get(i).code(), Pointer.ROOT.field("units").index(i).field("code"));
        }
        seen.clear();
        List<Organisation> organisations = context.plan().organisations();
        for (int i = 0; i < organisations.size(); i++) {
            unique(context, seen, "organisation", organisations.get(i).id(),
                    Pointer.ROOT.field("organisations").index(i).field("id"));
        }
        seen.clear();
        List<CategoryDefinition> categories = context.plan().categories();
        for (int i = 0; i < categories.size(); i++) {
            unique(context, seen, "category", categories.get(i).code().code(),
                    Pointer.ROOT.field("categories").index(i).field("code"));
        }
    }

    private static void unique(PlanContext context, Map<String, Pointer> seen, String scope, String id, Pointer path) {
        Pointer first = seen.putIfAbsent(id, path);
        if (first != null) {
            duplicate(context, scope, id, path, first);
        }
    }

    private static void duplicate(PlanContext context, String scope, String id, Pointer path, Pointer first) {
        context.add(FindingKind.DUPLICATE_ID, path, "scope", scope, "id", id, "first", first);
    }
}
