package org.policyindicators.io.internal.json;

import java.math.BigDecimal;

/** Writes decimal values so that reading them back gives the same unscaled value and scale. */
public final class Decimals {

    /** The largest scale written in plain notation; beyond it plain digits would grow without bound. */
    public static final int MAX_PLAIN_SCALE = 64;

    private Decimals() {
    }

    /**
     * Returns the JSON number text of a value: plain notation ({@code 4.0}, {@code 1160.1},
     * {@code 0.0000000000}) when the scale is between 0 and {@value #MAX_PLAIN_SCALE}, otherwise
     * {@link BigDecimal#toString()}, whose exponent keeps the scale ({@code 1E+3}, {@code 1E-70}).
     *
     * @param value the value, not null
     * @return the number text, not null
     */
    public static String toJson(BigDecimal value) {
        int scale = value.scale();
        return scale >= 0 && scale <= MAX_PLAIN_SCALE ? value.toPlainString() : value.toString();
    }
}
