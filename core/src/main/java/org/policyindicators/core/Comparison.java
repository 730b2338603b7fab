package org.policyindicators.core;

import java.math.BigDecimal;

/**
 * How a stated value bounds the actual one, with its strictness: 以上 and 不低于 are inclusive
 * ({@link #GE}), 超过 and 突破 strict ({@link #GT}), 以内 and 控制在 inclusive ({@link #LE}), 低于
 * strict ({@link #LT}), 左右 approximate ({@link #APPROX}). {@link #REACH} (达到) means reaching
 * the value in the better direction of the indicator. {@link #TOWARD} (向…迈进) states a
 * direction of travel, not a threshold: it is never a commitment to arrive.
 *
 * <p>The same constants qualify stated observations: 600余家 is {@code GT 600}, 近3000户 is
 * {@code LT 3000}.
 */
public enum Comparison {
    /** 达到, 实现: reach the value, in the better direction of the indicator. */
    REACH,
    /** 以上, 不低于, 至少: at least, inclusive. */
    GE,
    /** 超过, 突破, 余: more than, strict. */
    GT,
    /** 以内, 不高于, 控制在: at most, inclusive. */
    LE,
    /** 低于, 近: less than, strict. */
    LT,
    /** 左右, 约: about; within {@link #APPROX_TOLERANCE_PERCENT} percent of the value. */
    APPROX,
    /** 向…迈进: moving toward the value, without a commitment to reach it. */
    TOWARD;

    /** How far, in percent of the stated value, an {@link #APPROX} value may lie from it: 5. */
    public static final BigDecimal APPROX_TOLERANCE_PERCENT = BigDecimal.valueOf(5);

    /**
     * Returns the code used in the JSON format: {@code reach}, {@code ge}, {@code gt},
     * {@code le}, {@code lt}, {@code approx}, {@code toward}.
     *
     * @return the code, not null
     */
    public String code() {
        return Codes.kebab(this);
    }

    /**
     * Obtains a comparator from its code.
     *
     * @param code the code, not null
     * @return the comparator, not null
     * @throws PolicyException if no comparator has that code
     */
    public static Comparison ofCode(String code) {
        return Codes.ofCode(Comparison.class, code);
    }

    /**
     * Returns whether an actual value meets a stated one under this comparator.
     *
     * <p>{@link #REACH} and {@link #TOWARD} are met by a value at or beyond the stated one in
     * the better direction: at least it for higher-is-better, at most it for lower-is-better,
     * and equal to it (within the {@link #APPROX} tolerance) for the other polarities.
     *
     * @param actual the actual value, not null
     * @param stated the stated value, in the same unit, not null
     * @param polarity the polarity of the indicator, not null
     * @return true if met
     */
    public boolean isMetBy(BigDecimal actual, BigDecimal stated, Polarity polarity) {
        Checks.notNull(actual, "actual");
        Checks.notNull(stated, "stated");
        Checks.notNull(polarity, "polarity");
        int c = actual.compareTo(stated);
        return switch (this) {
            case GE -> c >= 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case LT -> c < 0;
            case APPROX -> isApproximately(actual, stated);
            case REACH, TOWARD -> switch (polarity) {
                case HIGHER_IS_BETTER -> c >= 0;
                case LOWER_IS_BETTER -> c <= 0;
                case WITHIN_RANGE, NEUTRAL -> isApproximately(actual, stated);
            };
        };
    }

    private static boolean isApproximately(BigDecimal actual, BigDecimal stated) {
        BigDecimal tolerance = stated.abs().multiply(APPROX_TOLERANCE_PERCENT).movePointLeft(2);
        return actual.subtract(stated).abs().compareTo(tolerance) <= 0;
    }
}
