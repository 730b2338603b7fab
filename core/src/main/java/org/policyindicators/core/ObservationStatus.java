package org.policyindicators.core;

/**
 * How final an observed value is.
 */
public enum ObservationStatus {
    /** A final figure. */
    ACTUAL,
    /** A preliminary figure that may be revised. */
    PROVISIONAL,
    /** An estimate made for a period that is over. */
    ESTIMATED,
    /** 预计: a value expected for a period not yet over. */
    PROJECTED;

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
    public static ObservationStatus ofCode(String code) {
        return Codes.ofCode(ObservationStatus.class, code);
    }
}
