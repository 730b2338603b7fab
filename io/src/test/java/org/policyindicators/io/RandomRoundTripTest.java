package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Plan;
import org.policyindicators.core.TargetKind;
import org.policyindicators.io.testing.RandomPlans;

class RandomRoundTripTest {

    private static final int COUNT = 2_000;

    private static final PolicyJson PRETTY = PolicyJson.standard();
    private static final PolicyJson COMPACT = PolicyJson.builder().outputStyle(OutputStyle.COMPACT).build();

    @Test
    void writeThenRead_givesEqualPlans_andIdenticalBytesWhenWrittenAgain() {
        RandomPlans random = new RandomPlans(20_250_101L);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            Plan plan = random.plan();
            PolicyJson json = i % 2 == 0 ? PRETTY : COMPACT;
            String written = json.writePlan(plan);
            Plan read = json.readPlan(written);
            if (!read.equals(plan)) {
                failures.add("plan " + i + " read back differs; written as " + written);
            } else if (!json.writePlan(read).equals(written)) {
                failures.add("plan " + i + " written again differs from " + written);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void readWriteRead_isStable_acrossStyles() {
        RandomPlans random = new RandomPlans(7L);
        for (Plan plan : random.plans(200)) {
            Plan once = PRETTY.readPlan(COMPACT.writePlan(plan));
            Plan twice = COMPACT.readPlan(PRETTY.writePlan(once));
            assertThat(twice).isEqualTo(once).isEqualTo(plan);
        }
    }

    @Test
    void catalog_ofRandomPlans_roundTripsThroughBytes() {
        List<Plan> plans = new RandomPlans(99L).plans(300);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PRETTY.writeCatalog(plans, out);
        assertThat(out.toString(StandardCharsets.UTF_8).split("\n", -1)).hasSize(plans.size() + 1);
        try (Stream<Plan> read = PRETTY.readCatalog(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(read).containsExactlyElementsOf(plans);
        }
    }

    @Test
    void randomPlans_sameSeed_givesSamePlans() {
        assertThat(new RandomPlans(3L).plans(20)).isEqualTo(new RandomPlans(3L).plans(20));
        assertThat(new RandomPlans(3L).plans(20)).isNotEqualTo(new RandomPlans(4L).plans(20));
    }

    @Test
    void randomPlans_coverEveryTargetKind() {
        Set<TargetKind> kinds = EnumSet.noneOf(TargetKind.class);
        new RandomPlans(1L).plans(50).forEach(plan -> plan.allIndicators()
                .forEach(indicator -> indicator.targets().forEach(target -> kinds.add(target.kind()))));
        assertThat(kinds).containsExactlyInAnyOrder(TargetKind.values());
    }
}
