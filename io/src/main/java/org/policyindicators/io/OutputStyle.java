package org.policyindicators.io;

/** How {@link PolicyJson} lays out the documents it writes. Catalogs are always compact. */
public enum OutputStyle {
    /** Indented by two spaces, one field per line, {@code "name": value}; the default. */
    PRETTY,
    /** No whitespace at all, the whole document on one line. */
    COMPACT
}
