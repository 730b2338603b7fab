package org.policyindicators.core;

/**
 * The kinds of {@link Target}, one for each record that implements it. The
 * {@linkplain #code() code} is the target's type name in the JSON format.
 */
public enum TargetKind {
    /** a level to reach or keep, with its comparator; see {@link LevelTarget}. */
    LEVEL(LevelTarget.class),
    /** a range, both ends inclusive; see {@link RangeTarget}. */
    RANGE(RangeTarget.class),
    /** a multiple of the baseline; see {@link MultipleTarget}. */
    MULTIPLE(MultipleTarget.class),
    /** a change from the baseline over the period; see {@link ChangeTarget}. */
    CHANGE(ChangeTarget.class),
    /** an average annual growth rate, compounded to the target year from the year before {@code startYear}, or else from the baseline year; see {@link GrowthTarget}. */
    GROWTH(GrowthTarget.class),
    /** a bound on the average of an annual rate over a period; see {@link AverageTarget}. */
    AVERAGE(AverageTarget.class),
    /** a total summed over the period from {@code startYear} to {@code year}; see {@link CumulativeTarget}. */
    CUMULATIVE(CumulativeTarget.class),
    /** a target relative to another indicator or to a benchmark without a number; see {@link RelativeTarget}. */
    RELATIVE(RelativeTarget.class),
    /** a direction only, without a number; see {@link DirectionTarget}. */
    DIRECTION(DirectionTarget.class),
    /** a goal kept as text because it states no number; see {@link QualitativeTarget}. */
    QUALITATIVE(QualitativeTarget.class),
    /** a rank position or tier, where 1 is best; see {@link RankTarget}. */
    RANK(RankTarget.class),
    /** an ordinal grade or class with its own direction; see {@link GradeTarget}. */
    GRADE(GradeTarget.class),
    /** a zero target; see {@link ZeroTarget}. */
    ZERO(ZeroTarget.class),
    /** a share of an explicit whole, in percent; see {@link ShareTarget}. */
    SHARE(ShareTarget.class),
    /** a quota set by a higher level; see {@link QuotaTarget}. */
    QUOTA(QuotaTarget.class);

    private final Class<? extends Target> type;

    TargetKind(Class<? extends Target> type) {
        this.type = type;
    }

    /**
     * Returns the record class of targets of this kind.
     *
     * @return the class, not null
     */
    public Class<? extends Target> type() {
        return type;
    }

    /**
     * Returns the type name used in the JSON format ({@code level}, {@code multiple}…).
     *
     * @return the code, not null
     */
    public String code() {
        return Codes.kebab(this);
    }

    /**
     * Obtains a kind from its type name.
     *
     * @param code the type name, not null
     * @return the kind, not null
     * @throws PolicyException if no kind has that name
     */
    public static TargetKind ofCode(String code) {
        return Codes.ofCode(TargetKind.class, code);
    }
}
