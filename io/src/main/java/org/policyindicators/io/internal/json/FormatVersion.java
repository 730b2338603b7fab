package org.policyindicators.io.internal.json;

import java.util.regex.Pattern;

/** The format version that documents carry in their {@code format} field. */
public final class FormatVersion {

    /** The version this library writes. */
    public static final String CURRENT = "policy-indicators/1.1";

    /** The versions this library reads: major version 1, any minor version. */
    private static final Pattern READABLE = Pattern.compile("policy-indicators/1\\.(0|[1-9][0-9]{0,8})");

    private FormatVersion() {
    }

    /** Tells whether a document whose {@code format} field has this value can be read. */
    public static boolean isReadable(String format) {
        return READABLE.matcher(format).matches();
    }
}
