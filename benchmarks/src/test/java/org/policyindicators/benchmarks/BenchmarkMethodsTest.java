package org.policyindicators.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** Every benchmark method runs on a small document and does the work it claims to measure. */
class BenchmarkMethodsTest {

    private static final int SIZE = 100;

    @Test
    void readBenchmark_readsEveryIndicatorThreeWays() {
        ReadBenchmark read = new ReadBenchmark();
        read.indicators = SIZE;
        read.generate();

        assertThat(read.library().allIndicators()).hasSize(SIZE);
        assertThat(read.plainDatabind().goals.stream().mapToInt(g -> g.indicators.size()).sum()).isEqualTo(SIZE);
        assertThat(read.streamingTokens()).isGreaterThan(SIZE * 100L);
    }

    @Test
    void writeBenchmark_writesTheDocumentBothWays() {
        WriteBenchmark write = new WriteBenchmark();
        write.indicators = SIZE;
        write.prepareAll();
        long size = new PlanGenerator(PlanGenerator.SEED).planBytes(SIZE).length;

        // the library ends a document with a line feed
        assertThat(write.library()).isEqualTo(size + 1);
        assertThat(write.plainDatabind()).isEqualTo(size);
    }

    @Test
    void validateBenchmark_findsNothingInTheGeneratedDocument() {
        ValidateBenchmark validate = new ValidateBenchmark();
        validate.indicators = SIZE;
        validate.prepareAll();

        assertThat(validate.validateModel().findings()).isEmpty();
        assertThat(validate.readAndValidate().findings()).isEmpty();
    }

    @Test
    void schemaBenchmark_findsTheGeneratedDocumentValidAgainstTheSchema() {
        SchemaBenchmark schema = new SchemaBenchmark();
        schema.indicators = SIZE;
        schema.generate();

        assertThat(schema.networkntFromBytes()).isEmpty();
        assertThat(schema.networkntFromTree()).isEmpty();
    }

    @Test
    void catalogBenchmark_streamsEveryIndicatorOfTheCatalog() throws IOException {
        CatalogBenchmark catalog = new CatalogBenchmark();
        catalog.indicators = 3_000;
        catalog.generate();
        try {
            assertThat(catalog.library()).isEqualTo(3_000);
            assertThat(catalog.plainDatabind()).isEqualTo(3_000);
            assertThat(catalog.libraryReadAndValidate()).isZero();
            assertThat(catalog.streamingTokens()).isGreaterThan(3_000 * 100L);
        } finally {
            catalog.delete();
        }
    }
}
