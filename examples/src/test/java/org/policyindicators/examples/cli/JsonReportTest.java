package org.policyindicators.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class JsonReportTest {

    private static final PlanReport REPORT = PlanReport.of(SamplePlan.plan(), SamplePlan.ISSUER, List.of(
            ReportFinding.of(ReportFinding.WARNING, "target-without-year", "/goals/1/indicators/1/targets/1",
                    "The target states no year.")));

    private static JsonNode indicator(JsonNode plan, int goal, int indicator) {
        return plan.get("goals").get(goal).get("indicators").get(indicator);
    }

    @Test
    void plan_writesValuesAsExactNumbersAndStatusesAsCodes() {
        ObjectNode plan = new JsonReport(Labels.of(Language.EN)).plan(REPORT);

        assertThat(plan.get("id").asString()).isEqualTo("cn-140109-fyp-14");
        assertThat(plan.get("kind").asString()).isEqualTo("five-year-plan");
        assertThat(plan.get("issuer").get("name").asString()).isEqualTo("Wanbailin District");
        assertThat(plan.get("visionHorizon").get("end").asInt()).isEqualTo(2035);
        assertThat(plan.get("valid").asBoolean()).isTrue();

        JsonNode gdp = indicator(plan, 0, 0);
        assertThat(gdp.get("unit").get("code").asString()).isEqualTo("cny");
        assertThat(gdp.get("unit").get("scale").asInt()).isEqualTo(8);
        assertThat(gdp.get("baseline").get("value").decimalValue()).isEqualByComparingTo("486");
        JsonNode doubling = gdp.get("targets").get(0);
        assertThat(doubling.get("type").asString()).isEqualTo("multiple");
        assertThat(doubling.get("modality").asString()).isEqualTo("strive");
        assertThat(doubling.get("implied").get("value").decimalValue()).isEqualByComparingTo("972");
        assertThat(doubling.get("implied").get("comparator").asString()).isEqualTo("reach");
        // no observation counts toward it: the status of its assessment
        assertThat(doubling.get("progress").get("status").asString()).isEqualTo("not-assessable");
        assertThat(doubling.get("assessment").get("status").asString()).isEqualTo("not-assessable");

        JsonNode enterprises = indicator(plan, 1, 0);
        JsonNode progress = enterprises.get("targets").get(0).get("progress");
        assertThat(progress.get("status").asString()).isEqualTo("achieved");
        assertThat(progress.get("label").asString()).isEqualTo("achieved");
        // 473 observed on the way from 166 to 227: (473 − 166) / (227 − 166) = 307/61, to 16 digits
        assertThat(progress.get("share").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(307).divide(BigDecimal.valueOf(61), MathContext.DECIMAL64));
        assertThat(progress.get("observed").decimalValue()).isEqualByComparingTo("473");

        assertThat(plan.get("findings")).singleElement().satisfies(f -> {
            assertThat(f.get("severity").asString()).isEqualTo("warning");
            assertThat(f.get("code").asString()).isEqualTo("target-without-year");
            assertThat(f.get("path").asString()).isEqualTo("/goals/1/indicators/1/targets/1");
            assertThat(f.has("line")).isFalse();
        });
    }

    @Test
    void plan_inChineseTranslatesNamesAndLabelsButNotCodes() {
        ObjectNode plan = new JsonReport(Labels.of(Language.ZH)).plan(REPORT);

        JsonNode enterprises = indicator(plan, 1, 0);
        assertThat(enterprises.get("name").asString()).isEqualTo("高新技术企业");
        assertThat(enterprises.get("unit").get("symbol").asString()).isEqualTo("户");
        assertThat(enterprises.get("targets").get(0).get("progress").get("status").asString()).isEqualTo("achieved");
        assertThat(enterprises.get("targets").get(0).get("progress").get("label").asString()).isEqualTo("已实现");
    }

    @Test
    void plan_writesAveragesBaseYearsHedgesPartsPeriodsAndStates() {
        ObjectNode plan = new JsonReport(Labels.of(Language.EN)).plan(PlanReport.of(SamplePlan.newParts(),
                org.policyindicators.core.Text.EMPTY, List.of()));

        assertThat(plan.get("kind").asString()).isEqualTo("roadmap");
        JsonNode average = indicator(plan, 0, 0).get("targets").get(0);
        assertThat(average.get("type").asString()).isEqualTo("average");
        assertThat(average.get("description").asString()).isEqualTo("average > 7% (2021-2025)");
        assertThat(average.has("implied")).isFalse();
        assertThat(average.get("progress").get("status").asString()).isEqualTo("behind");
        assertThat(average.get("progress").get("observed").decimalValue()).isEqualByComparingTo("6.5");
        assertThat(average.get("progress").get("yearsObserved").asInt()).isEqualTo(3);
        assertThat(average.get("progress").get("yearsInPeriod").asInt()).isEqualTo(5);

        JsonNode change = indicator(plan, 0, 1).get("targets").get(0);
        assertThat(change.get("baseYear").asInt()).isEqualTo(2020);
        assertThat(change.get("implied").get("value").decimalValue()).isEqualByComparingTo("78.93");

        assertThat(indicator(plan, 0, 2).get("targets").get(0).get("essentially").asBoolean()).isTrue();

        JsonNode female = indicator(plan, 0, 3).get("targets").get(1);
        assertThat(female.get("dimensions").get("sex").asString()).isEqualTo("female");
        assertThat(female.get("observation").get("value").decimalValue()).isEqualByComparingTo("52");
        assertThat(female.get("observation").get("dimensions").get("sex").asString()).isEqualTo("female");
        // 52 observed on the way from 50 to 56: (52 − 50) / (56 − 50) = 1/3, to 16 digits
        assertThat(female.get("progress").get("share").decimalValue())
                .isEqualByComparingTo(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL64));
        assertThat(indicator(plan, 0, 3).get("targets").get(0).has("observation")).isFalse();

        JsonNode trained = indicator(plan, 0, 4);
        assertThat(trained.get("targets").get(0).get("dates").get("end").asString()).isEqualTo("2021-06-30");
        assertThat(trained.get("latest").get("dates").get("start").asString()).isEqualTo("2021-01-01");

        JsonNode policy = indicator(plan, 0, 5);
        assertThat(policy.get("unit").isNull()).isTrue();
        assertThat(policy.get("latest").get("state").asString()).isEqualTo("adopted");
        assertThat(policy.get("latest").has("value")).isFalse();
        assertThat(policy.get("targets").get(0).get("progress").get("status").asString()).isEqualTo("achieved");
    }

    @Test
    void report_writesDecimalsWithoutExponentAndKeepsTheirScale() {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        node.put("a", new BigDecimal("4.0"));
        node.put("b", new BigDecimal("1E+3"));

        assertThat(JsonReport.MAPPER.writeValueAsString(node)).isEqualTo("{\"a\":4.0,\"b\":1000}");
    }

    @Test
    void report_addsTheSummaryAndTheJurisdictionList() {
        ObjectNode root = new JsonReport(Labels.of(Language.EN)).report(List.of(REPORT), 5, List.of());

        assertThat(root.get("language").asString()).isEqualTo("en");
        assertThat(root.get("plans")).hasSize(1);
        assertThat(root.get("jurisdictions").get("count").asInt()).isEqualTo(5);
        assertThat(root.get("jurisdictions").get("valid").asBoolean()).isTrue();
        JsonNode summary = root.get("summary");
        assertThat(summary.get("indicators").asInt()).isEqualTo(3);
        assertThat(summary.get("targets").asInt()).isEqualTo(5);
        assertThat(summary.get("findings").get("warning").asInt()).isEqualTo(1);
        assertThat(summary.get("findings").get("error").asInt()).isZero();
    }

    @Test
    void report_withAFilterListsOnlyItsTargetsAndKeepsTheCountsPerStatusOfTheWholePlan() {
        PlanReport parts = PlanReport.of(SamplePlan.newParts(), org.policyindicators.core.Text.EMPTY, List.of());

        ObjectNode root = new JsonReport(Labels.of(Language.EN), StatusFilter.parse("behind,off-track,missed"))
                .report(List.of(parts), 0, List.of());

        assertThat(root.get("only").toString()).isEqualTo("[\"behind\",\"off-track\",\"missed\"]");
        JsonNode plan = root.get("plans").get(0);
        assertThat(plan.get("counts").get("targets").asInt()).isEqualTo(7);
        assertThat(plan.has("statuses")).isFalse();
        assertThat(plan.get("tracking").get("counts").toString()).isEqualTo("{\"achieved\":3,\"on-track\":0,"
                + "\"behind\":2,\"off-track\":0,\"missed\":0,\"not-assessable\":2,\"total\":7}");
        assertThat(plan.get("goals").get(0).get("indicators").valueStream().map(i -> i.get("id").asString()
                + " " + i.get("targets").valueStream().map(t -> t.get("progress").get("status").asString()).toList()))
                .containsExactly("gdp-growth [behind]", "employment-rate [behind]");
        assertThat(root.get("summary").get("targetsByStatus").get("behind").asInt()).isEqualTo(2);
        assertThat(root.get("summary").has("statuses")).isFalse();
    }
}
