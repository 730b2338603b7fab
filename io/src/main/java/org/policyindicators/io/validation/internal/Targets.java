package org.policyindicators.io.validation.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.GradeTarget;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.PolicyException;
import org.policyindicators.core.QuotaTarget;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.RankTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.ZeroTarget;
import org.policyindicators.core.analysis.ImpliedTarget;

/**
 * What the rules need to know about targets across their kinds.
 */
final class Targets {

    private static final MathContext DISPLAY = new MathContext(12, RoundingMode.HALF_EVEN);

    private Targets() {
    }

    /**
     * Returns the unit a target states for its number.
     *
     * @param target the target, not null
     * @return the unit, null if the target states none or has no number
     */
    static @Nullable Unit statedUnit(Target target) {
        if (target instanceof LevelTarget t) {
            return t.unit();
        } else if (target instanceof RangeTarget t) {
            return t.unit();
        } else if (target instanceof ChangeTarget t) {
            return t.unit();
        } else if (target instanceof GrowthTarget t) {
            return t.unit();
        } else if (target instanceof CumulativeTarget t) {
            return t.unit();
        } else if (target instanceof ShareTarget t) {
            return t.unit();
        } else if (target instanceof QuotaTarget t) {
            return t.unit();
        }
        return null;
    }

    /**
     * Returns whether a target states a number: all kinds but relative, direction,
     * qualitative, and quota without a value.
     *
     * @param target the target, not null
     * @return true if it has a number
     */
    static boolean isNumeric(Target target) {
        return target instanceof LevelTarget || target instanceof RangeTarget || target instanceof MultipleTarget
                || target instanceof ChangeTarget || target instanceof GrowthTarget
                || target instanceof CumulativeTarget || target instanceof ShareTarget || target instanceof ZeroTarget
                || target instanceof RankTarget || target instanceof GradeTarget
                || (target instanceof QuotaTarget q && q.value() != null);
    }

    /**
     * Returns whether every number of a target is small enough to compute with.
     *
     * @param target the target, not null
     * @return true if tame, see {@link Values#isTame(BigDecimal)}
     */
    static boolean isTame(Target target) {
        if (target instanceof LevelTarget t) {
            return Values.isTame(t.value());
        } else if (target instanceof RangeTarget t) {
            return Values.isTame(t.min()) && Values.isTame(t.max());
        } else if (target instanceof MultipleTarget t) {
            return Values.isTame(t.factor());
        } else if (target instanceof ChangeTarget t) {
            return Values.isTame(t.value());
        } else if (target instanceof GrowthTarget t) {
            return Values.isTame(t.value());
        } else if (target instanceof CumulativeTarget t) {
            return Values.isTame(t.value());
        } else if (target instanceof ShareTarget t) {
            return Values.isTame(t.value());
        } else if (target instanceof QuotaTarget t) {
            return t.value() == null || Values.isTame(t.value());
        }
        return true;
    }

    /**
     * Returns whether every baseline of an indicator is tame and in a known unit, so that
     * {@link #implied} may compute from them.
     *
     * @param indicator the indicator, not null
     * @param units the plan's unit catalogue, not null
     * @return true if the baselines can be computed with
     */
    static boolean baselinesUsable(Indicator indicator, UnitCatalog units) {
        if (!units.knows(indicator.unit())) {
            return false;
        }
        for (Baseline baseline : indicator.baselines()) {
            Unit unit = baseline.unit();
            if (!Values.isTame(baseline.value()) || (unit != null && !units.knows(unit))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Computes the level a target implies, when every number of the target is tame and its
     * unit known. The caller checks the baselines first with {@link #baselinesUsable}.
     *
     * @param indicator the indicator, not null
     * @param target one of its targets, not null
     * @param units the plan's unit catalogue, not null
     * @return the implied level in the indicator's unit, empty if none can be computed safely
     */
    static Optional<ImpliedTarget> implied(Indicator indicator, Target target, UnitCatalog units) {
        Unit stated = statedUnit(target);
        if (!isTame(target) || (stated != null && !units.knows(stated))) {
            return Optional.empty();
        }
        // the computation reads these values as percent whatever their unit; another unit is reported elsewhere
        if (stated != null && !Values.isPercent(stated) && (target instanceof GrowthTarget
                || (target instanceof ChangeTarget c && c.mode() == ChangeMode.RELATIVE))) {
            return Optional.empty();
        }
        try {
            return ImpliedTarget.of(indicator, target, units);
        } catch (ArithmeticException | PolicyException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns a bound as text for a message, such as {@code ≥ 972}, the value rounded to 12
     * significant digits (a computed level may have many more).
     *
     * @param symbol the comparison symbol, not null
     * @param value the value, not null
     * @return the text, not null
     */
    static String bound(String symbol, BigDecimal value) {
        return symbol + " " + Messages.format(Values.clean(value.round(DISPLAY)));
    }
}
