package org.policyindicators.core.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparator;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.Target;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;

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
 *   <li>{@link ProgressStatus#NOT_ASSESSABLE} when the target implies no level, the target
 *       has no year, or the observation's unit is not compatible with the indicator's;</li>
 *   <li>{@link ProgressStatus#ACHIEVED} when {@code o} meets {@code t} under the target's
 *       comparator and the indicator's polarity ({@link Comparator#isMetBy}); an
 *       {@link Comparator#APPROX} target is also met by a value beyond it in the better
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
 * <p>This class is immutable and thread-safe.
 *
 * @param status the status, not null
 * @param share the share of the way from baseline to target, rounded to 16 significant
 *     digits; null when not computable
 * @param observed the observed value in the unit of the indicator, null if not convertible
 * @param target the implied target level, null if the target implies none
 * @param expected the trajectory value for the observation year, null if not computable
 */
public record Progress(ProgressStatus status, @Nullable BigDecimal share, @Nullable Quantity observed,
        @Nullable Quantity target, @Nullable Quantity expected) {

    /**
     * Creates a progress.
     *
     * @param status see the class documentation
     * @param share see the class documentation
     * @param observed see the class documentation
     * @param target see the class documentation
     * @param expected see the class documentation
     */
    public Progress {
        Objects.requireNonNull(status, "status");
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
        Quantity raw = observation.quantity(indicator.unit());
        if (!units.isCompatible(raw.unit(), indicator.unit())) {
            return new Progress(ProgressStatus.NOT_ASSESSABLE, null, null, null, null);
        }
        Quantity observed = Quantity.of(units.convert(raw.value(), raw.unit(), indicator.unit()), indicator.unit());
        if (target instanceof DirectionTarget d) {
            return direction(d.direction(), value(indicator.baselineFor(observation.year()).orElse(null), indicator,
                    units), observed);
        }
        Optional<ImpliedTarget> implied = ImpliedTarget.of(indicator, target, units);
        if (implied.isEmpty()) {
            return new Progress(ProgressStatus.NOT_ASSESSABLE, null, observed, null, null);
        }
        ImpliedTarget t = implied.get();
        // the baseline that the target and its trajectory start from, whatever the observation's year
        Baseline from = t.baseline() != null ? t.baseline() : indicator.baselineFor(t.year()).orElse(null);
        Optional<BigDecimal> base = Optional.ofNullable(value(from, indicator, units));
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
            expected = Trajectory.of(indicator, target, units).map(tr -> tr.valueAt(observation.year())).orElse(null);
            int towardTarget = goal.compareTo(base.get());
            if (expected != null && o.compareTo(expected.value()) * towardTarget >= 0) {
                return new Progress(ProgressStatus.ON_TRACK, share, observed, t.value(), expected);
            }
        }
        return new Progress(ProgressStatus.BEHIND, share, observed, t.value(), expected);
    }

    /** The value of a baseline in the unit of the indicator; null if none or not convertible. */
    private static @Nullable BigDecimal value(@Nullable Baseline baseline, Indicator indicator, UnitCatalog units) {
        if (baseline == null) {
            return null;
        }
        Unit own = baseline.quantity(indicator.unit()).unit();
        return units.isCompatible(own, indicator.unit()) ? units.convert(baseline.value(), own, indicator.unit())
                : null;
    }

    private static boolean isMet(Comparator comparator, BigDecimal o, BigDecimal goal, Polarity polarity) {
        if (comparator.isMetBy(o, goal, polarity)) {
            return true;
        }
        return comparator == Comparator.APPROX
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
            case MAINTAIN -> Comparator.APPROX.isMetBy(observed.value(), base, Polarity.NEUTRAL);
        };
        return new Progress(met ? ProgressStatus.ACHIEVED : ProgressStatus.OFF_TRACK, null, observed, null, null);
    }
}
