package org.policyindicators.core;

/**
 * Whether a change from the baseline is relative (降低13.5%) or absolute (提高1岁).
 */
public enum ChangeMode {
    /** A change in percent of the baseline value. */
    RELATIVE,
    /** A change in the unit of the indicator. */
    ABSOLUTE;

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
    public static ChangeMode ofCode(String code) {
        return Codes.ofCode(ChangeMode.class, code);
    }
}
