package org.policyindicators.io.validation.internal;

import java.util.IdentityHashMap;
import java.util.Map;

import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.GoalEntry;

/**
 * Horizons: each starts no later than it ends; a five-year plan spans five years; a goal's
 * horizon lies inside its nearest ancestor goal's horizon, or, for a goal without one, inside
 * the plan's horizon or vision horizon.
 */
final class HorizonRule implements PlanRule {

    @Override
    public void check(PlanContext context, Catalog catalog) {
        Plan plan = context.plan();
        YearRange horizon = plan.horizon();
        // equals, not ==: a plan kind is an open record, and one read from JSON is another instance
        boolean fiveYearPlan = PlanKind.FIVE_YEAR_PLAN.equals(plan.kind());
        if (!horizon.isOrdered()) {
            context.add(FindingKind.INVERTED_HORIZON, "/horizon", "start", horizon.start(), "end", horizon.end());
        } else if (fiveYearPlan && horizon.lengthInYears() != 5) {
            context.add(FindingKind.FIVE_YEAR_PLAN_LENGTH, "/horizon", "horizon", horizon,
                    "years", horizon.lengthInYears());
        }
        YearRange vision = plan.visionHorizon();
        if (vision != null && !vision.isOrdered()) {
            context.add(FindingKind.INVERTED_HORIZON, "/visionHorizon", "start", vision.start(), "end", vision.end());
        }
        String planHorizons = context.allowedHorizons();
        // goals come parent first, so each finds its nearest ordered ancestor horizon in the map
        Map<GoalEntry, YearRange> nearest = new IdentityHashMap<>();
        for (GoalEntry entry : context.goals()) {
            YearRange enclosing = entry.parent() == null ? null : nearest.get(entry.parent());
            YearRange own = entry.goal().horizon();
            boolean ordered = own != null && own.isOrdered();
            if (ordered || enclosing != null) {
                nearest.put(entry, ordered ? own : enclosing);
            }
            if (own == null) {
                continue;
            }
            Pointer path = entry.path().field("horizon");
            if (!ordered) {
                context.add(FindingKind.INVERTED_HORIZON, path, "start", own.start(), "end", own.end());
                continue;
            }
            boolean enclosed = enclosing != null ? enclosing.encloses(own)
                    : planHorizons == null || context.inHorizons(h -> h.encloses(own));
            if (!enclosed) {
                context.add(FindingKind.GOAL_HORIZON_NOT_ENCLOSED, path, "horizon", own,
                        "enclosing", enclosing != null ? enclosing.toString() : planHorizons);
            }
        }
    }
}
