package org.policyindicators.core;

import java.math.BigDecimal;
import java.time.Year;

import org.jspecify.annotations.Nullable;

/**
 * A target of a change from the baseline over the period: relative in percent of the baseline (单位GDP能耗降低13.5% is −13.5 percent) or absolute in the unit of the indicator (人均预期寿命提高1岁 is +1 year). The value is signed: a fall is negative.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param mode relative or absolute, not null
 * @param comparator how the change bounds the target, not null
 * @param value the signed change, not null
 * @param unit the unit of the change: percent for a relative change; null for the unit of the indicator
 * @param baseYear the year of the level the change is counted from (〔13.5〕 over 2021–2025 counts from 2020); null for the year before {@code startYear} when that is stated, else the latest baseline
 * @param year the year by which the target is to be met, inclusive; null when the text states none
 * @param startYear the first year of the period the target covers (a cumulative total, an annual target, a growth period), inclusive; null when it starts at the baseline or is not stated
 * @param annual whether the target applies to every year from {@code startYear} to {@code year} (每年), not only to the last
 * @param modality how firm the target is stated to be, not null
 * @param text the original wording of the target, empty if none is kept, not null
 * @param dates the calendar dates of the target's period when it is finer or other than whole years (an IATI period, a quarter), both inclusive; null for whole years. The end date falls in {@code year}
 * @param dimensions the part of the whole the target is for (sex, area, age group…), {@link Dimensions#TOTAL} for the whole, not null
 * @param yearImplied why the year is implied by the context rather than stated in the text (the plan's horizon, a heading such as 到2025年, the opening of the paragraph); null when the year, if any, is stated
 */
public record ChangeTarget(
        ChangeMode mode,
        Comparison comparator,
        BigDecimal value,
        @Nullable Unit unit,
        @Nullable Year baseYear,
        @Nullable Year year,
        @Nullable Year startYear,
        boolean annual,
        Modality modality,
        Text text,
        @Nullable DatePeriod dates,
        Dimensions dimensions,
        @Nullable ImpliedYear yearImplied) implements Target {

    /**
     * Creates a target.
     *
     * @param mode see the class documentation
     * @param comparator see the class documentation
     * @param value see the class documentation
     * @param unit see the class documentation
     * @param baseYear see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     * @param yearImplied see the class documentation
     */
    public ChangeTarget {
        Checks.notNull(mode, "mode");
        Checks.notNull(comparator, "comparator");
        Checks.notNull(value, "value");
        Checks.notNull(modality, "modality");
        Checks.notNull(text, "text");
        Checks.notNull(dimensions, "dimensions");
    }

    /**
     * Creates a target whose year, if any, is stated in its text.
     *
     * @param mode see the class documentation
     * @param comparator see the class documentation
     * @param value see the class documentation
     * @param unit see the class documentation
     * @param baseYear see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     */
    public ChangeTarget(ChangeMode mode, Comparison comparator, BigDecimal value, @Nullable Unit unit, @Nullable Year baseYear, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text, @Nullable DatePeriod dates, Dimensions dimensions) {
        this(mode, comparator, value, unit, baseYear, year, startYear, annual, modality, text, dates, dimensions, null);
    }

    /**
     * Creates a target for the whole (no dimensions) and for whole years, without {@code baseYear}.
     *
     * @param mode see the class documentation
     * @param comparator see the class documentation
     * @param value see the class documentation
     * @param unit see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     */
    public ChangeTarget(ChangeMode mode, Comparison comparator, BigDecimal value, @Nullable Unit unit, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text) {
        this(mode, comparator, value, unit, null, year, startYear, annual, modality, text, null, Dimensions.TOTAL);
    }

    /**
     * Obtains a target in the unit of the indicator, for one year with plain modality, no start year and no text.
     *
     * @param mode relative or absolute, not null
     * @param comparator how the change bounds the target, not null
     * @param value the signed change, not null
     * @param year the year by which the target is to be met, null if not stated
     * @return the target, not null
     */
    public static ChangeTarget of(ChangeMode mode, Comparison comparator, BigDecimal value, @Nullable Year year) {
        return new ChangeTarget(mode, comparator, value, null, year, null, false, Modality.PLAIN, Text.EMPTY);
    }

    /**
     * Obtains a target in its own unit, for one year with plain modality, no start year and no text.
     *
     * @param mode relative or absolute, not null
     * @param comparator how the change bounds the target, not null
     * @param value the signed change, not null
     * @param unit the unit of the value, not null; without one the value is in the unit of the indicator,
     *     see {@link #of(ChangeMode, Comparison, BigDecimal, Year)}
     * @param year the year by which the target is to be met, null if not stated
     * @return the target, not null
     */
    public static ChangeTarget of(ChangeMode mode, Comparison comparator, BigDecimal value, Unit unit, @Nullable Year year) {
        Checks.notNull(unit, "unit");
        return new ChangeTarget(mode, comparator, value, unit, year, null, false, Modality.PLAIN, Text.EMPTY);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.CHANGE;
    }

    @Override
    public ChangeTarget withYear(@Nullable Year year) {
        return new ChangeTarget(mode, comparator, value, unit, baseYear, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public ChangeTarget withStartYear(@Nullable Year startYear) {
        return new ChangeTarget(mode, comparator, value, unit, baseYear, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public ChangeTarget withAnnual(boolean annual) {
        return new ChangeTarget(mode, comparator, value, unit, baseYear, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public ChangeTarget withModality(Modality modality) {
        return new ChangeTarget(mode, comparator, value, unit, baseYear, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public ChangeTarget withText(Text text) {
        return new ChangeTarget(mode, comparator, value, unit, baseYear, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public ChangeTarget withDates(@Nullable DatePeriod dates) {
        return new ChangeTarget(mode, comparator, value, unit, baseYear, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public ChangeTarget withDimensions(Dimensions dimensions) {
        return new ChangeTarget(mode, comparator, value, unit, baseYear, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public ChangeTarget withYearImplied(@Nullable ImpliedYear yearImplied) {
        return new ChangeTarget(mode, comparator, value, unit, baseYear, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }
}
