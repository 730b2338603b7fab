package org.policyindicators.core;

import java.time.Year;

import org.jspecify.annotations.Nullable;

/**
 * A target of an ordinal grade or class with its own direction: water quality 达到Ⅲ类 (class 3, a lower class is better), a 5A级景区 (grade 5, a higher grade is better).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param comparator how the grade bounds the target in the better direction, not null
 * @param grade the grade as a number (Ⅲ is 3, 5A is 5)
 * @param lowerIsBetter whether a lower grade is better
 * @param label the grade as written (Ⅲ类, 5A级), empty if not kept, not null
 * @param scale the grading scheme (地表水环境质量标准), empty if not stated, not null
 * @param year the year by which the target is to be met, inclusive; null when the text states none
 * @param startYear the first year of the period the target covers (a cumulative total, an annual target, a growth period), inclusive; null when it starts at the baseline or is not stated
 * @param annual whether the target applies to every year from {@code startYear} to {@code year} (每年), not only to the last
 * @param modality how firm the target is stated to be, not null
 * @param text the original wording of the target, empty if none is kept, not null
 * @param dates the calendar dates of the target's period when it is finer or other than whole years (an IATI period, a quarter), both inclusive; null for whole years. The end date falls in {@code year}
 * @param dimensions the part of the whole the target is for (sex, area, age group…), {@link Dimensions#TOTAL} for the whole, not null
 * @param yearImplied why the year is implied by the context rather than stated in the text (the plan's horizon, a heading such as 到2025年, the opening of the paragraph); null when the year, if any, is stated
 */
public record GradeTarget(
        Comparison comparator,
        int grade,
        boolean lowerIsBetter,
        Text label,
        Text scale,
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
     * @param grade see the class documentation
     * @param lowerIsBetter see the class documentation
     * @param label see the class documentation
     * @param scale see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     * @param yearImplied see the class documentation
     */
    public GradeTarget {
        Checks.notNull(comparator, "comparator");
        Checks.notNull(label, "label");
        Checks.notNull(scale, "scale");
        Checks.notNull(modality, "modality");
        Checks.notNull(text, "text");
        Checks.notNull(dimensions, "dimensions");
    }

    /**
     * Creates a target whose year, if any, is stated in its text.
     *
     * @param comparator see the class documentation
     * @param grade see the class documentation
     * @param lowerIsBetter see the class documentation
     * @param label see the class documentation
     * @param scale see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     * @param dates see the class documentation
     * @param dimensions see the class documentation
     */
    public GradeTarget(Comparison comparator, int grade, boolean lowerIsBetter, Text label, Text scale, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text, @Nullable DatePeriod dates, Dimensions dimensions) {
        this(comparator, grade, lowerIsBetter, label, scale, year, startYear, annual, modality, text, dates, dimensions, null);
    }

    /**
     * Creates a target for the whole (no dimensions) and for whole years.
     *
     * @param comparator see the class documentation
     * @param grade see the class documentation
     * @param lowerIsBetter see the class documentation
     * @param label see the class documentation
     * @param scale see the class documentation
     * @param year see the class documentation
     * @param startYear see the class documentation
     * @param annual see the class documentation
     * @param modality see the class documentation
     * @param text see the class documentation
     */
    public GradeTarget(Comparison comparator, int grade, boolean lowerIsBetter, Text label, Text scale, @Nullable Year year, @Nullable Year startYear, boolean annual, Modality modality, Text text) {
        this(comparator, grade, lowerIsBetter, label, scale, year, startYear, annual, modality, text, null, Dimensions.TOTAL);
    }

    /**
     * Obtains a target for one year with plain modality, no start year and no text.
     *
     * @param comparator how the grade bounds the target in the better direction, not null
     * @param grade the grade as a number (Ⅲ is 3, 5A is 5)
     * @param lowerIsBetter whether a lower grade is better
     * @param label the grade as written (Ⅲ类, 5A级), empty if not kept, not null
     * @param year the year by which the target is to be met, null if not stated
     * @return the target, not null
     */
    public static GradeTarget of(Comparison comparator, int grade, boolean lowerIsBetter, Text label, @Nullable Year year) {
        return new GradeTarget(comparator, grade, lowerIsBetter, label, Text.EMPTY, year, null, false, Modality.PLAIN, Text.EMPTY);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.GRADE;
    }

    @Override
    public GradeTarget withYear(@Nullable Year year) {
        return new GradeTarget(comparator, grade, lowerIsBetter, label, scale, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public GradeTarget withStartYear(@Nullable Year startYear) {
        return new GradeTarget(comparator, grade, lowerIsBetter, label, scale, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public GradeTarget withAnnual(boolean annual) {
        return new GradeTarget(comparator, grade, lowerIsBetter, label, scale, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public GradeTarget withModality(Modality modality) {
        return new GradeTarget(comparator, grade, lowerIsBetter, label, scale, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public GradeTarget withText(Text text) {
        return new GradeTarget(comparator, grade, lowerIsBetter, label, scale, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public GradeTarget withDates(@Nullable DatePeriod dates) {
        return new GradeTarget(comparator, grade, lowerIsBetter, label, scale, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public GradeTarget withDimensions(Dimensions dimensions) {
        return new GradeTarget(comparator, grade, lowerIsBetter, label, scale, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }

    @Override
    public GradeTarget withYearImplied(@Nullable ImpliedYear yearImplied) {
        return new GradeTarget(comparator, grade, lowerIsBetter, label, scale, year, startYear, annual, modality, text, dates, dimensions, yearImplied);
    }
}
