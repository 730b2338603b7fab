package org.policyindicators.core;

/**
 * The attribute of an indicator in a Chinese plan table: binding (约束性) or indicative (预期性).
 */
public enum Attribute {
    /** 约束性: a commitment the government must meet. */
    BINDING,
    /** 预期性: an expectation that guides, not an obligation. */
    INDICATIVE;

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
    public static Attribute ofCode(String code) {
        return Codes.ofCode(Attribute.class, code);
    }
}
