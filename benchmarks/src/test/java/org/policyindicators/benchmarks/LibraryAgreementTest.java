package org.policyindicators.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyindicators.benchmarks.plain.PlainJson;
import org.policyindicators.benchmarks.plain.PlainPlan;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Plan;
import org.policyindicators.io.validation.ValidationReport;

/** The generated documents are what the library reads, writes and validates without a finding. */
class LibraryAgreementTest {

    private final PlanGenerator generator = new PlanGenerator(PlanGenerator.SEED);

    @Test
    void library_writesBackTheGeneratedBytes() {
        byte[] json = generator.planBytes(1_000);

        Plan plan = Library.read(json);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Library.JSON.writePlan(plan, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(new String(json, StandardCharsets.UTF_8) + "\n");
    }

    @Test
    void libraryAndPlainClasses_readTheSameIndicators() {
        byte[] json = generator.planBytes(2_000);

        List<String> library = Library.read(json).allIndicators().map(Indicator::id).collect(Collectors.toList());
        List<String> plain = PlainJson.MAPPER.readValue(json, PlainPlan.class).goals.stream()
                .flatMap(g -> g.indicators.stream()).map(i -> i.id).collect(Collectors.toList());

        assertThat(library).hasSize(2_000).isEqualTo(plain);
    }

    @Test
    void validator_findsNothingInGeneratedDocuments() {
        for (int size : new int[] {1, 100, 3_000}) {
            ValidationReport report = Library.readAndValidate(generator.planBytes(size));

            assertThat(report.findings()).as("size %d", size).isEmpty();
        }
    }

    @Test
    void validator_findsNothingInAnyPlanOfAGeneratedCatalog(@TempDir Path dir) {
        PlanGenerator.Catalog catalog = generator.writeCatalog(dir.resolve("catalog.jsonl"), 40, 250);

        try (Stream<Plan> plans = Library.JSON.readCatalog(catalog.file())) {
            assertThat(plans.flatMap(plan -> Library.VALIDATOR.validate(plan).findings().stream())).isEmpty();
        }
    }

    @Test
    void libraryCatalog_readsEveryPlanOfAGeneratedCatalog(@TempDir Path dir) {
        PlanGenerator.Catalog catalog = generator.writeCatalog(dir.resolve("catalog.jsonl"), 5, 200);

        try (Stream<Plan> plans = Library.JSON.readCatalog(catalog.file())) {
            List<Plan> read = plans.collect(Collectors.toList());

            assertThat(read).hasSize(5);
            assertThat(read.stream().mapToLong(CatalogBenchmark::indicatorCount).sum()).isEqualTo(1_000);
            assertThat(read.get(0)).isEqualTo(Library.read(generator.planBytes(200)));
        }
    }
}
