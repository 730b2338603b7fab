package org.policyindicators.core.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

import org.policyindicators.core.PolicyException;
import org.policyindicators.core.Quantity;

/**
 * Average annual growth and compounding, in percent per year.
 *
 * <p>The average annual growth rate from a value {@code a} to a value {@code b} over {@code n}
 * years is {@code r = ((b / a)^(1/n) − 1) · 100} percent; compounding a value {@code a} at
 * {@code r} percent for {@code n} years gives {@code a · (1 + r/100)^n}. Roots are computed by
 * Newton's method to 34 significant digits ({@link MathContext#DECIMAL128}); compounding is
 * exact and rounded to 34 significant digits only when longer.
 *
 * <p>Worked examples from the Taiyuan plans: 服务业增加值 150.8 → 244.5 亿元 over 2015–2020 is
 * about 10.15 % a year; 地区生产总值 347 → 486 亿元 is about 6.97 %.
 */
public final class Growth {

    private static final MathContext MC = MathContext.DECIMAL128;

    /** The most digits of an exact power in {@link #compound}; beyond it the power is rounded. */
    private static final int EXACT_POWER_DIGITS = 4000;

    private Growth() {
    }

    /**
     * Returns the average annual growth rate between two values.
     *
     * @param from the value at the start, positive, not null
     * @param to the value at the end, not negative, not null
     * @param years the number of years between them, positive
     * @return the rate in percent per year, to 34 significant digits, not null
     * @throws PolicyException if {@code from} is not positive, {@code to} is negative or
     *     {@code years} is not positive
     */
    public static BigDecimal averageAnnualRate(BigDecimal from, BigDecimal to, int years) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.signum() <= 0 || to.signum() < 0 || years <= 0) {
            throw new PolicyException("Growth needs a positive start, a non-negative end and a positive number of"
                    + " years: " + from + " → " + to + " over " + years);
        }
        BigDecimal ratio = to.divide(from, MC);
        return root(ratio, years).subtract(BigDecimal.ONE).movePointRight(2).round(MC);
    }

    /**
     * Returns the average annual growth rate between two quantities, converting the second to
     * the unit of the first.
     *
     * @param from the quantity at the start, positive, not null
     * @param to the quantity at the end, not negative, not null
     * @param years the number of years between them, positive
     * @return the rate in percent per year, not null
     * @throws org.policyindicators.core.IncompatibleUnitsException if the units are not
     *     compatible
     */
    public static BigDecimal averageAnnualRate(Quantity from, Quantity to, int years) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return averageAnnualRate(from.value(), to.to(from.unit()).value(), years);
    }

    /**
     * Compounds a value at a rate for a number of years: {@code value · (1 + rate/100)^years}.
     *
     * @param value the starting value, not null
     * @param ratePercent the rate in percent per year, not null
     * @param years the number of years, not negative
     * @return the compounded value, exact or rounded to 34 significant digits, not null
     * @throws PolicyException if {@code years} is negative or over 1000
     */
    public static BigDecimal compound(BigDecimal value, BigDecimal ratePercent, int years) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(ratePercent, "ratePercent");
        if (years < 0 || years > 1000) {
            throw new PolicyException("Years must be from 0 to 1000: " + years);
        }
        BigDecimal base = BigDecimal.ONE.add(ratePercent.movePointLeft(2));
        // exact power, so that the result is rounded once; beyond a few thousand digits, ten guard digits
        BigDecimal factor = (long) base.precision() * years <= EXACT_POWER_DIGITS
                ? base.pow(years)
                : base.pow(years, new MathContext(MC.getPrecision() + 10, RoundingMode.HALF_EVEN));
        BigDecimal result = value.multiply(factor);
        // >= would be an equivalent mutant: a result of 34 digits rounded to 34 digits is itself
        return result.precision() > MC.getPrecision() ? result.round(MC) : result;
    }

    /**
     * Returns the positive real n-th root of a non-negative value, to 34 significant digits.
     *
     * @param value the value, not negative, not null
     * @param n the degree of the root, positive
     * @return the root, not null
     * @throws PolicyException if the value is negative or {@code n} is not from 1 to 999999999
     */
    public static BigDecimal root(BigDecimal value, int n) {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || n <= 0 || n > 999_999_999) {
            throw new PolicyException("No real root of degree " + n + " of " + value);
        }
        if (value.signum() == 0 || n == 1) {
            return value;
        }
        MathContext work = new MathContext(MC.getPrecision() + 6, RoundingMode.HALF_EVEN);
        // value = m·10^(n·k) with 1 <= m < 10^n, so the root is m^(1/n)·10^k with m^(1/n) in [1, 10)
        // The steps before Newton's method only choose where it starts; it converges to the same root from any
        // start at or above it within its 10000 steps. So digits + 1 for digits - 1 below, 41 halvings for 40,
        // ">" for ">=" in the halving and 10001 steps for 10000 are equivalent mutants.
        long digits = (long) value.precision() - value.scale();
        long k = Math.floorDiv(digits - 1, n);
        BigDecimal m = value.scaleByPowerOfTen((int) -(n * k));
        // a start close to the root, so that Newton's method needs few steps even for large n
        MathContext coarse = new MathContext(15 + String.valueOf(n).length(), RoundingMode.HALF_EVEN);
        BigDecimal low = BigDecimal.ONE;
        BigDecimal high = BigDecimal.TEN;
        BigDecimal two = BigDecimal.valueOf(2);
        for (int i = 0; i < 40; i++) {
            BigDecimal mid = low.add(high).divide(two, coarse);
            if (mid.pow(n, coarse).compareTo(m) >= 0) {
                high = mid;
            } else {
                low = mid;
            }
        }
        BigDecimal degree = BigDecimal.valueOf(n);
        BigDecimal below = degree.subtract(BigDecimal.ONE);
        // every Newton step lands at or above the root (AM-GM); from there the steps fall monotonically
        BigDecimal x = newtonStep(high, m, n, degree, below, work);
        for (int i = 0; i < 10_000; i++) {
            BigDecimal next = newtonStep(x, m, n, degree, below, work);
            if (next.compareTo(x) >= 0) {
                break;
            }
            x = next;
        }
        return x.scaleByPowerOfTen((int) k).round(MC);
    }

    /** One step of Newton's method for x^n = m, every operation rounded to the working precision. */
    private static BigDecimal newtonStep(BigDecimal x, BigDecimal m, int n, BigDecimal degree, BigDecimal below,
            MathContext work) {
        return x.multiply(below, work).add(m.divide(x.pow(n - 1, work), work), work).divide(degree, work);
    }
}
