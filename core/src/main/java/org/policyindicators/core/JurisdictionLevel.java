package org.policyindicators.core;

/**
 * The administrative level of a jurisdiction. The set is open: the common levels are constants,
 * and any other code can be used.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the code, lower-case kebab case, not null
 */
public record JurisdictionLevel(String code) {

    /** The whole world (UN M49 {@code 001}). */
    public static final JurisdictionLevel WORLD = new JurisdictionLevel("world");
    /** A region of several countries (UN M49 regions such as {@code 142}, Asia). */
    public static final JurisdictionLevel REGION = new JurisdictionLevel("region");
    /** A country. */
    public static final JurisdictionLevel COUNTRY = new JurisdictionLevel("country");
    /** 省, 自治区, 直辖市: a province-level division. */
    public static final JurisdictionLevel PROVINCE = new JurisdictionLevel("province");
    /** 地级市: a prefecture-level city. */
    public static final JurisdictionLevel CITY = new JurisdictionLevel("city");
    /** 市辖区: a city district. */
    public static final JurisdictionLevel DISTRICT = new JurisdictionLevel("district");
    /** 县, 县级市: a county. */
    public static final JurisdictionLevel COUNTY = new JurisdictionLevel("county");
    /** 乡, 镇, 街道: a township or subdistrict. */
    public static final JurisdictionLevel TOWNSHIP = new JurisdictionLevel("township");

    /**
     * Creates a level.
     *
     * @param code the code, not null
     * @throws PolicyException if the code is not lower-case kebab case
     */
    public JurisdictionLevel {
        Checks.notNull(code, "code");
        if (!Codes.isCode(code)) {
            throw new PolicyException("Invalid level code '" + code + "': use lower-case letters, digits and hyphens");
        }
    }

    /**
     * Obtains a level by code.
     *
     * @param code the code, not null
     * @return the level, not null
     */
    public static JurisdictionLevel of(String code) {
        return new JurisdictionLevel(code);
    }

    /**
     * Returns the code.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return code;
    }
}
