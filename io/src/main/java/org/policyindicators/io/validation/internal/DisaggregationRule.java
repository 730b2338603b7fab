package org.policyindicators.io.validation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Disaggregation;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Measurement;
import org.policyindicators.core.Target;
import org.policyindicators.core.Unit;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * The dimensions an indicator declares. Each is declared once; a baseline, observation or
 * target names only values its disaggregation lists (an empty list leaves the dimension open);
 * and where a dimension's values are parts of the whole, the values of each (female, male) add
 * up to the total of the same period, dates, status and other dimensions, within the rounding
 * of their stated digits as for breakdowns. A gap is a warning, not an error as for components:
 * published disaggregated series are often estimated or rounded apart from their totals.
 */
final class DisaggregationRule implements PlanRule {

    @Override
    public void checkIndicator(PlanContext context, Catalog catalog, IndicatorEntry entry) {
        Indicator indicator = entry.indicator();
        List<Disaggregation> list = indicator.disaggregations();
        if (list.isEmpty()) {
            return;
        }
        Pointer path = entry.path();
        Pointer listPath = path.field("disaggregations");
        Map<String, Disaggregation> declared = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Disaggregation d = list.get(i);
            Disaggregation earlier = declared.putIfAbsent(d.dimension(), d);
            if (earlier != null) {
                // the first equal to the earlier one is the first of its dimension
                context.add(FindingKind.DUPLICATE_ID, listPath.index(i).field("dimension"), "scope", "dimension",
                        "id", d.dimension(), "first", listPath.index(list.indexOf(earlier)).field("dimension"));
            }
        }
        values(context, declared, indicator.baselines(), path.field("baselines"));
        values(context, declared, indicator.observations(), path.field("observations"));
        List<Target> targets = indicator.targets();
        for (int k = 0; k < targets.size(); k++) {
            declaredValues(context, declared, targets.get(k).dimensions(), path.field("targets").index(k));
        }
        for (Disaggregation d : declared.values()) {
            if (d.parts() && !d.values().isEmpty()) {
                addUp(context, indicator, d, indicator.baselines(), path.field("baselines"));
                addUp(context, indicator, d, indicator.observations(), path.field("observations"));
            }
        }
    }

    private static void values(PlanContext context, Map<String, Disaggregation> declared,
            List<? extends Measurement> list, Pointer path) {
        for (int j = 0; j < list.size(); j++) {
            declaredValues(context, declared, list.get(j).dimensions(), path.index(j));
        }
    }

    private static void declaredValues(PlanContext context, Map<String, Disaggregation> declared,
            Dimensions dimensions, Pointer path) {
        for (Map.Entry<String, String> e : dimensions.values().entrySet()) {
            Disaggregation d = declared.get(e.getKey());
            if (d != null && !d.values().isEmpty() && !d.values().contains(e.getValue())) {
                context.add(FindingKind.UNDECLARED_DIMENSION_VALUE, path.field("dimensions").field(e.getKey()),
                        "dimension", e.getKey(), "value", e.getValue());
            }
        }
    }

    /** Each value without the dimension, against the values for each of its parts; the first of a key counts. */
    private static void addUp(PlanContext context, Indicator indicator, Disaggregation d,
            List<? extends Measurement> list, Pointer path) {
        Map<BreakdownRule.Key, Measurement> index = BreakdownRule.index(new HashMap<>(), list);
        // a value listed twice is one part, not two
        Set<String> values = new LinkedHashSet<>(d.values());
        List<Measurement> parts = new ArrayList<>(values.size());
        List<Unit> partUnits = new ArrayList<>(values.size());
        for (int j = 0; j < list.size(); j++) {
            Measurement whole = list.get(j);
            BreakdownRule.Key key = BreakdownRule.key(whole);
            if (whole.dimensions().values().containsKey(d.dimension()) || index.get(key) != whole) {
                continue;
            }
            parts.clear();
            partUnits.clear();
            for (String value : values) {
                Measurement part = index.get(key.with(whole.dimensions().with(d.dimension(), value)));
                if (part == null) {
                    break;
                }
                parts.add(part);
                partUnits.add(Values.unitOr(part.unit(), indicator.unit()));
            }
            if (parts.size() == values.size()) {
                BreakdownRule.addUp(context, whole, Values.unitOr(whole.unit(), indicator.unit()), parts, partUnits,
                        path.index(j).field("value"), key.text(), FindingKind.DIMENSIONS_DO_NOT_ADD_UP, d.dimension());
            }
        }
    }
}
