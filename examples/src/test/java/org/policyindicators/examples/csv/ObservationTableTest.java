package org.policyindicators.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Dimensions;
import org.policyindicators.examples.Frameworks;
import org.policyindicators.examples.HighTechEnterprisesExample;
import org.policyindicators.examples.Taiyuan;
import org.policyindicators.examples.cli.Language;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.validation.Severity;
import org.policyindicators.io.validation.PlanValidator;

class ObservationTableTest {

    static List<Plan> bundled() {
        return Taiyuan.plans(PolicyJson.standard());
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The plan with no observations, and otherwise the same. */
    private static Plan withoutObservations(Plan plan) {
        return plan.withGoals(plan.goals().stream().map(ObservationTableTest::strip).toList());
    }

    private static Goal strip(Goal g) {
        Goal.Builder b = Goal.builder(g.id()).title(g.title()).description(g.description()).category(g.category())
                .horizon(g.horizon());
        g.alignsWith().forEach(b::alignsWith);
        for (Indicator i : g.indicators()) {
            Indicator.Builder ib = Indicator.builder(i.id()).name(i.name()).definition(i.definition()).unit(i.unit())
                    .category(i.category()).attribute(i.attribute()).polarity(i.polarity());
            i.baselines().forEach(ib::baseline);
            i.targets().forEach(ib::target);
            i.components().forEach(ib::component);
            i.provenance().forEach(ib::provenance);
            b.indicator(ib.build());
        }
        g.goals().forEach(sub -> b.goal(strip(sub)));
        return b.build();
    }

    private static Plan sample() {
        return Plan.builder("p", org.policyindicators.core.PlanKind.FIVE_YEAR_PLAN, "cn-140109",
                org.policyindicators.core.YearRange.of(2021, 2025))
                .goal(Goal.builder("g").indicator(HighTechEnterprisesExample.indicator()).build()).build();
    }

    private static List<CsvProblem> problems(String text, Plan plan) {
        try {
            ObservationTable.merge(utf8(text), plan, null);
        } catch (CsvException e) {
            return e.problems();
        }
        throw new AssertionError("no problem found in " + text);
    }

    @Test
    void write_leavesOutTheObservationsOfAQualitativeIndicatorAndStates() {
        Indicator counted = Indicator.builder("parks").unit(org.policyindicators.core.Units.PERCENT)
                .observation(Observation.of(java.time.Year.of(2022), java.math.BigDecimal.TEN))
                .observation(Observation.ofState(java.time.Year.of(2023), org.policyindicators.core.Text.zh("已完成")))
                .build();
        Indicator qualitative = Indicator.builder("reform")
                .observation(Observation.ofState(java.time.Year.of(2023), org.policyindicators.core.Text.zh("基本完成"))
                        .withDimensions(Dimensions.of("area", "urban")))
                .build();
        Plan plan = Plan.builder("p", org.policyindicators.core.PlanKind.FIVE_YEAR_PLAN, "cn-140109",
                org.policyindicators.core.YearRange.of(2021, 2025))
                .goal(Goal.builder("g").indicator(counted).indicator(qualitative).build()).build();

        String table = ObservationTable.write(plan, Language.EN, false);

        // the Value column holds numbers: no row for a state, nor a column for the state's dimension
        assertThat(table.lines().toList()).containsExactly(
                "Year,Series,Units,Observation status,Value",
                "2022,parks,%,A,10");
        assertThat(ObservationTable.dimensions(plan)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void writeThenMerge_intoThePlanWithoutObservationsGivesBackTheTable(Plan plan) {
        String table = ObservationTable.write(plan, Language.ZH, false);

        Plan back = ObservationTable.merge(utf8(table), withoutObservations(plan), null);

        assertThat(ObservationTable.write(back, Language.ZH, false)).isEqualTo(table);
        assertThat(back.allIndicators().map(Indicator::observations).map(List::size).toList())
                .isEqualTo(plan.allIndicators().map(Indicator::observations).map(List::size).toList());
    }

    @Test
    void merge_readsOpenSdgColumnsStatusCodesAndUnitSymbols() {
        Plan plan = ObservationTable.merge(utf8("Year,Series,Units,Observation status,Value\n"
                + "2022,high-tech-enterprises,户,A,190\n"
                + "2023,high-tech-enterprises,,P,210\n"
                + "2024,high-tech-enterprises,households,estimated,220\n"), sample(), null);

        List<Observation> observations = plan.allIndicators().findFirst().orElseThrow().observations();
        assertThat(observations).extracting(Observation::status).containsExactly(ObservationStatus.ACTUAL,
                ObservationStatus.PROVISIONAL, ObservationStatus.ESTIMATED);
        assertThat(observations).extracting(Observation::unit).containsOnlyNulls();
    }

    @Test
    void merge_takesTheIndicatorOfAFileWithoutSeriesFromTheCaller() {
        Plan plan = ObservationTable.merge(utf8("Year,Value\n2023,210\n"), sample(), "high-tech-enterprises");

        assertThat(plan.allIndicators().findFirst().orElseThrow().observations()).hasSize(1);
    }

    @Test
    void merge_skipsARowThatIsAlreadyThereAndRefusesOneThatDiffers() {
        Plan once = ObservationTable.merge(utf8("Year,Series,Value\n2023,high-tech-enterprises,210\n"), sample(), null);
        Plan twice = ObservationTable.merge(utf8("Year,Series,Value\n2023,high-tech-enterprises,210\n"), once, null);

        assertThat(twice).isEqualTo(once);
        assertThat(problems("Year,Series,Value\n2023,high-tech-enterprises,211\n", once)).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("already has 210"));
    }

    @Test
    void merge_listsEveryBadRowWithItsColumn() {
        List<CsvProblem> problems = problems("Year,Series,Units,Observation status,Value\n"
                + "2023,no-such-indicator,,A,1\n"
                + "2023,high-tech-enterprises,亿元,A,1\n"
                + "2023,high-tech-enterprises,,Q,1\n"
                + "2023,high-tech-enterprises,,A,\"1,160.1\"\n"
                + "23,high-tech-enterprises,,A,12万\n", sample());

        assertThat(problems).extracting(CsvProblem::row).containsExactly(2L, 3L, 4L, 5L, 6L, 6L);
        assertThat(problems).extracting(CsvProblem::column).containsExactly("Series", "Units",
                "Observation status", "Value", "Year", "Value");
        assertThat(problems.get(1).reason()).contains("does not convert");
    }

    /** The plan with the observations of every indicator changed, and otherwise the same. */
    private static Plan mapObservations(Plan plan, UnaryOperator<List<Observation>> change) {
        return plan.withGoals(plan.goals().stream().map(g -> mapObservations(g, change)).toList());
    }

    private static Goal mapObservations(Goal g, UnaryOperator<List<Observation>> change) {
        List<Indicator> indicators = g.indicators().stream().map(i -> new Indicator(i.id(), i.name(), i.definition(),
                i.unit(), i.category(), i.attribute(), i.polarity(), i.baselines(), i.targets(),
                change.apply(i.observations()), i.components(), i.provenance(), i.codes(), i.disaggregations()))
                .toList();
        return new Goal(g.id(), g.title(), g.description(), g.category(), g.horizon(), g.alignsWith(), indicators,
                g.goals().stream().map(sub -> mapObservations(sub, change)).toList());
    }

    private static Plan ukSdg() {
        return Frameworks.plan(Frameworks.UK_ONS_SDG, PolicyJson.standard());
    }

    @Test
    void writeThenMerge_ofTheSdgPlanDisaggregatedBySexGivesBackAnEqualPlan() {
        Plan plan = ukSdg();
        String table = ObservationTable.write(plan, Language.EN, false);

        Plan back = ObservationTable.merge(utf8(table), mapObservations(plan, o -> List.of()), null);

        // a row holds no source, nor the dates of the homicide figures' April-to-March years
        assertThat(back).isEqualTo(mapObservations(plan,
                o -> o.stream().map(x -> x.withSource(null).withDates(null)).toList()));
        assertThat(ObservationTable.write(back, Language.EN, false)).isEqualTo(table);
        List<String> lines = table.lines().toList();
        assertThat(lines.get(0)).isEqualTo("Year,Series,country,sex,Units,Observation status,Value");
        assertThat(lines).contains("2000,under-5-mortality-rate,,male,person[death]/person[live-birth]*1e3,A,7.19",
                "2000,under-5-mortality-rate,,female,person[death]/person[live-birth]*1e3,A,5.88",
                "2000,under-5-mortality-rate,,,person[death]/person[live-birth]*1e3,A,6.55");
        assertThat(back.allIndicators().flatMap(i -> i.observations().stream())
                .filter(o -> o.dimensions().equals(Dimensions.of("sex", "female")))).isNotEmpty();
    }

    @Test
    void write_withoutDimensionsHasNoDisaggregationColumn() {
        assertThat(ObservationTable.write(bundled().get(2), Language.EN, false).lines().findFirst().orElseThrow())
                .isEqualTo("Year,Series,Units,Observation status,Value");
    }

    @Test
    void merge_readsDisaggregationColumnsByNameAndValuesInAnyCaseAndABlankCellAsTheTotal() {
        Plan plan = ObservationTable.merge(utf8("Year,Series,Sex,Value\n"
                + "2024,under-5-mortality-rate,Female,3.5\n"
                + "2024,under-5-mortality-rate,MALE,4.1\n"
                + "2024,under-5-mortality-rate,,3.8\n"), mapObservations(ukSdg(), o -> List.of()), null);

        assertThat(plan.findIndicator("under-5-mortality-rate").orElseThrow().observations())
                .extracting(Observation::dimensions)
                .containsExactly(Dimensions.of("sex", "female"), Dimensions.of("sex", "male"), Dimensions.TOTAL);
    }

    @Test
    void merge_takesAnUndeclaredDimensionOrValueAsWrittenAndTheValidatorReportsTheValue() {
        Plan plan = ObservationTable.merge(utf8("Year,Series,sex,Age,Value\n"
                + "2024,under-5-mortality-rate,femal,,3.5\n"
                + "2024,under-5-mortality-rate,,Y0T1,2.9\n"), mapObservations(ukSdg(), o -> List.of()), null);

        assertThat(plan.findIndicator("under-5-mortality-rate").orElseThrow().observations())
                .extracting(Observation::dimensions)
                .containsExactly(Dimensions.of("sex", "femal"), Dimensions.of("Age", "Y0T1"));
        assertThat(PlanValidator.standard().validate(plan).findings())
                .filteredOn(f -> f.code().equals("undeclared-dimension-value")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.path()).isEqualTo("/goals/0/indicators/0/observations/0/dimensions/sex");
                });
    }

    @Test
    void merge_addsTheMaleRowOfAYearBesideTheFemaleOneAndRefusesAFemaleRowThatDiffers() {
        Plan empty = mapObservations(ukSdg(), o -> List.of());
        Plan female = ObservationTable.merge(utf8("Year,Series,sex,Value\n2024,under-5-mortality-rate,female,3.5\n"),
                empty, null);

        Plan both = ObservationTable.merge(utf8("Year,Series,sex,Value\n2024,under-5-mortality-rate,male,4.1\n"
                + "2024,under-5-mortality-rate,female,3.5\n"), female, null);

        assertThat(both.findIndicator("under-5-mortality-rate").orElseThrow().observations()).hasSize(2);
        assertThat(problems("Year,Series,sex,Value\n2024,under-5-mortality-rate,female,3.6\n", female))
                .singleElement().satisfies(p -> assertThat(p.reason())
                        .isEqualTo("the plan already has 3.5 for under-5-mortality-rate [sex=female] in 2024 (actual)"));
    }

    @Test
    void merge_refusesAPlanColumnAColumnWithoutNameAndTwoColumnsOfOneDimension() {
        Plan empty = mapObservations(ukSdg(), o -> List.of());

        assertThat(problems("Plan,Year,Series,Value\nuk-ons-sdg,2024,under-5-mortality-rate,3.5\n", empty))
                .singleElement().satisfies(p -> {
                    assertThat(p.column()).isEqualTo("Plan");
                    assertThat(p.reason()).contains("the table of a catalog");
                });
        assertThat(problems("Year,Series,,Value\n2024,under-5-mortality-rate,female,3.5\n", empty))
                .singleElement().satisfies(p -> assertThat(p.reason()).contains("column 3 has no name"));
        assertThat(problems("Year,Series,sex,Sex,Value\n2024,under-5-mortality-rate,female,male,3.5\n"
                + "2024,under-5-mortality-rate,female,,3.5\n", empty))
                .singleElement().satisfies(p -> {
                    assertThat(p.row()).isEqualTo(2);
                    assertThat(p.column()).isEqualTo("Sex");
                    assertThat(p.reason()).contains("both give the dimension sex");
                });
    }

    @Test
    void merge_namesAWrongDelimiterAndAMissingHeader() {
        assertThat(problems("Year;Series;Value\n2023;high-tech-enterprises;1\n", sample())).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("separated by ';'"));
        assertThat(problems("2023,high-tech-enterprises,1\n", sample())).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("missing header"));
    }
}
