package org.policyindicators.io.validation.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Plan;
import org.policyindicators.core.SourceDocument;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.io.validation.FindingKind;

/**
 * One plan prepared for the rules: its goals and indicators in document order with their JSON
 * Pointers, and index maps from identifiers to the first element that has them, so that every
 * reference resolves in constant time.
 */
public final class PlanContext {

    /**
     * A goal and where it is.
     *
     * @param goal the goal
     * @param path its JSON Pointer
     * @param parent the goal that holds it, null for a top-level goal
     */
    public record GoalEntry(Goal goal, Pointer path, @Nullable GoalEntry parent) {
    }

    /**
     * An indicator and where it is.
     *
     * @param indicator the indicator
     * @param path its JSON Pointer
     */
    public record IndicatorEntry(Indicator indicator, Pointer path) {
    }

    private static final Pointer GOALS = Pointer.ROOT.field("goals");

    private final Plan plan;
    private final int position;
    private final UnitCatalog units;
    private final @Nullable String allowedHorizons;
    private final FindingSink sink;
    private final List<GoalEntry> goals = new ArrayList<>();
    private final List<IndicatorEntry> indicators = new ArrayList<>();
    private final Map<String, GoalEntry> goalsById;
    private final Map<String, IndicatorEntry> indicatorsById;
    private final Map<String, Integer> sourcesById = new HashMap<>();

    /**
     * Prepares a plan.
     *
     * @param plan the plan, not null
     * @param position its position in the catalogue, from 0
     * @param sink where findings go, not null
     */
    public PlanContext(Plan plan, int position, FindingSink sink) {
        this.plan = plan;
        this.position = position;
        this.units = plan.unitCatalog();
        this.allowedHorizons = HorizonRule.allowedHorizons(plan);
        this.sink = sink;
        // pre-order, iteratively, so that a deep goal tree cannot exhaust the stack
        Deque<GoalEntry> stack = new ArrayDeque<>();
        for (int i = plan.goals().size() - 1; i >= 0; i--) {
            stack.push(new GoalEntry(plan.goals().get(i), GOALS.index(i), null));
        }
        while (!stack.isEmpty()) {
            GoalEntry entry = stack.pop();
            goals.add(entry);
            List<Indicator> own = entry.goal().indicators();
            Pointer ownPath = own.isEmpty() ? null : entry.path().field("indicators");
            for (int i = 0; i < own.size(); i++) {
                IndicatorEntry ie = new IndicatorEntry(own.get(i), ownPath.index(i));
                indicators.add(ie);
            }
            List<Goal> children = entry.goal().goals();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(new GoalEntry(children.get(i), entry.path().field("goals").index(i), entry));
            }
        }
        // sized once: growing a map of a million entries rehashes it twenty times
        goalsById = new HashMap<>(capacity(goals.size()));
        for (GoalEntry entry : goals) {
            goalsById.putIfAbsent(entry.goal().id(), entry);
        }
        indicatorsById = new HashMap<>(capacity(indicators.size()));
        for (IndicatorEntry entry : indicators) {
            indicatorsById.putIfAbsent(entry.indicator().id(), entry);
        }
        List<SourceDocument> sources = plan.sources();
        for (int i = 0; i < sources.size(); i++) {
            sourcesById.putIfAbsent(sources.get(i).id(), i);
        }
    }

    /**
     * Returns the plan.
     *
     * @return the plan, not null
     */
    public Plan plan() {
        return plan;
    }

    /**
     * Returns the position of the plan in the catalogue.
     *
     * @return the position, from 0
     */
    public int position() {
        return position;
    }

    private static int capacity(int entries) {
        return (int) Math.min(Integer.MAX_VALUE, entries * 4L / 3 + 1);
    }

    /**
     * Returns the plan's unit catalogue: the standard one with the plan's own units.
     *
     * @return the catalogue, not null
     */
    public UnitCatalog units() {
        return units;
    }

    /**
     * Returns the horizons a year of the plan may fall in, for messages; see
     * {@link HorizonRule#allowedHorizons(Plan)}.
     *
     * @return the horizons, null if the plan has no ordered horizon
     */
    public @Nullable String allowedHorizons() {
        return allowedHorizons;
    }

    /**
     * Returns all goals, depth first in document order.
     *
     * @return the goals, not null
     */
    public List<GoalEntry> goals() {
        return Collections.unmodifiableList(goals);
    }

    /**
     * Returns all indicators in document order.
     *
     * @return the indicators, not null
     */
    public List<IndicatorEntry> indicators() {
        return Collections.unmodifiableList(indicators);
    }

    /**
     * Looks up the first goal with an identifier.
     *
     * @param id the identifier, not null
     * @return the goal, null if none
     */
    public @Nullable GoalEntry goal(String id) {
        return goalsById.get(id);
    }

    /**
     * Looks up the first indicator with an identifier.
     *
     * @param id the identifier, not null
     * @return the indicator, null if none
     */
    public @Nullable IndicatorEntry indicator(String id) {
        return indicatorsById.get(id);
    }

    /**
     * Returns whether the plan lists a source document with an identifier.
     *
     * @param id the identifier, not null
     * @return true if listed
     */
    public boolean hasSource(String id) {
        return sourcesById.containsKey(id);
    }

    /**
     * Returns whether findings of a kind are kept.
     *
     * @param kind the kind, not null
     * @return true if enabled
     */
    public boolean enabled(FindingKind kind) {
        return sink.enabled(kind);
    }

    /**
     * Adds a finding in this plan.
     *
     * @param kind the kind, not null
     * @param path the JSON Pointer in the plan, not null
     * @param parameters alternating names and values
     */
    public void add(FindingKind kind, String path, @Nullable Object... parameters) {
        sink.add(kind, plan.id(), path, parameters);
    }

    /**
     * Adds a finding in this plan.
     *
     * @param kind the kind, not null
     * @param path the JSON Pointer in the plan, not null
     * @param parameters alternating names and values; pointers among the values are spelled out
     */
    public void add(FindingKind kind, Pointer path, @Nullable Object... parameters) {
        if (sink.enabled(kind)) {
            sink.add(kind, plan.id(), path.toString(), parameters);
        }
    }
}
