package org.policyindicators.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Text;
import org.policyindicators.core.Units;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.PolicyJson;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class TrackingReportTest {

    @TempDir
    Path dir;

    /**
     * A results framework: baseline 80 (2019), targets 90 (2020), 100 (2021), 110 (2022); actuals
     * 85, 101 and 108, and an estimate of 112 for 2022 listed after its actual.
     */
    private static Plan framework() {
        Indicator share = Indicator.builder("coverage").name(Text.of("en", "Coverage")).unit(Units.PERCENT)
                .polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Year.of(2019), new BigDecimal("80")))
                .target(LevelTarget.of(Comparison.GE, new BigDecimal("90"), Year.of(2020)))
                .target(LevelTarget.of(Comparison.GE, new BigDecimal("100"), Year.of(2021)))
                .target(LevelTarget.of(Comparison.GE, new BigDecimal("110"), Year.of(2022)))
                .observation(Observation.of(Year.of(2020), new BigDecimal("85")))
                .observation(Observation.of(Year.of(2021), new BigDecimal("101")))
                .observation(Observation.of(Year.of(2022), new BigDecimal("108")))
                .observation(Observation.of(Year.of(2022), new BigDecimal("112"))
                        .withStatus(ObservationStatus.ESTIMATED))
                .build();
        return Plan.builder("results", PlanKind.RESULTS_FRAMEWORK, "cn", YearRange.of(2020, 2022))
                .title(Text.of("en", "Results"))
                .goal(Goal.builder("outcome").title(Text.of("en", "Outcome")).indicator(share).build()).build();
    }

    @Test
    void text_showsTheCountsPerPlanAndGoalAndANotePerMissedTarget() {
        PlanReport report = PlanReport.of(framework(), Text.EMPTY, List.of());

        List<String> lines = new TextReport(Labels.of(Language.EN)).plan(report);

        assertThat(lines).contains("Targets by status, as of 2022 (every year up to 2022 taken as over):");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("Whole plan +1 +0 +0 +0 +2 +0"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("\\[Outcome\\] +1 +0 +0 +0 +2 +0"));
        assertThat(lines).contains("Targets with a note:",
                "  Coverage, >= 90 (2020): missed in 2020 by 85 (2020); met later by 101 (2021)",
                "  Coverage, >= 110 (2022): missed in 2022 by 108 (2022)");
        assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(TextReport.WIDTH));
    }

    @Test
    void text_notesAnnualTargetsMissingYearsAndValuesThatAreNotActual() {
        Indicator growth = Indicator.builder("growth").name(Text.of("en", "Growth")).unit(Units.PERCENT)
                .polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Year.of(2020), new BigDecimal("2.3")))
                .target(LevelTarget.of(Comparison.GE, new BigDecimal("5"), Year.of(2025))
                        .withStartYear(Year.of(2021)).withAnnual(true))
                .observation(Observation.of(Year.of(2021), new BigDecimal("6")))
                .observation(Observation.of(Year.of(2022), new BigDecimal("4"))).build();
        Indicator share = Indicator.builder("share").name(Text.of("en", "Share")).unit(Units.PERCENT)
                .polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Year.of(2020), new BigDecimal("40")))
                .target(LevelTarget.of(Comparison.GE, new BigDecimal("45"), Year.of(2021)))
                .target(LevelTarget.of(Comparison.GE, new BigDecimal("50"), Year.of(2022)))
                .observation(Observation.of(Year.of(2022), new BigDecimal("51"))
                        .withStatus(ObservationStatus.ESTIMATED)).build();
        // 2024年新认定高新技术企业120家, with the 473 newly certified in 2022
        Indicator certified = Indicator.builder("certified").name(Text.of("en", "Certified")).flow(true)
                .unit(Units.ESTABLISHMENT).polarity(Polarity.HIGHER_IS_BETTER)
                .target(LevelTarget.of(Comparison.GE, new BigDecimal("120"), Year.of(2024)))
                .observation(Observation.of(Year.of(2022), new BigDecimal("473"))).build();
        Plan plan = Plan.builder("p", PlanKind.FIVE_YEAR_PLAN, "cn", YearRange.of(2021, 2025))
                .goal(Goal.builder("g").title(Text.of("en", "Goal")).indicator(growth).indicator(share)
                        .indicator(certified).build())
                .build();

        List<String> lines = new TextReport(Labels.of(Language.EN)).plan(PlanReport.of(plan, Text.EMPTY, List.of()));

        assertThat(lines).contains(
                "  Growth, yearly >= 5 (2021-2025): each year: 2021 achieved, 2022 missed",
                "  Share, >= 45 (2021): no observation of 2021; met later by 51 (2022)",
                "  Share, >= 50 (2022): rests on a value that is estimated: 51 (2022)",
                "  Certified, >= 120 (2024): a flow: only the amount of 2024 counts");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("Whole plan +1 +0 +0 +1 +0 +2"));
    }

    @Test
    void text_inChineseNamesTheStatusesInChinese() {
        PlanReport report = PlanReport.of(framework(), Text.EMPTY, List.of(), Year.of(2021));

        List<String> lines = new TextReport(Labels.of(Language.ZH)).plan(report);

        assertThat(lines).contains("目标状态统计，截至2021年（2021年及以前视为已过）：");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("已实现").contains("未实现").contains("无法评估"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("全规划 +1 +0 +0 +0 +1 +1"));
    }

    @Test
    void json_writesTheCountsAndEachTargetsAssessment() {
        ObjectNode plan = new JsonReport(Labels.of(Language.EN)).plan(PlanReport.of(framework(), Text.EMPTY,
                List.of()));

        JsonNode tracking = plan.get("tracking");
        assertThat(tracking.get("asOf").asInt()).isEqualTo(2022);
        assertThat(tracking.get("counts").get("achieved").asInt()).isEqualTo(1);
        assertThat(tracking.get("counts").get("missed").asInt()).isEqualTo(2);
        assertThat(tracking.get("counts").get("total").asInt()).isEqualTo(3);
        assertThat(tracking.get("goals").get(0).get("id").asString()).isEqualTo("outcome");
        assertThat(tracking.get("goals").get(0).get("counts").get("missed").asInt()).isEqualTo(2);
        assertThat(tracking.get("categories")).isEmpty();

        JsonNode targets = plan.get("goals").get(0).get("indicators").get(0).get("targets");
        JsonNode first = targets.get(0).get("assessment");
        assertThat(first.get("status").asString()).isEqualTo("missed");
        assertThat(first.get("basis").asString()).isEqualTo("target-year");
        assertThat(first.get("due").asBoolean()).isTrue();
        assertThat(first.get("period").get("start").asInt()).isEqualTo(2019);
        assertThat(first.get("observation").get("value").decimalValue()).isEqualByComparingTo("85");
        assertThat(first.get("lateAchievement").get("year").asInt()).isEqualTo(2021);
        assertThat(targets.get(0).get("progress").get("status").asString()).isEqualTo("missed");
        assertThat(targets.get(1).get("assessment").get("status").asString()).isEqualTo("achieved");
        JsonNode third = targets.get(2).get("assessment");
        assertThat(third.get("status").asString()).isEqualTo("missed");
        assertThat(third.get("observation").get("value").decimalValue()).isEqualByComparingTo("108");
        assertThat(third.get("observation").get("status").asString()).isEqualTo("actual");
        assertThat(third.has("lateAchievement")).isFalse();
    }

    @Test
    void report_asOfAnEarlierYearTakesLaterYearsAsNotOver() throws Exception {
        Path file = dir.resolve("results.json");
        PolicyJson.standard().writePlan(framework(), file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintWriter o = Main.utf8(out);
        PrintWriter e = Main.utf8(err);

        int status = Main.run(o, e, new String[] {"report", "--format", "json", "--as-of", "2020", file.toString()});

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(status).isZero();
        JsonNode root = JsonReport.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode counts = root.get("plans").get(0).get("tracking").get("counts");
        // 2020 missed; 2021 and 2022 not over, with no observation of their periods up to 2020
        assertThat(counts.get("missed").asInt()).isEqualTo(1);
        assertThat(counts.get("not-assessable").asInt()).isEqualTo(2);
        assertThat(root.get("summary").get("targetsByStatus").get("total").asInt()).isEqualTo(3);
    }
}
