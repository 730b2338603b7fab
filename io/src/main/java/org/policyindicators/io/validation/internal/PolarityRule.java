package org.policyindicators.io.validation.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.RankTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.analysis.ImpliedTarget;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * Targets against polarity: for a lower-is-better indicator, a target whose implied level is
 * above the baseline it starts from, or a direction target of increase; for a higher-is-better
 * one, the reverse. Rank targets are left out (a rank has its own direction: 1 is best), and
 * so are "toward" targets, which commit to no level. A target of some dimensions (female, rural)
 * is compared with the baseline of the same dimensions; states are no baseline.
 *
 * <p>A bound on the side that the polarity tolerates is a limit, not a target against the
 * polarity: a ceiling (≤, &lt;) above the baseline of a lower-is-better indicator (城镇调查失业率
 * &lt; 5.5 from 5.2 allows a rise but does not ask for one), a floor (≥, &gt;) below the baseline
 * of a higher-is-better one. Exact and approximate levels, and bounds that force a move the wrong
 * way (a floor above the baseline of a lower-is-better indicator, a ceiling below the baseline of
 * a higher-is-better one), are reported.
 */
final class PolarityRule implements PlanRule {

    @Override
    public void checkIndicator(PlanContext context, Catalog catalog, IndicatorEntry entry) {
        UnitCatalog units = context.units();
        Indicator indicator = entry.indicator();
        Polarity polarity = indicator.polarity();
        if (polarity != Polarity.HIGHER_IS_BETTER && polarity != Polarity.LOWER_IS_BETTER) {
            return;
        }
        // each target starts from the numeric baselines of its own dimensions
        Map<Dimensions, Indicator> views = new HashMap<>();
        List<Target> targets = indicator.targets();
        for (int k = 0; k < targets.size(); k++) {
            Pointer path = entry.path().field("targets").index(k);
            Target target = targets.get(k);
            if (target instanceof DirectionTarget d) {
                if ((d.direction() == Direction.INCREASE && polarity == Polarity.LOWER_IS_BETTER)
                        || (d.direction() == Direction.DECREASE && polarity == Polarity.HIGHER_IS_BETTER)) {
                    context.add(FindingKind.TARGET_AGAINST_POLARITY, path, "polarity", polarity,
                            "direction", d.direction());
                }
            } else if (!(target instanceof RankTarget)) {
                Indicator view = views.computeIfAbsent(target.dimensions(), d -> Values.numericView(indicator, d));
                if (Values.baselinesUsable(view, units)) {
                    level(context, units, view, polarity, target, path);
                }
            }
        }
    }

    private static void level(PlanContext context, UnitCatalog units, Indicator indicator, Polarity polarity,
            Target target, Pointer path) {
        ImpliedTarget level = Values.implied(indicator, target, units).orElse(null);
        if (level == null || level.comparator() == Comparison.TOWARD) {
            return;
        }
        Baseline baseline = level.baseline() != null ? level.baseline()
                : indicator.baselineFor(level.year()).orElse(null);
        if (baseline == null || !baseline.year().isBefore(level.year())) {
            return;
        }
        Optional<BigDecimal> base = Values.convert(units, baseline.value(),
                Values.unitOr(baseline.unit(), indicator.unit()), indicator.unit());
        if (base.isEmpty()) {
            return;
        }
        int c = level.value().value().compareTo(base.get());
        boolean against = polarity == Polarity.LOWER_IS_BETTER ? c > 0 : c < 0;
        // a ceiling of a lower-is-better indicator, a floor of a higher-is-better one, only limits the wrong way
        boolean limit = switch (level.comparator()) {
            case LE, LT -> polarity == Polarity.LOWER_IS_BETTER;
            case GE, GT -> polarity == Polarity.HIGHER_IS_BETTER;
            default -> false;
        };
        if (against && !limit) {
            context.add(FindingKind.TARGET_AGAINST_POLARITY, path, "polarity", polarity,
                    "target", Values.clean(level.value().value()), "baseline", Values.clean(base.get()),
                    "baselineYear", baseline.year(), "unit", indicator.unit());
        }
    }
}
