package org.policyindicators.examples.csv;

import java.util.Objects;

/**
 * One thing wrong with a CSV file: where it is and why it cannot be understood.
 *
 * @param row the line of the file the row starts on, from 1 (the header is row 1); 0 for the whole file
 * @param column the name of the column as the header gives it, empty when the problem is not in one cell, not null
 * @param reason what is wrong and how to put it right, not null
 */
public record CsvProblem(long row, String column, String reason) {

    /**
     * Creates a problem.
     *
     * @param row see the class documentation
     * @param column see the class documentation
     * @param reason see the class documentation
     */
    public CsvProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Writes the problem on one line: {@code row 4, column 'Value': reason}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String where = row == 0 ? "" : column.isEmpty() ? "row " + row + ": " : "row " + row + ", column '" + column + "': ";
        return where + reason;
    }
}
