package org.policyindicators.io.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policyindicators.core.Measurement;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * At most one baseline per indicator, period, dates and dimensions, and at most one observation
 * per indicator, period, status, dates and dimensions: a female and a male value of one year are
 * two parts, not a repetition. The second and later are reported, each naming the first.
 */
final class DuplicateMeasurementRule implements PlanRule {

    @Override
    public void checkIndicator(PlanContext context, Catalog catalog, IndicatorEntry entry) {
        duplicates(context, entry.indicator().baselines(), entry.path().field("baselines"),
                FindingKind.DUPLICATE_BASELINE);
        duplicates(context, entry.indicator().observations(), entry.path().field("observations"),
                FindingKind.DUPLICATE_OBSERVATION);
    }

    private static void duplicates(PlanContext context, List<? extends Measurement> list, Pointer path,
            FindingKind kind) {
        if (list.size() < 2) {
            // most lists hold one value: no map for them
            return;
        }
        Map<BreakdownRule.Key, Pointer> seen = new HashMap<>();
        for (int j = 0; j < list.size(); j++) {
            BreakdownRule.Key key = BreakdownRule.key(list.get(j));
            Pointer here = path.index(j);
            Pointer first = seen.putIfAbsent(key, here);
            if (first != null) {
                context.add(kind, here, "period", key.text(), "status", key.status(), "first", first);
            }
        }
    }
}
