package org.policyindicators.core;

import java.time.Year;

import org.jspecify.annotations.Nullable;

/**
 * A target of a zero target: 零就业家庭动态清零, 杜绝重特大事故, 黑臭水体全面消除. It implies the value 0.
 * Hedged wording such as 重污染天气基本消除 ("essentially eliminated") keeps its 基本 in
 * {@code essentially}; the implied value stays 0, and a reader decides what residue the hedge allows.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param essentially whether the wording hedges the zero with 基本 ("essentially", "basically"):
 *     基本消除, 基本杜绝; false for an unhedged zero
 * @param year the year by which the target is to be met, inclusive; null when the text states none
 * @param startYear the first year of the period the target covers (a cumulative total, an annual target, a growth period), inclusive; null when it starts at the baseline or is not stated
 * @param annual whether the target applies to every year from {@code startYear} to {@code year} (每年), not only to the last
 * @param modality how firm the target is stated to be, not null
 * @param text the original wording of the target, empty if none is kept, not null
 * @param dates the calendar dates of the target's period when it is finer or other than whole years (an IATI period, a quarter), both inclusive; null for whole years. The end date falls in {@code year}
 * @param dimensions the part of the whole the target is for (sex, area, age group…), {@link Dimensions#TOTAL} for the whole, not null
 * @param yearImplied why the year is implied by the context rather than stated in the text (the plan's horizon, a heading such as 到2025年, the opening of the paragraph); null when the year, if any, is stated
 */
public record ZeroTarget(
        boolean essentially,
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
     * @param essentially see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     * @param yearImplied see the class documentation
     */
    public ZeroTarget {
        Checks.notNull(modality, "modality");
        Checks.notNull(text, "text");
        Checks.notNull(dimensions, "dimensions");
    }

    /**
     * Creates a target whose year, if any, is stated in its text.
     *
     * @param essentially see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     */
    public ZeroTarget(boolean essentially, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text, @Nullable DatePeriod dates, Dimensions dimensions) {
        this(essentially, year, startYear, annual, modality, text, dates, dimensions, null);
    }

    /**
     * Creates a target for the whole (no dimensions) and for whole years.
     *
     * @param essentially see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     */
    public ZeroTarget(boolean essentially, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text) {
        this(essentially, year, startYear, annual, modality, text, null, Dimensions.TOTAL);
    }

    /**
     * Creates a target whose zero is not hedged.
     *
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     */
    public ZeroTarget(@Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text) {
        this(false, year, startYear, annual, modality, text);
    }

    /**
     * Returns a copy with the zero hedged by 基本 or not.
     *
     * @param essentially whether the wording says 基本
     * @return the target, not null
     */
    public ZeroTarget withEssentially(boolean essentially) {
        return new ZeroTarget(essentially, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    /**
     * Obtains a target for one year with plain modality, no start year and no text.
     *
     * @param year the year by which the target is to be met, null if not stated
     * @return the target, not null
     */
    public static ZeroTarget of(@Nullable Year year) {
        return new ZeroTarget(year, null, false, Modality.PLAIN, Text.EMPTY);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.ZERO;
    }

    @Override
    public ZeroTarget withYear(@Nullable Year year) {
        return new ZeroTarget(essentially, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public ZeroTarget withStartYear(@Nullable Year startYear) {
        return new ZeroTarget(essentially, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public ZeroTarget withAnnual(boolean annual) {
        return new ZeroTarget(essentially, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public ZeroTarget withModality(Modality modality) {
        return new ZeroTarget(essentially, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public ZeroTarget withText(Text text) {
        return new ZeroTarget(essentially, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public ZeroTarget withDates(@Nullable DatePeriod dates) {
        return new ZeroTarget(essentially, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public ZeroTarget withDimensions(Dimensions dimensions) {
        return new ZeroTarget(essentially, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public ZeroTarget withYearImplied(@Nullable ImpliedYear yearImplied) {
        return new ZeroTarget(essentially, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }
}
