package org.policyindicators.core.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.PolicyException;
import org.policyindicators.core.QualitativeTarget;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.Target;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.YearRange;

/**
 * The progress of an observation toward a target.
 *
 * <p>With baseline value {@code b}, implied target level {@code t} (see {@link ImpliedTarget})
 * and observed value {@code o}, all in the unit of the indicator, where {@code b} is the
 * baseline that the target and its {@link Trajectory} start from (the one the implied target
 * was derived from, or else the latest baseline before the target year), the share of the way is
 * {@code (o − b) / (t − b)}: 0 at the baseline, 1 at the target, negative when the value moved
 * away. The status is, in this order:
 * <ol>
 *   <li>{@link ProgressStatus#NOT_ASSESSABLE} when the observation does not
 *       {@linkplain Pairing#pairs pair} with the target (other dimensions, or dates outside
 *       the target's dates), the target implies no level, the target has no year, the
 *       indicator has no unit, the observation is qualitative, or its unit is not compatible
 *       with the indicator's;</li>
 *   <li>{@link ProgressStatus#ACHIEVED} when {@code o} meets {@code t} under the target's
 *       comparator and the indicator's polarity ({@link Comparison#isMetBy}); an
 *       {@link Comparison#APPROX} target is also met by a value beyond it in the better
 *       direction of a higher- or lower-is-better indicator;</li>
 *   <li>{@link ProgressStatus#NOT_ASSESSABLE} when there is no baseline, or {@code t = b};</li>
 *   <li>{@link ProgressStatus#OFF_TRACK} when the share is zero or negative, or the target is
 *       annual (每年) and missed in that year;</li>
 *   <li>{@link ProgressStatus#ON_TRACK} when the observation year is before the target year and
 *       {@code o} is at or beyond the {@link Trajectory} value for that year, in the direction
 *       from {@code b} to {@code t};</li>
 *   <li>{@link ProgressStatus#BEHIND} otherwise.</li>
 * </ol>
 * A direction-only target is achieved when the observation has moved in the asked direction
 * from the latest baseline before the observation's year, or else the earliest baseline (for
 * {@link Direction#MAINTAIN}: stayed within 5 %), and off track otherwise.
 * The status never gets worse as the observation gets better.
 *
 * <p><b>Parts and periods.</b> Only values of the target's
 * {@linkplain Target#dimensions() dimensions} are used: a female observation is assessed
 * against a female target from the female baseline, a total against a total. Where both the
 * observation and the target have {@linkplain Target#dates() dates}, the observation must lie
 * within the target's period; the trajectory's grain stays the year. {@link #assess} takes
 * the pair it is given and finds a pair of different parts not assessable; {@link #latest}
 * finds the observation of the target's own part, so the targets of {@link Dimensions#TOTAL}
 * are assessed exactly as before dimensions existed.
 *
 * <p><b>Averages.</b> An {@link AverageTarget} ("GDP增长 年均 &gt; 7%" over 2021–2025) is
 * assessed against the arithmetic mean of the annual observations of its period up to the
 * observation's year (see {@link Pairing#annualObservations}: one per year, actual before
 * provisional before estimated; projected values never count), in the indicator's unit. The
 * period runs from the target's {@code startYear}, or else the year after the latest baseline,
 * to its year; {@link #yearsObserved()} of {@link #yearsInPeriod()} says how many years the
 * mean rests on. Only when every year of the period is in is the target
 * {@link ProgressStatus#ACHIEVED} (the mean meets the bound) or missed
 * ({@link ProgressStatus#OFF_TRACK}); with years missing, the mean so far is
 * {@link ProgressStatus#ON_TRACK} when it meets the bound and {@link ProgressStatus#BEHIND}
 * when not. Without a single year in, or without a period, it is not assessable. The share
 * and the expected value are null: an average has no path from a baseline. Example: growth of
 * 8.1, 3.0 and 8.4 percent in 2021–2023 against {@code > 7} over 2021–2025 is a mean of 6.5,
 * behind, 3 of 5 years; with 8.0 and 9.0 in 2024 and 2025 the mean of 7.3 is achieved.
 *
 * <p><b>Qualitative values.</b> A {@link QualitativeTarget} is assessed only against a
 * qualitative observation: it is {@link ProgressStatus#ACHIEVED} when the observation's
 * state equals the target's text in a language that both have (ignoring case and surrounding
 * blanks; "Adopted" meets "adopted"), and not assessable otherwise, because a state that
 * differs in words is not known to fall short. Every other pairing with a qualitative value,
 * and every numeric target of an indicator without a unit, is not assessable; no method here
 * throws for a qualitative value.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param status the status, not null
 * @param share the share of the way from baseline to target, rounded to 16 significant
 *     digits; null when not computable
 * @param observed the observed value in the unit of the indicator (for an average target, the
 *     mean of the years observed), null if not convertible or qualitative
 * @param target the implied target level (for an average target, the bound), null if the target
 *     implies none
 * @param expected the trajectory value for the observation year, null if not computable
 * @param yearsObserved for an average target, the number of years of its period that the mean
 *     rests on; for the cumulative target of a flow summed year by year (see
 *     {@link TargetAssessment}), the number of years summed; 0 for other targets
 * @param yearsInPeriod for an average target or a cumulative target summed year by year, the
 *     number of years of its period; 0 for other targets
 */
public record Progress(ProgressStatus status, @Nullable BigDecimal share, @Nullable Quantity observed,
        @Nullable Quantity target, @Nullable Quantity expected, int yearsObserved, int yearsInPeriod) {

    /**
     * Creates a progress.
     *
     * @param status see the class documentation
     * @param share see the class documentation
     * @param observed see the class documentation
     * @param target see the class documentation
     * @param expected see the class documentation
     * @param yearsObserved see the class documentation
     * @param yearsInPeriod see the class documentation
     * @throws IllegalArgumentException if a count of years is negative, or more years are
     *     observed than the period has
     */
    public Progress {
        Objects.requireNonNull(status, "status");
        if (yearsObserved < 0 || yearsInPeriod < 0 || yearsObserved > yearsInPeriod) {
            throw new IllegalArgumentException("Years observed must be from 0 to the years in the period: "
                    + yearsObserved + " of " + yearsInPeriod);
        }
    }

    /**
     * Creates a progress toward a target other than an average, with no count of years.
     *
     * @param status see the class documentation
     * @param share see the class documentation
     * @param observed see the class documentation
     * @param target see the class documentation
     * @param expected see the class documentation
     */
    public Progress(ProgressStatus status, @Nullable BigDecimal share, @Nullable Quantity observed,
            @Nullable Quantity target, @Nullable Quantity expected) {
        this(status, share, observed, target, expected, 0, 0);
    }

    /**
     * Returns a copy with another status and the same numbers, as {@link TargetAssessment} gives
     * when it judges the progress of a due target ({@link ProgressStatus#MISSED}).
     *
     * @param newStatus the status, not null
     * @return the changed copy, or this progress if the status is the same; not null
     */
    public Progress withStatus(ProgressStatus newStatus) {
        Objects.requireNonNull(newStatus, "newStatus");
        return newStatus == status ? this
                : new Progress(newStatus, share, observed, target, expected, yearsObserved, yearsInPeriod);
    }

    /**
     * Returns whether the status rests on part of an average target's period only.
     *
     * @return true for an average target with fewer years observed than its period has
     */
    public boolean isPartial() {
        return yearsObserved < yearsInPeriod;
    }

    /**
     * Assesses an observation against a target, converting with the standard catalogue.
     *
     * @param indicator the indicator, not null
     * @param target one of its targets, not null
     * @param observation the observation, not null
     * @return the progress, not null
     */
    public static Progress assess(Indicator indicator, Target target, Observation observation) {
        return assess(indicator, target, observation, UnitCatalog.standard());
    }

    /**
     * Assesses an observation against a target.
     *
     * @param indicator the indicator, not null
     * @param target one of its targets, not null
     * @param observation the observation, not null
     * @param units the catalogue to convert units with, not null
     * @return the progress, not null
     */
    public static Progress assess(Indicator indicator, Target target, Observation observation, UnitCatalog units) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(observation, "observation");
        Objects.requireNonNull(units, "units");
        boolean pairs = Pairing.pairs(target, observation);
        if (target instanceof QualitativeTarget q && observation.isQualitative()) {
            return new Progress(pairs && sameState(q.text(), observation.state()) ? ProgressStatus.ACHIEVED
                    : ProgressStatus.NOT_ASSESSABLE, null, null, null, null);
        }
        Unit unit = indicator.unit();
        Quantity observed = unit == null ? null : observed(observation, unit, units);
        if (observed == null || !pairs) {
            return new Progress(ProgressStatus.NOT_ASSESSABLE, null, observed, null, null);
        }
        if (target instanceof AverageTarget a) {
            return average(indicator, a, observation, unit, units);
        }
        if (target instanceof DirectionTarget d) {
            return direction(d.direction(), value(Pairing.baselineFor(indicator, observation.year(),
                    target.dimensions()).orElse(null), unit, units), observed);
        }
        Optional<ImpliedTarget> implied = ImpliedTarget.of(indicator, target, units);
        if (implied.isEmpty()) {
            return new Progress(ProgressStatus.NOT_ASSESSABLE, null, observed, null, null);
        }
        ImpliedTarget t = implied.get();
        // the baseline that the target and its trajectory start from, whatever the observation's year
        Baseline from = t.baseline() != null ? t.baseline()
                : Pairing.baselineFor(indicator, t.year(), target.dimensions()).orElse(null);
        Optional<BigDecimal> base = Optional.ofNullable(value(from, unit, units));
        BigDecimal o = observed.value();
        BigDecimal goal = t.value().value();
        Polarity polarity = indicator.polarity();
        if (isMet(t.comparator(), o, goal, polarity)) {
            return new Progress(ProgressStatus.ACHIEVED, share(base.orElse(null), goal, o), observed, t.value(), null);
        }
        if (base.isEmpty() || base.get().compareTo(goal) == 0) {
            return new Progress(ProgressStatus.NOT_ASSESSABLE, null, observed, t.value(), null);
        }
        BigDecimal share = share(base.get(), goal, o);
        if (share == null || share.signum() <= 0 || target.annual()) {
            return new Progress(ProgressStatus.OFF_TRACK, share, observed, t.value(), null);
        }
        Quantity expected = null;
        if (observation.year().isBefore(t.year())) {
            expected = expected(indicator, target, observation.year(), units);
            // never 0: a goal equal to the base returned above, so "/" for "*" below is an equivalent mutant
            int towardTarget = goal.compareTo(base.get());
            if (expected != null && o.compareTo(expected.value()) * towardTarget >= 0) {
                return new Progress(ProgressStatus.ON_TRACK, share, observed, t.value(), expected);
            }
        }
        return new Progress(ProgressStatus.BEHIND, share, observed, t.value(), expected);
    }

    /**
     * Assesses a target against the observation it pairs with last (see
     * {@link Pairing#observationFor}), converting with the standard catalogue.
     *
     * @param indicator the indicator, not null
     * @param target one of its targets, not null
     * @return the progress, empty if no observation pairs with the target
     */
    public static Optional<Progress> latest(Indicator indicator, Target target) {
        return latest(indicator, target, UnitCatalog.standard());
    }

    /**
     * Assesses a target against the observation it pairs with last: the latest observation of
     * the target's dimensions (and, where both have dates, within the target's period), among
     * those of the same end the last listed. To ask for the progress of one part of the whole,
     * assess the targets of that part:
     * <pre>{@code
     * for (Target t : Pairing.targets(indicator, Dimensions.of("area", "rural"))) {
     *     Progress.latest(indicator, t, units).ifPresent(p -> System.out.println(p.status()));
     * }
     * }</pre>
     * A total target takes only total observations.
     *
     * <p>This takes the latest observation whatever the target's year: a 2022 value is assessed
     * against a 2020 target. To assess each target by the observation of its own period, and a
     * past target as achieved or missed, use {@link TargetAssessment}.
     *
     * @param indicator the indicator, not null
     * @param target one of its targets, not null
     * @param units the catalogue to convert units with, not null
     * @return the progress, empty if no observation pairs with the target
     */
    public static Optional<Progress> latest(Indicator indicator, Target target, UnitCatalog units) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(units, "units");
        return Pairing.observationFor(indicator, target).map(o -> assess(indicator, target, o, units));
    }

    /** The trajectory value for a year; null without a trajectory or when the year is too far from it. */
    private static @Nullable Quantity expected(Indicator indicator, Target target, Year year, UnitCatalog units) {
        try {
            return Trajectory.of(indicator, target, units).map(tr -> tr.valueAt(year)).orElse(null);
        } catch (PolicyException tooFar) {
            return null;
        }
    }

    /** The mean of the annual observations of an average target's period up to the observation's year. */
    private static Progress average(Indicator indicator, AverageTarget target, Observation observation, Unit unit,
            UnitCatalog units) {
        Year end = target.year();
        Year start = target.startYear();
        if (start == null && end != null) {
            start = Pairing.baselineFor(indicator, end, target.dimensions())
                    .filter(b -> b.year().getValue() < Year.MAX_VALUE).map(b -> b.year().plusYears(1)).orElse(null);
        }
        Quantity observed = observed(observation, unit, units);
        Optional<BigDecimal> bound = convert(units, target.value(), target.unit(), unit);
        if (start == null || end == null || start.isAfter(end) || bound.isEmpty()) {
            return new Progress(ProgressStatus.NOT_ASSESSABLE, null, observed, null, null);
        }
        Quantity goal = Quantity.of(bound.get(), unit);
        long span = (long) end.getValue() - start.getValue() + 1;
        if (span > 1000) {
            return new Progress(ProgressStatus.NOT_ASSESSABLE, null, observed, goal, null);
        }
        int inPeriod = (int) span;
        Year upTo = observation.year().isBefore(end) ? observation.year() : end;
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        if (!upTo.isBefore(start)) {
            for (Observation o : Pairing.annualObservations(indicator, new YearRange(start, upTo),
                    target.dimensions()).values()) {
                Quantity q = observed(o, unit, units);
                if (q != null) {
                    sum = sum.add(q.value());
                    count++;
                }
            }
        }
        if (count == 0) {
            return new Progress(ProgressStatus.NOT_ASSESSABLE, null, null, goal, null, 0, inPeriod);
        }
        BigDecimal mean;
        try {
            mean = sum.divide(BigDecimal.valueOf(count));
        } catch (ArithmeticException nonTerminating) {
            mean = sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128);
        }
        boolean met = isMet(target.comparator(), mean, goal.value(), indicator.polarity());
        ProgressStatus status = count == inPeriod
                ? (met ? ProgressStatus.ACHIEVED : ProgressStatus.OFF_TRACK)
                : (met ? ProgressStatus.ON_TRACK : ProgressStatus.BEHIND);
        return new Progress(status, null, Quantity.of(mean, unit), goal, null, count, inPeriod);
    }

    /** The numeric value of an observation in the unit of the indicator; null if qualitative or not convertible. */
    private static @Nullable Quantity observed(Observation observation, Unit unit, UnitCatalog units) {
        if (observation.isQualitative()) {
            return null;
        }
        Quantity raw = observation.quantity(unit);
        if (!units.isCompatible(raw.unit(), unit)) {
            return null;
        }
        return Quantity.of(units.convert(raw.value(), raw.unit(), unit), unit);
    }

    private static Optional<BigDecimal> convert(UnitCatalog units, BigDecimal value, @Nullable Unit from, Unit to) {
        Unit source = from != null ? from : to;
        return units.isCompatible(source, to) ? Optional.of(units.convert(value, source, to)) : Optional.empty();
    }

    /** Whether a state equals a target's wording in a language both have, ignoring case and blanks. */
    private static boolean sameState(Text wording, Text state) {
        for (Map.Entry<String, String> e : state.values().entrySet()) {
            String stated = wording.values().get(e.getKey());
            if (stated != null && stated.strip().toLowerCase(Locale.ROOT)
                    .equals(e.getValue().strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The value of a baseline in the unit of the indicator; null if none, qualitative or not convertible. */
    private static @Nullable BigDecimal value(@Nullable Baseline baseline, Unit unit, UnitCatalog units) {
        if (baseline == null || baseline.isQualitative()) {
            return null;
        }
        Unit own = baseline.quantity(unit).unit();
        return units.isCompatible(own, unit) ? units.convert(Objects.requireNonNull(baseline.value()), own, unit)
                : null;
    }

    /** Whether a value meets a bound; an approximate bound also by a value beyond it in the better direction. */
    static boolean isMet(Comparison comparator, BigDecimal o, BigDecimal goal, Polarity polarity) {
        if (comparator.isMetBy(o, goal, polarity)) {
            return true;
        }
        // ">=" for ">" and "<=" for "<" are equivalent mutants: at equality isMetBy returned true above
        return comparator == Comparison.APPROX
                && (polarity == Polarity.HIGHER_IS_BETTER && o.compareTo(goal) > 0
                    || polarity == Polarity.LOWER_IS_BETTER && o.compareTo(goal) < 0);
    }

    private static @Nullable BigDecimal share(@Nullable BigDecimal base, BigDecimal goal, BigDecimal o) {
        if (base == null || base.compareTo(goal) == 0) {
            return null;
        }
        return o.subtract(base).divide(goal.subtract(base), MathContext.DECIMAL64);
    }

    private static Progress direction(Direction direction, @Nullable BigDecimal base, Quantity observed) {
        if (base == null) {
            return new Progress(ProgressStatus.NOT_ASSESSABLE, null, observed, null, null);
        }
        int moved = observed.value().compareTo(base);
        boolean met = switch (direction) {
            case INCREASE -> moved > 0;
            case DECREASE -> moved < 0;
            case MAINTAIN -> Comparison.APPROX.isMetBy(observed.value(), base, Polarity.NEUTRAL);
        };
        return new Progress(met ? ProgressStatus.ACHIEVED : ProgressStatus.OFF_TRACK, null, observed, null, null);
    }
}
