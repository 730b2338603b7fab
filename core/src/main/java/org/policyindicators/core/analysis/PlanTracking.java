package org.policyindicators.core.analysis;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Category;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.UnitCatalog;

/**
 * The tracking view of a plan as of a year: every indicator's {@link IndicatorTracking}, and
 * how many targets are achieved, on track, behind, off track, missed or not assessable in the
 * whole plan, under each goal and in each category.
 *
 * <p>Counts are of targets, not of indicators: an indicator with a missed 2023 milestone and a
 * 2025 target on track adds one to each. A goal counts the targets of its own indicators and of
 * those of its sub-goals, so the counts of the top-level goals add up to the plan's. An
 * indicator belongs to its own {@link Indicator#category() category}, or, without one, to that of
 * the goal that lists it; an indicator with neither is counted in no category.
 *
 * <p>Example, as of 2024: a plan whose goal "创新" has 高新技术企业 (200 by 2023 missed, 227 by
 * 2025 behind) and whose goal "民生" has 城镇新增就业 (每年 ≥ 5万人 from 2021, met every year so
 * far: on track) counts {@code behind=1, onTrack=1, missed=1} for the plan, {@code behind=1,
 * missed=1} for 创新 and {@code onTrack=1} for 民生.
 *
 * <p>No method reads a clock: the year is given, defaults to the plan's latest observation
 * ({@link #of(Plan)}), or comes from a {@link Clock} the caller passes ({@link #of(Plan, Clock)}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param planId the identifier of the plan, not null
 * @param asOf the year assessed as of, not null
 * @param indicators the tracking view of each indicator, in the plan's order (depth first
 *     through the goal tree), not null
 * @param counts the tally of all targets of the plan, not null
 * @param goals the tally of each goal, every goal of the plan depth first, each before its
 *     sub-goals, not null
 * @param categories the tally of each category, in the order they first occur, not null
 */
public record PlanTracking(String planId, Year asOf, List<IndicatorTracking> indicators, StatusCounts counts,
        List<GroupCounts> goals, List<GroupCounts> categories) {

    /**
     * The tally of a goal or a category.
     *
     * @param key the goal's identifier or the category's code, not null
     * @param counts the tally of its targets, not null
     */
    public record GroupCounts(String key, StatusCounts counts) {

        /**
         * Creates a tally of a group.
         *
         * @param key see the class documentation
         * @param counts see the class documentation
         */
        public GroupCounts {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(counts, "counts");
        }
    }

    /**
     * Creates a tracking view, copying the lists.
     *
     * @param planId see the class documentation
     * @param asOf see the class documentation
     * @param indicators see the class documentation
     * @param counts see the class documentation
     * @param goals see the class documentation
     * @param categories see the class documentation
     */
    public PlanTracking {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(asOf, "asOf");
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
        Objects.requireNonNull(counts, "counts");
        goals = List.copyOf(Objects.requireNonNull(goals, "goals"));
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
    }

    /**
     * Returns the default year to assess a plan as of: the latest year of any observation of any
     * of its indicators, other than those marked {@linkplain Observation#historical() historical}
     * (history before the plan says nothing of how far it has come); without such observations,
     * the year before its horizon starts, so that no target of the plan's period is due.
     *
     * @param plan the plan, not null
     * @return the year, not null
     */
    public static Year asOfLatestObservation(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return plan.allIndicators().flatMap(i -> i.observations().stream()).filter(o -> !o.historical())
                .map(Observation::year)
                .max(Year::compareTo).orElseGet(() -> plan.horizon().start().minusYears(1));
    }

    /**
     * Tracks a plan as of the year of its latest observation (see {@link #asOfLatestObservation}).
     *
     * @param plan the plan, not null
     * @return the tracking view, not null
     */
    public static PlanTracking of(Plan plan) {
        return of(plan, asOfLatestObservation(plan));
    }

    /**
     * Tracks a plan as of the last year that is over by a clock: the year before the clock's
     * current year (in the clock's zone).
     *
     * @param plan the plan, not null
     * @param clock the clock, not null
     * @return the tracking view, not null
     */
    public static PlanTracking of(Plan plan, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return of(plan, Year.now(clock).minusYears(1));
    }

    /**
     * Tracks a plan as of a year, converting with the plan's unit catalogue.
     *
     * @param plan the plan, not null
     * @param asOf the last year that is over, not null
     * @return the tracking view, not null
     */
    public static PlanTracking of(Plan plan, Year asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        UnitCatalog units = plan.unitCatalog();
        Map<Indicator, IndicatorTracking> tracked = new IdentityHashMap<>();
        List<IndicatorTracking> indicators = new ArrayList<>();
        plan.allIndicators().forEach(i -> {
            IndicatorTracking t = IndicatorTracking.of(i, asOf, units);
            tracked.put(i, t);
            indicators.add(t);
        });
        StatusCounts all = StatusCounts.NONE;
        for (IndicatorTracking t : indicators) {
            all = all.plus(t.counts());
        }
        List<GroupCounts> goals = new ArrayList<>();
        Map<String, StatusCounts> categories = new LinkedHashMap<>();
        plan.allGoals().forEach(goal -> {
            StatusCounts c = goal.allIndicators().map(i -> tracked.get(i).counts())
                    .reduce(StatusCounts.NONE, StatusCounts::plus);
            goals.add(new GroupCounts(goal.id(), c));
            for (Indicator i : goal.indicators()) {
                Category category = category(i, goal);
                if (category != null) {
                    categories.merge(category.code(), tracked.get(i).counts(), StatusCounts::plus);
                }
            }
        });
        List<GroupCounts> byCategory = new ArrayList<>();
        categories.forEach((code, c) -> byCategory.add(new GroupCounts(code, c)));
        return new PlanTracking(plan.id(), asOf, indicators, all, goals, byCategory);
    }

    /** The indicator's category, or else that of the goal that lists it. */
    private static @Nullable Category category(Indicator i, Goal goal) {
        return i.category() != null ? i.category() : goal.category();
    }
}
