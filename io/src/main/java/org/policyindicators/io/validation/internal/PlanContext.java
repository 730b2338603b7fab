package org.policyindicators.io.validation.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Plan;
import org.policyindicators.core.SourceDocument;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.validation.FindingKind;

/**
 * One plan prepared for the rules: its goals and indicators in document order with their JSON
 * Pointers, and index maps from identifiers to the first element that has them, so that every
 * reference resolves in constant time.
 */
final class PlanContext {

    /** A goal, its JSON Pointer, and the goal that holds it (null for a top-level goal). */
    record GoalEntry(Goal goal, Pointer path, @Nullable GoalEntry parent) {
    }

    /** An indicator and its JSON Pointer. */
    record IndicatorEntry(Indicator indicator, Pointer path) {
    }

    private static final Pointer GOALS = Pointer.ROOT.field("goals");

    private final Plan plan;
    private final int position;
    private final UnitCatalog units;
    private final List<YearRange> orderedHorizons;
    private final @Nullable String allowedHorizons;
    private final FindingSink sink;
    private final List<GoalEntry> goals = new ArrayList<>();
    private final List<IndicatorEntry> indicators = new ArrayList<>();
    private final Map<String, GoalEntry> goalsById = new HashMap<>();
    private final Map<String, IndicatorEntry> indicatorsById = new HashMap<>();
    private final Set<String> sourcesById = new HashSet<>();

    /** Prepares a plan at a position (from 0) in the catalogue, its findings going to a sink. */
    PlanContext(Plan plan, int position, FindingSink sink) {
        this.plan = plan;
        this.position = position;
        this.units = plan.unitCatalog();
        this.orderedHorizons = Stream.of(plan.horizon(), plan.visionHorizon())
                .filter(horizon -> horizon != null && horizon.isOrdered())
                .toList();
        this.allowedHorizons = orderedHorizons.isEmpty() ? null
                : orderedHorizons.stream().map(YearRange::toString).collect(Collectors.joining(", "));
        this.sink = sink;
        // pre-order, iteratively, so that a deep goal tree cannot exhaust the stack
        Deque<GoalEntry> stack = new ArrayDeque<>();
        for (int i = plan.goals().size() - 1; i >= 0; i--) {
            stack.push(new GoalEntry(plan.goals().get(i), GOALS.index(i), null));
        }
        while (!stack.isEmpty()) {
            GoalEntry entry = stack.pop();
            goals.add(entry);
            goalsById.putIfAbsent(entry.goal().id(), entry);
            List<Indicator> own = entry.goal().indicators();
            Pointer ownPath = own.isEmpty() ? null : entry.path().field("indicators");
            for (int i = 0; i < own.size(); i++) {
                IndicatorEntry indicator = new IndicatorEntry(own.get(i), ownPath.index(i));
                indicators.add(indicator);
                indicatorsById.putIfAbsent(indicator.indicator().id(), indicator);
            }
            List<Goal> children = entry.goal().goals();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(new GoalEntry(children.get(i), entry.path().field("goals").index(i), entry));
            }
        }
        for (SourceDocument source : plan.sources()) {
            sourcesById.add(source.id());
        }
    }

    Plan plan() {
        return plan;
    }

    /** The position of the plan in the catalogue, from 0. */
    int position() {
        return position;
    }

    /** The plan's unit catalogue: the standard one with the plan's own units. */
    UnitCatalog units() {
        return units;
    }

    /** The plan's ordered horizons as text for messages, {@code 2021/2025, 2021/2035}; null if neither is ordered. */
    @Nullable String allowedHorizons() {
        return allowedHorizons;
    }

    /** Whether the plan's horizon or vision horizon, of those that are ordered, passes a test. */
    boolean inHorizons(Predicate<YearRange> test) {
        // called for every target: an index loop allocates nothing
        for (int i = 0; i < orderedHorizons.size(); i++) {
            if (test.test(orderedHorizons.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** All goals, depth first in document order. */
    List<GoalEntry> goals() {
        return Collections.unmodifiableList(goals);
    }

    /** All indicators in document order. */
    List<IndicatorEntry> indicators() {
        return Collections.unmodifiableList(indicators);
    }

    /** The first goal with an identifier, null if none. */
    @Nullable GoalEntry goal(String id) {
        return goalsById.get(id);
    }

    /** The first indicator with an identifier, null if none. */
    @Nullable IndicatorEntry indicator(String id) {
        return indicatorsById.get(id);
    }

    boolean hasSource(String id) {
        return sourcesById.contains(id);
    }

    /** Adds a finding at a {@link Pointer} or its text; the parameters alternate names and values. */
    void add(FindingKind kind, Object path, @Nullable Object... parameters) {
        if (sink.enabled(kind)) {
            sink.add(kind, plan.id(), path.toString(), parameters);
        }
    }
}
