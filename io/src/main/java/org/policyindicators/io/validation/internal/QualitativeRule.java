package org.policyindicators.io.validation.internal;

import java.util.List;

import org.policyindicators.core.Indicator;
import org.policyindicators.core.Measurement;
import org.policyindicators.core.Target;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * Numbers and states where they belong. A qualitative indicator (no unit) has states, not
 * values, and no target with a number: a number there is an error, since nothing says what it
 * counts. A quantitative indicator may record a state where no number was reported, which is a
 * warning: the number rules leave that value out. A flow (amounts per period) without a unit has
 * no amount, which is a warning too.
 */
final class QualitativeRule implements PlanRule {

    @Override
    public void checkIndicator(PlanContext context, Catalog catalog, IndicatorEntry entry) {
        Indicator indicator = entry.indicator();
        Pointer path = entry.path();
        boolean qualitative = indicator.unit() == null;
        if (qualitative && indicator.flow()) {
            context.add(FindingKind.FLOW_WITHOUT_UNIT, path.field("flow"));
        }
        measurements(context, indicator.baselines(), qualitative, path.field("baselines"));
        measurements(context, indicator.observations(), qualitative, path.field("observations"));
        if (!qualitative) {
            return;
        }
        List<Target> targets = indicator.targets();
        for (int k = 0; k < targets.size(); k++) {
            Target target = targets.get(k);
            if (Values.isNumeric(target)) {
                context.add(FindingKind.NUMBER_ON_QUALITATIVE_INDICATOR, path.field("targets").index(k),
                        "target", target.kind().code());
            }
        }
    }

    private static void measurements(PlanContext context, List<? extends Measurement> list, boolean qualitative,
            Pointer path) {
        for (int j = 0; j < list.size(); j++) {
            Measurement m = list.get(j);
            if (qualitative && m.value() != null) {
                context.add(FindingKind.NUMBER_ON_QUALITATIVE_INDICATOR, path.index(j).field("value"));
            } else if (!qualitative && m.value() == null) {
                context.add(FindingKind.STATE_ON_QUANTITATIVE_INDICATOR, path.index(j).field("state"));
            }
        }
    }
}
