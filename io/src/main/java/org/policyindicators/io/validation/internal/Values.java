package org.policyindicators.io.validation.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.Dimension;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.PolicyException;
import org.policyindicators.core.QualitativeTarget;
import org.policyindicators.core.QuotaTarget;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.RelativeTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.Units;
import org.policyindicators.core.analysis.ImpliedTarget;

/**
 * Numbers, units and targets as the rules need them, guarded so that no value of a document
 * can make a rule slow or throw.
 */
final class Values {

    /** The largest precision of a value that the arithmetic rules compute with. */
    static final int MAX_PRECISION = 100;
    /** The largest absolute scale of a value that the arithmetic rules compute with. */
    static final int MAX_SCALE = 200;
    private static final MathContext DISPLAY = new MathContext(12, RoundingMode.HALF_EVEN);

    private Values() {
    }

    /**
     * Whether a value is not null and within {@value #MAX_PRECISION} digits and a scale of ±{@value #MAX_SCALE}:
     * adding 1E+999999999 to 0.1 would need a billion digits. Rules skip the arithmetic on other
     * values rather than report them.
     */
    static boolean isTame(@Nullable BigDecimal value) {
        return value != null && value.precision() <= MAX_PRECISION && value.scale() >= -MAX_SCALE
                && value.scale() <= MAX_SCALE;
    }

    /** Whether {@code value · 10^unitScale} is whole: 1.15 万户 is 11500 households, 0.5 户 is not. */
    static boolean isWhole(BigDecimal value, int unitScale) {
        long decimals = (long) value.scale() - unitScale;
        if (value.signum() == 0 || decimals <= 0) {
            return true;
        }
        // whole when the unscaled value ends in that many zeros; one with fewer digits cannot.
        // Dividing once stays fast at any length, where stripping zeros one by one would not.
        // equivalent mutants: dropping the digit count or the low-bit test changes only the cost
        BigInteger unscaled = value.unscaledValue();
        return decimals < value.precision() && unscaled.getLowestSetBit() >= decimals
                && unscaled.mod(BigInteger.TEN.pow((int) decimals)).signum() == 0;
    }

    /** Half a unit of the last stated digit of a tame value: 0.05 for 17.9, 0.5 for 486. */
    static BigDecimal halfUnitOfLastDigit(BigDecimal value) {
        return BigDecimal.valueOf(5, value.scale() + 1);
    }

    /** A computed value without needless trailing zeros, whole numbers in plain form (100, not 1E+2). */
    static BigDecimal clean(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        // equivalent mutant: 'scale() <= 0' would also set a scale of 0 to 0, which changes nothing
        return stripped.scale() < 0 && stripped.scale() > -MAX_SCALE ? stripped.setScale(0) : stripped;
    }

    /** The unit stated, or the indicator's unit if none is; null if neither is (a qualitative indicator). */
    static @Nullable Unit unitOr(@Nullable Unit stated, @Nullable Unit indicatorUnit) {
        return stated != null ? stated : indicatorUnit;
    }

    /** The dimension of a plain (not rate) unit the catalogue knows; null for a rate or an unknown unit. */
    static @Nullable Dimension plainDimension(UnitCatalog units, Unit unit) {
        return unit.isRate() ? null : units.dimension(unit).orElse(null);
    }

    /** Whether a known unit is a ratio such as percent or per mille (not a rate with a denominator). */
    static boolean isRatio(UnitCatalog units, Unit unit) {
        return plainDimension(units, unit) == Dimension.RATIO;
    }

    /** Whether two units name different substances, on the numerator or on the denominator side. */
    static boolean differInSubstance(Unit a, Unit b) {
        return !Objects.equals(a.substance(), b.substance())
                || !Objects.equals(a.per() == null ? null : a.per().substance(),
                        b.per() == null ? null : b.per().substance());
    }

    /** The substances a unit names, for a message: {@code co2}, {@code death/live-birth}, {@code none} (a term). */
    static String substances(Unit unit) {
        String top = unit.substance() == null ? "none" : unit.substance();
        if (unit.per() == null || unit.per().substance() == null) {
            return top;
        }
        return top + "/" + unit.per().substance();
    }

    /** Whether two known units are a ratio and a ratio difference (percent and points), one each. */
    static boolean isPercentAndPoints(UnitCatalog units, Unit a, Unit b) {
        Dimension da = plainDimension(units, a);
        Dimension db = plainDimension(units, b);
        return (da == Dimension.RATIO && db == Dimension.RATIO_DIFFERENCE)
                || (da == Dimension.RATIO_DIFFERENCE && db == Dimension.RATIO);
    }

    /** Converts a value between units; empty unless both are known and compatible and the value tame. */
    static Optional<BigDecimal> convert(UnitCatalog units, @Nullable BigDecimal value, Unit from, Unit to) {
        if (!isTame(value) || !units.knows(from) || !units.knows(to) || !units.isCompatible(from, to)) {
            return Optional.empty();
        }
        try {
            return Optional.of(units.convert(value, from, to));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** Whether a target states a number: all kinds but relative, direction, qualitative, and quota without a value. */
    static boolean isNumeric(Target target) {
        return !(target instanceof RelativeTarget || target instanceof DirectionTarget
                || target instanceof QualitativeTarget || (target instanceof QuotaTarget q && q.value() == null));
    }

    /** Whether every number of a target is {@linkplain #isTame(BigDecimal) tame}. */
    static boolean isTame(Target target) {
        if (target instanceof RangeTarget t) {
            return isTame(t.min()) && isTame(t.max());
        }
        // only a quota's number may be absent; a rank or a grade is a small int
        BigDecimal number = target instanceof LevelTarget t ? t.value()
                : target instanceof MultipleTarget t ? t.factor()
                : target instanceof ChangeTarget t ? t.value()
                : target instanceof GrowthTarget t ? t.value()
                : target instanceof AverageTarget t ? t.value()
                : target instanceof CumulativeTarget t ? t.value()
                : target instanceof ShareTarget t ? t.value()
                : target instanceof QuotaTarget t ? t.value() : null;
        return number == null || isTame(number);
    }

    /**
     * Whether the indicator has a known unit and every baseline that {@link #implied} may start
     * from is tame in a known unit. Pass the {@link #numericView} of a target's dimensions.
     */
    static boolean baselinesUsable(Indicator indicator, UnitCatalog units) {
        Unit indicatorUnit = indicator.unit();
        if (indicatorUnit == null || !units.knows(indicatorUnit)) {
            return false;
        }
        for (Baseline baseline : indicator.baselines()) {
            Unit unit = baseline.unit();
            if (!isTame(baseline.value()) || (unit != null && !units.knows(unit))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The indicator as a target of some dimensions sees it: only the numeric baselines of the
     * same dimensions, so that a female target starts from the female baseline and a state is
     * never read as a number. The indicator itself when every baseline qualifies.
     */
    static Indicator numericView(Indicator indicator, Dimensions dimensions) {
        // the common case, numeric baselines of the whole for a target of the whole, copies nothing
        boolean all = true;
        for (Baseline baseline : indicator.baselines()) {
            all &= baseline.value() != null && baseline.dimensions().equals(dimensions);
        }
        if (all) {
            return indicator;
        }
        List<Baseline> kept = new ArrayList<>(indicator.baselines().size());
        for (Baseline baseline : indicator.baselines()) {
            if (baseline.value() != null && baseline.dimensions().equals(dimensions)) {
                kept.add(baseline);
            }
        }
        return new Indicator(indicator.id(), indicator.name(), indicator.definition(), indicator.unit(),
                indicator.category(), indicator.attribute(), indicator.polarity(), indicator.flow(), kept,
                indicator.targets(), indicator.observations(), indicator.components(), indicator.provenance(),
                indicator.codes(), indicator.disaggregations());
    }

    /**
     * Computes the level a target implies, in the indicator's unit, when every number of the
     * target is tame and its unit known; empty if none can be computed safely. The caller checks
     * the baselines first with {@link #baselinesUsable}.
     */
    static Optional<ImpliedTarget> implied(Indicator indicator, Target target, UnitCatalog units) {
        Unit stated = target.unit();
        if (indicator.unit() == null || !isTame(target) || (stated != null && !units.knows(stated))) {
            return Optional.empty();
        }
        // the computation reads these values as percent whatever their unit; another unit is reported elsewhere
        if (stated != null && !Units.PERCENT.equals(stated) && (target instanceof GrowthTarget
                || (target instanceof ChangeTarget c && c.mode() == ChangeMode.RELATIVE))) {
            return Optional.empty();
        }
        try {
            return ImpliedTarget.of(indicator, target, units);
        } catch (ArithmeticException | PolicyException e) {
            return Optional.empty();
        }
    }

    /** A bound as text for a message, {@code ≥ 972}, rounded to 12 significant digits. */
    static String bound(String symbol, BigDecimal value) {
        return symbol + " " + Messages.format(clean(value.round(DISPLAY)));
    }
}
