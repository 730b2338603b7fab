package org.policyindicators.core;

import java.math.BigDecimal;
import java.time.Year;

import org.jspecify.annotations.Nullable;

/**
 * A target of a multiple of the baseline: 翻一番 and 倍增 are a factor of 2.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param factor the factor applied to the baseline value, not null
 * @param comparator how the implied value bounds the target, {@link Comparison#REACH} for a plain multiple, not null
 * @param baseYear the year of the baseline multiplied, null for the latest baseline before the target year
 * @param year the year by which the target is to be met, inclusive; null when the text states none
 * @param startYear the first year of the period the target covers (a cumulative total, an annual target, a growth period), inclusive; null when it starts at the baseline or is not stated
 * @param annual whether the target applies to every year from {@code startYear} to {@code year} (每年), not only to the last
 * @param modality how firm the target is stated to be, not null
 * @param text the original wording of the target, empty if none is kept, not null
 * @param dates the calendar dates of the target's period when it is finer or other than whole years (an IATI period, a quarter), both inclusive; null for whole years. The end date falls in {@code year}
 * @param dimensions the part of the whole the target is for (sex, area, age group…), {@link Dimensions#TOTAL} for the whole, not null
 * @param yearImplied why the year is implied by the context rather than stated in the text (the plan's horizon, a heading such as 到2025年, the opening of the paragraph); null when the year, if any, is stated
 */
public record MultipleTarget(
        BigDecimal factor,
        Comparison comparator,
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
     * @param factor see the class documentation
     * @param comparator see the class documentation
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
    public MultipleTarget {
        Checks.notNull(factor, "factor");
        Checks.notNull(comparator, "comparator");
        Checks.notNull(modality, "modality");
        Checks.notNull(text, "text");
        Checks.notNull(dimensions, "dimensions");
    }

    /**
     * Creates a target whose year, if any, is stated in its text.
     *
     * @param factor see the class documentation
     * @param comparator see the class documentation
     * @param baseYear see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     */
    public MultipleTarget(BigDecimal factor, Comparison comparator, @Nullable Year baseYear, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text, @Nullable DatePeriod dates, Dimensions dimensions) {
        this(factor, comparator, baseYear, year, startYear, annual, modality, text, dates, dimensions, null);
    }

    /**
     * Creates a target for the whole (no dimensions) and for whole years.
     *
     * @param factor see the class documentation
     * @param comparator see the class documentation
     * @param baseYear see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     */
    public MultipleTarget(BigDecimal factor, Comparison comparator, @Nullable Year baseYear, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text) {
        this(factor, comparator, baseYear, year, startYear, annual, modality, text, null, Dimensions.TOTAL);
    }

    /**
     * Obtains a target for one year with plain modality, no start year and no text.
     *
     * @param factor the factor applied to the baseline value, not null
     * @param year the year by which the target is to be met, null if not stated
     * @return the target, not null
     */
    public static MultipleTarget of(BigDecimal factor, @Nullable Year year) {
        return new MultipleTarget(factor, Comparison.REACH, null, year, null, false, Modality.PLAIN, Text.EMPTY);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.MULTIPLE;
    }

    @Override
    public MultipleTarget withYear(@Nullable Year year) {
        return new MultipleTarget(factor, comparator, baseYear, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public MultipleTarget withStartYear(@Nullable Year startYear) {
        return new MultipleTarget(factor, comparator, baseYear, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public MultipleTarget withAnnual(boolean annual) {
        return new MultipleTarget(factor, comparator, baseYear, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public MultipleTarget withModality(Modality modality) {
        return new MultipleTarget(factor, comparator, baseYear, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public MultipleTarget withText(Text text) {
        return new MultipleTarget(factor, comparator, baseYear, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public MultipleTarget withDates(@Nullable DatePeriod dates) {
        return new MultipleTarget(factor, comparator, baseYear, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public MultipleTarget withDimensions(Dimensions dimensions) {
        return new MultipleTarget(factor, comparator, baseYear, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public MultipleTarget withYearImplied(@Nullable ImpliedYear yearImplied) {
        return new MultipleTarget(factor, comparator, baseYear, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }
}
