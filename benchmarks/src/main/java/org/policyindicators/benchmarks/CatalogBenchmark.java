package org.policyindicators.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.policyindicators.core.Plan;
import org.policyindicators.benchmarks.plain.PlainJson;
import org.policyindicators.benchmarks.plain.PlainPlan;

import tools.jackson.databind.MappingIterator;

/**
 * Streams a JSON Lines catalog of {@code indicators} indicators, in plans of up to
 * {@value #INDICATORS_PER_PLAN}, from a temporary file, holding one plan at a time: into the
 * library's model, into plain classes with Jackson databind, and token by token.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CatalogBenchmark {

    /** The number of indicators in each plan of the catalog. */
    public static final int INDICATORS_PER_PLAN = 1_000;

    /** The number of indicators in the whole catalog. */
    @Param({"1000000"})
    public int indicators;

    private Path file;

    /**
     * Returns the number of indicators in each plan of a catalog.
     *
     * @param indicators the indicators in the whole catalog
     * @return the indicators per plan
     */
    static int perPlan(int indicators) {
        return Math.min(indicators, INDICATORS_PER_PLAN);
    }

    /**
     * Returns the number of plans of a catalog.
     *
     * @param indicators the indicators in the whole catalog, a multiple of {@link #perPlan(int)}
     * @return the number of plans
     */
    static int plans(int indicators) {
        return indicators / perPlan(indicators);
    }

    /**
     * Writes the catalog to a temporary file.
     *
     * @throws IOException if the file cannot be created
     */
    @Setup(Level.Trial)
    public void generate() throws IOException {
        if (indicators % perPlan(indicators) != 0) {
            throw new IllegalArgumentException("indicators must be a multiple of " + INDICATORS_PER_PLAN);
        }
        file = Files.createTempFile("policy-indicators-catalog-", ".jsonl");
        new PlanGenerator(PlanGenerator.SEED).writeCatalog(file, plans(indicators), perPlan(indicators));
    }

    /**
     * Deletes the temporary file.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * The library, into its immutable model, one plan after another.
     *
     * @return the number of indicators read
     */
    @Benchmark
    public long library() {
        try (Stream<Plan> plans = Library.JSON.readCatalog(file)) {
            return plans.mapToLong(CatalogBenchmark::indicatorCount).sum();
        }
    }

    /**
     * The library, reading each plan into its model and validating it.
     *
     * @return the number of findings
     */
    @Benchmark
    public long libraryReadAndValidate() {
        try (Stream<Plan> plans = Library.JSON.readCatalog(file)) {
            return plans.mapToLong(plan -> Library.VALIDATOR.validate(plan).findings().size()).sum();
        }
    }

    static long indicatorCount(Plan plan) {
        return plan.allIndicators().count();
    }

    /**
     * Jackson databind into plain mutable classes, one plan after another.
     *
     * @return the number of indicators read
     */
    @Benchmark
    public long plainDatabind() {
        long count = 0;
        try (MappingIterator<PlainPlan> plans = PlainJson.MAPPER.readerFor(PlainPlan.class).readValues(file.toFile())) {
            while (plans.hasNext()) {
                count += plans.next().goals.stream().mapToInt(g -> g.indicators.size()).sum();
            }
        }
        return count;
    }

    /**
     * Jackson's streaming parser, passing over every token of every line.
     *
     * @return the number of tokens
     */
    @Benchmark
    public long streamingTokens() {
        try (InputStream in = Files.newInputStream(file)) {
            return Tokens.count(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
