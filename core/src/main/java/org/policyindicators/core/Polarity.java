package org.policyindicators.core;

/**
 * Which direction of an indicator is better.
 */
public enum Polarity {
    /** More is better (GDP, enterprises). */
    HIGHER_IS_BETTER,
    /** Less is better (unemployment, energy intensity). */
    LOWER_IS_BETTER,
    /** Best inside a band (CPI growth around 3 %). */
    WITHIN_RANGE,
    /** No direction is better (population). */
    NEUTRAL;

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
    public static Polarity ofCode(String code) {
        return Codes.ofCode(Polarity.class, code);
    }
}
