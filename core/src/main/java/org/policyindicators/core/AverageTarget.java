package org.policyindicators.core;

import java.math.BigDecimal;
import java.time.Year;

import org.jspecify.annotations.Nullable;

/**
 * A target on the average of an indicator that is itself an annual rate, over the years of the
 * target's period: "GDP增长 年均 &gt; 7%" or "研发经费投入增长 年均 &gt; 7%" in a 2021–2025 plan is
 * {@code GT 7 percent} from 2021 to 2025. It bounds the arithmetic mean of the yearly values
 * of the indicator (a growth rate, a share, a ratio), not its level in the last year and not
 * the compound growth of a level: that is {@link GrowthTarget}.
 *
 * <p>The period runs from {@code startYear} (when null, the year after the latest baseline) to
 * {@code year}, both inclusive. An assessment needs the indicator's value for every year of it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param comparator how the average bounds the target, not null
 * @param value the bound on the average of the yearly values, not null
 * @param unit the unit of the value, which should be the indicator's rate unit (percent for a growth rate); null for the indicator's unit
 * @param year the year by which the target is to be met, inclusive; null when the text states none
 * @param startYear the first year of the period the target covers (a cumulative total, an annual target, a growth period), inclusive; null when it starts at the baseline or is not stated
 * @param annual whether the target applies to every year from {@code startYear} to {@code year} (每年), not only to the last
 * @param modality how firm the target is stated to be, not null
 * @param text the original wording of the target, empty if none is kept, not null
 * @param dates the calendar dates of the target's period when it is finer or other than whole years (an IATI period, a quarter), both inclusive; null for whole years. The end date falls in {@code year}
 * @param dimensions the part of the whole the target is for (sex, area, age group…), {@link Dimensions#TOTAL} for the whole, not null
 * @param yearImplied why the year is implied by the context rather than stated in the text (the plan's horizon, a heading such as 到2025年, the opening of the paragraph); null when the year, if any, is stated
 */
public record AverageTarget(
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
    public AverageTarget {
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
    public AverageTarget(Comparison comparator, BigDecimal value, @Nullable Unit unit, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text, @Nullable DatePeriod dates, Dimensions dimensions) {
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
    public AverageTarget(Comparison comparator, BigDecimal value, @Nullable Unit unit, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text) {
        this(comparator, value, unit, year, startYear, annual, modality, text, null, Dimensions.TOTAL);
    }

    /**
     * Obtains a target for one year with plain modality, no start year and no text.
     *
     * @param comparator how the average bounds the target, not null
     * @param value the bound on the average of the yearly values, not null
     * @param year the year by which the target is to be met, null if not stated
     * @return the target, not null
     */
    public static AverageTarget of(Comparison comparator, BigDecimal value, @Nullable Year year) {
        return new AverageTarget(comparator, value, null, year, null, false, Modality.PLAIN, Text.EMPTY);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.AVERAGE;
    }

    @Override
    public AverageTarget withYear(@Nullable Year year) {
        return new AverageTarget(comparator, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public AverageTarget withStartYear(@Nullable Year startYear) {
        return new AverageTarget(comparator, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public AverageTarget withAnnual(boolean annual) {
        return new AverageTarget(comparator, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public AverageTarget withModality(Modality modality) {
        return new AverageTarget(comparator, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public AverageTarget withText(Text text) {
        return new AverageTarget(comparator, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public AverageTarget withDates(@Nullable DatePeriod dates) {
        return new AverageTarget(comparator, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public AverageTarget withDimensions(Dimensions dimensions) {
        return new AverageTarget(comparator, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public AverageTarget withYearImplied(@Nullable ImpliedYear yearImplied) {
        return new AverageTarget(comparator, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }
}
