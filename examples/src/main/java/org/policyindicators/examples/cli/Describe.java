package org.policyindicators.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.DecimalText;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.GradeTarget;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Measurement;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.QualitativeTarget;
import org.policyindicators.core.QuotaTarget;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.RankKind;
import org.policyindicators.core.RankTarget;
import org.policyindicators.core.RelativeTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.Units;
import org.policyindicators.core.ZeroTarget;
import org.policyindicators.core.analysis.ImpliedTarget;

/**
 * Short texts for the cells of a report: values with units, and targets of every kind
 * ({@code >= 227 (2025)}, {@code x2 = 972 (2025)}, {@code 年均>= 7%}, {@code 年均 > 7%} for an
 * average, {@code 基本<= 1} for a hedged level, {@code >= +1 from 2020} for a change with a base year),
 * in one language. Values of a part of the whole carry its dimensions ({@code [sex=female]}),
 * values of dated periods their dates, qualitative values their state.
 *
 * <p>Values stated in a document are written exactly as stated; values the library computed
 * are rounded to two decimals. Only ASCII symbols are used for comparators, because terminals
 * disagree on the width of {@code ≥} and {@code ×}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Describe {

    private static final int COMPUTED_DECIMALS = 2;

    private final Labels labels;
    private final UnitCatalog units;

    /**
     * Creates a describer.
     *
     * @param labels the labels of the language, not null
     * @param units the catalogue of the plan, not null
     */
    Describe(Labels labels, UnitCatalog units) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.units = Objects.requireNonNull(units, "units");
    }

    /**
     * Writes a value exactly as stated, without exponent, in the
     * {@linkplain DecimalText.Style#PLAIN plain style}.
     *
     * @param value the value, not null
     * @return the text, not null
     */
    static String stated(BigDecimal value) {
        return DecimalText.format(value, DecimalText.Style.PLAIN);
    }

    /**
     * Rounds a computed value to two decimals and drops trailing zeros.
     *
     * @param value the value, not null
     * @return the rounded value, not null
     */
    static BigDecimal rounded(BigDecimal value) {
        BigDecimal r = value.setScale(COMPUTED_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /**
     * Writes the symbol of a unit: 亿元, 万人, %, in English {@code 100m CNY}, {@code 10k persons},
     * {@code persons/100k persons};
     * nothing for the missing unit of a qualitative indicator.
     *
     * @param unit the unit, null for none
     * @return the symbol, empty for none, not null
     */
    String unit(@Nullable Unit unit) {
        if (unit == null) {
            return "";
        }
        if (labels.language() == Language.ZH) {
            return units.symbol(unit, Language.ZH.tag());
        }
        String plain = englishSymbol(unit.code(), unit.scale());
        Unit per = unit.per();
        return per == null ? plain : plain + "/" + englishSymbol(per.code(), per.scale());
    }

    private String englishSymbol(String code, int scale) {
        String symbol = units.symbol(Unit.of(code), Language.EN.tag());
        String prefix = switch (scale) {
            case 0 -> "";
            case 3 -> "k ";
            case 2 -> "100 ";
            case 4 -> "10k ";
            case 5 -> "100k ";
            case 6 -> "m ";
            case 7 -> "10m ";
            case 8 -> "100m ";
            case 9 -> "bn ";
            case 12 -> "tn ";
            default -> "1e" + scale + " ";
        };
        return prefix + symbol;
    }

    /**
     * Writes a baseline or an observation: its value (with its unit when that differs from the
     * indicator's) and its year or period, {@code 486 (2020)}; a qualitative value by its state,
     * {@code adopted (2023)}; dates finer than the year as a short ISO 8601 interval,
     * {@code 80 (2021-01/03)} for whole months, {@code 80 (2021-01-15/03-31)} otherwise; a part
     * of the whole by its dimension values, {@code 74 (2023) [female]}.
     *
     * @param m the measurement, not null
     * @param indicatorUnit the unit of the indicator, null for a qualitative indicator
     * @return the text, not null
     */
    String measurement(Measurement m, @Nullable Unit indicatorUnit) {
        return measurement(m, indicatorUnit, Dimensions.TOTAL);
    }

    /**
     * Writes a baseline or an observation as {@link #measurement(Measurement, Unit)} does, but
     * without its part when that is the part of the context: an observation in the row of a
     * female target need not say again that it is female.
     *
     * @param m the measurement, not null
     * @param indicatorUnit the unit of the indicator, null for a qualitative indicator
     * @param context the part the reader already knows, {@link Dimensions#TOTAL} for none
     * @return the text, not null
     */
    String measurement(Measurement m, @Nullable Unit indicatorUnit, Dimensions context) {
        BigDecimal number = m.value();
        String value;
        if (number == null) {
            value = text(m.state());
        } else {
            String comparator = m.bound() == null ? "" : comparator(m.bound());
            value = comparator + stated(number) + ownUnit(m.unit(), indicatorUnit);
        }
        String text = value + " " + period(m.startYear(), m.year(), m.dates());
        return m.dimensions().equals(context) ? text : part(text, m.dimensions());
    }

    /**
     * Writes the label of a comparator with a trailing space, or nothing for {@code reach}.
     *
     * @param comparator the comparator, not null
     * @return the text, not null
     */
    String comparator(Comparison comparator) {
        String symbol = labels.get("comparator." + comparator.code());
        return symbol.isEmpty() ? "" : symbol + " ";
    }

    /**
     * Writes a target: what it asks for, the level it implies when that is computed and not
     * stated, and its year or period, marked when the context implies the year rather than the
     * text stating it ({@code >= 227 (2025) (year implied)}).
     *
     * @param target the target, not null
     * @param implied the level the library computed for it, null if none
     * @param indicatorUnit the unit of the indicator, null for a qualitative indicator
     * @return the text, not null
     */
    String target(Target target, @Nullable ImpliedTarget implied, @Nullable Unit indicatorUnit) {
        String what = what(target, indicatorUnit);
        if (implied != null && isDerived(target)) {
            what = labels.get("target.implied", what, stated(rounded(implied.value().value())));
        }
        if (target.annual()) {
            what = labels.get("target.annual", what);
        }
        Year year = target.year();
        if (year == null) {
            return part(what, target.dimensions());
        }
        String dated = what + " " + period(target.startYear(), year, target.dates());
        return part(target.yearImplied() == null ? dated : labels.get("target.yearImplied", dated),
                target.dimensions());
    }

    /**
     * Returns whether a target's level is computed from a baseline rather than stated.
     *
     * @param target the target, not null
     * @return true for multiple, change and growth targets
     */
    static boolean isDerived(Target target) {
        return target instanceof MultipleTarget || target instanceof ChangeTarget || target instanceof GrowthTarget;
    }

    private String what(Target target, @Nullable Unit indicatorUnit) {
        String tag = labels.language().tag();
        if (target instanceof LevelTarget t) {
            String level = comparator(t.comparator()) + stated(t.value()) + ownUnit(t.unit(), indicatorUnit);
            return t.essentially() ? labels.get("target.essentially", level) : level;
        } else if (target instanceof RangeTarget t) {
            return labels.get("target.range", stated(t.min()), stated(t.max())) + ownUnit(t.unit(), indicatorUnit);
        } else if (target instanceof MultipleTarget t) {
            return labels.get("target.multiple", stated(t.factor()));
        } else if (target instanceof ChangeTarget t) {
            String sign = t.value().signum() > 0 ? "+" : "";
            String amount = t.mode() == ChangeMode.RELATIVE
                    ? sign + stated(t.value()) + "%"
                    : sign + stated(t.value()) + ownUnit(t.unit(), indicatorUnit);
            Year base = t.baseYear();
            return base == null ? comparator(t.comparator()) + amount
                    : labels.get("target.change.base", comparator(t.comparator()) + amount, base);
        } else if (target instanceof AverageTarget t) {
            Unit unit = t.unit() != null ? t.unit() : indicatorUnit;
            // the unit always shows: "average > 7" alone would not say that a rate is bounded
            return labels.get("target.average", comparator(t.comparator()) + stated(t.value()) + spaced(unit));
        } else if (target instanceof GrowthTarget t) {
            Unit unit = t.unit() == null ? Units.PERCENT : t.unit();
            return labels.get("target.growth", comparator(t.comparator()) + stated(t.value()) + unit(unit));
        } else if (target instanceof CumulativeTarget t) {
            return labels.get("target.cumulative",
                    comparator(t.comparator()) + stated(t.value()) + ownUnit(t.unit(), indicatorUnit));
        } else if (target instanceof RelativeTarget t) {
            String benchmark = t.benchmark().isEmpty() && t.reference() != null
                    ? t.reference().indicator() : t.benchmark().best(tag);
            return labels.get("target.relative." + t.aspect().code(), comparator(t.comparator()), benchmark);
        } else if (target instanceof DirectionTarget t) {
            return labels.get("target.direction." + t.direction().code());
        } else if (target instanceof QualitativeTarget t) {
            return t.text().isEmpty() ? labels.get("target.qualitative") : t.text().best(tag);
        } else if (target instanceof RankTarget t) {
            String key = t.rankKind() == RankKind.TIER ? "target.tier" : "target.rank";
            String scope = t.scope().best(tag);
            return comparator(t.comparator())
                    + (scope.isEmpty() ? labels.get(key, t.rank()) : labels.get(key + ".scoped", t.rank(), scope));
        } else if (target instanceof GradeTarget t) {
            String grade = t.label().isEmpty() ? labels.get("target.grade", t.grade()) : t.label().best(tag);
            return comparator(t.comparator()) + grade;
        } else if (target instanceof ZeroTarget) {
            return labels.get("target.zero");
        } else if (target instanceof ShareTarget t) {
            Unit unit = t.unit() == null ? Units.PERCENT : t.unit();
            String whole = t.whole().isEmpty() && t.wholeIndicator() != null
                    ? t.wholeIndicator().indicator() : t.whole().best(tag);
            return labels.get("target.share", comparator(t.comparator()) + stated(t.value()) + unit(unit), whole);
        } else if (target instanceof QuotaTarget t) {
            String amount = t.value() == null ? ""
                    : comparator(t.comparator()) + stated(t.value()) + ownUnit(t.unit(), indicatorUnit);
            return labels.get("target.quota", amount).strip();
        }
        throw new IllegalStateException("Unknown target kind " + target.kind());
    }

    private String ownUnit(@Nullable Unit own, @Nullable Unit indicatorUnit) {
        if (own == null || own.equals(indicatorUnit)) {
            return "";
        }
        return spaced(own);
    }

    /** The symbol of a unit to follow a number: after a space in English unless it is a percent. */
    private String spaced(@Nullable Unit unit) {
        String symbol = unit(unit);
        return labels.language() == Language.ZH || symbol.isEmpty() || symbol.startsWith("%") ? symbol : " " + symbol;
    }

    /** The year, the years, or the dates when they are not whole years: {@code (2021-01/06)}. */
    private static String period(@Nullable Year start, Year end, @Nullable DatePeriod dates) {
        if (dates != null && !dates.isWholeYear()) {
            return "(" + shortDates(dates) + ")";
        }
        return start == null || start.equals(end) ? "(" + end + ")" : "(" + start + "-" + end + ")";
    }

    /**
     * Writes dates as a short ISO 8601 interval, leaving out of the end what it shares with the
     * start: {@code 2021-01/06} for January to June, {@code 2021-03} for March,
     * {@code 2021-01-15/06-30} for days.
     *
     * @param dates the dates, not null
     * @return the text, not null
     */
    static String shortDates(DatePeriod dates) {
        LocalDate first = dates.start();
        LocalDate last = dates.end();
        boolean sameYear = first.getYear() == last.getYear();
        if (first.getDayOfMonth() == 1 && last.getDayOfMonth() == last.lengthOfMonth()) {
            YearMonth from = YearMonth.from(first);
            YearMonth to = YearMonth.from(last);
            if (from.equals(to)) {
                return from.toString();
            }
            return from + "/" + (sameYear ? String.format(Locale.ROOT, "%02d", last.getMonthValue()) : to.toString());
        }
        if (first.equals(last)) {
            return first.toString();
        }
        return first + "/" + (sameYear ? last.toString().substring(5) : last.toString());
    }

    /**
     * The text with the part of the whole it is for, by its value codes in the order of their
     * dimensions, {@code ... [female]} or {@code ... [urban, female]}; unchanged for the total.
     */
    private String part(String text, Dimensions dimensions) {
        return dimensions.isTotal() ? text
                : labels.get("part", text, String.join(", ", dimensions.values().values()));
    }

    /**
     * Returns the text in the language, or the empty string.
     *
     * @param text the text, not null
     * @return the best text, not null
     */
    String text(Text text) {
        return text.best(labels.language().tag());
    }
}
