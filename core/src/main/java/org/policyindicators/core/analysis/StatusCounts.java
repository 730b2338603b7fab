package org.policyindicators.core.analysis;

import java.util.Objects;

/**
 * How many targets have each {@link ProgressStatus}: the tally of a plan, a goal or a category
 * in a {@link PlanTracking}.
 *
 * <p>Example: a goal with a missed 2020 target, an achieved 2021 target and a 2025 target
 * without an observation yet counts {@code achieved=1, missed=1, notAssessable=1}, total 3.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param achieved the number of targets achieved, not negative
 * @param onTrack the number on track, not negative
 * @param behind the number behind, not negative
 * @param offTrack the number off track, not negative
 * @param missed the number missed, not negative
 * @param notAssessable the number not assessable, not negative
 */
public record StatusCounts(int achieved, int onTrack, int behind, int offTrack, int missed, int notAssessable) {

    /** No targets at all. */
    public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0, 0);

    /**
     * Creates a tally.
     *
     * @param achieved see the class documentation
     * @param onTrack see the class documentation
     * @param behind see the class documentation
     * @param offTrack see the class documentation
     * @param missed see the class documentation
     * @param notAssessable see the class documentation
     * @throws IllegalArgumentException if a count is negative
     */
    public StatusCounts {
        if (achieved < 0 || onTrack < 0 || behind < 0 || offTrack < 0 || missed < 0 || notAssessable < 0) {
            throw new IllegalArgumentException("Counts must not be negative: " + achieved + ", " + onTrack + ", "
                    + behind + ", " + offTrack + ", " + missed + ", " + notAssessable);
        }
    }

    /**
     * Counts the statuses of assessments.
     *
     * @param assessments the assessments, not null
     * @return the tally, not null
     */
    public static StatusCounts of(Iterable<TargetAssessment> assessments) {
        Objects.requireNonNull(assessments, "assessments");
        StatusCounts counts = NONE;
        for (TargetAssessment a : assessments) {
            counts = counts.plus(a.status());
        }
        return counts;
    }

    /**
     * Returns the number of targets of a status.
     *
     * @param status the status, not null
     * @return the count
     */
    public int count(ProgressStatus status) {
        return switch (Objects.requireNonNull(status, "status")) {
            case ACHIEVED -> achieved;
            case ON_TRACK -> onTrack;
            case BEHIND -> behind;
            case OFF_TRACK -> offTrack;
            case MISSED -> missed;
            case NOT_ASSESSABLE -> notAssessable;
        };
    }

    /**
     * Returns the number of targets counted.
     *
     * @return the sum of all counts
     */
    public int total() {
        return achieved + onTrack + behind + offTrack + missed + notAssessable;
    }

    /**
     * Returns this tally with one more target of a status.
     *
     * @param status the status, not null
     * @return the new tally, not null
     */
    public StatusCounts plus(ProgressStatus status) {
        return switch (Objects.requireNonNull(status, "status")) {
            case ACHIEVED -> new StatusCounts(achieved + 1, onTrack, behind, offTrack, missed, notAssessable);
            case ON_TRACK -> new StatusCounts(achieved, onTrack + 1, behind, offTrack, missed, notAssessable);
            case BEHIND -> new StatusCounts(achieved, onTrack, behind + 1, offTrack, missed, notAssessable);
            case OFF_TRACK -> new StatusCounts(achieved, onTrack, behind, offTrack + 1, missed, notAssessable);
            case MISSED -> new StatusCounts(achieved, onTrack, behind, offTrack, missed + 1, notAssessable);
            case NOT_ASSESSABLE -> new StatusCounts(achieved, onTrack, behind, offTrack, missed, notAssessable + 1);
        };
    }

    /**
     * Returns the sum of this tally and another.
     *
     * @param other the other tally, not null
     * @return the sum, not null
     */
    public StatusCounts plus(StatusCounts other) {
        Objects.requireNonNull(other, "other");
        return new StatusCounts(achieved + other.achieved, onTrack + other.onTrack, behind + other.behind,
                offTrack + other.offTrack, missed + other.missed, notAssessable + other.notAssessable);
    }
}
