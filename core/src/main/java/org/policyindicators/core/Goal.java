package org.policyindicators.core;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A goal of a plan: a main objective (经济实力走在前列), a key task or an item of a list such as
 * 12件民生实事. Goals form a tree: a goal may hold sub-goals. A goal that restates or
 * contributes to a goal of a higher-level plan refers to it through {@code alignsWith} instead
 * of repeating it.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder(String)}.
 *
 * @param id the identifier, unique in the plan, not blank
 * @param title the title, not null
 * @param description a longer description, empty if none, not null
 * @param category the group the goal belongs to, null if not stated
 * @param horizon the goal's own horizon, which should lie in the plan's; null for the plan's
 * @param alignsWith the goals of other plans that this goal contributes to, not null
 * @param indicators the indicators that measure the goal, not null
 * @param goals the sub-goals, not null
 */
public record Goal(
        String id,
        Text title,
        Text description,
        @Nullable Category category,
        @Nullable YearRange horizon,
        List<GoalReference> alignsWith,
        List<Indicator> indicators,
        List<Goal> goals) {

    /**
     * Creates a goal, copying the lists.
     *
     * @param id see the class documentation
     * @param title see the class documentation
     * @param description see the class documentation
     * @param category see the class documentation
     * @param horizon see the class documentation
     * @param alignsWith see the class documentation
     * @param indicators see the class documentation
     * @param goals see the class documentation
     * @throws PolicyException if the identifier is blank
     */
    public Goal {
        Identifiers.requireNotBlank(id, "id");
        Checks.notNull(title, "title");
        Checks.notNull(description, "description");
        alignsWith = Checks.copy(alignsWith, "alignsWith");
        indicators = Checks.copy(indicators, "indicators");
        goals = Checks.copy(goals, "goals");
    }

    /**
     * Starts building a goal with an empty title and description and empty lists.
     *
     * @param id the identifier, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns the indicators of this goal and of all its sub-goals, depth first, this goal's
     * own first. The walk needs no recursion, so trees of any depth are fine.
     *
     * @return the indicators, not null
     */
    public Stream<Indicator> allIndicators() {
        return GoalTree.indicators(List.of(this));
    }

    /**
     * Returns this goal and all its sub-goals, depth first, this goal first. The walk needs no
     * recursion, so trees of any depth are fine.
     *
     * @return the goals, not null
     */
    public Stream<Goal> allGoals() {
        return GoalTree.goals(List.of(this));
    }

    /**
     * Builds a {@link Goal}. Not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private Text title = Text.EMPTY;
        private Text description = Text.EMPTY;
        private @Nullable Category category;
        private @Nullable YearRange horizon;
        private final List<GoalReference> alignsWith = new ArrayList<>();
        private final List<Indicator> indicators = new ArrayList<>();
        private final List<Goal> goals = new ArrayList<>();

        private Builder(String id) {
            this.id = Checks.notNull(id, "id");
        }

        /**
         * Sets the title.
         *
         * @param value the title, not null
         * @return this builder
         */
        public Builder title(Text value) {
            this.title = Checks.notNull(value, "title");
            return this;
        }

        /**
         * Sets the description.
         *
         * @param value the description, not null
         * @return this builder
         */
        public Builder description(Text value) {
            this.description = Checks.notNull(value, "description");
            return this;
        }

        /**
         * Sets the category.
         *
         * @param value the category, null for none
         * @return this builder
         */
        public Builder category(@Nullable Category value) {
            this.category = value;
            return this;
        }

        /**
         * Sets the goal's own horizon.
         *
         * @param value the horizon, null for the plan's
         * @return this builder
         */
        public Builder horizon(@Nullable YearRange value) {
            this.horizon = value;
            return this;
        }

        /**
         * Adds a goal of another plan that this goal contributes to.
         *
         * @param value the reference, not null
         * @return this builder
         */
        public Builder alignsWith(GoalReference value) {
            alignsWith.add(Checks.notNull(value, "alignsWith"));
            return this;
        }

        /**
         * Adds an indicator.
         *
         * @param value the indicator, not null
         * @return this builder
         */
        public Builder indicator(Indicator value) {
            indicators.add(Checks.notNull(value, "indicator"));
            return this;
        }

        /**
         * Adds a sub-goal.
         *
         * @param value the sub-goal, not null
         * @return this builder
         */
        public Builder goal(Goal value) {
            goals.add(Checks.notNull(value, "goal"));
            return this;
        }

        /**
         * Builds the goal.
         *
         * @return the goal, not null
         */
        public Goal build() {
            return new Goal(id, title, description, category, horizon, alignsWith, indicators, goals);
        }
    }
}
