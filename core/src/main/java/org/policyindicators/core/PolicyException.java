package org.policyindicators.core;

/**
 * The root of the exceptions that this library throws for domain errors: a malformed
 * canonical text, an operation on incompatible units, a document that cannot be read.
 *
 * <p>Messages name the offending value and, where known, where it was found.
 */
public class PolicyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message the message, not null
     */
    public PolicyException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message the message, not null
     * @param cause the cause, may be null
     */
    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
