package org.policyindicators.io.validation.internal;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Category;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.GoalEntry;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * Categories that a reader can name: each category of a goal or indicator is one of the five
 * standard groups or is labelled in the plan's {@code categories}. A code of one's own without
 * a label is most often a slip (a misspelt standard code), and no tool can show its name.
 */
final class CategoryRule implements PlanRule {

    @Override
    public void check(PlanContext context, Catalog catalog) {
        for (GoalEntry entry : context.goals()) {
            check(context, entry.goal().category(), entry.path());
        }
    }

    @Override
    public void checkIndicator(PlanContext context, Catalog catalog, IndicatorEntry entry) {
        check(context, entry.indicator().category(), entry.path());
    }

    private static void check(PlanContext context, @Nullable Category category, Pointer path) {
        // plans label a handful of categories: a scan beats building a set for every plan
        if (category != null && !category.isStandard()
                && context.plan().categories().stream().noneMatch(label -> label.code().equals(category))) {
            context.add(FindingKind.UNLABELLED_CATEGORY, path.field("category"), "category", category.code());
        }
    }
}
