package org.policyindicators.core;

import java.math.BigDecimal;

/**
 * Writes decimal values as text, in one of a few documented {@linkplain Style styles}, without
 * regard to locale: no grouping, {@code .} as the decimal point, {@code -} as the sign.
 *
 * <p>Every style writes either {@link BigDecimal#toPlainString()} ({@code 1160.1},
 * {@code 0.000}, {@code 1000}) or {@link BigDecimal#toString()} ({@code 1E+3}, {@code 1E-70});
 * they differ only in when they give up plain notation. Plain notation can be very long
 * ({@code 1E+999999999} has a billion digits), so each style bounds it, except
 * {@link Style#PLAIN}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DecimalText {

    /** The largest scale that {@link Style#JSON} writes in plain notation. */
    public static final int MAX_JSON_PLAIN_SCALE = 64;

    /** The longest plain text, counting one character for a sign, that {@link Style#CANONICAL} writes. */
    public static final int MAX_CANONICAL_PLAIN_LENGTH = 1000;

    /** How a decimal is turned into text. */
    public enum Style {

        /**
         * The number text of the JSON format, which reads back to the same unscaled value and
         * scale: plain notation when the scale is between 0 and {@value #MAX_JSON_PLAIN_SCALE}
         * inclusive ({@code 4.0}, {@code -0.50}, {@code 0.0000000000}), otherwise
         * {@link BigDecimal#toString()}, whose exponent keeps the scale: a negative scale gives
         * {@code 1E+3}, a scale above 64 gives {@code 1E-70}.
         */
        JSON,

        /**
         * The canonical text of a value, which {@link Quantity#parse(CharSequence)} reads back:
         * plain notation unless that would be longer than {@value #MAX_CANONICAL_PLAIN_LENGTH}
         * characters, counting one for a sign whether or not there is one; then
         * {@link BigDecimal#toString()}. {@code 1E+3} is
         * {@code 1000}, {@code 1E+5000} stays {@code 1E+5000}.
         */
        CANONICAL,

        /**
         * The text of a value inside a message for people: plain notation when the scale is
         * between -40 and 30 inclusive and the value has at most 40 digits before the point
         * ({@code 1E+3} is {@code 1000}, {@code 0.0001} stays plain), otherwise
         * {@link BigDecimal#toString()} ({@code 1E+40}, {@code 1E-31}), so that a message stays
         * short enough to read. That still writes a whole value of scale 0 plainly, however
         * many its digits.
         */
        MESSAGE,

        /**
         * Plain notation always, exactly as {@link BigDecimal#toPlainString()} writes it: for
         * values stated in a document and shown in a report ({@code 1E+3} is {@code 1000}). The
         * text grows with the exponent, so use it only for values of bounded scale.
         */
        PLAIN
    }

    private DecimalText() {
    }

    /**
     * Writes a value in a style.
     *
     * @param value the value, not null
     * @param style the style, not null
     * @return the text, not null
     */
    public static String format(BigDecimal value, Style style) {
        Checks.notNull(value, "value");
        // Equivalent mutants: scale() > 0 for >= 0 (JSON, and the toString() test below: at scale 0 toString() is
        // plain), scale() > -40 for >= -40 (MESSAGE: at most 40 digits before the point already means a scale
        // above -40), and > -6 for >= -6 below (toString() is plain at an adjusted exponent of -6 too).
        boolean plain = switch (Checks.notNull(style, "style")) {
            case JSON -> value.scale() >= 0 && value.scale() <= MAX_JSON_PLAIN_SCALE;
            case CANONICAL -> plainLength(value) <= MAX_CANONICAL_PLAIN_LENGTH;
            case MESSAGE -> value.scale() >= -40 && value.scale() <= 30
                    && (long) value.precision() - value.scale() <= 40;
            case PLAIN -> true;
        };
        // where toString() is plain notation too, take it: BigDecimal keeps that string once made
        return !plain || value.scale() >= 0 && (long) value.precision() - 1 - value.scale() >= -6 ? value.toString()
                : value.toPlainString();
    }

    /** Computed in long: the plain text of 1E+999999999 is too long to build just to measure. */
    private static long plainLength(BigDecimal value) {
        long precision = value.precision();
        long scale = value.scale();
        // digits and trailing zeros, or digits, leading zeros and the point; and a sign. (scale < 0 would be an
        // equivalent mutant: at scale 0 the length only decides between two texts that are the same.)
        return (scale <= 0 ? precision - scale : Math.max(precision, scale + 1) + 1) + 1;
    }
}
