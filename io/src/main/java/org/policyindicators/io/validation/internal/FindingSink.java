package org.policyindicators.io.validation.internal;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.Severity;

/**
 * Collects the findings of one validation run, applying the validator's severities and
 * leaving out disabled kinds. Not thread-safe: one per run.
 */
final class FindingSink {

    private final Map<FindingKind, Severity> severities;
    private final List<Finding> findings = new ArrayList<>();

    /** Creates a sink that keeps the kinds in the map, with their severities, and drops the others. */
    FindingSink(Map<FindingKind, Severity> severities) {
        this.severities = severities;
    }

    /** Whether findings of a kind are kept, so that a rule can skip costly work. */
    boolean enabled(FindingKind kind) {
        // equivalent mutant when always true: the rule does the work and add() drops the finding
        return severities.containsKey(kind);
    }

    /**
     * Adds a finding; the parameters alternate names and values. Null values are left out;
     * years, units, year ranges and enumerations are turned into the types {@link Finding} holds.
     */
    void add(FindingKind kind, String document, String path, @Nullable Object... parameters) {
        Severity severity = severities.get(kind);
        if (severity == null) {
            return;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            Object value = parameters[i + 1];
            if (value != null) {
                map.put(String.valueOf(parameters[i]), normalise(value));
            }
        }
        findings.add(new Finding(kind, severity, document, path, map));
    }

    /** The findings so far, in the order they were added. */
    List<Finding> findings() {
        return findings;
    }

    private static Object normalise(Object value) {
        if (value instanceof Year y) {
            return y.getValue();
        }
        if (value instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        // a string stays itself; a unit or a year range becomes its text
        return value instanceof Integer || value instanceof BigDecimal || value instanceof Boolean ? value
                : String.valueOf(value);
    }
}
