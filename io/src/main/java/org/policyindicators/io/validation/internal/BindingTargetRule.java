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
    public void check(PlanContext context, Catalog catalog) {
        for (IndicatorEntry entry : context.indicators()) {
            Indicator indicator = entry.indicator();
            if (indicator.attribute() != Attribute.BINDING) {
                continue;
            }
            boolean numeric = false;
            for (Target target : indicator.targets()) {
                if (Targets.isNumeric(target)) {
                    numeric = true;
                    break;
                }
            }
            if (!numeric) {
                context.add(FindingKind.BINDING_WITHOUT_NUMBER, entry.path().field("attribute"),
                        "targets", indicator.targets().size());
            }
        }
    }
}
