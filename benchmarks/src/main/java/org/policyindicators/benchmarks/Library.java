package org.policyindicators.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.policyindicators.core.Plan;
import org.policyindicators.io.OutputStyle;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.validation.ValidationReport;
import org.policyindicators.io.validation.PlanValidator;

/**
 * The library as the benchmarks use it: strict reading with the default limits except the size of
 * a document, which the largest documents exceed, and compact output, which is what the plain
 * Jackson writer writes too.
 */
public final class Library {

    /** The reader and writer; thread-safe. */
    public static final PolicyJson JSON = PolicyJson.builder()
            .maxDocumentSize(Long.MAX_VALUE)
            .outputStyle(OutputStyle.COMPACT)
            .build();

    /** The validator with every rule at its default severity; thread-safe. */
    public static final PlanValidator VALIDATOR = PlanValidator.standard();

    /** The format's JSON Schema, as a class-path resource. */
    public static final String SCHEMA_RESOURCE = PolicyJson.SCHEMA_RESOURCE;

    private Library() {
    }

    /**
     * Reads a plan document from its UTF-8 bytes, as plain databind's {@code readValue(byte[])} does.
     *
     * @param json the document
     * @return the plan
     */
    public static Plan read(byte[] json) {
        return JSON.readPlan(json);
    }

    /**
     * Reads a plan document from a stream of its UTF-8 bytes.
     *
     * @param json the document
     * @return the plan
     */
    public static Plan readStream(byte[] json) {
        return JSON.readPlan(new ByteArrayInputStream(json));
    }

    /**
     * Reads a plan document from its UTF-8 bytes and validates it, in the library's one call.
     *
     * @param json the document
     * @return the report
     */
    public static ValidationReport readAndValidate(byte[] json) {
        return VALIDATOR.readAndValidate(new ByteArrayInputStream(json), JSON);
    }

    /**
     * Opens the format's JSON Schema.
     *
     * @return the stream of the schema resource, to be closed by the caller
     */
    public static InputStream schema() {
        InputStream in = PolicyJson.class.getResourceAsStream(SCHEMA_RESOURCE);
        if (in == null) {
            throw new UncheckedIOException(new FileNotFoundException("No resource " + SCHEMA_RESOURCE));
        }
        return in;
    }
}
