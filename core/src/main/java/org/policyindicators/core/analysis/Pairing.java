package org.policyindicators.core.analysis;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Measurement;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Target;
import org.policyindicators.core.YearRange;

/**
 * Which baselines, targets and observations of an indicator belong together: the rules that
 * {@link ImpliedTarget}, {@link Trajectory} and {@link Progress} pair values by.
 *
 * <ul>
 *   <li><b>Dimensions.</b> A value is only ever paired with a value of equal
 *       {@linkplain Measurement#dimensions() dimensions}: a female observation with a female
 *       target and female baselines, a total with a total. {@link Dimensions#TOTAL} is the
 *       whole; a total is never compared with a part.</li>
 *   <li><b>Dated periods.</b> Where both an observation and a target have
 *       {@linkplain Target#dates() dates}, the observation pairs with the target only if its
 *       dates lie inside the target's (ending on or before the target's last day): the actual of
 *       an IATI period with the target of that period. Where either has none, years are the
 *       grain, as they are for every value without dates.</li>
 *   <li><b>Levels of a year.</b> The level of a year is that of a baseline of that year, or
 *       else of an actual observation of that year; either must be a number for that single
 *       whole year (no {@code startYear} before it, no dates other than the whole year).</li>
 * </ul>
 *
 * <p>Example: an indicator with a total baseline of 70 (2020) and a female baseline of 73
 * (2020), a female target {@code >= 75 (2025)} and observations of 71 (2023, total) and 74
 * (2023, female): {@code baselineFor(indicator, Year.of(2025), Dimensions.of("sex", "female"))}
 * is the 73, and {@code observationFor(indicator, target)} is the female 74. To ask for the
 * progress of one part, take its targets:
 * <pre>{@code
 * Dimensions female = Dimensions.of("sex", "female");
 * for (Target target : Pairing.targets(indicator, female)) {
 *     Optional<Progress> progress = Progress.latest(indicator, target, units);
 * }
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Pairing {

    private Pairing() {
    }

    /**
     * Returns the targets of an indicator for one part of the whole.
     *
     * @param indicator the indicator, not null
     * @param dimensions the part, {@link Dimensions#TOTAL} for the whole, not null
     * @return the targets of exactly those dimensions, in the indicator's order, not null
     */
    public static List<Target> targets(Indicator indicator, Dimensions dimensions) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(dimensions, "dimensions");
        return indicator.targets().stream().filter(t -> t.dimensions().equals(dimensions)).toList();
    }

    /**
     * Returns the baseline that a target of a year starts from, among the baselines of the given
     * dimensions: the latest before the year, or, if there is none, the earliest. This is
     * {@link Indicator#baselineFor(Year)} restricted to one part of the whole; among equal years
     * the first listed wins.
     *
     * @param indicator the indicator, not null
     * @param year the target year, null for the latest baseline of all
     * @param dimensions the part, {@link Dimensions#TOTAL} for the whole, not null
     * @return the baseline, numeric or qualitative; empty if there is none of those dimensions
     */
    public static Optional<Baseline> baselineFor(Indicator indicator, @Nullable Year year, Dimensions dimensions) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(dimensions, "dimensions");
        Baseline latestBefore = null;
        Baseline earliest = null;
        for (Baseline b : indicator.baselines()) {
            if (!b.dimensions().equals(dimensions)) {
                continue;
            }
            if ((year == null || b.year().isBefore(year))
                    && (latestBefore == null || b.year().isAfter(latestBefore.year()))) {
                latestBefore = b;
            }
            if (earliest == null || b.year().isBefore(earliest.year())) {
                earliest = b;
            }
        }
        return Optional.ofNullable(latestBefore != null ? latestBefore : earliest);
    }

    /**
     * Returns the level of an indicator in one year: a numeric baseline of that year (the first
     * listed), or else an {@linkplain ObservationStatus#ACTUAL actual} numeric observation of
     * that year (the last listed). Both must cover that single whole year. A change 〔1〕 over
     * 2021–2025 counts from this level in 2020, not from a 2019 baseline.
     *
     * @param indicator the indicator, not null
     * @param year the year, not null
     * @param dimensions the part, {@link Dimensions#TOTAL} for the whole, not null
     * @return the baseline or observation that states the level, empty if none does
     */
    public static Optional<Measurement> levelIn(Indicator indicator, Year year, Dimensions dimensions) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(dimensions, "dimensions");
        for (Baseline b : indicator.baselines()) {
            if (isLevelOf(b, year, dimensions)) {
                return Optional.of(b);
            }
        }
        Observation found = null;
        for (Observation o : indicator.observations()) {
            if (o.status() == ObservationStatus.ACTUAL && isLevelOf(o, year, dimensions)) {
                found = o;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Returns whether a baseline or observation pairs with a target: equal dimensions, and,
     * where both have dates, the value's dates inside the target's.
     *
     * @param target the target, not null
     * @param value the baseline or observation, not null
     * @return true if they may be compared
     */
    public static boolean pairs(Target target, Measurement value) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(value, "value");
        if (!target.dimensions().equals(value.dimensions())) {
            return false;
        }
        DatePeriod t = target.dates();
        DatePeriod v = value.dates();
        return t == null || v == null || !v.start().isBefore(t.start()) && !v.end().isAfter(t.end());
    }

    /**
     * Returns the observation that a target is assessed against: of all observations that
     * {@linkplain #pairs pair} with it, the one whose period ends last (its last day, or the
     * end of its year without dates); among equal ends the last listed, as
     * {@link Indicator#latestObservation()} does. It does not look at the target's year: a
     * later observation is returned for a past target too. {@link TargetAssessment} chooses the
     * observation of the target's own period.
     *
     * @param indicator the indicator, not null
     * @param target one of its targets, not null
     * @return the observation, numeric or qualitative; empty if none pairs with the target
     */
    public static Optional<Observation> observationFor(Indicator indicator, Target target) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(target, "target");
        Observation latest = null;
        for (Observation o : indicator.observations()) {
            if (pairs(target, o) && (latest == null || !end(o).isBefore(end(latest)))) {
                latest = o;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Returns the latest observation of one part of the whole: that of the latest year, among
     * several the most final (actual, provisional, estimated, projected), among equally final
     * ones the last listed. This is {@link Indicator#latestObservation()} restricted to those
     * dimensions: a later estimate wins over an earlier actual, and its status says so.
     *
     * @param indicator the indicator, not null
     * @param dimensions the part, {@link Dimensions#TOTAL} for the whole, not null
     * @return the observation, empty if there is none of those dimensions
     */
    public static Optional<Observation> latestObservation(Indicator indicator, Dimensions dimensions) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(dimensions, "dimensions");
        Observation latest = null;
        for (Observation o : indicator.observations()) {
            if (o.dimensions().equals(dimensions) && (latest == null || o.year().isAfter(latest.year())
                    || o.year().equals(latest.year()) && o.status().compareTo(latest.status()) <= 0)) {
                latest = o;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Returns one observation per year of a range: the numeric observations of the given
     * dimensions that cover a single whole year, the best for each year. Actual beats
     * provisional, provisional beats estimated; among equals the last listed wins. Projected
     * values (预计) are no observations of what happened and never count.
     *
     * <p>Example: 2021 actual 8.1, 2022 provisional 3.0 and estimated 3.2, 2023 projected 5.0
     * over 2021–2025 give {@code {2021=8.1, 2022=3.0}}: two of five years.
     *
     * @param indicator the indicator, not null
     * @param years the years, both ends inclusive, not null
     * @param dimensions the part, {@link Dimensions#TOTAL} for the whole, not null
     * @return the observations by year, in year order, only years that have one; not null
     */
    public static SortedMap<Year, Observation> annualObservations(Indicator indicator, YearRange years,
            Dimensions dimensions) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(dimensions, "dimensions");
        TreeMap<Year, Observation> best = new TreeMap<>();
        for (Observation o : indicator.observations()) {
            if (o.status() == ObservationStatus.PROJECTED || !years.contains(o.year())
                    || !isLevelOf(o, o.year(), dimensions)) {
                continue;
            }
            Observation held = best.get(o.year());
            if (held == null || o.status().compareTo(held.status()) <= 0) {
                best.put(o.year(), o);
            }
        }
        return Collections.unmodifiableSortedMap(best);
    }

    /** A number for exactly one whole year of the given dimensions. */
    private static boolean isLevelOf(Measurement m, Year year, Dimensions dimensions) {
        return !m.isQualitative() && m.year().equals(year) && m.dimensions().equals(dimensions)
                && (m.startYear() == null || m.startYear().equals(year))
                && (m.dates() == null || m.dates().isWholeYear());
    }

    /** The last day a value covers: the end of its dates, or else 31 December of its year. */
    static LocalDate end(Measurement m) {
        DatePeriod dates = m.dates();
        return dates != null ? dates.end() : m.year().atMonth(12).atEndOfMonth();
    }
}
