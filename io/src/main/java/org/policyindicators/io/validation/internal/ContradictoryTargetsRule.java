package org.policyindicators.io.validation.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.analysis.ImpliedTarget;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * Implied numbers that contradict each other: two targets of one indicator for the same year,
 * dates and dimensions whose implied levels cannot both hold, such as a doubling of 486 (972)
 * and a level of at least 1100.
 *
 * <p>Each target's level (see {@link ImpliedTarget}) becomes an interval: "at least" and "more
 * than" bound it from below, "at most" and "less than" from above, a range gives both ends,
 * and "reach" and "about" a value within {@link Comparison#APPROX_TOLERANCE_PERCENT} percent
 * either side, since such a value is a statement of that number. "Toward" commits to nothing
 * and is left out. Targets are taken in document order; each is compared with what the
 * earlier ones of its year allow together, and reported against the target that set the bound
 * it misses. The work per indicator is linear in its targets.
 */
final class ContradictoryTargetsRule implements PlanRule {

    private static final BigDecimal TOLERANCE = Comparison.APPROX_TOLERANCE_PERCENT.movePointLeft(2);

    /** One end of an interval; a strict end excludes its value. */
    private record End(BigDecimal value, boolean strict) {
    }

    /** A set of levels; a null end is unbounded. */
    private record Interval(@Nullable End lower, @Nullable End upper, Supplier<String> text) {
    }

    /** The year, dates and dimensions a target is for: a female and a male target of one year never contradict. */
    private record When(Year year, @Nullable DatePeriod dates, Dimensions dimensions) {
    }

    /** Which of the earlier targets of one year set each end of what they allow together; -1 for none. */
    private static final class Allowed {
        int lower = -1;
        int upper = -1;
    }

    @Override
    public void checkIndicator(PlanContext context, Catalog catalog, IndicatorEntry entry) {
        UnitCatalog units = context.units();
        Indicator indicator = entry.indicator();
        if (indicator.targets().size() < 2 || indicator.unit() == null) {
            return;
        }
        Pointer path = entry.path();
        List<Target> targets = indicator.targets();
        Map<Dimensions, Indicator> views = new HashMap<>();
        Map<When, Allowed> byYear = new HashMap<>();
        // the bounds as text are needed only for a finding: computed then, not for every target
        Interval[] intervals = new Interval[targets.size()];
        for (int k = 0; k < targets.size(); k++) {
            Target target = targets.get(k);
            Year year = target.year();
            if (year == null) {
                continue;
            }
            Indicator view = views.computeIfAbsent(target.dimensions(), d -> Values.numericView(indicator, d));
            Interval interval = Values.baselinesUsable(view, units) ? interval(units, view, target) : null;
            if (interval == null) {
                continue;
            }
            intervals[k] = interval;
            Allowed allowed = byYear.computeIfAbsent(new When(year, target.dates(), target.dimensions()),
                    w -> new Allowed());
            End lower = allowed.lower < 0 ? null : intervals[allowed.lower].lower();
            End upper = allowed.upper < 0 ? null : intervals[allowed.upper].upper();
            int other = -1;
            if (below(interval.upper(), lower)) {
                other = allowed.lower;
            } else if (below(upper, interval.lower())) {
                other = allowed.upper;
            }
            if (other >= 0) {
                context.add(FindingKind.CONTRADICTORY_TARGETS, path.field("targets").index(k),
                        "year", year, "bound", interval.text().get(), "otherBound", intervals[other].text().get(),
                        "other", path.field("targets").index(other), "unit", indicator.unit());
                continue;
            }
            if (tighter(interval.lower(), lower, 1)) {
                allowed.lower = k;
            }
            if (tighter(interval.upper(), upper, -1)) {
                allowed.upper = k;
            }
        }
    }

    /** Whether an upper end lies below a lower end, so that nothing lies between them; false if either is unbounded. */
    private static boolean below(@Nullable End upper, @Nullable End lower) {
        if (upper == null || lower == null) {
            return false;
        }
        int c = upper.value().compareTo(lower.value());
        return c < 0 || (c == 0 && (upper.strict() || lower.strict()));
    }

    /** Whether an end narrows the allowed end on its side: further towards the sign, or as far and strict. */
    private static boolean tighter(@Nullable End end, @Nullable End allowed, int sign) {
        if (end == null) {
            return false;
        }
        int c = allowed == null ? sign : end.value().compareTo(allowed.value());
        return c == sign || (c == 0 && end.strict() && !allowed.strict());
    }

    private static @Nullable Interval interval(UnitCatalog units, Indicator indicator, Target target) {
        if (target instanceof RangeTarget range) {
            Unit unit = range.unit() != null ? range.unit() : indicator.unit();
            Optional<BigDecimal> min = Values.convert(units, range.min(), unit, indicator.unit());
            Optional<BigDecimal> max = Values.convert(units, range.max(), unit, indicator.unit());
            if (min.isEmpty() || max.isEmpty() || min.get().compareTo(max.get()) > 0) {
                return null;
            }
            BigDecimal low = min.get();
            BigDecimal high = max.get();
            return new Interval(new End(low, false), new End(high, false),
                    () -> "[" + Messages.format(Values.clean(low)) + ", " + Messages.format(Values.clean(high)) + "]");
        }
        Optional<ImpliedTarget> implied = Values.implied(indicator, target, units);
        if (implied.isEmpty()) {
            return null;
        }
        // a long compound product is cut to the digits the rules compute with; a scale beyond them stays untame
        BigDecimal value = implied.get().value().value().round(new MathContext(Values.MAX_PRECISION));
        if (!Values.isTame(value)) {
            return null;
        }
        return switch (implied.get().comparator()) {
            case GE -> new Interval(new End(value, false), null, () -> Values.bound("≥", value));
            case GT -> new Interval(new End(value, true), null, () -> Values.bound(">", value));
            case LE -> new Interval(null, new End(value, false), () -> Values.bound("≤", value));
            case LT -> new Interval(null, new End(value, true), () -> Values.bound("<", value));
            case REACH, APPROX -> {
                BigDecimal spread = value.abs().multiply(TOLERANCE);
                yield new Interval(new End(value.subtract(spread), false), new End(value.add(spread), false),
                        () -> Values.bound("≈", value));
            }
            case TOWARD -> null;
        };
    }
}
