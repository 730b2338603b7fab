package org.policyindicators.benchmarks;

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
import org.policyindicators.core.Plan;
import org.policyindicators.benchmarks.plain.PlainJson;
import org.policyindicators.benchmarks.plain.PlainPlan;

/**
 * Reads one plan document of {@code indicators} indicators from the same bytes three ways: into
 * the library's immutable model, into plain mutable classes with Jackson databind (the
 * reference), and token by token with Jackson's streaming parser (the floor).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ReadBenchmark {

    /** The number of indicators in the document. */
    @Param({"100", "10000", "100000", "1000000"})
    public int indicators;

    private byte[] json;

    /** Generates the document. */
    @Setup(Level.Trial)
    public void generate() {
        json = new PlanGenerator(PlanGenerator.SEED).planBytes(indicators);
    }

    /**
     * The library, into its immutable model.
     *
     * @return the plan
     */
    @Benchmark
    public Plan library() {
        return Library.read(json);
    }

    /**
     * The library, into its immutable model, from a stream: the bytes are read into one array first.
     *
     * @return the plan
     */
    @Benchmark
    public Plan libraryStream() {
        return Library.readStream(json);
    }

    /**
     * Jackson databind into plain mutable classes.
     *
     * @return the plan
     */
    @Benchmark
    public PlainPlan plainDatabind() {
        return PlainJson.MAPPER.readValue(json, PlainPlan.class);
    }

    /**
     * Jackson's streaming parser, passing over every token.
     *
     * @return the number of tokens
     */
    @Benchmark
    public long streamingTokens() {
        return Tokens.count(json);
    }
}
