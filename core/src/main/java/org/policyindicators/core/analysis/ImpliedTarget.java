package org.policyindicators.core.analysis;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Measurement;
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
 * <p>The value is computed per kind, with {@code b} the level the target counts from (its
 * <em>base</em>, below) and {@code n} the number of years from the base year to the target
 * year:
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
 * implies a level at most {@code b · 0.865}. Cumulative totals, averages, relative, direction,
 * qualitative and grade targets, targets without a year, and every target of an indicator
 * without a unit (a qualitative indicator) imply no level. An {@link AverageTarget} bounds
 * the mean of several years, not the level of one, so it has no single level to imply; it is
 * assessed by {@link Progress} against the mean of the annual observations.
 *
 * <p><b>The base.</b> Only baselines and observations of the target's
 * {@linkplain Target#dimensions() dimensions} count (see {@link Pairing}). The base year is:
 * <ul>
 *   <li>for a change: its {@link ChangeTarget#baseYear() baseYear} when stated, else the year
 *       before its {@code startYear} when that is stated;</li>
 *   <li>for a multiple: its {@link MultipleTarget#baseYear() baseYear} when stated;</li>
 *   <li>for a growth rate: the year before its {@code startYear} when that is stated, since
 *       年均增长 over 2021–2025 compounds from the level of 2020.</li>
 * </ul>
 * The level of a base year is that of a baseline of that year, or else of an actual
 * observation of that year ({@link Pairing#levelIn}); when neither exists, the target implies
 * nothing rather than a level computed from another year. For every other target, and for a
 * change, multiple or growth rate without a base year, the base is the latest baseline before the target
 * year, or else the earliest ({@link Pairing#baselineFor}); a qualitative base counts as
 * none.
 *
 * <p>Worked examples from a national five-year-plan table:
 * <ul>
 *   <li>人均预期寿命 〔1〕 over 2021–2025 (absolute change +1 year, {@code startYear} 2021,
 *       base year 2020), where the table's baseline is the 2019 figure 77.3: without a 2020
 *       level the target implies nothing; with an actual 2020 observation of 77.93 it implies
 *       {@code >= 78.93} years in 2025, and {@link #baseline()} holds the 2020 level.</li>
 *   <li>单位GDP能耗 〔13.5〕 decrease over 2021–2025 from 2020 (relative change −13.5 percent,
 *       base year 2020) with a 2020 baseline of 100: {@code <= 86.5} in 2025.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the implied level, in the unit of the indicator, not null
 * @param comparator how the level is to be met, not null
 * @param year the target year, not null
 * @param baseline the level the value was derived from, null for a stated level: a baseline,
 *     or, when the base year has no baseline, a baseline made from the actual observation of
 *     that year (same year, value, unit, bound, dates and dimensions)
 */
public record ImpliedTarget(Quantity value, Comparison comparator, Year year, @Nullable Baseline baseline) {

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
        Unit unit = indicator.unit();
        if (year == null || unit == null) {
            return Optional.empty();
        }
        Optional<Baseline> baseline = base(indicator, target, year);
        if (baseline.isEmpty() && countsFromBaseYear(target)) {
            // the level the target counts from is not known: no level from a wrong base
            return Optional.empty();
        }
        BigDecimal base = baseline.filter(b -> !b.isQualitative())
                .flatMap(b -> convert(units, Objects.requireNonNull(b.value()), b.unit(), unit)).orElse(null);
        Baseline from = baseline.orElse(null);
        if (target instanceof LevelTarget t) {
            return stated(units, t.value(), t.unit(), unit, t.comparator(), year);
        } else if (target instanceof ShareTarget t) {
            return stated(units, t.value(), t.unit() != null ? t.unit() : Units.PERCENT, unit, t.comparator(), year);
        } else if (target instanceof QuotaTarget t && t.value() != null) {
            return stated(units, t.value(), t.unit(), unit, t.comparator(), year);
        } else if (target instanceof ZeroTarget) {
            return Optional.of(new ImpliedTarget(Quantity.of(BigDecimal.ZERO, unit), Comparison.LE, year, null));
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

    /** Whether a target counts from the level of a base year rather than from the latest baseline. */
    private static boolean countsFromBaseYear(Target target) {
        return target instanceof ChangeTarget c && (c.baseYear() != null || c.startYear() != null)
                || target instanceof MultipleTarget m && m.baseYear() != null
                || target instanceof GrowthTarget g && g.startYear() != null;
    }

    /**
     * The base year of a target that {@linkplain #countsFromBaseYear counts from one}: the
     * stated base year, or for a change or growth rate the year before its start year; null when
     * that year does not exist (a start in the first year {@link Year#MIN_VALUE}).
     */
    private static @Nullable Year baseYear(Target target) {
        if (target instanceof MultipleTarget m) {
            return m.baseYear();
        }
        if (target instanceof ChangeTarget c && c.baseYear() != null) {
            return c.baseYear();
        }
        Year start = target.startYear();
        return start == null || start.getValue() == Year.MIN_VALUE ? null : start.minusYears(1);
    }

    /** The baseline the target counts from: the level of its base year, or the latest baseline before its year. */
    private static Optional<Baseline> base(Indicator indicator, Target target, Year year) {
        if (!countsFromBaseYear(target)) {
            return Pairing.baselineFor(indicator, year, target.dimensions());
        }
        Year baseYear = baseYear(target);
        return baseYear == null ? Optional.empty()
                : Pairing.levelIn(indicator, baseYear, target.dimensions()).map(ImpliedTarget::asBaseline);
    }

    private static Baseline asBaseline(Measurement m) {
        if (m instanceof Baseline b) {
            return b;
        }
        return new Baseline(m.year(), m.startYear(), m.value(), m.unit(), m.bound(), m.state(), m.dates(),
                m.dimensions());
    }

    private static Optional<ImpliedTarget> stated(UnitCatalog units, BigDecimal value, @Nullable Unit own,
            Unit indicatorUnit, Comparison comparator, Year year) {
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
                ? new ImpliedTarget(Quantity.of(max.get(), unit), Comparison.LE, year, null)
                : new ImpliedTarget(Quantity.of(min.get(), unit), Comparison.GE, year, null));
    }

    /** A fall stated as "at least x %" bounds the level from above. */
    private static Comparison signed(Comparison comparator, BigDecimal change) {
        if (change.signum() >= 0) {
            return comparator;
        }
        return switch (comparator) {
            case GE -> Comparison.LE;
            case GT -> Comparison.LT;
            case LE -> Comparison.GE;
            case LT -> Comparison.GT;
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
