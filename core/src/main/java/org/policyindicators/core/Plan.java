package org.policyindicators.core;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A planning document and its goals: a five-year plan outline, a government work report, a
 * party-congress report, a vision; equally a national indicator table, a global agenda's
 * indicators, or a project's results framework.
 *
 * <p>The horizon is the period the plan governs (十四五 = 2021–2025; a 2024 work report:
 * 2024). A plan may also look further ahead to a vision horizon (远景 2035). Units that are
 * not in {@link UnitCatalog#standard()} can be defined in {@code units}.
 *
 * <p>This class is immutable and thread-safe. Build one with
 * {@link #builder(String, PlanKind, String, YearRange)}.
 *
 * @param id the identifier, unique among plans, not blank
 * @param kind the kind of document, not null
 * @param title the title, not null
 * @param issuer the identifier of the issuer: a jurisdiction (in a jurisdiction list) or one
 *     of the plan's {@code organisations}, not blank
 * @param horizon the years the plan governs, inclusive, not null
 * @param visionHorizon the longer horizon of its vision goals, null if none
 * @param adopted the date of adoption, null if not known
 * @param sources the documents the numbers come from, not null
 * @param units the base units the plan defines beyond the standard catalogue, not null
 * @param goals the top-level goals, not null
 * @param organisations the organisations the plan names: an issuer that is not an area (an
 *     IATI reporting organisation, a ministry, the UN), not null
 * @param categories the labels of the categories its indicators and goals use, for codes
 *     beyond the standard five or to name them as the plan does, not null
 */
@ConsistentPlan
@ConsistentPlan(groups = ConsistentPlan.AllFindings.class, allFindings = true)
public record Plan(
        String id,
        PlanKind kind,
        Text title,
        String issuer,
        YearRange horizon,
        @Nullable YearRange visionHorizon,
        @Nullable LocalDate adopted,
        List<SourceDocument> sources,
        List<BaseUnit> units,
        List<Goal> goals,
        List<Organisation> organisations,
        List<CategoryDefinition> categories) {

    /**
     * Creates a plan, copying the lists.
     *
     * @param id see the class documentation
     * @param kind see the class documentation
     * @param title see the class documentation
     * @param issuer see the class documentation
     * @param horizon see the class documentation
     * @param visionHorizon see the class documentation
     * @param adopted see the class documentation
     * @param sources see the class documentation
     * @param units see the class documentation
     * @param goals see the class documentation
     * @param organisations see the class documentation
     * @param categories see the class documentation
     * @throws PolicyException if an identifier is blank
     */
    public Plan {
        Identifiers.requireNotBlank(id, "id");
        Checks.notNull(kind, "kind");
        Checks.notNull(title, "title");
        Identifiers.requireNotBlank(issuer, "issuer");
        Checks.notNull(horizon, "horizon");
        sources = Checks.copy(sources, "sources");
        units = Checks.copy(units, "units");
        goals = Checks.copy(goals, "goals");
        organisations = Checks.copy(organisations, "organisations");
        categories = Checks.copy(categories, "categories");
    }

    /**
     * Creates a plan that names no organisations and labels no categories, copying the lists.
     *
     * @param id see the class documentation
     * @param kind see the class documentation
     * @param title see the class documentation
     * @param issuer see the class documentation
     * @param horizon see the class documentation
     * @param visionHorizon see the class documentation
     * @param adopted see the class documentation
     * @param sources see the class documentation
     * @param units see the class documentation
     * @param goals see the class documentation
     * @throws PolicyException if an identifier is blank
     */
    public Plan(String id, PlanKind kind, Text title, String issuer, YearRange horizon,
            @Nullable YearRange visionHorizon, @Nullable LocalDate adopted, List<SourceDocument> sources,
            List<BaseUnit> units, List<Goal> goals) {
        this(id, kind, title, issuer, horizon, visionHorizon, adopted, sources, units, goals, List.of(), List.of());
    }

    /**
     * Starts building a plan with an empty title and empty lists.
     *
     * @param id the identifier, not null
     * @param kind the kind, not null
     * @param issuer the identifier of the issuing jurisdiction, not null
     * @param horizon the horizon, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id, PlanKind kind, String issuer, YearRange horizon) {
        return new Builder(id, kind, issuer, horizon);
    }

    /**
     * Returns the unit catalogue of this plan: the standard one with the plan's own units.
     *
     * @return the catalogue, not null
     */
    public UnitCatalog unitCatalog() {
        return units.isEmpty() ? UnitCatalog.standard() : UnitCatalog.standard().with(units);
    }

    /**
     * Returns all goals of the plan, depth first, each goal before its sub-goals. The walk
     * needs no recursion, so trees of any depth are fine.
     *
     * @return the goals, not null
     */
    public Stream<Goal> allGoals() {
        return GoalTree.goals(goals);
    }

    /**
     * Returns all indicators of the plan, depth first through the goal tree, each goal's own
     * before its sub-goals'. The walk needs no recursion, so trees of any depth are fine.
     *
     * @return the indicators, not null
     */
    public Stream<Indicator> allIndicators() {
        return GoalTree.indicators(goals);
    }

    /**
     * Looks an indicator up by identifier, anywhere in the goal tree.
     *
     * @param indicatorId the identifier, not null
     * @return the first indicator with that identifier, empty if none
     */
    public Optional<Indicator> findIndicator(String indicatorId) {
        Checks.notNull(indicatorId, "indicatorId");
        return allIndicators().filter(i -> i.id().equals(indicatorId)).findFirst();
    }

    /**
     * Looks a goal up by identifier, anywhere in the goal tree.
     *
     * @param goalId the identifier, not null
     * @return the first goal with that identifier, empty if none
     */
    public Optional<Goal> findGoal(String goalId) {
        Checks.notNull(goalId, "goalId");
        return allGoals().filter(g -> g.id().equals(goalId)).findFirst();
    }

    /**
     * Returns whether a target year is a milestone: inside the horizon but before its end.
     *
     * @param year the year, not null
     * @return true if {@code horizon.start <= year < horizon.end}
     */
    public boolean isMilestone(Year year) {
        return horizon.contains(year) && year.isBefore(horizon.end());
    }

    /**
     * Returns a copy with other goals.
     *
     * @param newGoals the goals, not null
     * @return the changed copy, not null
     */
    public Plan withGoals(List<Goal> newGoals) {
        return new Plan(id, kind, title, issuer, horizon, visionHorizon, adopted, sources, units, newGoals,
                organisations, categories);
    }

    /**
     * Builds a {@link Plan}. Not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private final PlanKind kind;
        private final String issuer;
        private final YearRange horizon;
        private Text title = Text.EMPTY;
        private @Nullable YearRange visionHorizon;
        private @Nullable LocalDate adopted;
        private final List<SourceDocument> sources = new ArrayList<>();
        private final List<BaseUnit> units = new ArrayList<>();
        private final List<Goal> goals = new ArrayList<>();
        private final List<Organisation> organisations = new ArrayList<>();
        private final List<CategoryDefinition> categories = new ArrayList<>();

        private Builder(String id, PlanKind kind, String issuer, YearRange horizon) {
            this.id = Checks.notNull(id, "id");
            this.kind = Checks.notNull(kind, "kind");
            this.issuer = Checks.notNull(issuer, "issuer");
            this.horizon = Checks.notNull(horizon, "horizon");
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
         * Sets the vision horizon.
         *
         * @param value the vision horizon, null for none
         * @return this builder
         */
        public Builder visionHorizon(@Nullable YearRange value) {
            this.visionHorizon = value;
            return this;
        }

        /**
         * Sets the date of adoption.
         *
         * @param value the date, null if not known
         * @return this builder
         */
        public Builder adopted(@Nullable LocalDate value) {
            this.adopted = value;
            return this;
        }

        /**
         * Adds a source document.
         *
         * @param value the source, not null
         * @return this builder
         */
        public Builder source(SourceDocument value) {
            sources.add(Checks.notNull(value, "source"));
            return this;
        }

        /**
         * Adds a base unit of the plan's own.
         *
         * @param value the base unit, not null
         * @return this builder
         */
        public Builder unit(BaseUnit value) {
            units.add(Checks.notNull(value, "unit"));
            return this;
        }

        /**
         * Adds a top-level goal.
         *
         * @param value the goal, not null
         * @return this builder
         */
        public Builder goal(Goal value) {
            goals.add(Checks.notNull(value, "goal"));
            return this;
        }

        /**
         * Adds an organisation the plan names.
         *
         * @param value the organisation, not null
         * @return this builder
         */
        public Builder organisation(Organisation value) {
            organisations.add(Checks.notNull(value, "organisation"));
            return this;
        }

        /**
         * Labels a category.
         *
         * @param value the category and its label, not null
         * @return this builder
         */
        public Builder category(CategoryDefinition value) {
            categories.add(Checks.notNull(value, "category"));
            return this;
        }

        /**
         * Builds the plan.
         *
         * @return the plan, not null
         */
        public Plan build() {
            return new Plan(id, kind, title, issuer, horizon, visionHorizon, adopted, sources, units, goals,
                    organisations, categories);
        }
    }
}
