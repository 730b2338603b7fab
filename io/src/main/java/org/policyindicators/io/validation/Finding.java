package org.policyindicators.io.validation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.policyindicators.core.PolicyException;
import org.policyindicators.io.validation.internal.Messages;

/**
 * One problem or remark about a document: what kind it is, how serious, where it is, and the
 * values involved.
 *
 * <p>The {@code document} names the document the finding is in: the {@linkplain
 * org.policyindicators.core.Plan#id() identifier of a plan}, or {@value #JURISDICTIONS} for the
 * list of jurisdictions. The {@code path} is a JSON Pointer (RFC 6901) into that document in
 * the JSON format, whose field names are the record component names of the model:
 * {@code /goals/2/indicators/0/baselines/0/year}; the empty string points at the whole
 * document. The parameters are the values involved, by name, in a fixed order; each value is a
 * {@link String}, an {@link Integer} (years, counts, positions), a {@link BigDecimal} (values
 * exactly as stated or computed) or a {@link Boolean}. Units are given in their canonical text
 * ({@code cny*1e8}), year ranges as {@code 2021/2025}, enumerations by their codes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what was found, not null
 * @param severity how serious it is, not null
 * @param document the plan identifier, or {@value #JURISDICTIONS}, not null
 * @param path the JSON Pointer of the place in the document, not null
 * @param parameters the values involved, by name, not null
 */
public record Finding(FindingKind kind, Severity severity, String document, String path,
        Map<String, Object> parameters) {

    /** The {@code document} of findings in the list of jurisdictions. */
    public static final String JURISDICTIONS = "jurisdictions";

    /**
     * Creates a finding, copying the parameters in their iteration order.
     *
     * @param kind see the class documentation
     * @param severity see the class documentation
     * @param document see the class documentation
     * @param path see the class documentation
     * @param parameters see the class documentation
     * @throws PolicyException if the path is not a JSON Pointer or a parameter value is of
     *     another type than those listed in the class documentation
     */
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(parameters, "parameters");
        if (!path.isEmpty() && !path.startsWith("/")) {
            throw new PolicyException("Path '" + path + "' is not a JSON Pointer");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            Objects.requireNonNull(name, "parameter name");
            Objects.requireNonNull(value, () -> "parameter " + name);
            if (!(value instanceof String || value instanceof Integer || value instanceof BigDecimal
                    || value instanceof Boolean)) {
                throw new PolicyException("Parameter " + name + " is a " + value.getClass().getName()
                        + "; use String, Integer, BigDecimal or Boolean");
            }
            copy.put(name, value);
        });
        parameters = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the stable code of the kind ({@code baseline-not-before-target}).
     *
     * @return the code, not null
     */
    public String code() {
        return kind.code();
    }

    /**
     * Renders the message in a language: Chinese for a {@code zh} locale, English otherwise.
     * Parameter values are inserted as plain text, never interpreted.
     *
     * @param locale the locale, not null
     * @return the message, not null
     */
    public String message(Locale locale) {
        return Messages.forLocale(Objects.requireNonNull(locale, "locale")).render(kind.code(), parameters);
    }

    /**
     * Returns a one-line summary for logs: severity, code, document, path and parameters.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return severity.code() + " " + kind.code() + " " + document + " \"" + path + "\" "
                + parameters;
    }
}
