package org.policyindicators.core;

import java.time.Year;

import org.jspecify.annotations.Nullable;

/**
 * A target of a goal kept as text because it states no number: 保持在合理区间, 位居前列. The wording is in {@code text}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the year by which the target is to be met, inclusive; null when the text states none
 * @param startYear the first year of the period the target covers (a cumulative total, an annual target, a growth period), inclusive; null when it starts at the baseline or is not stated
 * @param annual whether the target applies to every year from {@code startYear} to {@code year} (每年), not only to the last
 * @param modality how firm the target is stated to be, not null
 * @param text the original wording of the target, empty if none is kept, not null
 * @param dates the calendar dates of the target's period when it is finer or other than whole years (an IATI period, a quarter), both inclusive; null for whole years. The end date falls in {@code year}
 * @param dimensions the part of the whole the target is for (sex, area, age group…), {@link Dimensions#TOTAL} for the whole, not null
 * @param yearImplied why the year is implied by the context rather than stated in the text (the plan's horizon, a heading such as 到2025年, the opening of the paragraph); null when the year, if any, is stated
 */
public record QualitativeTarget(
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
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     * @param yearImplied see the class documentation
     */
    public QualitativeTarget {
        Checks.notNull(modality, "modality");
        Checks.notNull(text, "text");
        Checks.notNull(dimensions, "dimensions");
    }

    /**
     * Creates a target whose year, if any, is stated in its text.
     *
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     */
    public QualitativeTarget(@Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text, @Nullable DatePeriod dates, Dimensions dimensions) {
        this(year, startYear, annual, modality, text, dates, dimensions, null);
    }

    /**
     * Creates a target for the whole (no dimensions) and for whole years.
     *
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     */
    public QualitativeTarget(@Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text) {
        this(year, startYear, annual, modality, text, null, Dimensions.TOTAL);
    }

    /**
     * Obtains a target for one year with plain modality, no start year and no text.
     *
     * @param year the year by which the target is to be met, null if not stated
     * @return the target, not null
     */
    public static QualitativeTarget of(@Nullable Year year) {
        return new QualitativeTarget(year, null, false, Modality.PLAIN, Text.EMPTY);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.QUALITATIVE;
    }

    @Override
    public QualitativeTarget withYear(@Nullable Year year) {
        return new QualitativeTarget(year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public QualitativeTarget withStartYear(@Nullable Year startYear) {
        return new QualitativeTarget(year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public QualitativeTarget withAnnual(boolean annual) {
        return new QualitativeTarget(year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public QualitativeTarget withModality(Modality modality) {
        return new QualitativeTarget(year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public QualitativeTarget withText(Text text) {
        return new QualitativeTarget(year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public QualitativeTarget withDates(@Nullable DatePeriod dates) {
        return new QualitativeTarget(year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public QualitativeTarget withDimensions(Dimensions dimensions) {
        return new QualitativeTarget(year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public QualitativeTarget withYearImplied(@Nullable ImpliedYear yearImplied) {
        return new QualitativeTarget(year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }
}
