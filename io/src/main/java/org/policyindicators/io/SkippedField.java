package org.policyindicators.io;

import org.policyindicators.core.PolicyException;

/**
 * A field that a lenient reader skipped because the format does not know it (see
 * {@link ReaderOption#ALLOW_UNKNOWN_FIELDS}). Its value, with everything nested in it, was not
 * read.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the skipped field, such as {@code /goals/0/colour},
 *     not null
 * @param line the line of the field's value, from 1; in a catalog, the line of the catalog
 * @param column the column of the field's value, from 1, in UTF-16 code units
 */
public record SkippedField(String pointer, long line, long column) {

    /**
     * Creates a report of a skipped field.
     *
     * @param pointer see the class documentation
     * @param line see the class documentation
     * @param column see the class documentation
     * @throws PolicyException if the pointer does not name a field
     */
    public SkippedField {
        if (pointer == null || !pointer.startsWith("/")) {
            throw new PolicyException("The pointer of a skipped field names a field: '" + pointer + "'");
        }
    }

    /**
     * Returns the name of the skipped field: the last segment of the pointer, unescaped.
     *
     * @return the name, not null
     */
    public String name() {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }
}
