package org.policyindicators.io.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions for validation reports and findings: each checks the code, severity and
 * JSON Pointer of a finding together, and prints every finding of the report on failure.
 */
public final class ValidationAssertions {

    private ValidationAssertions() {
    }

    /**
     * Starts an assertion on a report.
     *
     * @param actual the report
     * @return the assertion
     */
    public static ReportAssert assertThat(ValidationReport actual) {
        return new ReportAssert(actual);
    }

    /**
     * Starts an assertion on a finding.
     *
     * @param actual the finding
     * @return the assertion
     */
    public static FindingAssert assertThat(Finding actual) {
        return new FindingAssert(actual);
    }

    /**
     * Describes an expected finding by code, severity and path.
     *
     * @param code the finding code
     * @param severity the severity
     * @param path the JSON Pointer
     * @return the expectation
     */
    public static Expected finding(String code, Severity severity, String path) {
        return new Expected(code, severity, path);
    }

    /**
     * An expected finding.
     *
     * @param code the finding code
     * @param severity the severity
     * @param path the JSON Pointer
     */
    public record Expected(String code, Severity severity, String path) {
        boolean matches(Finding f) {
            return f.code().equals(code) && f.severity() == severity && f.path().equals(path);
        }

        @Override
        public String toString() {
            return severity.code() + " " + code + " " + path;
        }
    }

    /** Assertions on a {@link ValidationReport}. */
    public static final class ReportAssert extends AbstractAssert<ReportAssert, ValidationReport> {

        ReportAssert(ValidationReport actual) {
            super(actual, ReportAssert.class);
        }

        /**
         * Checks that a finding with this code, severity and path is in the report.
         *
         * @param code the code
         * @param severity the severity
         * @param path the JSON Pointer
         * @return this assertion
         */
        public ReportAssert hasFinding(String code, Severity severity, String path) {
            finding(code, severity, path);
            return this;
        }

        /**
         * Checks that exactly one finding with this code, severity and path is in the report,
         * and returns an assertion on it.
         *
         * @param code the code
         * @param severity the severity
         * @param path the JSON Pointer
         * @return an assertion on the finding
         */
        public FindingAssert finding(String code, Severity severity, String path) {
            isNotNull();
            Expected expected = new Expected(code, severity, path);
            List<Finding> hits = actual.findings().stream().filter(expected::matches).toList();
            if (hits.size() != 1) {
                failWithMessage("Expected exactly one finding <%s> but found %d among:%n%s", expected, hits.size(),
                        describe(actual.findings()));
            }
            return new FindingAssert(hits.get(0));
        }

        /**
         * Checks that no finding has this code.
         *
         * @param code the code
         * @return this assertion
         */
        public ReportAssert hasNoFindingWithCode(String code) {
            isNotNull();
            List<Finding> hits = actual.findings().stream().filter(f -> f.code().equals(code)).toList();
            if (!hits.isEmpty()) {
                failWithMessage("Expected no finding with code <%s> but found:%n%s", code, describe(hits));
            }
            return this;
        }

        /**
         * Checks that the report holds exactly these findings, in this order.
         *
         * @param expected the expected findings
         * @return this assertion
         */
        public ReportAssert containsExactlyFindings(Expected... expected) {
            isNotNull();
            List<Finding> findings = actual.findings();
            boolean same = findings.size() == expected.length;
            for (int i = 0; same && i < expected.length; i++) {
                same = expected[i].matches(findings.get(i));
            }
            if (!same) {
                List<String> wanted = new ArrayList<>();
                for (Expected e : expected) {
                    wanted.add("  " + e);
                }
                failWithMessage("Expected exactly these findings:%n%s%nbut found:%n%s", String.join("\n", wanted),
                        describe(findings));
            }
            return this;
        }

        /**
         * Checks that the report has no findings at all.
         *
         * @return this assertion
         */
        public ReportAssert hasNoFindings() {
            isNotNull();
            if (!actual.findings().isEmpty()) {
                failWithMessage("Expected no findings but found:%n%s", describe(actual.findings()));
            }
            return this;
        }

        /**
         * Checks that the report has no error.
         *
         * @return this assertion
         */
        public ReportAssert isValid() {
            isNotNull();
            if (!actual.isValid()) {
                failWithMessage("Expected a valid report but found:%n%s", describe(actual.findings()));
            }
            return this;
        }

        /**
         * Checks that the report has at least one error.
         *
         * @return this assertion
         */
        public ReportAssert isNotValid() {
            isNotNull();
            if (actual.isValid()) {
                failWithMessage("Expected an invalid report but found:%n%s", describe(actual.findings()));
            }
            return this;
        }

        private static String describe(List<Finding> findings) {
            return findings.isEmpty() ? "  (none)"
                    : findings.stream().map(f -> "  " + f).collect(Collectors.joining("\n"));
        }
    }

    /** Assertions on a {@link Finding}. */
    public static final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

        FindingAssert(Finding actual) {
            super(actual, FindingAssert.class);
        }

        /**
         * Checks a parameter's value; decimals compare by value (0.1 equals 0.10).
         *
         * @param name the parameter name
         * @param value the expected value
         * @return this assertion
         */
        public FindingAssert hasParameter(String name, Object value) {
            isNotNull();
            Object found = actual.parameters().get(name);
            boolean same = found instanceof java.math.BigDecimal a && value instanceof java.math.BigDecimal b
                    ? a.compareTo(b) == 0 : Objects.equals(found, value);
            if (!same) {
                failWithMessage("Expected parameter <%s> to be <%s> but was <%s> in %s", name, value, found, actual);
            }
            return this;
        }

        /**
         * Checks the document the finding is in.
         *
         * @param document the expected document
         * @return this assertion
         */
        public FindingAssert isInDocument(String document) {
            isNotNull();
            if (!actual.document().equals(document)) {
                failWithMessage("Expected document <%s> but was <%s> in %s", document, actual.document(), actual);
            }
            return this;
        }
    }
}
