package org.policyindicators.core;

import java.math.BigDecimal;
import java.time.Year;

import org.jspecify.annotations.Nullable;

/**
 * A target of a total summed over the period from {@code startYear} to {@code year}: "十四五"期间累计培训3万人.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param comparator how the total bounds the target, not null
 * @param value the stated total, not null
 * @param unit the unit of the total, null for the unit of the indicator
 * @param year the year by which the target is to be met, inclusive; null when the text states none
 * @param startYear the first year of the period the target covers (a cumulative total, an annual target, a growth period), inclusive; null when it starts at the baseline or is not stated
 * @param annual whether the target applies to every year from {@code startYear} to {@code year} (每年), not only to the last
 * @param modality how firm the target is stated to be, not null
 * @param text the original wording of the target, empty if none is kept, not null
 * @param dates the calendar dates of the target's period when it is finer or other than whole years (an IATI period, a quarter), both inclusive; null for whole years. The end date falls in {@code year}
 * @param dimensions the part of the whole the target is for (sex, area, age group…), {@link Dimensions#TOTAL} for the whole, not null
 * @param yearImplied why the year is implied by the context rather than stated in the text (the plan's horizon, a heading such as 到2025年, the opening of the paragraph); null when the year, if any, is stated
 */
public record CumulativeTarget(
        Comparison comparator,
        BigDecimal value,
        @Nullable Unit unit,
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
     * @param comparator see the class documentation
     * @param value see the class documentation
     * @param unit see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     * @param yearImplied see the class documentation
     */
    public CumulativeTarget {
        Checks.notNull(comparator, "comparator");
        Checks.notNull(value, "value");
        Checks.notNull(modality, "modality");
        Checks.notNull(text, "text");
        Checks.notNull(dimensions, "dimensions");
    }

    /**
     * Creates a target whose year, if any, is stated in its text.
     *
     * @param comparator see the class documentation
     * @param value see the class documentation
     * @param unit see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     */
    public CumulativeTarget(Comparison comparator, BigDecimal value, @Nullable Unit unit, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text, @Nullable DatePeriod dates, Dimensions dimensions) {
        this(comparator, value, unit, year, startYear, annual, modality, text, dates, dimensions, null);
    }

    /**
     * Creates a target for the whole (no dimensions) and for whole years.
     *
     * @param comparator see the class documentation
     * @param value see the class documentation
     * @param unit see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     */
    public CumulativeTarget(Comparison comparator, BigDecimal value, @Nullable Unit unit, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text) {
        this(comparator, value, unit, year, startYear, annual, modality, text, null, Dimensions.TOTAL);
    }

    /**
     * Obtains a target in the unit of the indicator, for one year with plain modality, no start year and no text.
     *
     * @param comparator how the total bounds the target, not null
     * @param value the stated total, not null
     * @param year the year by which the target is to be met, null if not stated
     * @return the target, not null
     */
    public static CumulativeTarget of(Comparison comparator, BigDecimal value, @Nullable Year year) {
        return new CumulativeTarget(comparator, value, null, year, null, false, Modality.PLAIN, Text.EMPTY);
    }

    /**
     * Obtains a target in its own unit, for one year with plain modality, no start year and no text.
     *
     * @param comparator how the total bounds the target, not null
     * @param value the stated total, not null
     * @param unit the unit of the value, not null; without one the value is in the unit of the indicator,
     *     see {@link #of(Comparison, BigDecimal, Year)}
     * @param year the year by which the target is to be met, null if not stated
     * @return the target, not null
     */
    public static CumulativeTarget of(Comparison comparator, BigDecimal value, Unit unit, @Nullable Year year) {
        Checks.notNull(unit, "unit");
        return new CumulativeTarget(comparator, value, unit, year, null, false, Modality.PLAIN, Text.EMPTY);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.CUMULATIVE;
    }

    @Override
    public CumulativeTarget withYear(@Nullable Year year) {
        return new CumulativeTarget(comparator, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public CumulativeTarget withStartYear(@Nullable Year startYear) {
        return new CumulativeTarget(comparator, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public CumulativeTarget withAnnual(boolean annual) {
        return new CumulativeTarget(comparator, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public CumulativeTarget withModality(Modality modality) {
        return new CumulativeTarget(comparator, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public CumulativeTarget withText(Text text) {
        return new CumulativeTarget(comparator, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public CumulativeTarget withDates(@Nullable DatePeriod dates) {
        return new CumulativeTarget(comparator, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public CumulativeTarget withDimensions(Dimensions dimensions) {
        return new CumulativeTarget(comparator, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public CumulativeTarget withYearImplied(@Nullable ImpliedYear yearImplied) {
        return new CumulativeTarget(comparator, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }
}
