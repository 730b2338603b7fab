package org.policyindicators.core;

import java.time.Year;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A target stated for an indicator. Each kind of statement in a plan has its own record; see
 * {@link TargetKind} for the list.
 *
 * <p>Every target has a year by which it is to be met (null when the text states none), an
 * optional start year of the period it covers, whether it applies every year ({@code annual},
 * 每年), its modality (确保, 力争, 预计) and its original wording. A target year before the end of
 * the plan's horizon is a milestone ("到2023年实现全区5G全覆盖" in a 2021–2025 plan). A year that the
 * sentence does not state but its context fixes (the plan's horizon, a heading 到2025年, the
 * opening of the paragraph) is held in {@link #year()} too, and {@link #yearImplied()} says so.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Target permits
        LevelTarget,
        RangeTarget,
        MultipleTarget,
        ChangeTarget,
        GrowthTarget,
        AverageTarget,
        CumulativeTarget,
        RelativeTarget,
        DirectionTarget,
        QualitativeTarget,
        RankTarget,
        GradeTarget,
        ZeroTarget,
        ShareTarget,
        QuotaTarget {

    /**
     * Returns the kind of this target, which names it in the JSON format.
     *
     * @return the kind, not null
     */
    TargetKind kind();

    /**
     * Returns the year by which the target is to be met, inclusive.
     *
     * @return the year, null when the text states none
     */
    @Nullable Year year();

    /**
     * Returns the first year of the period that the target covers, inclusive.
     *
     * @return the start year, null when it starts at the baseline or is not stated
     */
    @Nullable Year startYear();

    /**
     * Returns whether the target applies to every year of its period (每年).
     *
     * @return true for a recurring annual target
     */
    boolean annual();

    /**
     * Returns how firm the target is stated to be.
     *
     * @return the modality, not null
     */
    Modality modality();

    /**
     * Returns the original wording.
     *
     * @return the text, empty if none is kept, not null
     */
    Text text();

    /**
     * Returns the calendar dates of the target's period, when they are finer or other than whole
     * years: an IATI result period, a quarter. Its end date falls in {@link #year()}.
     *
     * @return the dates, null for whole years
     */
    @Nullable DatePeriod dates();

    /**
     * Returns the part of the whole the target is for: a sex, an area, an age group. An
     * observation is compared with the target of the same dimensions.
     *
     * @return the dimensions, {@link Dimensions#TOTAL} for the whole, not null
     */
    Dimensions dimensions();

    /**
     * Returns why the year is implied by the context rather than stated in the text: the plan's
     * horizon, a heading or lead phrase (到2025年), the opening of the paragraph. The year itself is
     * {@link #year()}; an implied year without a year is inconsistent, and the validator reports it.
     *
     * @return the basis and words of the implied year, null when the year, if any, is stated
     */
    @Nullable ImpliedYear yearImplied();

    /**
     * Returns the unit the target states for its number.
     *
     * @return the unit, null when the target states none (the indicator's unit applies) or has no
     *     number in a unit
     */
    default @Nullable Unit unit() {
        return null;
    }

    /**
     * Returns the period from the start year to the year, when both are stated.
     *
     * @return the period, empty if either end is missing
     */
    default Optional<YearRange> period() {
        Year start = startYear();
        Year end = year();
        return start == null || end == null ? Optional.empty() : Optional.of(new YearRange(start, end));
    }

    /**
     * Returns a copy with another target year.
     *
     * @param year the new year, null for none
     * @return the changed copy, not null
     */
    Target withYear(@Nullable Year year);

    /**
     * Returns a copy with another start year.
     *
     * @param startYear the new start year, null for none
     * @return the changed copy, not null
     */
    Target withStartYear(@Nullable Year startYear);

    /**
     * Returns a copy that does or does not apply every year.
     *
     * @param annual whether the target recurs every year
     * @return the changed copy, not null
     */
    Target withAnnual(boolean annual);

    /**
     * Returns a copy with another modality.
     *
     * @param modality the new modality, not null
     * @return the changed copy, not null
     */
    Target withModality(Modality modality);

    /**
     * Returns a copy with other calendar dates.
     *
     * @param dates the new dates, null for whole years
     * @return the changed copy, not null
     */
    Target withDates(@Nullable DatePeriod dates);

    /**
     * Returns a copy for another part of the whole.
     *
     * @param dimensions the new dimensions, not null
     * @return the changed copy, not null
     */
    Target withDimensions(Dimensions dimensions);

    /**
     * Returns a copy whose year is or is not implied by the context.
     *
     * @param yearImplied the basis and words of the implied year, null for a stated year or none
     * @return the changed copy, not null
     */
    Target withYearImplied(@Nullable ImpliedYear yearImplied);

    /**
     * Returns a copy with another original wording.
     *
     * @param text the new text, not null
     * @return the changed copy, not null
     */
    Target withText(Text text);
}
