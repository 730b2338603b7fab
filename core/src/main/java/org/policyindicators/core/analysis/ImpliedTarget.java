package org.policyindicators.core.analysis;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparator;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.QuotaTarget;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.RankTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.Units;
import org.policyindicators.core.ZeroTarget;

/**
 * The level that a target implies for its indicator in its target year, in the unit of the
 * indicator, with the comparator that the level is to be met under.
 *
 * <p>The value is computed per kind, with {@code b} the baseline value (the latest baseline
 * before the target year, or the one of {@link MultipleTarget#baseYear()}) and {@code n} the
 * number of years from the baseline year to the target year:
 * <ul>
 *   <li>level, share, quota with a number: the stated value, converted;</li>
 *   <li>multiple by {@code f}: {@code b · f} (翻一番 of 486 亿元 is 972 亿元);</li>
 *   <li>relative change by {@code p} percent: {@code b · (1 + p/100)}; absolute change by
 *       {@code d}: {@code b + d}, where {@code d} in percentage points of an indicator in
 *       percent counts as that many percent;</li>
 *   <li>growth at {@code r} percent a year: {@code b · (1 + r/100)^n};</li>
 *   <li>a rate or relative change stated in another unit than percent (per mille) is converted
 *       to percent first; one in a unit that is no ratio (percentage points) implies nothing;</li>
 *   <li>zero: 0; rank: the rank position;</li>
 *   <li>range: the end of the range nearer the baseline, when the baseline is outside it.</li>
 * </ul>
 * A decrease (a negative change or growth rate) turns "at least" into "at most": 降低13.5%以上
 * implies a level at most {@code b · 0.865}. Cumulative totals, relative, direction,
 * qualitative and grade targets, and targets without a year, imply no level.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the implied level, in the unit of the indicator, not null
 * @param comparator how the level is to be met, not null
 * @param year the target year, not null
 * @param baseline the baseline the level was derived from, null for a stated level
 */
public record ImpliedTarget(Quantity value, Comparator comparator, Year year, @Nullable Baseline baseline) {

    /**
     * Creates an implied target.
     *
     * @param value see the class documentation
     * @param comparator see the class documentation
     * @param year see the class documentation
     * @param baseline see the class documentation
     */
    public ImpliedTarget {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(year, "year");
    }

    /**
     * Computes the level a target implies, converting with the standard unit catalogue.
     *
     * @param indicator the indicator that holds the target, not null
     * @param target the target, not null
     * @return the implied target, empty if the kind implies no level or a needed baseline,
     *     year or compatible unit is missing
     */
    public static Optional<ImpliedTarget> of(Indicator indicator, Target target) {
        return of(indicator, target, UnitCatalog.standard());
    }

    /**
     * Computes the level a target implies.
     *
     * @param indicator the indicator that holds the target, not null
     * @param target the target, not null
     * @param units the catalogue to convert units with, not null
     * @return the implied target, empty if the kind implies no level or a needed baseline,
     *     year or compatible unit is missing
     */
    public static Optional<ImpliedTarget> of(Indicator indicator, Target target, UnitCatalog units) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(units, "units");
        Year year = target.year();
        if (year == null) {
            return Optional.empty();
        }
        Unit unit = indicator.unit();
        Optional<Baseline> baseline = target instanceof MultipleTarget m && m.baseYear() != null
                ? indicator.baselines().stream().filter(b -> b.year().equals(m.baseYear())).findFirst()
                : indicator.baselineFor(year);
        BigDecimal base = baseline.flatMap(b -> convert(units, b.value(), b.unit(), unit)).orElse(null);
        Baseline from = baseline.orElse(null);
        if (target instanceof LevelTarget t) {
            return stated(units, t.value(), t.unit(), unit, t.comparator(), year);
        } else if (target instanceof ShareTarget t) {
            return stated(units, t.value(), t.unit() != null ? t.unit() : Units.PERCENT, unit, t.comparator(), year);
        } else if (target instanceof QuotaTarget t && t.value() != null) {
            return stated(units, t.value(), t.unit(), unit, t.comparator(), year);
        } else if (target instanceof ZeroTarget) {
            return Optional.of(new ImpliedTarget(Quantity.of(BigDecimal.ZERO, unit), Comparator.LE, year, null));
        } else if (target instanceof RankTarget t) {
            return Optional.of(new ImpliedTarget(Quantity.of(t.rank(), unit), t.comparator(), year, null));
        } else if (base == null) {
            return target instanceof RangeTarget r ? range(units, r, unit, null, indicator.polarity(), year)
                    : Optional.empty();
        } else if (target instanceof RangeTarget r) {
            return range(units, r, unit, base, indicator.polarity(), year);
        } else if (target instanceof MultipleTarget t) {
            return Optional.of(new ImpliedTarget(Quantity.of(base.multiply(t.factor()), unit), t.comparator(), year,
                    from));
        } else if (target instanceof ChangeTarget t) {
            BigDecimal level;
            if (t.mode() == ChangeMode.RELATIVE) {
                Optional<BigDecimal> percent = percent(units, t.value(), t.unit());
                if (percent.isEmpty()) {
                    return Optional.empty();
                }
                level = base.multiply(BigDecimal.ONE.add(percent.get().movePointLeft(2)));
            } else {
                Optional<BigDecimal> delta = difference(units, t.value(), t.unit(), unit);
                if (delta.isEmpty()) {
                    return Optional.empty();
                }
                level = base.add(delta.get());
            }
            return Optional.of(new ImpliedTarget(Quantity.of(level, unit), signed(t.comparator(), t.value()), year,
                    from));
        } else if (target instanceof GrowthTarget t && from != null) {
            int years = year.getValue() - from.year().getValue();
            if (years <= 0 || years > 1000) {
                return Optional.empty();
            }
            Optional<BigDecimal> rate = percent(units, t.value(), t.unit());
            if (rate.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal level = Growth.compound(base, rate.get(), years);
            return Optional.of(new ImpliedTarget(Quantity.of(level, unit), signed(t.comparator(), t.value()), year,
                    from));
        }
        // cumulative totals, relative, direction, qualitative, grade: no level
        return Optional.empty();
    }

    private static Optional<ImpliedTarget> stated(UnitCatalog units, BigDecimal value, @Nullable Unit own,
            Unit indicatorUnit, Comparator comparator, Year year) {
        return convert(units, value, own, indicatorUnit)
                .map(v -> new ImpliedTarget(Quantity.of(v, indicatorUnit), comparator, year, null));
    }

    private static Optional<ImpliedTarget> range(UnitCatalog units, RangeTarget r, Unit unit,
            @Nullable BigDecimal base, Polarity polarity, Year year) {
        Optional<BigDecimal> min = convert(units, r.min(), r.unit(), unit);
        Optional<BigDecimal> max = convert(units, r.max(), r.unit(), unit);
        if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        boolean fromAbove = base != null ? base.compareTo(max.get()) > 0 : polarity == Polarity.LOWER_IS_BETTER;
        return Optional.of(fromAbove
                ? new ImpliedTarget(Quantity.of(max.get(), unit), Comparator.LE, year, null)
                : new ImpliedTarget(Quantity.of(min.get(), unit), Comparator.GE, year, null));
    }

    /** A fall stated as "at least x %" bounds the level from above. */
    private static Comparator signed(Comparator comparator, BigDecimal change) {
        if (change.signum() >= 0) {
            return comparator;
        }
        return switch (comparator) {
            case GE -> Comparator.LE;
            case GT -> Comparator.LT;
            case LE -> Comparator.GE;
            case LT -> Comparator.GT;
            default -> comparator;
        };
    }

    /**
     * An absolute change in the unit of the indicator; a change in percentage points of an
     * indicator in percent (城镇化率提高2个百分点) is a change of that many percent.
     */
    private static Optional<BigDecimal> difference(UnitCatalog units, BigDecimal value, @Nullable Unit unit,
            Unit indicatorUnit) {
        if (unit != null && units.isCompatible(unit, Units.PERCENTAGE_POINT)
                && units.isCompatible(indicatorUnit, Units.PERCENT)) {
            BigDecimal points = units.convert(value, unit, Units.PERCENTAGE_POINT);
            return Optional.of(units.convert(points, Units.PERCENT, indicatorUnit));
        }
        return convert(units, value, unit, indicatorUnit);
    }

    /** A rate or relative change in percent; stated without a unit, it is in percent already. */
    private static Optional<BigDecimal> percent(UnitCatalog units, BigDecimal value, @Nullable Unit unit) {
        return unit == null ? Optional.of(value) : convert(units, value, unit, Units.PERCENT);
    }

    private static Optional<BigDecimal> convert(UnitCatalog units, BigDecimal value, @Nullable Unit from, Unit to) {
        Unit source = from != null ? from : to;
        return units.isCompatible(source, to) ? Optional.of(units.convert(value, source, to)) : Optional.empty();
    }
}
