package org.policyindicators.core.analysis;

/**
 * Where an observation stands against a target. The constants are ordered from worst to best,
 * except {@link #NOT_ASSESSABLE}; see {@link Progress} for the exact definitions of the
 * assessment of one observation, and {@link TargetAssessment} for those of a target assessed
 * per period as of a year, the only source of {@link #MISSED}.
 */
public enum ProgressStatus {
    /**
     * The target's year is over and the observation chosen for that year does not meet it; for
     * an annual (每年) target, some year of its period is missed; for an average or cumulative
     * target, the whole period is in and misses the bound. Final: a later observation that meets
     * the target is reported beside it (see {@link TargetAssessment#lateAchievement()}), never
     * instead of it. {@link Progress#assess} never returns it.
     */
    MISSED,
    /**
     * No progress from the baseline, or movement away from the target; for an average target
     * with every year of its period in, a mean that misses the bound. In a
     * {@link TargetAssessment}, only before the target's year is over (an annual target missed
     * in some year so far, a cumulative ceiling already exceeded); once it is over, such a
     * target is {@link #MISSED}.
     */
    OFF_TRACK,
    /**
     * Progress toward the target, but short of the expected trajectory; for an average target
     * with years still missing, a mean so far that falls short of the bound.
     */
    BEHIND,
    /**
     * Before the target year, at or beyond the expected trajectory; for an average target with
     * years still missing, a mean so far that meets the bound. In a {@link TargetAssessment}
     * also: an annual target met in every year assessed so far, and a cumulative total at or
     * beyond its straight-line share of the period.
     */
    ON_TRACK,
    /**
     * The target is met; an average target only once every year of its period is in, and a
     * qualitative target by an observed state equal to its text.
     */
    ACHIEVED,
    /**
     * The target implies no number, a needed baseline, year or compatible unit is missing, the
     * observation is of another part of the whole or outside the target's dated period, or the
     * value is qualitative (other than a state equal to a qualitative target's text). In a
     * {@link TargetAssessment} also: no observation of the target's year once it is over, no
     * observation of its period yet, years of a whole period missing once it is over, or a
     * flow's target before its year; {@link TargetAssessment#basis()} says which.
     */
    NOT_ASSESSABLE;

    /**
     * Returns the code used in JSON output, in kebab case ({@code on-track}).
     *
     * @return the code, not null
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
