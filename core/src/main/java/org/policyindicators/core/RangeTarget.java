package org.policyindicators.core;

import java.math.BigDecimal;
import java.time.Year;

import org.jspecify.annotations.Nullable;

/**
 * A target of a range, both ends inclusive: 形成3-5个百亿产业集群.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param min the lower end, inclusive, not null
 * @param max the upper end, inclusive, not null
 * @param unit the unit of both ends, null for the unit of the indicator
 * @param year the year by which the target is to be met, inclusive; null when the text states none
 * @param startYear the first year of the period the target covers (a cumulative total, an annual target, a growth period), inclusive; null when it starts at the baseline or is not stated
 * @param annual whether the target applies to every year from {@code startYear} to {@code year} (每年), not only to the last
 * @param modality how firm the target is stated to be, not null
 * @param text the original wording of the target, empty if none is kept, not null
 * @param dates the calendar dates of the target's period when it is finer or other than whole years (an IATI period, a quarter), both inclusive; null for whole years. The end date falls in {@code year}
 * @param dimensions the part of the whole the target is for (sex, area, age group…), {@link Dimensions#TOTAL} for the whole, not null
 * @param yearImplied why the year is implied by the context rather than stated in the text (the plan's horizon, a heading such as 到2025年, the opening of the paragraph); null when the year, if any, is stated
 */
public record RangeTarget(
        BigDecimal min,
        BigDecimal max,
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
     * @param min see the class documentation
     * @param max see the class documentation
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
    public RangeTarget {
        Checks.notNull(min, "min");
        Checks.notNull(max, "max");
        Checks.notNull(modality, "modality");
        Checks.notNull(text, "text");
        Checks.notNull(dimensions, "dimensions");
    }

    /**
     * Creates a target whose year, if any, is stated in its text.
     *
     * @param min see the class documentation
     * @param max see the class documentation
     * @param unit see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     */
    public RangeTarget(BigDecimal min, BigDecimal max, @Nullable Unit unit, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text, @Nullable DatePeriod dates, Dimensions dimensions) {
        this(min, max, unit, year, startYear, annual, modality, text, dates, dimensions, null);
    }

    /**
     * Creates a target for the whole (no dimensions) and for whole years.
     *
     * @param min see the class documentation
     * @param max see the class documentation
     * @param unit see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     */
    public RangeTarget(BigDecimal min, BigDecimal max, @Nullable Unit unit, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text) {
        this(min, max, unit, year, startYear, annual, modality, text, null, Dimensions.TOTAL);
    }

    /**
     * Obtains a target in the unit of the indicator, for one year with plain modality, no start year and no text.
     *
     * @param min the lower end, inclusive, not null
     * @param max the upper end, inclusive, not null
     * @param year the year by which the target is to be met, null if not stated
     * @return the target, not null
     */
    public static RangeTarget of(BigDecimal min, BigDecimal max, @Nullable Year year) {
        return new RangeTarget(min, max, null, year, null, false, Modality.PLAIN, Text.EMPTY);
    }

    /**
     * Obtains a target in its own unit, for one year with plain modality, no start year and no text.
     *
     * @param min the lower end, inclusive, not null
     * @param max the upper end, inclusive, not null
     * @param unit the unit of the value, not null; without one the value is in the unit of the indicator,
     *     see {@link #of(BigDecimal, BigDecimal, Year)}
     * @param year the year by which the target is to be met, null if not stated
     * @return the target, not null
     */
    public static RangeTarget of(BigDecimal min, BigDecimal max, Unit unit, @Nullable Year year) {
        Checks.notNull(unit, "unit");
        return new RangeTarget(min, max, unit, year, null, false, Modality.PLAIN, Text.EMPTY);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.RANGE;
    }

    @Override
    public RangeTarget withYear(@Nullable Year year) {
        return new RangeTarget(min, max, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RangeTarget withStartYear(@Nullable Year startYear) {
        return new RangeTarget(min, max, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RangeTarget withAnnual(boolean annual) {
        return new RangeTarget(min, max, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RangeTarget withModality(Modality modality) {
        return new RangeTarget(min, max, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RangeTarget withText(Text text) {
        return new RangeTarget(min, max, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RangeTarget withDates(@Nullable DatePeriod dates) {
        return new RangeTarget(min, max, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RangeTarget withDimensions(Dimensions dimensions) {
        return new RangeTarget(min, max, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RangeTarget withYearImplied(@Nullable ImpliedYear yearImplied) {
        return new RangeTarget(min, max, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }
}
