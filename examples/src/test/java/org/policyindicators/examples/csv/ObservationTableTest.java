package org.policyindicators.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Plan;
import org.policyindicators.examples.HighTechEnterprisesExample;
import org.policyindicators.examples.Taiyuan;
import org.policyindicators.examples.cli.Language;
import org.policyindicators.io.PolicyJson;

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

    @Test
    void merge_refusesAColumnItCannotHold() {
        assertThat(problems("Year,Series,Sex,Value\n2023,high-tech-enterprises,F,1\n", sample())).singleElement()
                .satisfies(p -> {
                    assertThat(p.column()).isEqualTo("Sex");
                    assertThat(p.reason()).contains("unknown column");
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
