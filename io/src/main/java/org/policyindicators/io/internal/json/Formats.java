package org.policyindicators.io.internal.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.exc.MismatchedInputException;

/** Reads and checks the {@code format} field of a document. */
final class Formats {

    private Formats() {
    }

    static String read(JsonParser p, DeserializationContext ctxt) {
        String format = Reading.string(p, ctxt);
        if (!FormatVersion.isReadable(format)) {
            throw Reading.invalid(p, String.class, "Unsupported format " + Reading.excerpt(format)
                    + ": this library reads policy-indicators/1.x documents (it writes " + FormatVersion.CURRENT
                    + ")", format);
        }
        return format;
    }

    static MismatchedInputException missing(JsonParser p, String noun) {
        return Reading.mismatch(p, String.class, "Missing required field 'format' in " + noun
                + "; a document starts with \"format\": \"" + FormatVersion.CURRENT + "\"");
    }
}
