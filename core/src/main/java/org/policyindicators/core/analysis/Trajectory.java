package org.policyindicators.core.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.policyindicators.core.Baseline;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.PolicyException;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.Target;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.YearRange;

/**
 * The expected path of an indicator from a start value to an end value.
 *
 * <p>With start year {@code t0}, value {@code a}, end year {@code t1} and value {@code b}, the
 * expected value in year {@code t} is {@code a + (b − a)·(t − t0)/(t1 − t0)} on a
 * {@linkplain Shape#LINEAR linear} path and {@code a·(b/a)^((t − t0)/(t1 − t0))} on a
 * {@linkplain Shape#COMPOUND compound} one (constant growth rate). Years outside
 * {@code t0..t1} extrapolate the same formula. Values are exact where the division
 * terminates, and otherwise rounded to 34 significant digits.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param startYear the year of the start value, not null
 * @param start the start value, not null
 * @param endYear the year of the end value, after the start year, not null
 * @param end the end value, in the unit of the start value, not null
 * @param shape linear or compound, not null
 */
public record Trajectory(Year startYear, Quantity start, Year endYear, Quantity end, Shape shape) {

    private static final MathContext MC = MathContext.DECIMAL128;

    /** How the expected value moves between the ends. */
    public enum Shape {
        /** The same amount every year. */
        LINEAR,
        /** The same rate every year. */
        COMPOUND
    }

    /**
     * Creates a trajectory, converting the end value to the unit of the start value.
     *
     * @param startYear see the class documentation
     * @param start see the class documentation
     * @param endYear see the class documentation
     * @param end see the class documentation
     * @param shape see the class documentation
     * @throws PolicyException if the end year is not after the start year, or a compound path
     *     has a value that is not positive
     * @throws org.policyindicators.core.IncompatibleUnitsException if the units are not
     *     compatible
     */
    public Trajectory {
        Objects.requireNonNull(startYear, "startYear");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endYear, "endYear");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(shape, "shape");
        if (!endYear.isAfter(startYear)) {
            throw new PolicyException("Trajectory end year " + endYear + " is not after start year " + startYear);
        }
        end = end.to(start.unit());
        if (shape == Shape.COMPOUND && (start.value().signum() <= 0 || end.value().signum() <= 0)) {
            throw new PolicyException("A compound trajectory needs positive values: " + start + " → " + end);
        }
    }

    /**
     * Obtains a linear trajectory.
     *
     * @param startYear the start year, not null
     * @param start the start value, not null
     * @param endYear the end year, not null
     * @param end the end value, not null
     * @return the trajectory, not null
     */
    public static Trajectory linear(Year startYear, Quantity start, Year endYear, Quantity end) {
        return new Trajectory(startYear, start, endYear, end, Shape.LINEAR);
    }

    /**
     * Obtains a compound trajectory.
     *
     * @param startYear the start year, not null
     * @param start the start value, positive, not null
     * @param endYear the end year, not null
     * @param end the end value, positive, not null
     * @return the trajectory, not null
     */
    public static Trajectory compound(Year startYear, Quantity start, Year endYear, Quantity end) {
        return new Trajectory(startYear, start, endYear, end, Shape.COMPOUND);
    }

    /**
     * Obtains the trajectory from an indicator's baseline to the level a target implies:
     * compound for growth and multiple targets with positive values, linear otherwise.
     *
     * <p>The start is the base that {@link ImpliedTarget} derived the level from (for a change
     * over 2021–2025, the level of 2020), or else the latest baseline before the target year of
     * the target's {@linkplain Target#dimensions() dimensions}. A target that implies no single
     * level has no trajectory: an {@link org.policyindicators.core.AverageTarget} bounds the mean
     * of its years, and its yearly values may move either way. Nor has a target of an indicator
     * without a unit, or one whose base is qualitative.
     *
     * <p>Example: 地区生产总值 486 亿元 in 2020 and 翻一番 by 2025 give a compound path through
     * about 558.27 in 2021; a female target {@code >= 75 (2025)} starts from the female baseline, never
     * from the total one.
     *
     * @param indicator the indicator, not null
     * @param target the target, not null
     * @param units the catalogue to convert units with, not null
     * @return the trajectory, empty if the target implies no level, has no baseline, or its
     *     baseline is not before its year
     */
    public static Optional<Trajectory> of(Indicator indicator, Target target, UnitCatalog units) {
        Optional<ImpliedTarget> implied = ImpliedTarget.of(indicator, target, units);
        Unit unit = indicator.unit();
        if (implied.isEmpty() || unit == null) {
            return Optional.empty();
        }
        ImpliedTarget t = implied.get();
        Optional<Baseline> baseline = t.baseline() != null ? Optional.of(t.baseline())
                : Pairing.baselineFor(indicator, t.year(), target.dimensions());
        if (baseline.isEmpty() || baseline.get().isQualitative() || !t.year().isAfter(baseline.get().year())) {
            return Optional.empty();
        }
        Baseline b = baseline.get();
        Quantity start = b.quantity(unit);
        if (!units.isCompatible(start.unit(), unit)) {
            return Optional.empty();
        }
        start = Quantity.of(units.convert(start.value(), start.unit(), unit), unit);
        // a start of 0 gives an end of 0 (0 · factor), so ">= 0" for the start is an equivalent mutant
        boolean compound = (target instanceof GrowthTarget || target instanceof MultipleTarget)
                && start.value().signum() > 0 && t.value().value().signum() > 0;
        return Optional.of(new Trajectory(b.year(), start, t.year(), t.value(), compound ? Shape.COMPOUND
                : Shape.LINEAR));
    }

    /**
     * Returns the expected value in a year.
     *
     * @param year the year, not null
     * @return the expected value, in the unit of the start value, not null
     */
    public Quantity valueAt(Year year) {
        Objects.requireNonNull(year, "year");
        long elapsed = (long) year.getValue() - startYear.getValue();
        long span = (long) endYear.getValue() - startYear.getValue();
        if (elapsed == 0) {
            return start;
        }
        if (elapsed == span) {
            return end;
        }
        BigDecimal a = start.value();
        BigDecimal b = end.value();
        BigDecimal value;
        if (shape == Shape.LINEAR) {
            BigDecimal numerator = b.subtract(a).multiply(BigDecimal.valueOf(elapsed));
            BigDecimal step;
            try {
                step = numerator.divide(BigDecimal.valueOf(span));
            } catch (ArithmeticException nonTerminating) {
                step = numerator.divide(BigDecimal.valueOf(span), MC);
            }
            value = a.add(step);
        } else {
            BigDecimal ratio = b.divide(a, MC);
            // "<= 0" would be an equivalent mutant: at 0 elapsed years any ratio gives the start
            if (elapsed < 0) {
                ratio = BigDecimal.ONE.divide(ratio, MC);
                elapsed = -elapsed;
            }
            if (elapsed > 1000) {
                throw new PolicyException("Year " + year + " is too far from the trajectory");
            }
            BigDecimal power = Growth.root(ratio.pow((int) elapsed, MC), (int) span);
            value = a.multiply(power, MC);
        }
        return Quantity.of(value, start.unit());
    }

    /**
     * Returns the expected value in every year from the start year to the end year.
     *
     * @return the values in year order, not null
     */
    public List<Quantity> yearly() {
        return new YearRange(startYear, endYear).years().map(this::valueAt).toList();
    }
}
