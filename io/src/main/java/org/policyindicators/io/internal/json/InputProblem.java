package org.policyindicators.io.internal.json;

import java.io.IOException;

/**
 * A problem with the bytes or characters of the input below the JSON syntax: not UTF-8, a
 * byte-order mark, more than the size limit. It is an {@link IOException} so that it passes
 * through the parser, which reports where it stood.
 */
public final class InputProblem extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates a problem.
     *
     * @param message the message for people, not null
     */
    public InputProblem(String message) {
        super(message);
    }

    static InputProblem byteOrderMark() {
        return new InputProblem("The document starts with a byte-order mark (U+FEFF); write UTF-8 without one");
    }

    static InputProblem tooLarge(long limit, String unit) {
        return new InputProblem("The document is larger than the limit of " + limit + " " + unit
                + " (PolicyJson.Builder.maxDocumentSize)");
    }
}
