package org.policyindicators.core;

/**
 * A reference to a goal of a plan by identifiers, used to align a goal with the goal of a
 * higher-level plan that it contributes to.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param plan the identifier of the plan, not blank
 * @param goal the identifier of the goal in that plan, not blank
 */
public record GoalReference(String plan, String goal) {

    /**
     * Creates a reference.
     *
     * @param plan the plan identifier, not null
     * @param goal the goal identifier, not null
     * @throws PolicyException if an identifier is blank
     */
    public GoalReference {
        Identifiers.requireNotBlank(plan, "plan");
        Identifiers.requireNotBlank(goal, "goal");
    }

    /**
     * Obtains a reference.
     *
     * @param plan the plan identifier, not null
     * @param goal the goal identifier, not null
     * @return the reference, not null
     */
    public static GoalReference of(String plan, String goal) {
        return new GoalReference(plan, goal);
    }
}
