package org.policyindicators.core;

import java.math.BigDecimal;

/**
 * How one base unit converts into another: one of the unit equals
 * {@code numerator / denominator} of the {@linkplain #unit() reference unit}.
 *
 * <p>A fraction keeps conversions exact that a decimal factor cannot: one 亩 is
 * {@code 10000 / 15} square metres, a number with no finite decimal expansion.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param unit the code of the base unit converted to, not null
 * @param numerator the numerator of the factor, positive, not null
 * @param denominator the denominator of the factor, positive, not null
 */
public record Conversion(String unit, BigDecimal numerator, BigDecimal denominator) {

    /**
     * Creates a conversion.
     *
     * @param unit the code of the reference base unit, not null
     * @param numerator the numerator, positive, not null
     * @param denominator the denominator, positive, not null
     * @throws PolicyException if the code is malformed or a part is not positive
     */
    public Conversion {
        Checks.notNull(unit, "unit");
        Checks.notNull(numerator, "numerator");
        Checks.notNull(denominator, "denominator");
        if (!Codes.isCode(unit)) {
            throw new PolicyException("Invalid unit code '" + unit + "'");
        }
        if (numerator.signum() <= 0 || denominator.signum() <= 0) {
            throw new PolicyException("Conversion factor " + numerator + "/" + denominator + " must be positive");
        }
    }

    /**
     * Obtains a conversion by a whole or decimal factor.
     *
     * @param unit the code of the reference base unit, not null
     * @param factor how many reference units one unit is, positive, not null
     * @return the conversion, not null
     */
    public static Conversion of(String unit, BigDecimal factor) {
        return new Conversion(unit, factor, BigDecimal.ONE);
    }

    /**
     * Obtains a conversion by a fraction.
     *
     * @param unit the code of the reference base unit, not null
     * @param numerator the numerator, positive
     * @param denominator the denominator, positive
     * @return the conversion, not null
     */
    public static Conversion of(String unit, long numerator, long denominator) {
        return new Conversion(unit, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }
}
