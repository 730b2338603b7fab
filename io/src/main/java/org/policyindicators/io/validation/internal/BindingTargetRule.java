package org.policyindicators.io.validation.internal;

import org.policyindicators.core.Attribute;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Target;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * A binding indicator is a commitment, so it should have at least one target with a number.
 */
final class BindingTargetRule implements PlanRule {

    @Override
    public void checkIndicator(PlanContext context, Catalog catalog, IndicatorEntry entry) {
        Indicator indicator = entry.indicator();
        // a qualitative indicator has no number to commit to: its targets are states
        if (indicator.attribute() != Attribute.BINDING || indicator.unit() == null) {
            return;
        }
        for (Target target : indicator.targets()) {
            if (Values.isNumeric(target)) {
                return;
            }
        }
        context.add(FindingKind.BINDING_WITHOUT_NUMBER, entry.path().field("attribute"),
                "targets", indicator.targets().size());
    }
}
