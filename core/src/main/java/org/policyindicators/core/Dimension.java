package org.policyindicators.core;

/**
 * The kind of thing that a base unit measures. It decides which consistency rules apply to a
 * value (a count is whole and not negative, a share lies between 0 and 100 %); whether two
 * units convert into one another is decided by their {@link Conversion}, not by the dimension.
 */
public enum Dimension {
    /** Money in one currency (元, 美元). Currencies do not convert into one another. */
    CURRENCY,
    /** A dimensionless ratio: percent, per mille, a multiple (倍). */
    RATIO,
    /** A difference of two percentages: percentage points (个百分点). */
    RATIO_DIFFERENCE,
    /** Things counted with a measure word (家, 户, 个, 人…): whole and not negative. */
    COUNT,
    /** An area (亩, 平方米, 公顷). */
    AREA,
    /** A length (米, 公里). */
    LENGTH,
    /** A duration (年, 天, 小时, 分钟). */
    DURATION,
    /** A mass (吨). */
    MASS,
    /** An amount of energy (吨标准煤). */
    ENERGY,
    /** A power (千瓦). */
    POWER,
    /** A volume (立方米). */
    VOLUME,
    /** An ordinal grade or class, positive whole numbers (5A级, Ⅲ类). */
    GRADE,
    /** A rank position, where 1 is best (第61位). */
    RANK,
    /** Anything else. */
    OTHER;

    /**
     * Returns the code used in the JSON format, in kebab case ({@code ratio-difference}).
     *
     * @return the code, not null
     */
    public String code() {
        return Codes.kebab(this);
    }

    /**
     * Obtains a dimension from its code.
     *
     * @param code the kebab-case code, not null
     * @return the dimension, not null
     * @throws PolicyException if no dimension has that code
     */
    public static Dimension ofCode(String code) {
        return Codes.ofCode(Dimension.class, code);
    }
}
