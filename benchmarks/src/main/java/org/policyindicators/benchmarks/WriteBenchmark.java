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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.policyindicators.core.Plan;
import org.policyindicators.benchmarks.plain.PlainJson;
import org.policyindicators.benchmarks.plain.PlainPlan;

/**
 * Writes one plan document of {@code indicators} indicators, read once from the generated
 * bytes, with the library from its model and with Jackson databind from plain mutable classes.
 * Both write UTF-8 to a stream that discards the bytes, so that only serializing is measured;
 * both write the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class WriteBenchmark {

    /** The number of indicators in the document. */
    @Param({"100", "10000", "100000", "1000000"})
    public int indicators;

    private Plan model;
    private PlainPlan plain;
    private final DiscardingStream out = new DiscardingStream();

    /** Generates the document and prepares every benchmark of this class at once, as tests do. */
    public void prepareAll() {
        byte[] json = new PlanGenerator(PlanGenerator.SEED).planBytes(indicators);
        model = Library.read(json);
        plain = PlainJson.MAPPER.readValue(json, PlainPlan.class);
    }

    /**
     * Generates the document and reads it into the model that the benchmark writes; only that
     * one is held, which leaves room for the largest documents.
     *
     * @param params the benchmark about to run
     */
    @Setup(Level.Trial)
    public void generate(BenchmarkParams params) {
        byte[] json = new PlanGenerator(PlanGenerator.SEED).planBytes(indicators);
        if (params.getBenchmark().endsWith(".library")) {
            model = Library.read(json);
        } else {
            plain = PlainJson.MAPPER.readValue(json, PlainPlan.class);
        }
    }

    /**
     * The library, from its immutable model.
     *
     * @return the number of bytes written
     */
    @Benchmark
    public long library() {
        Library.JSON.writePlan(model, out);
        return out.reset();
    }

    /**
     * Jackson databind from plain mutable classes.
     *
     * @return the number of bytes written
     */
    @Benchmark
    public long plainDatabind() {
        PlainJson.MAPPER.writeValue(out, plain);
        return out.reset();
    }
}
