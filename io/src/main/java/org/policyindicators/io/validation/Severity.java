package org.policyindicators.io.validation;

import java.util.Locale;

/**
 * How serious a {@link Finding} is.
 *
 * <p>A document with an {@link #ERROR} is not valid; warnings and infos leave it valid.
 */
public enum Severity {
    /** The document contradicts itself or the format: it is not valid. */
    ERROR,
    /** The document is probably wrong or incomplete, but may be as its source states it. */
    WARNING,
    /** A remark that needs no action, such as a difference within rounding. */
    INFO;

    /**
     * Returns the code used in reports: {@code error}, {@code warning} or {@code info}.
     *
     * @return the code, not null
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
