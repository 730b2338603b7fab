package org.policyindicators.core;

/**
 * The direction that a direction-only target asks for (持续下降, 稳步提高, 保持).
 */
public enum Direction {
    /** 提高, 增长: go up. */
    INCREASE,
    /** 下降, 减少: go down. */
    DECREASE,
    /** 保持, 稳定: stay where it is. */
    MAINTAIN;

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
    public static Direction ofCode(String code) {
        return Codes.ofCode(Direction.class, code);
    }
}
