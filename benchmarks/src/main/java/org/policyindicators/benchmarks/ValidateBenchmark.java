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
import org.policyindicators.io.validation.ValidationReport;

/**
 * Validates one plan document of {@code indicators} indicators with the library's full
 * validation (every rule): a model read beforehand, and the bytes read and then validated.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ValidateBenchmark {

    /** The number of indicators in the document. */
    @Param({"100", "10000", "100000", "1000000"})
    public int indicators;

    private byte[] json;
    private Plan model;

    /** Generates the document and prepares every benchmark of this class at once, as tests do. */
    public void prepareAll() {
        json = new PlanGenerator(PlanGenerator.SEED).planBytes(indicators);
        model = Library.read(json);
    }

    /**
     * Generates the document, and for {@link #validateModel()} reads it once and drops the
     * bytes, which leaves room for the largest documents. The document must be free of errors.
     *
     * @param params the benchmark about to run
     */
    @Setup(Level.Trial)
    public void generate(BenchmarkParams params) {
        json = new PlanGenerator(PlanGenerator.SEED).planBytes(indicators);
        ValidationReport report = Library.readAndValidate(json);
        if (report.errorCount() > 0) {
            throw new IllegalStateException("The generated document has errors: " + report.findings().subList(0,
                    Math.min(5, report.findings().size())));
        }
        if (params.getBenchmark().endsWith(".validateModel")) {
            model = Library.read(json);
            json = null;
        }
    }

    /**
     * Validates the model read beforehand.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validateModel() {
        return Library.VALIDATOR.validate(model);
    }

    /**
     * Reads the bytes into the model and validates it.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport readAndValidate() {
        return Library.readAndValidate(json);
    }
}
