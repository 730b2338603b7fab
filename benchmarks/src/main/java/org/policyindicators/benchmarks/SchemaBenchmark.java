package org.policyindicators.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks one plan document of {@code indicators} indicators against the format's JSON Schema
 * with the networknt json-schema-validator: from the bytes (parsing into a tree, then checking
 * it), and from an already parsed tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class SchemaBenchmark {

    private static final JsonMapper TREES = JsonMapper.builder().build();

    /** The number of indicators in the document. */
    @Param({"100", "10000", "100000"})
    public int indicators;

    private byte[] json;
    private JsonNode tree;
    private Schema schema;

    /** Generates the document, parses it and loads the schema. */
    @Setup(Level.Trial)
    public void generate() {
        json = new PlanGenerator(PlanGenerator.SEED).planBytes(indicators);
        tree = TREES.readTree(json);
        schema = loadSchema();
        List<Error> errors = schema.validate(tree);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The generated document breaks the schema: " + errors.subList(0,
                    Math.min(5, errors.size())));
        }
    }

    static Schema loadSchema() {
        try (InputStream in = Library.schema()) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the bytes into a tree and checks it.
     *
     * @return the errors found
     */
    @Benchmark
    public List<Error> networkntFromBytes() {
        return schema.validate(TREES.readTree(json));
    }

    /**
     * Checks the parsed tree.
     *
     * @return the errors found
     */
    @Benchmark
    public List<Error> networkntFromTree() {
        return schema.validate(tree);
    }
}
