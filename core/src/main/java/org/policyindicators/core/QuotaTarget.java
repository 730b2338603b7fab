package org.policyindicators.core;

import java.math.BigDecimal;
import java.time.Year;

import org.jspecify.annotations.Nullable;

/**
 * A target of a quota set by a higher level: 完成市下达任务 ({@link Comparison#REACH}), 超额完成 ({@link Comparison#GT}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param comparator whether the quota is to be met or exceeded, not null
 * @param assignedBy who set the quota (市), empty if not stated, not null
 * @param value the quota, null when the text gives no number
 * @param unit the unit of the quota, null for the unit of the indicator
 * @param year the year by which the target is to be met, inclusive; null when the text states none
 * @param startYear the first year of the period the target covers (a cumulative total, an annual target, a growth period), inclusive; null when it starts at the baseline or is not stated
 * @param annual whether the target applies to every year from {@code startYear} to {@code year} (每年), not only to the last
 * @param modality how firm the target is stated to be, not null
 * @param text the original wording of the target, empty if none is kept, not null
 * @param dates the calendar dates of the target's period when it is finer or other than whole years (an IATI period, a quarter), both inclusive; null for whole years. The end date falls in {@code year}
 * @param dimensions the part of the whole the target is for (sex, area, age group…), {@link Dimensions#TOTAL} for the whole, not null
 * @param yearImplied why the year is implied by the context rather than stated in the text (the plan's horizon, a heading such as 到2025年, the opening of the paragraph); null when the year, if any, is stated
 */
public record QuotaTarget(
        Comparison comparator,
        Text assignedBy,
        @Nullable BigDecimal value,
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
     * @param assignedBy see the class documentation
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
    public QuotaTarget {
        Checks.notNull(comparator, "comparator");
        Checks.notNull(assignedBy, "assignedBy");
        Checks.notNull(modality, "modality");
        Checks.notNull(text, "text");
        Checks.notNull(dimensions, "dimensions");
    }

    /**
     * Creates a target whose year, if any, is stated in its text.
     *
     * @param comparator see the class documentation
     * @param assignedBy see the class documentation
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
    public QuotaTarget(Comparison comparator, Text assignedBy, @Nullable BigDecimal value, @Nullable Unit unit, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text, @Nullable DatePeriod dates, Dimensions dimensions) {
        this(comparator, assignedBy, value, unit, year, startYear, annual, modality, text, dates, dimensions, null);
    }

    /**
     * Creates a target for the whole (no dimensions) and for whole years.
     *
     * @param comparator see the class documentation
     * @param assignedBy see the class documentation
     * @param value see the class documentation
     * @param unit see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     */
    public QuotaTarget(Comparison comparator, Text assignedBy, @Nullable BigDecimal value, @Nullable Unit unit, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text) {
        this(comparator, assignedBy, value, unit, year, startYear, annual, modality, text, null, Dimensions.TOTAL);
    }

    /**
     * Obtains a target for one year with plain modality, no start year and no text.
     *
     * @param comparator whether the quota is to be met or exceeded, not null
     * @param assignedBy who set the quota (市), empty if not stated, not null
     * @param year the year by which the target is to be met, null if not stated
     * @return the target, not null
     */
    public static QuotaTarget of(Comparison comparator, Text assignedBy, @Nullable Year year) {
        return new QuotaTarget(comparator, assignedBy, null, null, year, null, false, Modality.PLAIN, Text.EMPTY);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.QUOTA;
    }

    @Override
    public QuotaTarget withYear(@Nullable Year year) {
        return new QuotaTarget(comparator, assignedBy, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public QuotaTarget withStartYear(@Nullable Year startYear) {
        return new QuotaTarget(comparator, assignedBy, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public QuotaTarget withAnnual(boolean annual) {
        return new QuotaTarget(comparator, assignedBy, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public QuotaTarget withModality(Modality modality) {
        return new QuotaTarget(comparator, assignedBy, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public QuotaTarget withText(Text text) {
        return new QuotaTarget(comparator, assignedBy, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public QuotaTarget withDates(@Nullable DatePeriod dates) {
        return new QuotaTarget(comparator, assignedBy, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public QuotaTarget withDimensions(Dimensions dimensions) {
        return new QuotaTarget(comparator, assignedBy, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public QuotaTarget withYearImplied(@Nullable ImpliedYear yearImplied) {
        return new QuotaTarget(comparator, assignedBy, value, unit, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }
}
