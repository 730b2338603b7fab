package org.policyindicators.examples.cli;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One finding as the tool prints it: a validator finding with its message in the chosen
 * language, or the error that made a file unreadable.
 *
 * @param severity {@code error}, {@code warning} or {@code info}, not null
 * @param code the stable code of the finding ({@code target-without-year}), not null
 * @param path the JSON Pointer of the place in the document, empty for the whole document, not null
 * @param message the message, not null
 * @param line the line of a read error, 1-based; 0 when not a read error or not known
 * @param column the column of a read error, 1-based; 0 when not a read error or not known
 */
record ReportFinding(String severity, String code, String path, String message, int line, int column) {

    /** The severity of a finding that makes a document invalid. */
    static final String ERROR = "error";
    /** The severity of a finding that leaves a document valid but is probably wrong. */
    static final String WARNING = "warning";
    /** The severity of a remark. */
    static final String INFO = "info";

    /**
     * Creates a finding.
     *
     * @param severity see the class documentation
     * @param code see the class documentation
     * @param path see the class documentation
     * @param message see the class documentation
     * @param line see the class documentation
     * @param column see the class documentation
     */
    ReportFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Obtains a finding of the validator, which has no line and column.
     *
     * @param severity the severity code, not null
     * @param code the finding code, not null
     * @param path the JSON Pointer, not null
     * @param message the message, not null
     * @return the finding, not null
     */
    static ReportFinding of(String severity, String code, String path, String message) {
        return new ReportFinding(severity, code, path, message, 0, 0);
    }

    /**
     * Returns whether this finding makes its document invalid.
     *
     * @return true for an error
     */
    boolean isError() {
        return ERROR.equals(severity);
    }

    /**
     * Returns the line of a read error.
     *
     * @return the line, empty if not known
     */
    OptionalInt lineNumber() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }
}
