package org.policyindicators.io.internal.json;

import java.util.Collection;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * An unknown field found only after the parser moved on, which therefore carries the JSON
 * Pointer of the field itself.
 */
final class PointedException extends UnrecognizedPropertyException {

    private static final long serialVersionUID = 1L;

    private final String pointer;

    PointedException(JsonParser p, String message, TokenStreamLocation location, Class<?> type, String name,
            Collection<Object> known, String pointer) {
        super(p, message, location, type, name, known);
        this.pointer = pointer;
    }

    String pointer() {
        return pointer;
    }
}
