package org.policyindicators.io.validation.internal;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Conversion;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.Dimension;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Measurement;
import org.policyindicators.core.QuotaTarget;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Unit;
import org.policyindicators.core.Units;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * Units and values. Every unit code is in the plan's unit catalogue; the units of baselines,
 * observations and targets convert into the indicator's unit (the scale may differ); growth
 * rates, relative changes and shares are in percent; percent and percentage points are not
 * mixed, and an absolute change of a percent indicator is stated in percentage points. A
 * range's minimum is not above its maximum; a share lies in 0 to 100 percent; a value in a
 * count unit is whole and not negative (an absolute change in counts is whole); a value in a
 * rank or grade unit is a whole number of at least 1. A rate of a base unit per the same base
 * unit names what each side counts (person[death]/person[live-birth]); units that name different
 * substances do not convert, and the finding names them. A qualitative indicator has no unit to
 * compare with: only the units its values state are checked.
 */
final class UnitRule implements PlanRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void check(PlanContext context, Catalog catalog) {
        List<BaseUnit> own = context.plan().units();
        for (int i = 0; i < own.size(); i++) {
            Conversion conversion = own.get(i).conversion();
            if (conversion != null && context.units().find(conversion.unit()).isEmpty()) {
                Pointer path = Pointer.ROOT.field("units").index(i).field("conversion").field("unit");
                context.add(FindingKind.UNKNOWN_UNIT, path, "unit", conversion.unit());
            }
        }
    }

    @Override
    public void checkIndicator(PlanContext context, Catalog catalog, IndicatorEntry entry) {
        Indicator indicator = entry.indicator();
        Pointer path = entry.path();
        // null for a qualitative indicator: its numbers are reported by QualitativeRule, not compared here
        Unit unit = indicator.unit();
        boolean known = unit != null && stated(context, unit, path.field("unit"));
        measurements(context, indicator.baselines(), unit, known, path.field("baselines"));
        measurements(context, indicator.observations(), unit, known, path.field("observations"));
        List<Target> targets = indicator.targets();
        for (int k = 0; k < targets.size(); k++) {
            Target target = targets.get(k);
            Pointer targetPath = path.field("targets").index(k);
            Unit stated = target.unit();
            Unit valueUnit = Values.unitOr(stated, unit);
            if (valueUnit != null) {
                value(context, target, valueUnit, targetPath);
            }
            if (stated == null) {
                continue;
            }
            Pointer unitPath = targetPath.field("unit");
            if (target instanceof GrowthTarget || target instanceof ShareTarget
                    || (target instanceof ChangeTarget c && c.mode() == ChangeMode.RELATIVE)) {
                if (!Units.PERCENT.equals(stated) && stated(context, stated, unitPath)) {
                    context.add(FindingKind.RATE_NOT_PERCENT, unitPath, "unit", stated);
                }
            } else if (target instanceof ChangeTarget && (Units.PERCENT.equals(unit) || Units.PER_MILLE.equals(unit))) {
                // an absolute change of a rate in percent is in percentage points
                compatible(context, stated, Units.PERCENTAGE_POINT, true, unitPath);
            } else {
                compatible(context, stated, unit, known, unitPath);
            }
        }
    }

    private static void measurements(PlanContext context, List<? extends Measurement> list,
            @Nullable Unit indicatorUnit, boolean indicatorKnown, Pointer path) {
        for (int j = 0; j < list.size(); j++) {
            Measurement m = list.get(j);
            if (m.unit() != null) {
                compatible(context, m.unit(), indicatorUnit, indicatorKnown, path.index(j).field("unit"));
            }
            Unit unit = Values.unitOr(m.unit(), indicatorUnit);
            if (m.value() != null && unit != null) {
                level(context, m.value(), unit, path.index(j).field("value"));
            }
        }
    }

    /** The numbers of a target, in its unit or else the indicator's. */
    private static void value(PlanContext context, Target target, Unit unit, Pointer path) {
        if (target instanceof RangeTarget t) {
            if (t.min().compareTo(t.max()) > 0) {
                context.add(FindingKind.INVERTED_RANGE, path.field("min"), "min", t.min(), "max", t.max());
            }
            level(context, t.min(), unit, path.field("min"));
            level(context, t.max(), unit, path.field("max"));
        } else if (target instanceof LevelTarget t) {
            level(context, t.value(), unit, path.field("value"));
        } else if (target instanceof CumulativeTarget t) {
            count(context, t.value(), unit, path.field("value"), true);
        } else if (target instanceof QuotaTarget t && t.value() != null) {
            count(context, t.value(), unit, path.field("value"), true);
        } else if (target instanceof ChangeTarget t && t.mode() == ChangeMode.ABSOLUTE) {
            count(context, t.value(), unit, path.field("value"), false);
        } else if (target instanceof ShareTarget t && (t.unit() == null || Units.PERCENT.equals(t.unit()))) {
            if (t.value().signum() < 0 || t.value().compareTo(HUNDRED) > 0) {
                context.add(FindingKind.SHARE_OUT_OF_RANGE, path.field("value"), "value", t.value());
            }
        }
    }

    /** A level of the indicator: checked as a count, a rank or a grade, by its unit. */
    private static void level(PlanContext context, BigDecimal value, Unit unit, Pointer path) {
        Dimension dimension = Values.plainDimension(context.units(), unit);
        if (dimension == Dimension.COUNT) {
            count(context, value, unit, path, true);
        } else if (dimension == Dimension.RANK || dimension == Dimension.GRADE) {
            if (value.compareTo(BigDecimal.ONE.movePointLeft(unit.scale())) < 0 || !Values.isWhole(value, unit.scale())) {
                context.add(dimension == Dimension.RANK ? FindingKind.NON_POSITIVE_RANK : FindingKind.NON_POSITIVE_GRADE,
                        path, "value", value);
            }
        }
    }

    private static void count(PlanContext context, BigDecimal value, Unit unit, Pointer path, boolean notNegative) {
        if (Values.plainDimension(context.units(), unit) != Dimension.COUNT) {
            return;
        }
        if (!Values.isWhole(value, unit.scale())) {
            context.add(FindingKind.COUNT_NOT_WHOLE, path, "value", value, "unit", unit);
        }
        if (notNegative && value.signum() < 0) {
            context.add(FindingKind.NEGATIVE_COUNT, path, "value", value, "unit", unit);
        }
    }

    private static void compatible(PlanContext context, Unit stated, @Nullable Unit expected,
            boolean expectedKnown, Pointer path) {
        if (stated(context, stated, path) && expected != null && expectedKnown
                && !context.units().isCompatible(stated, expected)) {
            FindingKind kind = Values.isPercentAndPoints(context.units(), stated, expected)
                    ? FindingKind.MIXED_PERCENT_AND_POINTS : FindingKind.INCOMPATIBLE_UNIT;
            incompatible(context, kind, path, stated, expected);
        }
    }

    /** Reports units that do not convert, naming the substances of each when they differ. */
    static void incompatible(PlanContext context, FindingKind kind, Pointer path, Unit stated, Unit expected) {
        boolean substance = kind == FindingKind.INCOMPATIBLE_UNIT && Values.differInSubstance(stated, expected);
        context.add(kind, path, "unit", stated, "expected", expected,
                "substance", substance ? Values.substances(stated) : null,
                "expectedSubstance", substance ? Values.substances(expected) : null);
    }

    /**
     * Checks a unit stated somewhere: reports it if the catalogue does not know it, or if it is
     * a rate of a base unit per the same base unit that names no substance on either side
     * ({@code person/person*1e3}: deaths per live births, or what?). Returns whether it is known.
     */
    private static boolean stated(PlanContext context, Unit unit, Pointer path) {
        Unit per = unit.per();
        if (per != null && per.code().equals(unit.code()) && unit.substance() == null && per.substance() == null) {
            context.add(FindingKind.RATE_WITHOUT_SUBSTANCE, path, "unit", unit);
        }
        if (context.units().knows(unit)) {
            return true;
        }
        context.add(FindingKind.UNKNOWN_UNIT, path, "unit", unit);
        return false;
    }
}
