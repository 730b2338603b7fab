package org.policyindicators.io.internal.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * An error in a value that was held until a later field told whether the value counts, raised
 * then with the position and the JSON Pointer where it was found.
 */
final class HeldException extends DatabindException {

    private static final long serialVersionUID = 1L;

    private final String pointer;

    HeldException(JacksonException held, TokenStreamLocation location, String pointer) {
        super(held.getOriginalMessage(), location, held);
        this.pointer = pointer;
    }

    String pointer() {
        return pointer;
    }
}
