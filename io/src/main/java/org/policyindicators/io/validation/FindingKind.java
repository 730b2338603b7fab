package org.policyindicators.io.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.policyindicators.core.PolicyException;

/**
 * The kinds of {@link Finding}, each with a stable kebab-case {@linkplain #code() code} and a
 * default {@linkplain #defaultSeverity() severity}.
 *
 * <p>Codes never change meaning once published; new kinds may be added. The table in
 * {@code io/VALIDATION.md} describes each with an example. The parameters named below are the
 * keys of {@link Finding#parameters()}.
 */
public enum FindingKind {

    // declarative constraints, checked by the constraint engine

    /** An identifier or a reference to one is malformed. Parameters: {@code value}. */
    INVALID_IDENTIFIER(Severity.ERROR),
    /**
     * The official code of a jurisdiction is neither six digits (GB/T 2260), three digits (UN
     * M49) nor an ISO 3166 code. Parameters: {@code value}.
     */
    INVALID_JURISDICTION_CODE(Severity.ERROR),
    /** The quote of a provenance is empty or blank. Parameters: {@code value}. */
    BLANK_QUOTE(Severity.ERROR),
    /** The factor of a multiple target is zero or negative. Parameters: {@code value}. */
    NON_POSITIVE_FACTOR(Severity.ERROR),
    /**
     * A rank or tier, or a value in a rank unit, is not a whole number of at least 1.
     * Parameters: {@code value}.
     */
    NON_POSITIVE_RANK(Severity.ERROR),
    /**
     * A grade, or a value in a grade unit, is not a whole number of at least 1. Parameters:
     * {@code value}.
     */
    NON_POSITIVE_GRADE(Severity.ERROR),

    // horizons and periods

    /**
     * A horizon of the plan, its vision or a goal starts after it ends. Parameters:
     * {@code start}, {@code end}.
     */
    INVERTED_HORIZON(Severity.ERROR),
    /**
     * The start year of a baseline, observation or target is after its year. Parameters:
     * {@code startYear}, {@code year}.
     */
    INVERTED_PERIOD(Severity.ERROR),
    /**
     * The dates of a baseline, observation or target start after they end. Parameters:
     * {@code start}, {@code end}.
     */
    DATES_OUT_OF_ORDER(Severity.ERROR),
    /**
     * The dates of a baseline, observation or target do not lie in its years: the end date is
     * not in its {@code year}, or the start date not in its {@code startYear} when one is
     * stated. Parameters: {@code date} and {@code year} for the end, {@code date} and
     * {@code startYear} for the start.
     */
    DATES_NOT_IN_YEAR(Severity.ERROR),
    /**
     * A goal's horizon lies outside its parent goal's horizon, or outside the plan's horizon
     * and vision horizon. Parameters: {@code horizon}, {@code enclosing}.
     */
    GOAL_HORIZON_NOT_ENCLOSED(Severity.ERROR),
    /** A five-year plan does not span five years. Parameters: {@code horizon}, {@code years}. */
    FIVE_YEAR_PLAN_LENGTH(Severity.ERROR),

    // years of baselines, targets and observations

    /**
     * A baseline year is not before a target year of the same indicator. Parameters:
     * {@code baselineYear}, {@code targetYear}, {@code target}.
     */
    BASELINE_NOT_BEFORE_TARGET(Severity.ERROR),
    /**
     * A target year lies outside the plan's horizon and its vision horizon. Parameters:
     * {@code year}, {@code horizons} (the plan's horizon and vision horizon).
     */
    TARGET_OUTSIDE_HORIZON(Severity.ERROR),
    /**
     * An observation is of a year before the earliest baseline and is not marked historical.
     * Parameters: {@code year}, {@code baselineYear}.
     */
    OBSERVATION_BEFORE_BASELINE(Severity.WARNING),
    /** A target states no year. Parameters: {@code target} (its kind). */
    TARGET_WITHOUT_YEAR(Severity.WARNING),
    /**
     * A target says that its year is implied by the context ({@code yearImplied}) but has no
     * year: the year that the context fixes is missing. Parameters: {@code target} (its kind),
     * {@code basis} (the code of what fixes the year: {@code horizon}, {@code heading},
     * {@code paragraph}).
     */
    IMPLIED_YEAR_WITHOUT_YEAR(Severity.ERROR),

    // units

    /** A unit names a base unit that the plan's unit catalogue does not know. Parameters: {@code unit}. */
    UNKNOWN_UNIT(Severity.ERROR),
    /**
     * A value's unit does not convert into the unit it must be compared with. Parameters:
     * {@code unit}, {@code expected}; where the units name different substances (tonnes of
     * CO₂ against tonnes), {@code substance} and {@code expectedSubstance}, {@code none} for a
     * side that names none.
     */
    INCOMPATIBLE_UNIT(Severity.ERROR),
    /**
     * A growth rate, relative change or share is not stated in percent. Parameters:
     * {@code unit}.
     */
    RATE_NOT_PERCENT(Severity.ERROR),
    /**
     * Percent and percentage points are mixed in one indicator: a level in points for an
     * indicator in percent, or the reverse, or an absolute change of a percent indicator in
     * percent. Parameters: {@code unit}, {@code expected}.
     */
    MIXED_PERCENT_AND_POINTS(Severity.ERROR),
    /**
     * A rate divides a base unit by the same base unit and names no substance on either side,
     * so it does not say what is counted ({@code person/person*1e3} for deaths per 1,000 live
     * births). Parameters: {@code unit}.
     */
    RATE_WITHOUT_SUBSTANCE(Severity.WARNING),
    /**
     * An average target is set on an indicator whose unit is not a rate: neither a ratio such
     * as percent nor a unit with a denominator. Parameters: {@code unit}.
     */
    AVERAGE_TARGET_NOT_RATE(Severity.WARNING),
    /**
     * A growth target is set on an indicator in a ratio unit (percent): the growth of a rate is
     * rarely meant; an average of a yearly rate is an average target. Parameters: {@code unit}.
     */
    GROWTH_OF_RATE(Severity.WARNING),

    // values

    /** The minimum of a range target is above its maximum. Parameters: {@code min}, {@code max}. */
    INVERTED_RANGE(Severity.ERROR),
    /** A share target lies outside 0 to 100 percent. Parameters: {@code value}. */
    SHARE_OUT_OF_RANGE(Severity.ERROR),
    /** A value in a count unit is not a whole number. Parameters: {@code value}, {@code unit}. */
    COUNT_NOT_WHOLE(Severity.ERROR),
    /** A value in a count unit is negative. Parameters: {@code value}, {@code unit}. */
    NEGATIVE_COUNT(Severity.ERROR),
    /**
     * A qualitative indicator (one without a unit) has a baseline or observation with a value,
     * or a target with a number. Parameters: {@code target} (its kind) for a target; none for a
     * value.
     */
    NUMBER_ON_QUALITATIVE_INDICATOR(Severity.ERROR),
    /**
     * A quantitative indicator (one with a unit) has a baseline or observation with a state
     * instead of a value; the rules that compare numbers leave it out. Parameters: none.
     */
    STATE_ON_QUANTITATIVE_INDICATOR(Severity.WARNING),
    /**
     * An indicator is marked as a flow (amounts per period) but has no unit, so its values are
     * states and there is no amount to sum or to compare year by year. Parameters: none.
     */
    FLOW_WITHOUT_UNIT(Severity.WARNING),

    // identifiers and references

    /**
     * Two plans of a catalogue have the same identifier. Parameters: {@code id}, {@code index}
     * and {@code firstIndex} (positions in the catalogue, from 0).
     */
    DUPLICATE_PLAN_ID(Severity.ERROR),
    /**
     * An identifier occurs twice in its scope within a document: goals, indicators, source
     * documents, unit codes, organisations and category labels of a plan, the dimensions of an
     * indicator's disaggregations, or jurisdictions. Parameters: {@code scope}, {@code id},
     * {@code first} (where it first occurs).
     */
    DUPLICATE_ID(Severity.ERROR),
    /**
     * A reference names nothing that exists where it must. Parameters: {@code type},
     * {@code id}, and {@code plan} for a reference into another plan.
     */
    UNRESOLVED_REFERENCE(Severity.ERROR),
    /**
     * A reference names another plan that is not among the plans validated, so it cannot be
     * checked. Parameters: {@code type}, {@code plan}, {@code id}.
     */
    UNRESOLVED_EXTERNAL_REFERENCE(Severity.WARNING),
    /**
     * References form a cycle: jurisdiction parents, indicator components or goal alignments.
     * Parameters: {@code type}, {@code cycle}.
     */
    REFERENCE_CYCLE(Severity.ERROR),
    /**
     * A goal or indicator has a category that is neither one of the five standard groups nor
     * labelled in the plan's {@code categories}. Parameters: {@code category}.
     */
    UNLABELLED_CATEGORY(Severity.WARNING),

    // measurements

    /**
     * Two baselines of one indicator are for the same period, dates and dimensions. Parameters: {@code period},
     * {@code first}.
     */
    DUPLICATE_BASELINE(Severity.ERROR),
    /**
     * Two observations of one indicator are for the same period with the same status, dates and
     * dimensions (a female and a male value of one year are not duplicates).
     * Parameters: {@code period}, {@code status}, {@code first}.
     */
    DUPLICATE_OBSERVATION(Severity.ERROR),

    // targets against the indicator

    /**
     * A target points the wrong way for the indicator's polarity: a lower-is-better indicator
     * with a target above its baseline, or a higher-is-better one below. A limit is not reported:
     * a ceiling above the baseline of a lower-is-better indicator, a floor below the baseline of
     * a higher-is-better one. Parameters:
     * {@code polarity}, {@code target}, {@code baseline}, {@code baselineYear}, {@code unit};
     * for a direction target {@code polarity} and {@code direction}.
     */
    TARGET_AGAINST_POLARITY(Severity.WARNING),
    /** A binding indicator has no target with a number. Parameters: {@code targets}. */
    BINDING_WITHOUT_NUMBER(Severity.WARNING),
    /**
     * Two targets of one indicator for the same year imply levels that cannot both hold.
     * Parameters: {@code year}, {@code bound} and {@code otherBound} (the levels each allows,
     * such as {@code ≥ 1100} and {@code ≈ 972}), {@code other} (the earlier target),
     * {@code unit}.
     */
    CONTRADICTORY_TARGETS(Severity.WARNING),
    /**
     * A relative target says "about equal" (基本同步) but states no tolerance, so it cannot be
     * assessed. Parameters: none.
     */
    APPROX_WITHOUT_TOLERANCE(Severity.INFO),
    /**
     * A relative target compares growth on an indicator that is itself a rate in a ratio unit
     * (a growth rate in percent) and does not say what of the reference is compared
     * ({@code referenceAspect}): the growth of the rate, or the rate against the reference's
     * growth. Parameters: {@code unit}.
     */
    AMBIGUOUS_RELATIVE_ASPECT(Severity.WARNING),

    // parts against the whole

    /**
     * The components of a breakdown do not add up to the total, even allowing for the rounding
     * of their stated digits. Parameters: {@code period}, {@code total}, {@code sum},
     * {@code difference} (total minus sum), {@code tolerance}, {@code unit}.
     */
    PARTS_DO_NOT_ADD_UP(Severity.ERROR),
    /**
     * Where not every component of a breakdown can be compared (one names no indicator of the
     * plan, or states no value for the period), the components that have a value already add up
     * to more than the total, beyond the rounding of their stated digits, in a unit whose amounts
     * cannot be negative (a count, an area, a mass…). Parameters: {@code period}, {@code total},
     * {@code sum}, {@code excess} (sum minus total), {@code tolerance}, {@code unit}.
     */
    PARTS_EXCEED_TOTAL(Severity.ERROR),
    /**
     * The components of a breakdown, or the values of a disaggregation into parts, differ from
     * the total, but within the rounding of their stated digits. Parameters: {@code period},
     * {@code total}, {@code sum}, {@code difference} (total minus sum), {@code tolerance},
     * {@code unit}, and {@code dimension} for a disaggregation.
     */
    PARTS_DIFFER_WITHIN_ROUNDING(Severity.INFO),
    /**
     * The values of a dimension declared as parts (sex: female, male) do not add up to the
     * total of the same period and other dimensions, even allowing for the rounding of their
     * stated digits. Parameters: {@code dimension}, {@code period}, {@code total}, {@code sum},
     * {@code difference} (total minus sum), {@code tolerance}, {@code unit}.
     */
    DIMENSIONS_DO_NOT_ADD_UP(Severity.WARNING),
    /**
     * A baseline, observation or target names a value of a declared dimension that is not
     * among the values the indicator's disaggregation lists. Parameters: {@code dimension},
     * {@code value}.
     */
    UNDECLARED_DIMENSION_VALUE(Severity.WARNING),

    // jurisdictions

    /**
     * A jurisdiction's GB/T 2260 code does not lie under its parent's code. Parameters:
     * {@code code}, {@code parentCode}.
     */
    JURISDICTION_CODE_OUTSIDE_PARENT(Severity.WARNING),

    // reading

    /**
     * The document could not be read at all: it is not well-formed JSON in the format, breaks a
     * reader limit, or the file cannot be opened. Reported by the read-and-validate calls of
     * {@link PlanValidator}, at the JSON Pointer of the problem. Parameters: {@code problem}, and
     * {@code line} and {@code column} where known.
     */
    UNREADABLE_DOCUMENT(Severity.ERROR);

    private final Severity defaultSeverity;

    FindingKind(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    /**
     * Returns the stable code, the constant's name in kebab case
     * ({@code baseline-not-before-target}).
     *
     * @return the code, not null
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the severity that findings of this kind have unless a
     * {@link PlanValidator.Builder#severity(FindingKind, Severity) validator changes it}.
     *
     * @return the severity, not null
     */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * Obtains a kind from its code.
     *
     * @param code the kebab-case code, not null
     * @return the kind, not null
     * @throws PolicyException if no kind has that code
     */
    public static FindingKind ofCode(String code) {
        Objects.requireNonNull(code, "code");
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst()
                .orElseThrow(() -> new PolicyException("Unknown finding code '" + code + "'"));
    }
}
