package org.policyindicators.core.analysis;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Target;
import org.policyindicators.core.UnitCatalog;

/**
 * The tracking view of one indicator as of a year: its baseline, the expected path to its
 * headline target, every observation by year, every target with its own
 * {@link TargetAssessment}, and the overall status.
 *
 * <p>The <em>headline target</em> is, among the targets of the whole
 * ({@link Dimensions#TOTAL}) that have a year, the one with the latest year (the first listed
 * among several); without one, the first target of the whole; without one either, the first
 * target. The {@linkplain #overall() overall} status is the status of the headline target's
 * assessment, and {@link ProgressStatus#NOT_ASSESSABLE} for an indicator without targets.
 *
 * <p>Worked example: 万柏林区高新技术企业 with a baseline of 166 in 2020, a milestone of 200 by
 * 2023 and 227 by 2025, and actual counts of 190 (2023) and 205 (2024), as of 2024:
 * <ul>
 *   <li>{@link #baseline()}: 166 (2020); {@link #path()}: linear from 166 (2020) to 227 (2025),
 *       214.8 expected in 2024;</li>
 *   <li>{@link #observations()}: 2023 → 190, 2024 → 205, each with its status;</li>
 *   <li>{@link #targets()}: 200 by 2023 missed by the 190 of 2023, with the 205 of 2024 as its
 *       late achievement; 227 by 2025 behind (205 against 214.8 expected);</li>
 *   <li>{@link #overall()}: behind, the status of the 2025 target.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param indicator the indicator, not null
 * @param asOf the year assessed as of, not null
 * @param baseline the latest baseline of the whole, or, without one, of any part; null if none
 * @param path the expected path from the baseline to the headline target (straight-line or
 *     compound, see {@link Trajectory#of}), null if it has none
 * @param observations every observation of the indicator grouped by year, in year order, not null
 * @param targets the assessment of each target, in the indicator's order, not null
 * @param overall the status of the headline target, not null
 */
public record IndicatorTracking(Indicator indicator, Year asOf, @Nullable Baseline baseline,
        @Nullable Trajectory path, List<YearObservations> observations, List<TargetAssessment> targets,
        ProgressStatus overall) {

    /**
     * The observations of one year.
     *
     * @param year the year, not null
     * @param chosen the observation of the whole chosen for the year: the most final (actual,
     *     provisional, estimated, projected), among equally final ones the last listed; null when
     *     the year has observations of parts only
     * @param all every observation of the year, of any part, in the indicator's order; not empty
     */
    public record YearObservations(Year year, @Nullable Observation chosen, List<Observation> all) {

        /**
         * Creates the observations of a year, copying the list.
         *
         * @param year see the class documentation
         * @param chosen see the class documentation
         * @param all see the class documentation
         * @throws IllegalArgumentException if the list is empty
         */
        public YearObservations {
            Objects.requireNonNull(year, "year");
            all = List.copyOf(Objects.requireNonNull(all, "all"));
            if (all.isEmpty()) {
                throw new IllegalArgumentException("A year of observations needs one: " + year);
            }
        }
    }

    /**
     * Creates a tracking view, copying the lists.
     *
     * @param indicator see the class documentation
     * @param asOf see the class documentation
     * @param baseline see the class documentation
     * @param path see the class documentation
     * @param observations see the class documentation
     * @param targets see the class documentation
     * @param overall see the class documentation
     */
    public IndicatorTracking {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(asOf, "asOf");
        observations = List.copyOf(Objects.requireNonNull(observations, "observations"));
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
        Objects.requireNonNull(overall, "overall");
    }

    /**
     * Tracks an indicator as of the year of its latest observation (see
     * {@link TargetAssessment#asOfLatestObservation}), converting with the standard catalogue.
     *
     * @param indicator the indicator, not null
     * @return the tracking view, not null
     */
    public static IndicatorTracking of(Indicator indicator) {
        return of(indicator, TargetAssessment.asOfLatestObservation(indicator), UnitCatalog.standard());
    }

    /**
     * Tracks an indicator as of a year.
     *
     * @param indicator the indicator, not null
     * @param asOf the last year that is over, not null
     * @param units the catalogue to convert units with, not null
     * @return the tracking view, not null
     */
    public static IndicatorTracking of(Indicator indicator, Year asOf, UnitCatalog units) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(units, "units");
        Baseline baseline = Pairing.baselineFor(indicator, null, Dimensions.TOTAL)
                .or(() -> indicator.baselineFor(null)).orElse(null);
        TreeMap<Year, List<Observation>> byYear = new TreeMap<>();
        for (Observation o : indicator.observations()) {
            byYear.computeIfAbsent(o.year(), y -> new ArrayList<>()).add(o);
        }
        List<YearObservations> years = new ArrayList<>();
        byYear.forEach((year, all) -> years.add(new YearObservations(year, chosen(all), all)));
        List<TargetAssessment> targets = new ArrayList<>();
        for (Target t : indicator.targets()) {
            targets.add(TargetAssessment.of(indicator, t, asOf, units));
        }
        Optional<Integer> headline = headline(indicator);
        Trajectory path = null;
        ProgressStatus overall = ProgressStatus.NOT_ASSESSABLE;
        if (headline.isPresent()) {
            overall = targets.get(headline.get()).status();
            path = Trajectory.of(indicator, indicator.targets().get(headline.get()), units).orElse(null);
        }
        return new IndicatorTracking(indicator, asOf, baseline, path, years, targets, overall);
    }

    /**
     * Returns the assessment of the headline target.
     *
     * @return the assessment, empty for an indicator without targets
     */
    public Optional<TargetAssessment> headline() {
        return headline(indicator).map(targets::get);
    }

    /**
     * Returns the tally of the statuses of the indicator's targets.
     *
     * @return the tally, not null
     */
    public StatusCounts counts() {
        return StatusCounts.of(targets);
    }

    /** The index of the headline target, as the class documentation defines it. */
    private static Optional<Integer> headline(Indicator indicator) {
        List<Target> targets = indicator.targets();
        Integer latest = null;
        Integer firstOfWhole = null;
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            if (!t.dimensions().isTotal()) {
                continue;
            }
            if (firstOfWhole == null) {
                firstOfWhole = i;
            }
            if (t.year() != null && (latest == null || t.year().isAfter(targets.get(latest).year()))) {
                latest = i;
            }
        }
        if (latest != null) {
            return Optional.of(latest);
        }
        if (firstOfWhole != null) {
            return Optional.of(firstOfWhole);
        }
        return targets.isEmpty() ? Optional.empty() : Optional.of(0);
    }

    /** The most final observation of the whole, among equally final ones the last listed. */
    private static @Nullable Observation chosen(List<Observation> all) {
        Observation best = null;
        for (Observation o : all) {
            if (o.dimensions().isTotal() && (best == null || o.status().compareTo(best.status()) <= 0)) {
                best = o;
            }
        }
        return best;
    }
}
