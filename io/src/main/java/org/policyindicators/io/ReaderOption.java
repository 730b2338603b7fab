package org.policyindicators.io;

/**
 * Options that relax how {@link PolicyJson} reads. By default none is enabled and reading is
 * strict.
 */
public enum ReaderOption {
    /**
     * Skips fields that the format does not know, instead of failing. Every skipped field is
     * reported as a {@link SkippedField} to the listener set with
     * {@link PolicyJson.Builder#onSkippedField(java.util.function.Consumer)}; without one, to the
     * {@link System.Logger} named {@code org.policyindicators.io} at level {@code WARNING}. A field
     * that belongs to another kind of target counts as unknown, whatever its value and wherever
     * the target's {@code "type"} comes; fields skipped before the type are reported when the type
     * is read, still in document order. Use this to read documents of a later minor version of the
     * format, which may add fields.
     */
    ALLOW_UNKNOWN_FIELDS
}
