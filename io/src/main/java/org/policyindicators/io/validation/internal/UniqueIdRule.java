package org.policyindicators.io.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.Organisation;
import org.policyindicators.core.Plan;
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
        Plan plan = context.plan();
        unique(context, "source", plan.sources(), SourceDocument::id, "sources", "id");
        unique(context, "unit", plan.units(), BaseUnit::code, "units", "code");
        unique(context, "organisation", plan.organisations(), Organisation::id, "organisations", "id");
        unique(context, "category", plan.categories(), category -> category.code().code(), "categories", "code");
    }

    /** Reports each element of a list of the plan whose identifier, at {@code /list/i/member}, an earlier one has. */
    private static <T> void unique(PlanContext context, String scope, List<T> elements, Function<T, String> id,
            String list, String member) {
        Map<String, Pointer> seen = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String value = id.apply(elements.get(i));
            Pointer path = Pointer.ROOT.field(list).index(i).field(member);
            Pointer first = seen.putIfAbsent(value, path);
            if (first != null) {
                duplicate(context, scope, value, path, first);
            }
        }
    }

    private static void duplicate(PlanContext context, String scope, String id, Pointer path, Pointer first) {
        context.add(FindingKind.DUPLICATE_ID, path, "scope", scope, "id", id, "first", first);
    }
}
