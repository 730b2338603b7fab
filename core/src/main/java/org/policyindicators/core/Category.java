package org.policyindicators.core;

/**
 * The group of an indicator in a plan's indicator table. The set is open: the five standard
 * groups of Chinese plans are constants, and any other code can be used.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the code, lower-case kebab case, not null
 */
public record Category(String code) {

    /** 经济发展: economic development. */
    public static final Category ECONOMIC_DEVELOPMENT = new Category("economic-development");
    /** 创新驱动: innovation. */
    public static final Category INNOVATION = new Category("innovation");
    /** 民生福祉: people's well-being. */
    public static final Category WELL_BEING = new Category("well-being");
    /** 绿色生态: green development and ecology. */
    public static final Category GREEN_ECOLOGY = new Category("green-ecology");
    /** 安全保障: security. */
    public static final Category SECURITY = new Category("security");

    /**
     * Creates a category.
     *
     * @param code the code, not null
     * @throws PolicyException if the code is not lower-case kebab case
     */
    public Category {
        Checks.notNull(code, "code");
        if (!Codes.isCode(code)) {
            throw new PolicyException("Invalid category code '" + code + "': use lower-case letters, digits and hyphens");
        }
    }

    /**
     * Obtains a category by code.
     *
     * @param code the code, not null
     * @return the category, not null
     */
    public static Category of(String code) {
        return new Category(code);
    }

    /**
     * Returns whether this is one of the five standard groups.
     *
     * @return true for the built-in constants
     */
    public boolean isStandard() {
        return equals(ECONOMIC_DEVELOPMENT) || equals(INNOVATION) || equals(WELL_BEING) || equals(GREEN_ECOLOGY)
                || equals(SECURITY);
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
