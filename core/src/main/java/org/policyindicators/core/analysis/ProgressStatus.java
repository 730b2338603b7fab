package org.policyindicators.core.analysis;

/**
 * Where an observation stands against a target. The constants are ordered from worst to best,
 * except {@link #NOT_ASSESSABLE}; see {@link Progress} for the exact definitions.
 */
public enum ProgressStatus {
    /** No progress from the baseline, or movement away from the target. */
    OFF_TRACK,
    /** Progress toward the target, but short of the expected trajectory. */
    BEHIND,
    /** Before the target year, at or beyond the expected trajectory. */
    ON_TRACK,
    /** The target is met. */
    ACHIEVED,
    /** The target implies no number, or a needed baseline, year or compatible unit is missing. */
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
