package org.policyindicators.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyindicators.benchmarks.plain.PlainGoal;
import org.policyindicators.benchmarks.plain.PlainJson;
import org.policyindicators.benchmarks.plain.PlainPlan;
import org.policyindicators.benchmarks.plain.PlainTarget;

class PlanGeneratorTest {

    private final PlanGenerator generator = new PlanGenerator(PlanGenerator.SEED);

    @Test
    void planBytes_isTheSameForTheSameSeedAndDiffersForAnother() {
        byte[] first = generator.planBytes(300);

        assertThat(new PlanGenerator(PlanGenerator.SEED).planBytes(300)).isEqualTo(first);
        assertThat(new PlanGenerator(PlanGenerator.SEED + 1).planBytes(300)).isNotEqualTo(first);
    }

    @Test
    void planBytes_holdsExactlyTheRequestedIndicators() {
        for (int size : new int[] {1, 100, 2_345}) {
            PlainPlan plan = PlainJson.MAPPER.readValue(generator.planBytes(size), PlainPlan.class);

            assertThat(plan.goals.stream().mapToInt(g -> g.indicators.size()).sum()).as("size %d", size)
                    .isEqualTo(size);
        }
    }

    @Test
    void planBytes_givesEveryIndicatorABaselineTwoOrThreeTargetsFiveObservationsAndAQuote() {
        PlainPlan plan = PlainJson.MAPPER.readValue(generator.planBytes(500), PlainPlan.class);

        plan.goals.stream().flatMap(g -> g.indicators.stream()).forEach(indicator -> {
            assertThat(indicator.name).containsOnlyKeys("en", "zh");
            assertThat(indicator.baselines).hasSize(1);
            assertThat(indicator.targets).hasSizeBetween(2, 3);
            assertThat(indicator.observations).hasSize(5);
            assertThat(indicator.provenance).isNotEmpty();
        });
        List<String> kinds = plan.goals.stream().flatMap(g -> g.indicators.stream())
                .flatMap(i -> i.targets.stream()).map(t -> t.getClass().getSimpleName()).distinct().sorted()
                .collect(Collectors.toList());
        assertThat(kinds).containsExactly("Change", "Cumulative", "Direction", "Growth", "Level", "Multiple", "Range",
                "Share");
    }

    @Test
    void planBytes_hasUniqueIndicatorIdentifiers() {
        PlainPlan plan = PlainJson.MAPPER.readValue(generator.planBytes(5_000), PlainPlan.class);

        List<String> ids = plan.goals.stream().flatMap(g -> g.indicators.stream()).map(i -> i.id)
                .collect(Collectors.toList());
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void plainClasses_writeBackTheGeneratedBytes() {
        byte[] bytes = generator.planBytes(1_000);

        PlainPlan plan = PlainJson.MAPPER.readValue(bytes, PlainPlan.class);

        assertThat(new String(PlainJson.MAPPER.writeValueAsBytes(plan), StandardCharsets.UTF_8))
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void plainClasses_readTargetsAsTheirKinds() {
        PlainPlan plan = PlainJson.MAPPER.readValue(generator.planBytes(50), PlainPlan.class);

        PlainGoal goal = plan.goals.get(0);
        PlainTarget first = goal.indicators.get(0).targets.get(0);
        assertThat(first).isInstanceOf(PlainTarget.Level.class);
        assertThat(((PlainTarget.Level) first).value).isNotNull();
    }

    @Test
    void writeCatalog_writesOnePlanPerLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("catalog.jsonl");

        PlanGenerator.Catalog catalog = generator.writeCatalog(file, 7, 40);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(7);
        assertThat(catalog.indicators()).isEqualTo(280);
        assertThat(catalog.bytes()).isEqualTo(Files.size(file));
        assertThat(lines.stream().map(l -> PlainJson.MAPPER.readValue(l, PlainPlan.class).id).distinct())
                .hasSize(7);
        assertThat(lines.get(0).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(new PlanGenerator(PlanGenerator.SEED).planBytes(40));
    }

    @Test
    void writeCatalogOfAtLeast_stopsAtTheFirstPlanPastTheSize(@TempDir Path dir) {
        Path file = dir.resolve("catalog.jsonl");

        PlanGenerator.Catalog catalog = generator.writeCatalogOfAtLeast(file, 200_000, 50);

        assertThat(catalog.bytes()).isGreaterThanOrEqualTo(200_000);
        long perPlan = catalog.bytes() / catalog.plans();
        assertThat(catalog.bytes() - perPlan * 2).isLessThan(200_000);
    }
}
