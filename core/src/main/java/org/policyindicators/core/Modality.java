package org.policyindicators.core;

/**
 * How firm a target is stated to be.
 */
public enum Modality {
    /** No qualifier. */
    PLAIN,
    /** 确保: the issuer ensures it. */
    ENSURE,
    /** 力争: the issuer strives for it. */
    STRIVE,
    /** 预计: the issuer projects it. */
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
    public static Modality ofCode(String code) {
        return Codes.ofCode(Modality.class, code);
    }
}
