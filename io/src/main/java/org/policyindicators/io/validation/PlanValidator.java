package org.policyindicators.io.validation;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.PolicyJsonException;
import org.policyindicators.io.validation.internal.ValidationRun;

/**
 * Checks plans and jurisdictions for consistency and reports every finding at once.
 *
 * <p>A validation never stops at the first problem and never throws on a model that its
 * constructors accepted: inverted horizons, unknown units, dangling references and extreme
 * numbers are all reported, or, where arithmetic on a number would be unbounded (more than 100
 * digits or an exponent beyond ±200), left out of the arithmetic rules. The rules are listed
 * in {@link FindingKind} and in {@code io/VALIDATION.md}. The time taken is linear in the size
 * of the documents.
 *
 * <p>References to other plans are resolved among the plans validated together: a reference
 * to a plan that is not among them is reported as
 * {@link FindingKind#UNRESOLVED_EXTERNAL_REFERENCE} (a warning, as it cannot be checked), one
 * to a plan that is present but lacks the goal or indicator as
 * {@link FindingKind#UNRESOLVED_REFERENCE}. The issuer of a plan is checked only when a list of
 * jurisdictions is given; it resolves among them or among the plan's own organisations.
 *
 * <p>Qualitative values (a state instead of a number) and indicators without a unit never make
 * a rule throw: the rules that compare numbers leave them out, and a number where a state
 * belongs is reported as {@link FindingKind#NUMBER_ON_QUALITATIVE_INDICATOR}.
 *
 * <p>A validator holds only its configuration: which kinds are reported, and with which
 * severity. It does not depend on the locale; messages are rendered when a report is written.
 * This class is immutable and thread-safe.
 */
public final class PlanValidator {

    private static final PlanValidator STANDARD = new Builder().build();

    private final Map<FindingKind, Severity> severities;

    private PlanValidator(EnumMap<FindingKind, Severity> severities) {
        this.severities = Collections.unmodifiableMap(new EnumMap<>(severities));
    }

    /**
     * Returns the validator that reports every kind with its default severity.
     *
     * @return the standard validator, not null
     */
    public static PlanValidator standard() {
        return STANDARD;
    }

    /**
     * Starts configuring a validator, from the standard configuration.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the severity with which this validator reports a kind.
     *
     * @param kind the kind, not null
     * @return the severity, empty if the kind is disabled
     */
    public Optional<Severity> severity(FindingKind kind) {
        return Optional.ofNullable(severities.get(Objects.requireNonNull(kind, "kind")));
    }

    /**
     * Validates one plan on its own. References to other plans are reported as
     * {@link FindingKind#UNRESOLVED_EXTERNAL_REFERENCE}; the issuer is not checked.
     *
     * @param plan the plan, not null
     * @return the report, not null
     */
    public ValidationReport validate(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return run(List.of(plan), null);
    }

    /**
     * Validates one plan and the jurisdictions it refers to: the issuer must be among them or
     * among the plan's organisations, and the jurisdictions are checked too.
     *
     * @param plan the plan, not null
     * @param jurisdictions the jurisdictions, not null, without null elements
     * @return the report, not null
     */
    public ValidationReport validate(Plan plan, List<Jurisdiction> jurisdictions) {
        Objects.requireNonNull(plan, "plan");
        return run(List.of(plan), copy(jurisdictions, "jurisdictions"));
    }

    /**
     * Validates plans together, so that references between them are resolved. The issuers are
     * not checked.
     *
     * @param plans the plans, in catalogue order, not null, without null elements
     * @return the report, not null
     */
    public ValidationReport validateCatalog(List<Plan> plans) {
        return run(copy(plans, "plans"), null);
    }

    /**
     * Validates plans and jurisdictions together: references between plans, issuers and
     * parent jurisdictions are resolved.
     *
     * @param plans the plans, in catalogue order, not null, without null elements
     * @param jurisdictions the jurisdictions, not null, without null elements
     * @return the report, not null
     */
    public ValidationReport validateCatalog(List<Plan> plans, List<Jurisdiction> jurisdictions) {
        return run(copy(plans, "plans"), copy(jurisdictions, "jurisdictions"));
    }

    /**
     * Validates a list of jurisdictions on its own.
     *
     * @param jurisdictions the jurisdictions, not null, without null elements
     * @return the report, not null
     */
    public ValidationReport validateJurisdictions(List<Jurisdiction> jurisdictions) {
        return run(List.of(), copy(jurisdictions, "jurisdictions"));
    }

    /**
     * Reads a plan from a file with {@link PolicyJson#standard()} and validates it. A document
     * that cannot be read gives a report with one {@link FindingKind#UNREADABLE_DOCUMENT}
     * finding, whose document is the file name; so any input gives exactly one report.
     *
     * @param file the file, not null
     * @return the report, not null
     */
    public ValidationReport readAndValidate(Path file) {
        return readAndValidate(file, PolicyJson.standard());
    }

    /**
     * Reads a plan from a file with the given reader and validates it; see
     * {@link #readAndValidate(Path)}.
     *
     * @param file the file, not null
     * @param json the reader to use, not null
     * @return the report, not null
     */
    public ValidationReport readAndValidate(Path file, PolicyJson json) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        return readAndValidate(name == null ? file.toString() : name.toString(), json, reader -> reader.readPlan(file));
    }

    /**
     * Reads a plan from a stream of UTF-8 bytes with the given reader and validates it. A
     * document that cannot be read gives a report with one
     * {@link FindingKind#UNREADABLE_DOCUMENT} finding, whose document is empty. The stream is
     * not closed.
     *
     * @param in the stream, not null
     * @param json the reader to use, not null
     * @return the report, not null
     */
    public ValidationReport readAndValidate(InputStream in, PolicyJson json) {
        Objects.requireNonNull(in, "in");
        return readAndValidate("", json, reader -> reader.readPlan(in));
    }

    /**
     * Reads a plan from a JSON string with the given reader and validates it; see
     * {@link #readAndValidate(InputStream, PolicyJson)}.
     *
     * @param document the JSON text, not null
     * @param json the reader to use, not null
     * @return the report, not null
     */
    public ValidationReport readAndValidate(String document, PolicyJson json) {
        Objects.requireNonNull(document, "document");
        return readAndValidate("", json, reader -> reader.readPlan(document));
    }

    private ValidationReport readAndValidate(String documentName, PolicyJson json, Function<PolicyJson, Plan> read) {
        Objects.requireNonNull(json, "json");
        Plan plan;
        try {
            plan = read.apply(json);
        } catch (PolicyJsonException e) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("problem", e.problem());
            // a reading error has both from 1, or -1 for none: mutants of the bounds (never 0) are equivalent
            if (e.line() > 0 && e.column() > 0) {
                parameters.put("line", (int) Math.min(Integer.MAX_VALUE, e.line()));
                parameters.put("column", (int) Math.min(Integer.MAX_VALUE, e.column()));
            }
            return unreadable(documentName, e.pointer(), parameters);
        } catch (UncheckedIOException e) {
            String problem = e.getCause() instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getCause());
            return unreadable(documentName, "", Map.of("problem", problem));
        }
        return validate(plan);
    }

    private ValidationReport unreadable(String documentName, String pointer, Map<String, Object> parameters) {
        Severity severity = severities.get(FindingKind.UNREADABLE_DOCUMENT);
        return ValidationReport.of(severity == null ? List.of()
                : List.of(new Finding(FindingKind.UNREADABLE_DOCUMENT, severity, documentName, pointer,
                        parameters)));
    }

    private ValidationReport run(List<Plan> plans, @Nullable List<Jurisdiction> jurisdictions) {
        return ValidationReport.of(ValidationRun.run(plans, jurisdictions, severities));
    }

    private static <T> List<T> copy(List<T> list, String name) {
        Objects.requireNonNull(list, name);
        List<T> copy = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            copy.add(Objects.requireNonNull(list.get(i), name + "[" + i + "]"));
        }
        return copy;
    }

    /**
     * Configures a {@link PlanValidator}. Not thread-safe; each {@link #build()} returns an
     * independent immutable validator.
     */
    public static final class Builder {
        private final EnumMap<FindingKind, Severity> severities = new EnumMap<>(FindingKind.class);

        private Builder() {
            for (FindingKind kind : FindingKind.values()) {
                severities.put(kind, kind.defaultSeverity());
            }
        }

        /**
         * Reports a kind with another severity, enabling it if it was disabled.
         *
         * @param kind the kind, not null
         * @param severity the severity, not null
         * @return this builder
         */
        public Builder severity(FindingKind kind, Severity severity) {
            severities.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Stops reporting a kind.
         *
         * @param kind the kind, not null
         * @return this builder
         */
        public Builder disable(FindingKind kind) {
            severities.remove(Objects.requireNonNull(kind, "kind"));
            return this;
        }

        /**
         * Reports a kind again, with its default severity.
         *
         * @param kind the kind, not null
         * @return this builder
         */
        public Builder enable(FindingKind kind) {
            severities.put(Objects.requireNonNull(kind, "kind"), kind.defaultSeverity());
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the validator, not null
         */
        public PlanValidator build() {
            return new PlanValidator(severities);
        }
    }
}
