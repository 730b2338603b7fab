package org.policyindicators.examples.csv;

import java.util.List;

import org.policyindicators.core.PolicyException;

/**
 * A CSV file that cannot be imported, with every problem found in it, in file order. Nothing is
 * imported from a file that has one.
 */
public final class CsvException extends PolicyException {

    private static final long serialVersionUID = 1L;

    /** The problems; a list copied with {@code List.copyOf}, which is serializable. */
    private final List<CsvProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one, not null
     */
    public CsvException(List<CsvProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    private static String summary(List<CsvProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems is empty");
        }
        return problems.size() == 1 ? problems.get(0).toString()
                : problems.size() + " problems, the first: " + problems.get(0);
    }

    /**
     * Returns every problem found, in file order.
     *
     * @return the problems, not empty, not null
     */
    public List<CsvProblem> problems() {
        return problems;
    }
}
