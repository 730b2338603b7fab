package org.policyindicators.io.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.Dimension;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Measurement;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * Parts against the whole: where an indicator lists components, the components' values add
 * up to its value for the same period (baselines with baselines; observations with
 * observations of the same status), converted into the total's unit.
 *
 * <p>Stated values are rounded, so the sum may miss the total by up to half a unit of the last
 * stated digit of each part and of the total, added up (9.8 + 1.1 + 6.9 = 17.8 against 17.9 万人
 * may miss by up to 0.05 · 4 = 0.2). A difference beyond that is an error; a difference within
 * it is reported as an info that states it. A period is compared only when the total and every
 * part state an exact value (no bound) for it in known, compatible units; a state is no value.
 * Values are matched by period, dates and dimensions, so a female total is compared with the
 * female parts. A component whose unit does not convert into the total's is reported at its
 * reference.
 *
 * <p>Where the full comparison cannot be made — a component names no indicator of the plan, is
 * repeated or the total itself, has no known unit that converts, or states no exact value for the
 * period — the components that do have a value are still added up when the total's unit is an
 * amount that cannot be negative: a count, an area, a length, a duration, a mass, an energy, a
 * power or a volume (not a rate, a currency, a ratio, a grade or a rank). The missing components
 * cannot take anything away, so a sum of the others beyond the total and its rounding allowance
 * is certainly wrong and is reported as parts-exceed-total. A sum below the total says nothing.
 */
final class BreakdownRule implements PlanRule {

    /**
     * What one value is for: its period, its dates, its dimensions, and the status for an
     * observation. A female and a male value of one year have different keys.
     */
    record Key(YearRange period, @Nullable ObservationStatus status, @Nullable DatePeriod dates, Dimensions dimensions) {

        Key with(Dimensions other) {
            return new Key(period, status, dates, other);
        }

        /** The period as a message names it: {@code 2020}, {@code 2021-01-01/2021-03-31}, {@code 2020 (sex=female)}. */
        String text() {
            String when = dates != null ? dates.toString() : period.toString();
            return dimensions.isTotal() ? when : when + " (" + dimensions + ")";
        }
    }

    @Override
    public void check(PlanContext context, Catalog catalog) {
        UnitCatalog units = context.units();
        Map<Indicator, Map<Key, Measurement>> indexes = new IdentityHashMap<>();
        for (IndicatorEntry entry : context.indicators()) {
            Indicator total = entry.indicator();
            if (total.components().isEmpty() || total.unit() == null || !units.knows(total.unit())) {
                continue;
            }
            List<Indicator> parts = parts(context, total, entry.path());
            boolean complete = parts.size() == total.components().size();
            boolean nonNegative = isNonNegativeAmount(units, total.unit());
            if (!complete && (!nonNegative || parts.isEmpty())) {
                continue;
            }
            compare(context, total, parts, complete, nonNegative, total.baselines(), entry.path().field("baselines"),
                    indexes);
            compare(context, total, parts, complete, nonNegative, total.observations(),
                    entry.path().field("observations"), indexes);
        }
    }

    /**
     * The component indicators that can be compared: distinct, other than the total, in a known
     * unit that converts into the total's; all of them only if every component is one. Reports
     * each component whose unit does not convert into the total's.
     */
    private static List<Indicator> parts(PlanContext context, Indicator total, Pointer path) {
        List<Indicator> known = new ArrayList<>(total.components().size());
        Map<Indicator, Boolean> seen = new IdentityHashMap<>();
        for (int m = 0; m < total.components().size(); m++) {
            IndicatorEntry part = context.indicator(total.components().get(m));
            if (part == null || part.indicator() == total || seen.put(part.indicator(), Boolean.TRUE) != null) {
                continue;
            }
            Unit unit = part.indicator().unit();
            if (unit == null || !context.units().knows(unit)) {
                continue;
            }
            if (context.units().isCompatible(unit, total.unit())) {
                known.add(part.indicator());
            } else {
                UnitRule.incompatible(context, FindingKind.INCOMPATIBLE_UNIT, path.field("components").index(m),
                        unit, total.unit());
            }
        }
        return known;
    }

    /**
     * Whether values in a unit are amounts that cannot be negative, so that a part missing from a
     * sum can only add to it: counts and physical amounts, without a denominator.
     */
    private static boolean isNonNegativeAmount(UnitCatalog units, Unit unit) {
        Dimension dimension = Values.plainDimension(units, unit);
        return dimension != null && switch (dimension) {
            case COUNT, AREA, LENGTH, DURATION, MASS, ENERGY, POWER, VOLUME -> true;
            default -> false;
        };
    }

    private static void compare(PlanContext context, Indicator total, List<Indicator> parts, boolean complete,
            boolean nonNegative, List<? extends Measurement> values, Pointer path,
            Map<Indicator, Map<Key, Measurement>> indexes) {
        List<Measurement> found = new ArrayList<>(parts.size());
        List<Unit> partUnits = new ArrayList<>(parts.size());
        for (int j = 0; j < values.size(); j++) {
            Measurement whole = values.get(j);
            Key key = key(whole);
            found.clear();
            partUnits.clear();
            for (Indicator part : parts) {
                Measurement m = indexes.computeIfAbsent(part, BreakdownRule::index).get(key);
                if (m != null) {
                    found.add(m);
                    partUnits.add(Values.unitOr(m.unit(), part.unit()));
                }
            }
            Unit unit = Values.unitOr(whole.unit(), total.unit());
            Pointer at = path.index(j).field("value");
            if (complete && found.size() == parts.size() && exact(found)) {
                addUp(context, whole, unit, found, partUnits, at, key.text(), FindingKind.PARTS_DO_NOT_ADD_UP, null);
            } else if (nonNegative && !found.isEmpty()) {
                // the parts that have a value already exceed the whole; one that Sum.of leaves out is not negative either
                Sum sum = Sum.of(context.units(), whole, unit, found, partUnits, true);
                BigDecimal excess = sum == null ? null : sum.value().subtract(whole.value());
                if (excess != null && excess.compareTo(sum.tolerance()) > 0) {
                    context.add(FindingKind.PARTS_EXCEED_TOTAL, at, "period", key.text(), "total", whole.value(),
                            "sum", Values.clean(sum.value()), "excess", Values.clean(excess),
                            "tolerance", Values.clean(sum.tolerance()), "unit", unit);
                }
            }
        }
    }

    /** Whether every value is stated exactly (no bound such as 近 or 余) and tame. */
    private static boolean exact(List<Measurement> values) {
        for (Measurement m : values) {
            if (m.bound() != null || !Values.isTame(m.value())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The parts added up in the whole's unit, with the rounding allowance: half a unit of the last
     * stated digit of the whole and of each part added.
     */
    private record Sum(BigDecimal value, BigDecimal tolerance) {

        /**
         * Adds up the parts; null if the whole has no exact, tame value in a known unit, or if a
         * part has none and {@code skipMissing} is false. A part with a bound (近, 余), an untamed
         * value or a unit that does not convert is missing.
         */
        static @Nullable Sum of(UnitCatalog units, Measurement whole, @Nullable Unit unit, List<Measurement> parts,
                List<@Nullable Unit> partUnits, boolean skipMissing) {
            BigDecimal total = whole.value();
            if (whole.bound() != null || !Values.isTame(total) || unit == null) {
                return null;
            }
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal tolerance = Values.halfUnitOfLastDigit(total);
            for (int i = 0; i < parts.size(); i++) {
                Measurement m = parts.get(i);
                Unit partUnit = partUnits.get(i);
                // convert leaves out an untamed value
                Optional<BigDecimal> value = m.bound() != null || partUnit == null ? Optional.empty()
                        : Values.convert(units, m.value(), partUnit, unit);
                Optional<BigDecimal> half = value.isEmpty() ? value
                        : Values.convert(units, Values.halfUnitOfLastDigit(m.value()), partUnit, unit);
                if (half.isPresent()) {
                    sum = sum.add(value.get());
                    tolerance = tolerance.add(half.get());
                } else if (!skipMissing) {
                    return null;
                }
            }
            return new Sum(sum, tolerance);
        }
    }

    /**
     * Compares a whole with its parts, converted into the whole's unit, and reports a
     * difference: beyond the rounding allowance as {@code beyond}, within it as
     * parts-differ-within-rounding. Nothing is compared unless the whole and every part state
     * an exact, tame value in known units that convert.
     */
    static void addUp(PlanContext context, Measurement whole, @Nullable Unit unit, List<Measurement> parts,
            List<@Nullable Unit> partUnits, Pointer path, String period, FindingKind beyond,
            @Nullable String dimension) {
        Sum added = Sum.of(context.units(), whole, unit, parts, partUnits, false);
        if (added == null) {
            return;
        }
        BigDecimal tolerance = added.tolerance();
        BigDecimal difference = whole.value().subtract(added.value());
        // conversions that are not exact (亩 to square metres) leave noise far below the rounding
        if (difference.abs().compareTo(tolerance.movePointLeft(20)) <= 0) {
            return;
        }
        FindingKind kind = difference.abs().compareTo(tolerance) > 0 ? beyond : FindingKind.PARTS_DIFFER_WITHIN_ROUNDING;
        context.add(kind, path, "dimension", dimension, "period", period, "total", whole.value(),
                "sum", Values.clean(added.value()),
                "difference", Values.clean(difference), "tolerance", Values.clean(tolerance), "unit", unit);
    }

    static Key key(Measurement m) {
        return new Key(m.period(), m instanceof Observation o ? o.status() : null, m.dates(), m.dimensions());
    }

    /** The first value of an indicator for each period (and status), baselines and observations apart. */
    private static Map<Key, Measurement> index(Indicator indicator) {
        return index(index(new HashMap<>(), indicator.baselines()), indicator.observations());
    }

    /** Adds the first value of each key in a list that the index does not hold yet. */
    static Map<Key, Measurement> index(Map<Key, Measurement> index, List<? extends Measurement> list) {
        for (Measurement m : list) {
            index.putIfAbsent(key(m), m);
        }
        return index;
    }
}
