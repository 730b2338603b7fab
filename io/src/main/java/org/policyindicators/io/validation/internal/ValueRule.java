package org.policyindicators.io.validation.internal;

import java.math.BigDecimal;
import java.util.List;

import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.Dimension;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Measurement;
import org.policyindicators.core.QuotaTarget;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * Values: a range's minimum is not above its maximum; a share lies in 0 to 100 percent; a
 * value in a count unit is whole and not negative (an absolute change in counts is whole); a
 * value in a rank or grade unit is a whole number of at least 1.
 */
final class ValueRule implements PlanRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void checkIndicator(PlanContext context, Catalog catalog, IndicatorEntry entry) {
        UnitCatalog units = context.units();
        Indicator indicator = entry.indicator();
        Pointer path = entry.path();
        measurements(context, units, indicator.baselines(), indicator.unit(), path.field("baselines"));
        measurements(context, units, indicator.observations(), indicator.unit(), path.field("observations"));
        List<Target> targets = indicator.targets();
        for (int k = 0; k < targets.size(); k++) {
            target(context, units, targets.get(k), indicator.unit(), path.field("targets").index(k));
        }
    }

    private static void measurements(PlanContext context, UnitCatalog units, List<? extends Measurement> list,
            Unit indicatorUnit, Pointer path) {
        for (int j = 0; j < list.size(); j++) {
            Measurement m = list.get(j);
            level(context, units, m.value(), Values.unitOr(m.unit(), indicatorUnit), path.index(j).field("value"));
        }
    }

    private static void target(PlanContext context, UnitCatalog units, Target target, Unit indicatorUnit,
            Pointer path) {
        Unit unit = Values.unitOr(Values.statedUnit(target), indicatorUnit);
        if (target instanceof RangeTarget t) {
            if (t.min().compareTo(t.max()) > 0) {
                context.add(FindingKind.INVERTED_RANGE, path.field("min"), "min", t.min(), "max", t.max());
            }
            level(context, units, t.min(), unit, path.field("min"));
            level(context, units, t.max(), unit, path.field("max"));
        } else if (target instanceof LevelTarget t) {
            level(context, units, t.value(), unit, path.field("value"));
        } else if (target instanceof CumulativeTarget t) {
            count(context, units, t.value(), unit, path.field("value"), true);
        } else if (target instanceof QuotaTarget t && t.value() != null) {
            count(context, units, t.value(), unit, path.field("value"), true);
        } else if (target instanceof ChangeTarget t && t.mode() == ChangeMode.ABSOLUTE) {
            count(context, units, t.value(), unit, path.field("value"), false);
        } else if (target instanceof ShareTarget t && (t.unit() == null || Values.isPercent(t.unit()))) {
            if (t.value().signum() < 0 || t.value().compareTo(HUNDRED) > 0) {
                context.add(FindingKind.SHARE_OUT_OF_RANGE, path.field("value"), "value", t.value());
            }
        }
    }

    /** A level of the indicator: checked as a count, a rank or a grade, by its unit. */
    private static void level(PlanContext context, UnitCatalog units, BigDecimal value, Unit unit, Pointer path) {
        Dimension dimension = Values.plainDimension(units, unit);
        if (dimension == Dimension.COUNT) {
            count(context, units, value, unit, path, true);
        } else if (dimension == Dimension.RANK || dimension == Dimension.GRADE) {
            if (value.compareTo(BigDecimal.ONE.movePointLeft(unit.scale())) < 0 || !Values.isWhole(value, unit.scale())) {
                context.add(dimension == Dimension.RANK ? FindingKind.NON_POSITIVE_RANK : FindingKind.NON_POSITIVE_GRADE,
                        path, "value", value);
            }
        }
    }

    private static void count(PlanContext context, UnitCatalog units, BigDecimal value, Unit unit, Pointer path,
            boolean notNegative) {
        if (Values.plainDimension(units, unit) != Dimension.COUNT) {
            return;
        }
        if (!Values.isWhole(value, unit.scale())) {
            context.add(FindingKind.COUNT_NOT_WHOLE, path, "value", value, "unit", unit);
        }
        if (notNegative && value.signum() < 0) {
            context.add(FindingKind.NEGATIVE_COUNT, path, "value", value, "unit", unit);
        }
    }
}
