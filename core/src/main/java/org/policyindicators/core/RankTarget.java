package org.policyindicators.core;

import java.time.Year;

import org.jspecify.annotations.Nullable;

/**
 * A target of a rank position or tier, where 1 is best: 全国百强区第61位, 稳居全省第一方阵 (tier 1).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param comparator how the rank bounds the target; {@link Comparison#LE} means this rank or better, not null
 * @param rank the position or tier, 1 for the best
 * @param rankKind whether a position or a tier, not null
 * @param scope what is ranked against (全国百强区, 全省), empty if not stated, not null
 * @param year the year by which the target is to be met, inclusive; null when the text states none
 * @param startYear the first year of the period the target covers (a cumulative total, an annual target, a growth period), inclusive; null when it starts at the baseline or is not stated
 * @param annual whether the target applies to every year from {@code startYear} to {@code year} (每年), not only to the last
 * @param modality how firm the target is stated to be, not null
 * @param text the original wording of the target, empty if none is kept, not null
 * @param dates the calendar dates of the target's period when it is finer or other than whole years (an IATI period, a quarter), both inclusive; null for whole years. The end date falls in {@code year}
 * @param dimensions the part of the whole the target is for (sex, area, age group…), {@link Dimensions#TOTAL} for the whole, not null
 * @param yearImplied why the year is implied by the context rather than stated in the text (the plan's horizon, a heading such as 到2025年, the opening of the paragraph); null when the year, if any, is stated
 */
public record RankTarget(
        Comparison comparator,
        int rank,
        RankKind rankKind,
        Text scope,
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
     * @param rank see the class documentation
     * @param rankKind see the class documentation
     * @param scope see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     * @param yearImplied see the class documentation
     */
    public RankTarget {
        Checks.notNull(comparator, "comparator");
        Checks.notNull(rankKind, "rankKind");
        Checks.notNull(scope, "scope");
        Checks.notNull(modality, "modality");
        Checks.notNull(text, "text");
        Checks.notNull(dimensions, "dimensions");
    }

    /**
     * Creates a target whose year, if any, is stated in its text.
     *
     * @param comparator see the class documentation
     * @param rank see the class documentation
     * @param rankKind see the class documentation
     * @param scope see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     */
    public RankTarget(Comparison comparator, int rank, RankKind rankKind, Text scope, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text, @Nullable DatePeriod dates, Dimensions dimensions) {
        this(comparator, rank, rankKind, scope, year, startYear, annual, modality, text, dates, dimensions, null);
    }

    /**
     * Creates a target for the whole (no dimensions) and for whole years.
     *
     * @param comparator see the class documentation
     * @param rank see the class documentation
     * @param rankKind see the class documentation
     * @param scope see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     */
    public RankTarget(Comparison comparator, int rank, RankKind rankKind, Text scope, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text) {
        this(comparator, rank, rankKind, scope, year, startYear, annual, modality, text, null, Dimensions.TOTAL);
    }

    /**
     * Obtains a target for one year with plain modality, no start year and no text.
     *
     * @param comparator how the rank bounds the target; {@link Comparison#LE} means this rank or better, not null
     * @param rank the position or tier, 1 for the best
     * @param rankKind whether a position or a tier, not null
     * @param scope what is ranked against (全国百强区, 全省), empty if not stated, not null
     * @param year the year by which the target is to be met, null if not stated
     * @return the target, not null
     */
    public static RankTarget of(Comparison comparator, int rank, RankKind rankKind, Text scope, @Nullable Year year) {
        return new RankTarget(comparator, rank, rankKind, scope, year, null, false, Modality.PLAIN, Text.EMPTY);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.RANK;
    }

    @Override
    public RankTarget withYear(@Nullable Year year) {
        return new RankTarget(comparator, rank, rankKind, scope, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RankTarget withStartYear(@Nullable Year startYear) {
        return new RankTarget(comparator, rank, rankKind, scope, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RankTarget withAnnual(boolean annual) {
        return new RankTarget(comparator, rank, rankKind, scope, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RankTarget withModality(Modality modality) {
        return new RankTarget(comparator, rank, rankKind, scope, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RankTarget withText(Text text) {
        return new RankTarget(comparator, rank, rankKind, scope, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RankTarget withDates(@Nullable DatePeriod dates) {
        return new RankTarget(comparator, rank, rankKind, scope, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RankTarget withDimensions(Dimensions dimensions) {
        return new RankTarget(comparator, rank, rankKind, scope, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RankTarget withYearImplied(@Nullable ImpliedYear yearImplied) {
        return new RankTarget(comparator, rank, rankKind, scope, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }
}
