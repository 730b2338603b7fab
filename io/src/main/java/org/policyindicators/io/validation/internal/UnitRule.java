package org.policyindicators.io.validation.internal;

import java.util.List;

import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Conversion;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Measurement;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.Units;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * Units: every code is in the plan's unit catalogue; the units of baselines, observations and
 * targets convert into the indicator's unit (the scale may differ); growth rates, relative
 * changes and shares are in percent; percent and percentage points are not mixed, and an
 * absolute change of a percent indicator is stated in percentage points.
 */
final class UnitRule implements PlanRule {

    @Override
    public void check(PlanContext context, Catalog catalog) {
        UnitCatalog units = context.units();
        List<BaseUnit> own = context.plan().units();
        for (int i = 0; i < own.size(); i++) {
            Conversion conversion = own.get(i).conversion();
            if (conversion != null && units.find(conversion.unit()).isEmpty()) {
                context.add(FindingKind.UNKNOWN_UNIT, Pointer.ROOT.field("units").index(i).field("conversion").field("unit"),
                        "unit", conversion.unit());
            }
        }
    }

    @Override
    public void checkIndicator(PlanContext context, Catalog catalog, IndicatorEntry entry) {
        UnitCatalog units = context.units();
        Indicator indicator = entry.indicator();
        Pointer path = entry.path();
        Unit unit = indicator.unit();
        boolean known = known(context, units, unit, path.field("unit"));
        checkMeasurements(context, units, indicator.baselines(), unit, known, path.field("baselines"));
        checkMeasurements(context, units, indicator.observations(), unit, known, path.field("observations"));
        List<Target> targets = indicator.targets();
        for (int k = 0; k < targets.size(); k++) {
            Target target = targets.get(k);
            Pointer unitPath = path.field("targets").index(k).field("unit");
            Unit stated = Values.statedUnit(target);
            if (stated == null) {
                continue;
            }
            if (target instanceof GrowthTarget || target instanceof ShareTarget
                    || (target instanceof ChangeTarget c && c.mode() == ChangeMode.RELATIVE)) {
                if (!Values.isPercent(stated) && known(context, units, stated, unitPath)) {
                    context.add(FindingKind.RATE_NOT_PERCENT, unitPath, "unit", stated);
                }
            } else if (target instanceof ChangeTarget && (unit.equals(Units.PERCENT) || unit.equals(Units.PER_MILLE))) {
                // an absolute change of a rate in percent is in percentage points
                compatible(context, units, stated, Units.PERCENTAGE_POINT, true, unitPath);
            } else {
                compatible(context, units, stated, unit, known, unitPath);
            }
        }
    }

    private static void checkMeasurements(PlanContext context, UnitCatalog units, List<? extends Measurement> list,
            Unit indicatorUnit, boolean indicatorKnown, Pointer path) {
        for (int j = 0; j < list.size(); j++) {
            Unit own = list.get(j).unit();
            if (own != null) {
                compatible(context, units, own, indicatorUnit, indicatorKnown, path.index(j).field("unit"));
            }
        }
    }

    private static void compatible(PlanContext context, UnitCatalog units, Unit stated, Unit expected,
            boolean expectedKnown, Pointer path) {
        if (known(context, units, stated, path) && expectedKnown && !units.isCompatible(stated, expected)) {
            FindingKind kind = Values.isPercentAndPoints(units, stated, expected)
                    ? FindingKind.MIXED_PERCENT_AND_POINTS : FindingKind.INCOMPATIBLE_UNIT;
            context.add(kind, path, "unit", stated, "expected", expected);
        }
    }

    /** Reports a unit the catalogue does not know; returns whether it knows it. */
    private static boolean known(PlanContext context, UnitCatalog units, Unit unit, Pointer path) {
        if (units.knows(unit)) {
            return true;
        }
        context.add(FindingKind.UNKNOWN_UNIT, path, "unit", unit);
        return false;
    }
}
