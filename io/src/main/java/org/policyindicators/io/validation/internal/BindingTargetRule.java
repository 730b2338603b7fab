package org.policyindicators.io.validation.internal;

import org.policyindicators.core.Attribute;
import org.policyindicators.core.Indicator;
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
        if (indicator.attribute() == Attribute.BINDING && indicator.unit() != null
                && indicator.targets().stream().noneMatch(Values::isNumeric)) {
            context.add(FindingKind.BINDING_WITHOUT_NUMBER, entry.path().field("attribute"),
                    "targets", indicator.targets().size());
        }
    }
}
