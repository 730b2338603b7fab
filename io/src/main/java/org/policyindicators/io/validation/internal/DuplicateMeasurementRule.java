package org.policyindicators.io.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policyindicators.core.Baseline;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * At most one baseline per indicator and period, and at most one observation per indicator,
 * period and status. The second and later are reported, each naming the first.
 */
final class DuplicateMeasurementRule implements PlanRule {

    private record ObservationKey(YearRange period, ObservationStatus status) {
    }

    @Override
    public void checkIndicator(PlanContext context, Catalog catalog, IndicatorEntry entry) {
        Pointer path = entry.path();
        List<Baseline> baselines = entry.indicator().baselines();
        if (baselines.size() > 1) {
            Map<YearRange, Pointer> seen = new HashMap<>();
            for (int j = 0; j < baselines.size(); j++) {
                YearRange period = baselines.get(j).period();
                Pointer here = path.field("baselines").index(j);
                Pointer first = seen.putIfAbsent(period, here);
                if (first != null) {
                    context.add(FindingKind.DUPLICATE_BASELINE, here, "period", period, "first", first);
                }
            }
        }
        List<Observation> observations = entry.indicator().observations();
        if (observations.size() > 1) {
            Map<ObservationKey, Pointer> seen = new HashMap<>();
            for (int k = 0; k < observations.size(); k++) {
                Observation o = observations.get(k);
                Pointer here = path.field("observations").index(k);
                Pointer first = seen.putIfAbsent(new ObservationKey(o.period(), o.status()), here);
                if (first != null) {
                    context.add(FindingKind.DUPLICATE_OBSERVATION, here, "period", o.period(),
                            "status", o.status(), "first", first);
                }
            }
        }
    }
}
