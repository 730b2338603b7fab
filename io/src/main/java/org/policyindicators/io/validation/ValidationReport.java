package org.policyindicators.io.validation;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.policyindicators.io.validation.internal.Messages;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The findings of a validation, in document order: by document in the order the documents
 * were given (plans, then the list of jurisdictions), then by place in the document as the
 * JSON format writes it.
 *
 * <h2>JSON</h2>
 * {@link #toJson(Locale)} and {@link #writeJson(OutputStream, Locale)} write UTF-8 JSON of
 * this shape, members in this order, two-space indented ({@code io/VALIDATION.md} has a full
 * example):
 * <pre>{@code
 * {
 *   "valid" : false,
 *   "errors" : 1,
 *   "warnings" : 0,
 *   "infos" : 1,
 *   "findings" : [ {
 *     "severity" : "error",
 *     "code" : "baseline-not-before-target",
 *     "document" : "cn-140109-fyp-14",
 *     "path" : "/goals/0/indicators/0/baselines/0/year",
 *     "message" : "The baseline year 2025 is not before the target year 2025 (target …).",
 *     "parameters" : {
 *       "baselineYear" : 2025,
 *       "targetYear" : 2025,
 *       "target" : "/goals/0/indicators/0/targets/0"
 *     }
 *   } ]
 * }
 * }</pre>
 * Parameters keep their types: strings as JSON strings, numbers as JSON numbers written
 * exactly (17.9, not 17.899999), booleans as JSON booleans. The output depends only on the
 * findings and the locale of the messages, so the same input gives the same bytes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationReport {

    private static final ObjectWriter JSON = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build()
            .writer()
            .with(new DefaultPrettyPrinter());

    private final List<Finding> findings;
    private final int[] counts = new int[Severity.values().length];

    private ValidationReport(List<Finding> findings) {
        this.findings = List.copyOf(findings);
        for (Finding f : this.findings) {
            counts[f.severity().ordinal()]++;
        }
    }

    /**
     * Obtains a report of findings in the order given.
     *
     * @param findings the findings, not null, without null elements
     * @return the report, not null
     */
    public static ValidationReport of(List<Finding> findings) {
        return new ValidationReport(Objects.requireNonNull(findings, "findings"));
    }

    /**
     * Returns all findings in document order.
     *
     * @return the findings, unmodifiable, not null
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Returns the findings of one severity, in document order.
     *
     * @param severity the severity, not null
     * @return the findings, unmodifiable, not null
     */
    public List<Finding> findings(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * Returns whether the documents are valid: no finding is an error. Warnings and infos do
     * not make a document invalid.
     *
     * @return true if there is no error
     */
    public boolean isValid() {
        return errorCount() == 0;
    }

    /**
     * Returns the number of findings of a severity.
     *
     * @param severity the severity, not null
     * @return the count, from 0
     */
    public int count(Severity severity) {
        return counts[Objects.requireNonNull(severity, "severity").ordinal()];
    }

    /**
     * Returns the number of errors.
     *
     * @return the count, from 0
     */
    public int errorCount() {
        return count(Severity.ERROR);
    }

    /**
     * Returns the number of warnings.
     *
     * @return the count, from 0
     */
    public int warningCount() {
        return count(Severity.WARNING);
    }

    /**
     * Returns the number of infos.
     *
     * @return the count, from 0
     */
    public int infoCount() {
        return count(Severity.INFO);
    }

    /**
     * Writes the report as plain text, one line per finding followed by a summary line:
     * {@code error [code] document /path: message}. Severity words and messages are in the
     * locale's language (Chinese for {@code zh}, English otherwise); codes, documents and
     * paths are as they are. Lines end with {@code \n}.
     *
     * @param locale the language of the messages, not null
     * @return the text, not null
     */
    public String toText(Locale locale) {
        Messages messages = Messages.forLocale(Objects.requireNonNull(locale, "locale"));
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            String severity = messages.find("severity." + f.severity().code());
            out.append(severity != null ? severity : f.severity().code())
                    .append(" [").append(f.code()).append("] ")
                    .append(Messages.escape(f.document())).append(' ')
                    .append(f.path().isEmpty() ? "/" : f.path()).append(": ")
                    .append(f.message(locale)).append('\n');
        }
        Map<String, Integer> summary = Map.of("errors", errorCount(), "warnings", warningCount(), "infos", infoCount());
        out.append(messages.render("report.summary", summary)).append('\n');
        return out.toString();
    }

    /**
     * Returns the report as JSON of the shape given in the class documentation.
     *
     * @param locale the language of the messages, not null
     * @return the JSON text, not null
     */
    public String toJson(Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeJson(out, locale);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the report as UTF-8 JSON of the shape given in the class documentation. The
     * stream is flushed, not closed.
     *
     * @param out the stream, not null
     * @param locale the language of the messages, not null
     * @throws JacksonException if the stream cannot be written
     */
    public void writeJson(OutputStream out, Locale locale) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(locale, "locale");
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeBooleanProperty("valid", isValid());
            g.writeNumberProperty("errors", errorCount());
            g.writeNumberProperty("warnings", warningCount());
            g.writeNumberProperty("infos", infoCount());
            g.writeArrayPropertyStart("findings");
            for (Finding f : findings) {
                g.writeStartObject();
                g.writeStringProperty("severity", f.severity().code());
                g.writeStringProperty("code", f.code());
                g.writeStringProperty("document", f.document());
                g.writeStringProperty("path", f.path());
                g.writeStringProperty("message", f.message(locale));
                g.writeObjectPropertyStart("parameters");
                for (Map.Entry<String, Object> p : f.parameters().entrySet()) {
                    g.writeName(p.getKey());
                    Object value = p.getValue();
                    if (value instanceof BigDecimal || value instanceof Integer) {
                        g.writeNumber(Messages.format(value));
                    } else if (value instanceof Boolean b) {
                        g.writeBoolean(b);
                    } else {
                        g.writeString(String.valueOf(value));
                    }
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /**
     * Compares the findings.
     *
     * @param o the other object, may be null
     * @return true if the other is a report with equal findings in the same order
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationReport r && r.findings.equals(findings);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return findings.hashCode();
    }

    /**
     * Returns a summary for logs: the counts by severity.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "ValidationReport[errors=" + errorCount() + ", warnings=" + warningCount() + ", infos=" + infoCount()
                + "]";
    }
}
