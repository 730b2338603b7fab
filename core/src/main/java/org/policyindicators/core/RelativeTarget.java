package org.policyindicators.core;

import java.math.BigDecimal;
import java.time.Year;

import org.jspecify.annotations.Nullable;

/**
 * A target of a target relative to another indicator or to a benchmark without a number: 研发经费投入强度超过全市平均水平 (level, greater than a benchmark), 居民收入增长高于GDP增长 (growth, greater than another indicator), 与经济增长基本同步 (growth, about equal).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param comparator how this indicator compares with the other, not null
 * @param aspect whether levels or growth rates are compared, not null
 * @param reference the indicator compared with, null when only a benchmark is named
 * @param benchmark the benchmark named in words (全市平均水平), empty if none, not null
 * @param referenceAspect what of the reference indicator is compared, when it differs from {@code aspect}: an indicator that is itself a growth rate (居民收入增长, aspect {@code level}) against the reference's growth (GDP增长, {@code growth}); null for the same as {@code aspect}
 * @param tolerance how far apart the compared values may be and still count as equal for {@link Comparison#APPROX} (基本同步), in the unit of the compared values (percentage points when rates are compared); null when the text states none
 * @param year the year by which the target is to be met, inclusive; null when the text states none
 * @param startYear the first year of the period the target covers (a cumulative total, an annual target, a growth period), inclusive; null when it starts at the baseline or is not stated
 * @param annual whether the target applies to every year from {@code startYear} to {@code year} (每年), not only to the last
 * @param modality how firm the target is stated to be, not null
 * @param text the original wording of the target, empty if none is kept, not null
 * @param dates the calendar dates of the target's period when it is finer or other than whole years (an IATI period, a quarter), both inclusive; null for whole years. The end date falls in {@code year}
 * @param dimensions the part of the whole the target is for (sex, area, age group…), {@link Dimensions#TOTAL} for the whole, not null
 * @param yearImplied why the year is implied by the context rather than stated in the text (the plan's horizon, a heading such as 到2025年, the opening of the paragraph); null when the year, if any, is stated
 */
public record RelativeTarget(
        Comparison comparator,
        Aspect aspect,
        @Nullable IndicatorReference reference,
        Text benchmark,
        @Nullable Aspect referenceAspect,
        @Nullable BigDecimal tolerance,
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
     * @param aspect see the class documentation
     * @param reference see the class documentation
     * @param benchmark see the class documentation
     * @param referenceAspect see the class documentation
     * @param tolerance see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     * @param yearImplied see the class documentation
     */
    public RelativeTarget {
        Checks.notNull(comparator, "comparator");
        Checks.notNull(aspect, "aspect");
        Checks.notNull(benchmark, "benchmark");
        Checks.notNull(modality, "modality");
        Checks.notNull(text, "text");
        Checks.notNull(dimensions, "dimensions");
    }

    /**
     * Creates a target whose year, if any, is stated in its text.
     *
     * @param comparator see the class documentation
     * @param aspect see the class documentation
     * @param reference see the class documentation
     * @param benchmark see the class documentation
     * @param referenceAspect see the class documentation
     * @param tolerance see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     */
    public RelativeTarget(Comparison comparator, Aspect aspect, @Nullable IndicatorReference reference, Text benchmark, @Nullable Aspect referenceAspect, @Nullable BigDecimal tolerance, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text, @Nullable DatePeriod dates, Dimensions dimensions) {
        this(comparator, aspect, reference, benchmark, referenceAspect, tolerance, year, startYear, annual, modality, text, dates, dimensions, null);
    }

    /**
     * Creates a target for the whole (no dimensions) and for whole years, without {@code referenceAspect} or {@code tolerance}.
     *
     * @param comparator see the class documentation
     * @param aspect see the class documentation
     * @param reference see the class documentation
     * @param benchmark see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     */
    public RelativeTarget(Comparison comparator, Aspect aspect, @Nullable IndicatorReference reference, Text benchmark, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text) {
        this(comparator, aspect, reference, benchmark, null, null, year, startYear, annual, modality, text, null, Dimensions.TOTAL);
    }

    /**
     * Obtains a target against a benchmark named only in words, for one year with plain
     * modality, no start year and no text.
     *
     * @param comparator how this indicator compares with the benchmark, not null
     * @param aspect whether levels or growth rates are compared, not null
     * @param benchmark the benchmark named in words (全市平均水平), not null
     * @param year the year by which the target is to be met, null if not stated
     * @return the target, not null
     */
    public static RelativeTarget of(Comparison comparator, Aspect aspect, Text benchmark, @Nullable Year year) {
        return new RelativeTarget(comparator, aspect, null, benchmark, year, null, false, Modality.PLAIN, Text.EMPTY);
    }

    /**
     * Obtains a target against another indicator, for one year with plain modality, no start
     * year and no text.
     *
     * @param comparator how this indicator compares with the other, not null
     * @param aspect whether levels or growth rates are compared, not null
     * @param reference the indicator compared with, not null; for a benchmark named only in
     *     words see {@link #of(Comparison, Aspect, Text, Year)}
     * @param benchmark the benchmark in words (GDP增长), empty if none, not null
     * @param year the year by which the target is to be met, null if not stated
     * @return the target, not null
     */
    public static RelativeTarget of(Comparison comparator, Aspect aspect, IndicatorReference reference, Text benchmark,
            @Nullable Year year) {
        Checks.notNull(reference, "reference");
        return new RelativeTarget(comparator, aspect, reference, benchmark, year, null, false, Modality.PLAIN, Text.EMPTY);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.RELATIVE;
    }

    @Override
    public RelativeTarget withYear(@Nullable Year year) {
        return new RelativeTarget(comparator, aspect, reference, benchmark, referenceAspect, tolerance, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RelativeTarget withStartYear(@Nullable Year startYear) {
        return new RelativeTarget(comparator, aspect, reference, benchmark, referenceAspect, tolerance, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RelativeTarget withAnnual(boolean annual) {
        return new RelativeTarget(comparator, aspect, reference, benchmark, referenceAspect, tolerance, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RelativeTarget withModality(Modality modality) {
        return new RelativeTarget(comparator, aspect, reference, benchmark, referenceAspect, tolerance, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RelativeTarget withText(Text text) {
        return new RelativeTarget(comparator, aspect, reference, benchmark, referenceAspect, tolerance, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RelativeTarget withDates(@Nullable DatePeriod dates) {
        return new RelativeTarget(comparator, aspect, reference, benchmark, referenceAspect, tolerance, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RelativeTarget withDimensions(Dimensions dimensions) {
        return new RelativeTarget(comparator, aspect, reference, benchmark, referenceAspect, tolerance, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public RelativeTarget withYearImplied(@Nullable ImpliedYear yearImplied) {
        return new RelativeTarget(comparator, aspect, reference, benchmark, referenceAspect, tolerance, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }
}
