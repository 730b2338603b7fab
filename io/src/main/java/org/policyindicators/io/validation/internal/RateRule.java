package org.policyindicators.io.validation.internal;

import java.util.List;

import org.policyindicators.core.Aspect;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.RelativeTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * Targets on rates. An average target averages a yearly rate, so the indicator's unit is a
 * ratio (percent, per mille) or has a denominator; a growth target on a percent indicator is the
 * growth of a rate, which a plan's "年均增长7%" of a growth rate rarely means. A relative target
 * of "about equal" states its tolerance; one comparing growth on an indicator in a ratio unit
 * (itself a growth rate, 居民收入增长 against GDP增长) says what of the reference it compares.
 */
final class RateRule implements PlanRule {

    @Override
    public void checkIndicator(PlanContext context, Catalog catalog, IndicatorEntry entry) {
        UnitCatalog units = context.units();
        Indicator indicator = entry.indicator();
        Unit unit = indicator.unit();
        // an unknown unit is reported by UnitRule; what it is cannot be told
        boolean known = unit != null && units.knows(unit);
        List<Target> targets = indicator.targets();
        for (int k = 0; k < targets.size(); k++) {
            Target target = targets.get(k);
            Pointer path = entry.path().field("targets").index(k);
            if (target instanceof RelativeTarget t) {
                if (t.comparator() == Comparison.APPROX && t.tolerance() == null) {
                    context.add(FindingKind.APPROX_WITHOUT_TOLERANCE, path.field("comparator"));
                }
                if (known && t.aspect() == Aspect.GROWTH && t.referenceAspect() == null && Values.isRatio(units, unit)) {
                    context.add(FindingKind.AMBIGUOUS_RELATIVE_ASPECT, path.field("aspect"), "unit", unit);
                }
            } else if (known && target instanceof AverageTarget && !unit.isRate() && !Values.isRatio(units, unit)) {
                context.add(FindingKind.AVERAGE_TARGET_NOT_RATE, path, "unit", unit);
            } else if (known && target instanceof GrowthTarget && Values.isRatio(units, unit)) {
                context.add(FindingKind.GROWTH_OF_RATE, path, "unit", unit);
            }
        }
    }
}
