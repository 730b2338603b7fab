package org.policyindicators.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.PolicyJsonException;
import org.policyindicators.io.testing.Messages;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.ValidationReport;
import org.policyindicators.io.validation.PlanValidator;

/**
 * One hostile document and what reading it must give: a {@link PolicyJsonException} with a
 * given problem, position and JSON Pointer, or a plan that passes a check, validates to a report
 * with given finding codes, and writes back to an equal plan.
 *
 * <p>A position is checked to fall on the offending token: on its line, from its first
 * character to just past its last, since a reader may report where a token starts or where it
 * noticed the problem.
 *
 * @param name what the document is, shown as the test's name
 * @param input the document, generated on demand
 * @param json the reader to use
 * @param expected the outcome
 */
record HostileCase(String name, GeneratedInput input, PolicyJson json, Expected expected) {

    /** What reading a hostile document must give. */
    sealed interface Expected permits Rejected, Accepted {
    }

    /**
     * A reading error.
     *
     * @param problem a fragment of the problem, not null
     * @param at where, not null
     * @param pointer the JSON Pointer, as a regular expression that must match all of it, not null
     */
    record Rejected(String problem, Span at, Pattern pointer) implements Expected {

        /**
         * Expects an error with an exact JSON Pointer.
         *
         * @param problem a fragment of the problem, not null
         * @param at where, not null
         * @param pointer the JSON Pointer, not null
         */
        Rejected(String problem, Span at, String pointer) {
            this(problem, at, Pattern.compile(Pattern.quote(pointer)));
        }
    }

    /**
     * A plan that reads.
     *
     * @param check what the plan must satisfy, not null
     * @param codes finding codes the report must hold, not null
     * @param count the number of findings with the first code, or -1 to leave it unchecked
     */
    record Accepted(Consumer<Plan> check, List<String> codes, int count) implements Expected {
    }

    /**
     * A range of positions: lines and, within them, columns.
     *
     * @param fromLine the first line allowed, from 1
     * @param toLine the last line allowed
     * @param fromColumn the first column allowed, from 1
     * @param toColumn the last column allowed
     */
    record Span(long fromLine, long toLine, long fromColumn, long toColumn) {

        /**
         * Returns a range of columns on one line.
         *
         * @param line the line, from 1
         * @param fromColumn the first column allowed, from 1
         * @param toColumn the last column allowed
         */
        Span(long line, long fromColumn, long toColumn) {
            this(line, line, fromColumn, toColumn);
        }

        /**
         * Returns the span of a token in a text.
         *
         * @param text the text, not null
         * @param start the index of the token's first character
         * @param length the length of the token
         * @return the span from the token's first character to just past its last
         */
        static Span of(String text, int start, int length) {
            String before = text.substring(0, start);
            long line = Truncations.lineAt(before);
            long column = Truncations.columnAt(before);
            return new Span(line, column, column + length);
        }

        /**
         * Returns the span of one column.
         *
         * @param line the line
         * @param column the column
         * @return the span
         */
        static Span at(long line, long column) {
            return new Span(line, column, column);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * Reads the document and checks the outcome.
     *
     * @param validator the validator for documents that read
     */
    void check(PlanValidator validator) {
        if (expected instanceof Rejected rejected) {
            PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, this::read);
            assertThat(e).as("%s must be rejected", name).isNotNull();
            Outcomes.assertLocated(e);
            assertThat(e.problem()).as("problem").contains(rejected.problem());
            Messages.assertNamesNoInternals(e.getMessage());
            assertThat(e.pointer()).as("pointer of: %s", e.getMessage()).matches(rejected.pointer());
            assertThat(e.line()).as("line of: %s", e.getMessage())
                    .isBetween(rejected.at().fromLine(), rejected.at().toLine());
            assertThat(e.column()).as("column of: %s", e.getMessage())
                    .isBetween(rejected.at().fromColumn(), rejected.at().toColumn());
        } else if (expected instanceof Accepted accepted) {
            Plan plan = read();
            accepted.check().accept(plan);
            ValidationReport report = validator.validate(plan);
            List<String> codes = report.findings().stream().map(Finding::code).toList();
            assertThat(codes).as("finding codes").containsAll(accepted.codes());
            if (accepted.count() >= 0) {
                assertThat(codes).as("findings %s", accepted.codes().get(0))
                        .filteredOn(accepted.codes().get(0)::equals).hasSize(accepted.count());
            }
            assertThat(report.toText(Locale.ENGLISH)).isNotBlank();
            String written = json.writePlan(plan);
            assertThat(json.readPlan(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8))))
                    .as("written and read back").isEqualTo(plan);
        }
    }

    private Plan read() {
        try (InputStream in = input.open()) {
            return json.readPlan(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
