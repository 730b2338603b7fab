package org.policyindicators.io.validation.internal;

import java.math.BigDecimal;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Dimension;
import org.policyindicators.core.Measurement;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.Units;

/**
 * Numbers and units as the rules need them, guarded so that no value of a document can make a
 * rule slow or throw.
 */
public final class Values {

    /** The largest precision of a value that the arithmetic rules compute with. */
    static final int MAX_PRECISION = 100;
    /** The largest absolute scale of a value that the arithmetic rules compute with. */
    static final int MAX_SCALE = 200;

    private Values() {
    }

    /**
     * Returns whether a value is small enough in digits and exponent to compute with: adding
     * 1E+999999999 to 0.1 would need a billion digits. Rules skip the arithmetic on other
     * values rather than report them.
     *
     * @param value the value, may be null
     * @return true if not null and within {@value #MAX_PRECISION} digits and a scale of
     *     ±{@value #MAX_SCALE}
     */
    public static boolean isTame(@Nullable BigDecimal value) {
        return value != null && value.precision() <= MAX_PRECISION && value.scale() >= -MAX_SCALE
                && value.scale() <= MAX_SCALE;
    }

    /**
     * Returns whether a value in a unit is a whole number of the unit's base: 1.15 万户 is
     * 11500 households, whole; 0.5 户 is not.
     *
     * @param value the value, not null
     * @param unitScale the power of ten of the unit
     * @return true if {@code value · 10^unitScale} has no fractional part
     */
    public static boolean isWhole(BigDecimal value, int unitScale) {
        if (value.signum() == 0 || (long) value.scale() - unitScale <= 0) {
            return true;
        }
        if (value.precision() > MAX_PRECISION * 10) {
            return false;
        }
        return (long) value.stripTrailingZeros().scale() - unitScale <= 0;
    }

    /**
     * Returns half a unit of the last stated digit: 0.05 for 17.9, 0.5 for 486.
     *
     * @param value the value as stated, tame (see {@link #isTame}), not null
     * @return the rounding half-width, positive, not null
     */
    public static BigDecimal halfUnitOfLastDigit(BigDecimal value) {
        return BigDecimal.valueOf(5, value.scale() + 1);
    }

    /**
     * Returns a computed value without needless trailing zeros, keeping whole numbers in
     * plain form (100, not 1E+2).
     *
     * @param value the value, not null
     * @return the cleaned value, not null
     */
    public static BigDecimal clean(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 && stripped.scale() > -MAX_SCALE ? stripped.setScale(0) : stripped;
    }

    /**
     * Returns the unit a measurement is stated in.
     *
     * @param measurement the measurement, not null
     * @param indicatorUnit the unit of its indicator, not null
     * @return its own unit, or the indicator's, not null
     */
    public static Unit unitOf(Measurement measurement, Unit indicatorUnit) {
        Unit own = measurement.unit();
        return own != null ? own : indicatorUnit;
    }

    /**
     * Returns the dimension of a plain (not rate) unit that the catalogue knows.
     *
     * @param units the catalogue, not null
     * @param unit the unit, not null
     * @return the dimension, null for a rate or an unknown unit
     */
    public static @Nullable Dimension plainDimension(UnitCatalog units, Unit unit) {
        if (unit.isRate()) {
            return null;
        }
        return units.dimension(unit).orElse(null);
    }

    /**
     * Returns whether a unit is exactly percent.
     *
     * @param unit the unit, not null
     * @return true for {@code percent} at scale 0 without denominator
     */
    public static boolean isPercent(Unit unit) {
        return unit.equals(Units.PERCENT);
    }

    /**
     * Returns whether a unit is percent or per mille, whose absolute changes are percentage
     * points.
     *
     * @param unit the unit, not null
     * @return true for percent or per mille without scale or denominator
     */
    public static boolean isPercentLike(Unit unit) {
        return unit.equals(Units.PERCENT) || unit.equals(Units.PER_MILLE);
    }

    /**
     * Returns whether two known units are percent-like and percentage points, one each.
     *
     * @param units the catalogue, not null
     * @param a a unit, not null
     * @param b another unit, not null
     * @return true if one is a ratio and the other a ratio difference
     */
    public static boolean isPercentAndPoints(UnitCatalog units, Unit a, Unit b) {
        Dimension da = plainDimension(units, a);
        Dimension db = plainDimension(units, b);
        return (da == Dimension.RATIO && db == Dimension.RATIO_DIFFERENCE)
                || (da == Dimension.RATIO_DIFFERENCE && db == Dimension.RATIO);
    }

    /**
     * Converts a value between units when both are known, compatible and the value is tame.
     *
     * @param units the catalogue, not null
     * @param value the value, may be null
     * @param from its unit, not null
     * @param to the wanted unit, not null
     * @return the converted value, empty if it cannot be converted safely
     */
    public static Optional<BigDecimal> convert(UnitCatalog units, @Nullable BigDecimal value, Unit from, Unit to) {
        if (!isTame(value) || !units.knows(from) || !units.knows(to) || !units.isCompatible(from, to)) {
            return Optional.empty();
        }
        try {
            return Optional.of(units.convert(value, from, to));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }
}
