package org.policyindicators.core;

/**
 * What a rank target ranks by: a position in a list (第61位) or a tier (第一方阵).
 */
public enum RankKind {
    /** A position, where 1 is best. */
    POSITION,
    /** A tier or group, where 1 is the best tier. */
    TIER;

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
    public static RankKind ofCode(String code) {
        return Codes.ofCode(RankKind.class, code);
    }
}
