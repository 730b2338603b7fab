package org.policyindicators.core.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.Target;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.YearRange;

/**
 * The assessment of one target of an indicator, per period, as of a year: each target is judged
 * by the observations of its own period, and a target whose year is over is
 * {@link ProgressStatus#ACHIEVED achieved} or {@link ProgressStatus#MISSED missed} by the
 * observation of that year, never by a later one.
 *
 * <p><b>As of.</b> The caller gives the year {@code asOf} to assess as of: every year up to and
 * including it is taken to be over, and observations of later years are ignored. A target
 * whose {@link Target#year() year} is at or before {@code asOf} is <em>due</em>. No method here
 * reads a clock; {@link #asOfLatestObservation(Indicator)} gives the default that the methods
 * without {@code asOf} use: the year of the indicator's latest observation.
 *
 * <p><b>Which observations count.</b> An observation counts toward a target when it
 * {@linkplain Pairing#pairs pairs} with it (same dimensions; dates inside the target's dates
 * where both have some), is not marked {@linkplain Observation#historical() historical}, is of
 * a year at or before {@code asOf}, and is not of a year before the target's baseline (the
 * baseline {@link Pairing#baselineFor} gives for the target's year). The target's
 * <em>period</em> is the years from its first year to its year, where the first year is its
 * {@link Target#startYear() startYear} when stated; else the year after the latest year of the
 * indicator's other targets of the same dimensions that is before its year (so an observation
 * belongs to the target whose period holds it, or else to the nearest target ahead of it);
 * else the year of its baseline; else the period is open at the start ({@link #period()} is
 * null then). Among several observations of a period, the one chosen is that which ends last;
 * among those ending on the same day the most final: {@linkplain ObservationStatus#ACTUAL
 * actual} before provisional before estimated before projected; among equally final ones the
 * last listed. The {@link #observation()} chosen says by its status which was used.
 *
 * <p><b>Statuses.</b> With {@code p} the {@link Progress#assess progress} of the chosen
 * observation toward the target, the status and {@link #basis()} are:
 * <ul>
 *   <li>A target with a year that is due, of a kind other than those below
 *       ({@link Basis#TARGET_YEAR}): the observation of the target's year (the one chosen among
 *       those whose {@link Observation#year()} is that year) decides. {@code p} achieved:
 *       {@link ProgressStatus#ACHIEVED}; the observed value compared with the level the target
 *       implies and not meeting it (whatever {@code p} says: off track, behind, on track, or not
 *       assessable only for want of a baseline to measure a share from):
 *       {@link ProgressStatus#MISSED}; otherwise (no level, no comparable value: a qualitative
 *       state other than the target's words, an incompatible unit)
 *       {@link ProgressStatus#NOT_ASSESSABLE}. With no
 *       observation of that year: {@link ProgressStatus#NOT_ASSESSABLE} with
 *       {@link Basis#NO_DATA_FOR_TARGET_YEAR}. In both the missed and the no-data case, the
 *       earliest later observation (up to {@code asOf}, of the target's dimensions, not
 *       historical, of any dates) that meets the target is its {@link #lateAchievement()}: a late
 *       achievement does not turn a missed target into an achieved one.</li>
 *   <li>A target with a year that is not due ({@link Basis#INTERIM}): the latest observation of
 *       its period so far; the status is {@code p}'s ({@link ProgressStatus#ACHIEVED} when
 *       already met, {@link ProgressStatus#ON_TRACK}, {@link ProgressStatus#BEHIND},
 *       {@link ProgressStatus#OFF_TRACK} or {@link ProgressStatus#NOT_ASSESSABLE}, as
 *       {@link Progress} defines them). With none: {@link ProgressStatus#NOT_ASSESSABLE} with
 *       {@link Basis#NO_OBSERVATION}.</li>
 *   <li>A target with a year that is not due, of a {@linkplain Indicator#flow() flow} indicator
 *       ({@link Basis#FLOW_NOT_DUE}): {@link ProgressStatus#NOT_ASSESSABLE}, because only the
 *       amount of its own year counts: the 2023 count of newly certified enterprises says nothing
 *       about a 2024 target. A flow's due target has no late achievement either: a later year's
 *       amount is another amount.</li>
 *   <li>A target without a year ({@link Basis#YEARLESS}): the latest observation that counts;
 *       the status is {@code p}'s. It is never missed.</li>
 *   <li>An annual target (每年, {@link Basis#EACH_YEAR}): each year of its period up to
 *       {@code asOf} is assessed by the observation of that year, as a due target is
 *       ({@link #years()}: achieved, missed, or not assessable without a comparable
 *       observation). The period starts at the {@code startYear}, else the year after the
 *       baseline, else (neither stated) the latest year observed. Then: some year
 *       missed: {@link ProgressStatus#MISSED} when the target is due, else
 *       {@link ProgressStatus#OFF_TRACK}; when due, every year achieved:
 *       {@link ProgressStatus#ACHIEVED}, and some year not assessable:
 *       {@link ProgressStatus#NOT_ASSESSABLE} with {@link Basis#MISSING_YEARS}; when not due,
 *       some year achieved: {@link ProgressStatus#ON_TRACK}, else
 *       {@link ProgressStatus#NOT_ASSESSABLE}.</li>
 *   <li>An {@link AverageTarget} ({@link Basis#PERIOD_MEAN}): {@code p} of the latest
 *       observation of its period; when due, a mean of every year that meets the bound is
 *       {@link ProgressStatus#ACHIEVED}, one that misses it {@link ProgressStatus#MISSED}, and a
 *       mean with years missing is {@link ProgressStatus#NOT_ASSESSABLE} with
 *       {@link Basis#MISSING_YEARS}; when not due, the status is {@code p}'s.</li>
 *   <li>A {@link CumulativeTarget} ({@link Basis#PERIOD_TOTAL}): the total so far is an
 *       observation of a period starting in the target's first year (a running total,
 *       {@code startYear} equal to it). An at-least total that is met is
 *       {@link ProgressStatus#ACHIEVED}; one that is not met is {@link ProgressStatus#MISSED}
 *       when the total covers the whole period, {@link ProgressStatus#NOT_ASSESSABLE} with
 *       {@link Basis#MISSING_YEARS} when the target is due but the total stops before its year,
 *       and otherwise {@link ProgressStatus#ON_TRACK} when the total is at or above the
 *       straight-line share of the period elapsed ({@code value × years covered / years of the
 *       period}) and {@link ProgressStatus#BEHIND} when below. A ceiling ({@code <=},
 *       {@code <}, or reach on a lower-is-better indicator) that is exceeded is
 *       {@link ProgressStatus#MISSED} when due and {@link ProgressStatus#OFF_TRACK} before;
 *       kept, it is {@link ProgressStatus#ACHIEVED} once the total covers the whole period,
 *       {@link ProgressStatus#ON_TRACK} before, and not assessable when due with years
 *       missing. Amounts are taken not to be negative, so a total only grows. For a
 *       {@linkplain Indicator#flow() flow}, the total may also be the sum of the annual amounts
 *       (each year's observation chosen as above, of that year alone) from the first year of the
 *       period to the last year before the first year without one; the sum is used when it reaches
 *       a later year than a running total, and its progress counts the years summed
 *       ({@link Progress#yearsObserved()} of {@link Progress#yearsInPeriod()}). Without a total
 *       or without a first year: {@link ProgressStatus#NOT_ASSESSABLE}.</li>
 * </ul>
 *
 * <p>Worked example (an outside results framework, higher is better, baseline 80 in 2019):
 * targets {@code >= 90} (2020), {@code >= 100} (2021), {@code >= 110} (2022); actuals 85
 * (2020), 101 (2021), 108 (2022), then an estimate of 112 for 2022 listed after the actual, as
 * of 2022:
 * <ul>
 *   <li>2020: missed by the actual 85 of 2020, with a late achievement by 101 in 2021;</li>
 *   <li>2021: achieved by the actual 101 of 2021;</li>
 *   <li>2022: missed by the actual 108 of 2022: the later-listed estimate of 112 does not
 *       replace the actual of the same year. The 2022 observations never count for the 2020
 *       target, which belongs to its own year.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param target the target, not null
 * @param asOf the year assessed as of, not null
 * @param period the years whose observations count toward the target, null when its first
 *     year or its year is not known
 * @param status the status, as defined above, not null
 * @param basis what the status rests on, not null
 * @param observation the observation the status rests on (for an annual target, that of the
 *     latest year assessed), null if none
 * @param progress the progress of that observation (for a cumulative target, of the total),
 *     with {@link Progress#status()} equal to {@code status}; null if there is no observation
 * @param years for an annual target, the assessment of each year of its period up to
 *     {@code asOf}, in year order; empty for other targets, not null
 * @param lateAchievement for a due target that was missed or has no observation of its year,
 *     the earliest later observation up to {@code asOf} that meets it; null otherwise
 */
public record TargetAssessment(Target target, Year asOf, @Nullable YearRange period, ProgressStatus status,
        Basis basis, @Nullable Observation observation, @Nullable Progress progress, List<YearResult> years,
        @Nullable Observation lateAchievement) {

    /** The longest period assessed year by year; a longer one is not assessable. */
    private static final int MAX_YEARS = 1000;

    /** What an assessment rests on. */
    public enum Basis {
        /** The target's year is due and the observation of that year decides. */
        TARGET_YEAR,
        /** The target's year is due and no observation of that year counts toward it. */
        NO_DATA_FOR_TARGET_YEAR,
        /** The target's year is not due; the latest observation of its period so far. */
        INTERIM,
        /** The target's year is not due and no observation of its period counts yet. */
        NO_OBSERVATION,
        /** The target has no year; the latest observation that counts. */
        YEARLESS,
        /** An annual target, assessed year by year (see {@link TargetAssessment#years()}). */
        EACH_YEAR,
        /** An average target, assessed by the mean of the years of its period. */
        PERIOD_MEAN,
        /** A cumulative target, assessed by the total of its period so far. */
        PERIOD_TOTAL,
        /** A due target of a whole period (annual, average, cumulative) with years not observed. */
        MISSING_YEARS,
        /**
         * A target of a year that is not due, of a flow indicator: only the amount of the target's
         * own year counts, so no earlier amount tells how far it is.
         */
        FLOW_NOT_DUE;

        /**
         * Returns the code used in JSON output, in kebab case ({@code no-data-for-target-year}).
         *
         * @return the code, not null
         */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The assessment of one year of an annual target.
     *
     * @param year the year, not null
     * @param status {@link ProgressStatus#ACHIEVED} when the observation of the year meets the
     *     target, {@link ProgressStatus#MISSED} when it does not, and
     *     {@link ProgressStatus#NOT_ASSESSABLE} without an observation of the year or when it
     *     cannot be compared; not null
     * @param observation the observation of the year, null if none
     */
    public record YearResult(Year year, ProgressStatus status, @Nullable Observation observation) {

        /**
         * Creates the assessment of a year.
         *
         * @param year see the class documentation
         * @param status see the class documentation
         * @param observation see the class documentation
         */
        public YearResult {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * Creates an assessment, copying the list.
     *
     * @param target see the class documentation
     * @param asOf see the class documentation
     * @param period see the class documentation
     * @param status see the class documentation
     * @param basis see the class documentation
     * @param observation see the class documentation
     * @param progress see the class documentation
     * @param years see the class documentation
     * @param lateAchievement see the class documentation
     * @throws IllegalArgumentException if the progress has another status than the assessment
     */
    public TargetAssessment {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(basis, "basis");
        years = List.copyOf(Objects.requireNonNull(years, "years"));
        if (progress != null && progress.status() != status) {
            throw new IllegalArgumentException("The progress has status " + progress.status() + ", not " + status);
        }
    }

    /**
     * Returns whether the target's year is at or before the year assessed as of.
     *
     * @return true if the target has a year and it is due
     */
    public boolean isDue() {
        return target.year() != null && !target.year().isAfter(asOf);
    }

    /**
     * Returns the default year to assess an indicator as of: the year of its latest observation
     * not marked {@linkplain Observation#historical() historical}; without one, that of its
     * latest baseline; without either, the year before its earliest
     * target year, so that no target is due; without any of these, the year 0.
     *
     * @param indicator the indicator, not null
     * @return the year, not null
     */
    public static Year asOfLatestObservation(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        Optional<Year> latest = indicator.observations().stream().filter(o -> !o.historical())
                .map(Observation::year).max(Year::compareTo);
        if (latest.isPresent()) {
            return latest.get();
        }
        Optional<Baseline> baseline = indicator.baselineFor(null);
        if (baseline.isPresent()) {
            return baseline.get().year();
        }
        return indicator.targets().stream().map(Target::year).filter(Objects::nonNull).min(Year::compareTo)
                .filter(y -> y.getValue() > Year.MIN_VALUE).map(y -> y.minusYears(1)).orElse(Year.of(0));
    }

    /**
     * Assesses a target as of the year of the indicator's latest observation (see
     * {@link #asOfLatestObservation}), converting with the standard catalogue.
     *
     * @param indicator the indicator, not null
     * @param target one of its targets, not null
     * @return the assessment, not null
     */
    public static TargetAssessment of(Indicator indicator, Target target) {
        return of(indicator, target, asOfLatestObservation(indicator), UnitCatalog.standard());
    }

    /**
     * Assesses a target as of a year; see the class documentation for the rules.
     *
     * @param indicator the indicator, not null
     * @param target one of its targets, not null
     * @param asOf the last year that is over, not null
     * @param units the catalogue to convert units with, not null
     * @return the assessment, not null
     */
    public static TargetAssessment of(Indicator indicator, Target target, Year asOf, UnitCatalog units) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(units, "units");
        Year year = target.year();
        Baseline baseline = Pairing.baselineFor(indicator, year, target.dimensions()).orElse(null);
        List<Observation> counted = new ArrayList<>();
        for (Observation o : indicator.observations()) {
            if (Pairing.pairs(target, o) && !o.historical() && !o.year().isAfter(asOf)
                    && (baseline == null || !o.year().isBefore(baseline.year()))) {
                counted.add(o);
            }
        }
        Year first = firstYear(indicator, target, baseline);
        YearRange period = first == null || year == null || first.isAfter(year) ? null : new YearRange(first, year);
        Context c = new Context(indicator, target, asOf, units, period, counted, baseline);
        if (target.annual()) {
            return c.eachYear(first);
        }
        if (target instanceof AverageTarget) {
            return c.mean();
        }
        if (target instanceof CumulativeTarget cumulative) {
            return c.total(cumulative, first);
        }
        if (year == null) {
            Observation latest = latest(counted);
            return latest == null ? c.result(ProgressStatus.NOT_ASSESSABLE, Basis.YEARLESS, null, null)
                    : c.assessed(Basis.YEARLESS, latest, Progress.assess(indicator, target, latest, units));
        }
        if (!year.isAfter(asOf)) {
            return c.due(year);
        }
        if (indicator.flow()) {
            // the amount of an earlier year says nothing about the amount of the target's year
            return c.result(ProgressStatus.NOT_ASSESSABLE, Basis.FLOW_NOT_DUE, null, null);
        }
        Observation latest = latest(c.inPeriod(year));
        return latest == null ? c.result(ProgressStatus.NOT_ASSESSABLE, Basis.NO_OBSERVATION, null, null)
                : c.assessed(Basis.INTERIM, latest, Progress.assess(indicator, target, latest, units));
    }

    /**
     * The first year of a target's period: its start year; else the year after the latest earlier
     * target year of the same dimensions; else the baseline's year; null if none is known.
     */
    private static @Nullable Year firstYear(Indicator indicator, Target target, @Nullable Baseline baseline) {
        if (target.startYear() != null) {
            return target.startYear();
        }
        Year year = target.year();
        if (year != null) {
            Year previous = null;
            for (Target t : indicator.targets()) {
                Year y = t.year();
                if (t.dimensions().equals(target.dimensions()) && y != null && y.isBefore(year)
                        && (previous == null || y.isAfter(previous))) {
                    previous = y;
                }
            }
            if (previous != null) {
                return previous.plusYears(1);
            }
        }
        return baseline == null ? null : baseline.year();
    }

    /** The observation that ends last, among those ending on the same day the most final, then the last listed. */
    static @Nullable Observation latest(List<Observation> observations) {
        Observation best = null;
        for (Observation o : observations) {
            if (best == null) {
                best = o;
                continue;
            }
            int end = Pairing.end(o).compareTo(Pairing.end(best));
            if (end > 0 || end == 0 && o.status().compareTo(best.status()) <= 0) {
                best = o;
            }
        }
        return best;
    }

    /**
     * The status of a progress once the target's year is over: achieved stays achieved; a value
     * that was compared with a level (both known, even without a baseline for a share) and did
     * not meet it is missed; anything else is not assessable.
     */
    private static ProgressStatus settled(Progress p) {
        return switch (p.status()) {
            case ACHIEVED -> ProgressStatus.ACHIEVED;
            case NOT_ASSESSABLE -> p.observed() != null && p.target() != null ? ProgressStatus.MISSED
                    : ProgressStatus.NOT_ASSESSABLE;
            default -> ProgressStatus.MISSED;
        };
    }

    /** The chosen observation among those of one year. */
    private static @Nullable Observation of(List<Observation> observations, Year year) {
        return latest(observations.stream().filter(o -> o.year().equals(year)).toList());
    }

    /** The values an assessment of one target is computed from. */
    private record Context(Indicator indicator, Target target, Year asOf, UnitCatalog units,
            @Nullable YearRange period, List<Observation> counted, @Nullable Baseline baseline) {

        TargetAssessment result(ProgressStatus status, Basis basis, @Nullable Observation observation,
                @Nullable Progress progress) {
            return new TargetAssessment(target, asOf, period, status, basis, observation,
                    progress == null ? null : progress.withStatus(status), List.of(), null);
        }

        TargetAssessment assessed(Basis basis, Observation observation, Progress progress) {
            return result(progress.status(), basis, observation, progress);
        }

        /** The counted observations of the period up to a year (its whole past when the period is open). */
        List<Observation> inPeriod(Year upTo) {
            return counted.stream().filter(o -> !o.year().isAfter(upTo)
                    && (period == null || !o.year().isBefore(period.start()))).toList();
        }

        TargetAssessment due(Year year) {
            Observation own = of(counted, year);
            if (own == null) {
                return new TargetAssessment(target, asOf, period, ProgressStatus.NOT_ASSESSABLE,
                        Basis.NO_DATA_FOR_TARGET_YEAR, null, null, List.of(),
                        indicator.flow() ? null : lateAchievement(year));
            }
            Progress p = Progress.assess(indicator, target, own, units);
            ProgressStatus status = settled(p);
            return new TargetAssessment(target, asOf, period, status, Basis.TARGET_YEAR, own, p.withStatus(status),
                    List.of(), status == ProgressStatus.MISSED && !indicator.flow() ? lateAchievement(year) : null);
        }

        /**
         * The earliest observation after the target year that meets the target; among one year's,
         * the chosen one. The target's dates do not bound it: a later period's value is later.
         */
        @Nullable Observation lateAchievement(Year year) {
            Target undated = target.withDates(null);
            List<Observation> later = indicator.observations().stream()
                    .filter(o -> o.dimensions().equals(target.dimensions()) && !o.historical()
                            && o.year().isAfter(year) && !o.year().isAfter(asOf))
                    .toList();
            if (later.isEmpty()) {
                return null;
            }
            Year y = year;
            while (y.isBefore(asOf)) {
                y = y.plusYears(1);
                Observation candidate = of(later, y);
                if (candidate != null && Progress.assess(indicator, undated, candidate, units).status()
                        == ProgressStatus.ACHIEVED) {
                    return candidate;
                }
            }
            return null;
        }

        TargetAssessment eachYear(@Nullable Year first) {
            Year year = target.year();
            Year last = year == null || year.isAfter(asOf) ? asOf : year;
            Year from = first;
            if (target.startYear() == null && baseline != null && baseline.year().equals(first)) {
                // a period that starts at the baseline: the baseline's year is no year of the target
                from = baseline.year().plusYears(1);
            }
            if (from == null) {
                Observation latest = latest(counted);
                from = latest == null ? null : latest.year();
            }
            boolean due = year != null && !year.isAfter(asOf);
            List<YearResult> results = new ArrayList<>();
            Observation lastObserved = null;
            Progress lastProgress = null;
            if (from != null && !from.isAfter(last) && (long) last.getValue() - from.getValue() < MAX_YEARS) {
                for (Year y = from; !y.isAfter(last); y = y.plusYears(1)) {
                    Observation o = of(counted, y);
                    ProgressStatus s = ProgressStatus.NOT_ASSESSABLE;
                    if (o != null) {
                        Progress p = Progress.assess(indicator, target, o, units);
                        s = settled(p);
                        lastObserved = o;
                        lastProgress = p;
                    }
                    results.add(new YearResult(y, s, o));
                }
            }
            boolean missed = results.stream().anyMatch(r -> r.status() == ProgressStatus.MISSED);
            boolean allAchieved = !results.isEmpty()
                    && results.stream().allMatch(r -> r.status() == ProgressStatus.ACHIEVED);
            boolean someAchieved = results.stream().anyMatch(r -> r.status() == ProgressStatus.ACHIEVED);
            ProgressStatus status;
            Basis basis = Basis.EACH_YEAR;
            if (missed) {
                status = due ? ProgressStatus.MISSED : ProgressStatus.OFF_TRACK;
            } else if (due) {
                status = allAchieved ? ProgressStatus.ACHIEVED : ProgressStatus.NOT_ASSESSABLE;
                basis = allAchieved ? Basis.EACH_YEAR : Basis.MISSING_YEARS;
            } else {
                status = someAchieved ? ProgressStatus.ON_TRACK : ProgressStatus.NOT_ASSESSABLE;
                basis = lastObserved == null ? Basis.NO_OBSERVATION : Basis.EACH_YEAR;
            }
            YearRange own = from == null || year == null || from.isAfter(year) ? period : new YearRange(from, year);
            return new TargetAssessment(target, asOf, own, status, basis, lastObserved,
                    lastProgress == null ? null : lastProgress.withStatus(status), results, null);
        }

        TargetAssessment mean() {
            Year year = target.year();
            Observation latest = latest(year == null ? counted : inPeriod(year));
            boolean due = year != null && !year.isAfter(asOf);
            if (latest == null) {
                return result(ProgressStatus.NOT_ASSESSABLE, due ? Basis.MISSING_YEARS : Basis.NO_OBSERVATION,
                        null, null);
            }
            Progress p = Progress.assess(indicator, target, latest, units);
            if (!due) {
                return assessed(Basis.PERIOD_MEAN, latest, p);
            }
            return switch (p.status()) {
                case ACHIEVED -> result(ProgressStatus.ACHIEVED, Basis.PERIOD_MEAN, latest, p);
                case OFF_TRACK -> result(ProgressStatus.MISSED, Basis.PERIOD_MEAN, latest, p);
                case NOT_ASSESSABLE -> result(ProgressStatus.NOT_ASSESSABLE, Basis.PERIOD_MEAN, latest, p);
                default -> result(ProgressStatus.NOT_ASSESSABLE, Basis.MISSING_YEARS, latest, p);
            };
        }

        TargetAssessment total(CumulativeTarget cumulative, @Nullable Year first) {
            Year year = target.year();
            Unit unit = indicator.unit();
            boolean due = year != null && !year.isAfter(asOf);
            Basis none = due ? Basis.MISSING_YEARS : Basis.NO_OBSERVATION;
            Year start = cumulative.startYear() != null ? cumulative.startYear()
                    : baseline != null ? baseline.year().plusYears(1) : first;
            if (year == null || start == null || start.isAfter(year) || unit == null
                    || !units.isCompatible(cumulative.unit() != null ? cumulative.unit() : unit, unit)) {
                return result(ProgressStatus.NOT_ASSESSABLE, year == null ? Basis.YEARLESS : none, null, null);
            }
            Year from = start;
            Observation running = latest(counted.stream().filter(o -> from.equals(o.startYear())
                    && !o.year().isAfter(year) && !o.isQualitative()).toList());
            Quantity goal = Quantity.of(units.convert(cumulative.value(),
                    cumulative.unit() != null ? cumulative.unit() : unit, unit), unit);
            Quantity total = running == null ? null : convert(running, unit);
            Year through = running == null ? null : running.year();
            long span = (long) year.getValue() - start.getValue() + 1;
            int summedYears = 0;
            if (indicator.flow() && span <= MAX_YEARS) {
                // the sum of the annual amounts from the first year on, up to the year before one without
                BigDecimal sum = BigDecimal.ZERO;
                Year last = null;
                Observation lastObserved = null;
                int count = 0;
                for (Year y = start; !y.isAfter(year) && !y.isAfter(asOf); y = y.plusYears(1)) {
                    Year at = y;
                    Observation o = latest(counted.stream().filter(m -> m.year().equals(at) && !m.isQualitative()
                            && (m.startYear() == null || m.startYear().equals(at))
                            && (m.dates() == null || m.dates().isWholeYear())).toList());
                    Quantity amount = o == null ? null : convert(o, unit);
                    if (amount == null) {
                        break;
                    }
                    sum = sum.add(amount.value());
                    last = y;
                    lastObserved = o;
                    count++;
                }
                if (last != null && (through == null || last.isAfter(through))) {
                    total = Quantity.of(sum, unit);
                    through = last;
                    running = lastObserved;
                    summedYears = count;
                }
            }
            YearRange own = new YearRange(start, year);
            if (total == null || through == null) {
                return new TargetAssessment(target, asOf, own, ProgressStatus.NOT_ASSESSABLE, none, running,
                        null, List.of(), null);
            }
            long covered = (long) through.getValue() - start.getValue() + 1;
            boolean whole = !through.isBefore(year);
            BigDecimal t = total.value();
            BigDecimal g = goal.value();
            Polarity polarity = indicator.polarity();
            boolean met = Progress.isMet(cumulative.comparator(), t, g, polarity);
            Comparison comparator = cumulative.comparator();
            boolean ceiling = comparator == Comparison.LE || comparator == Comparison.LT
                    || (comparator == Comparison.REACH || comparator == Comparison.TOWARD)
                        && polarity == Polarity.LOWER_IS_BETTER;
            BigDecimal expected = g.multiply(BigDecimal.valueOf(covered)).divide(BigDecimal.valueOf(span),
                    MathContext.DECIMAL64);
            ProgressStatus status;
            Basis basis = Basis.PERIOD_TOTAL;
            if (ceiling) {
                if (!met) {
                    status = due ? ProgressStatus.MISSED : ProgressStatus.OFF_TRACK;
                } else if (whole) {
                    status = ProgressStatus.ACHIEVED;
                } else if (due) {
                    status = ProgressStatus.NOT_ASSESSABLE;
                    basis = Basis.MISSING_YEARS;
                } else {
                    status = ProgressStatus.ON_TRACK;
                }
            } else if (met) {
                status = ProgressStatus.ACHIEVED;
            } else if (whole) {
                status = ProgressStatus.MISSED;
            } else if (due) {
                status = ProgressStatus.NOT_ASSESSABLE;
                basis = Basis.MISSING_YEARS;
            } else {
                status = t.compareTo(expected) >= 0 ? ProgressStatus.ON_TRACK : ProgressStatus.BEHIND;
            }
            BigDecimal share = g.signum() == 0 ? null : t.divide(g, MathContext.DECIMAL64);
            Progress p = new Progress(status, share, total, goal, whole ? null : Quantity.of(expected, unit),
                    summedYears, summedYears == 0 ? 0 : (int) span);
            return new TargetAssessment(target, asOf, own, status, basis, running, p, List.of(), null);
        }

        private @Nullable Quantity convert(Observation o, Unit unit) {
            Quantity raw = o.quantity(unit);
            return units.isCompatible(raw.unit(), unit)
                    ? Quantity.of(units.convert(raw.value(), raw.unit(), unit), unit) : null;
        }
    }
}
