package org.policyindicators.core;

/**
 * What of two indicators a relative target compares: their levels (超过全市平均水平) or their
 * growth (高于GDP增长, 与经济增长基本同步).
 */
public enum Aspect {
    /** The values themselves. */
    LEVEL,
    /** Their growth rates. */
    GROWTH;

    /**
     * Returns the code used in the JSON format, in kebab case.
     *
     * @return the code, not null
     */
    public String code() {
        return Codes.kebab(this);
    }

    /**
     * Obtains a constant from its code.
     *
     * @param code the kebab-case code, not null
     * @return the constant, not null
     * @throws PolicyException if no constant has that code
     */
    public static Aspect ofCode(String code) {
        return Codes.ofCode(Aspect.class, code);
    }
}
