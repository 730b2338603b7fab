package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanTest {

    private static final YearRange FOURTEENTH = YearRange.ofFiveYearPlan(14);
    private static final BaseUnit BED = BaseUnit.of("bed", Dimension.COUNT, "床", "beds");

    /** The 14th five-year plan outline of 万柏林区, in brief. */
    private static Plan wanbailin() {
        Goal innovation = Goal.builder("innovation")
                .indicator(Indicator.builder("high-tech").unit(Units.HOUSEHOLD).build())
                .build();
        Goal economy = Goal.builder("economy")
                .indicator(Indicator.builder("gdp").unit(Units.CNY_100M).build())
                .goal(innovation)
                .build();
        Goal wellBeing = Goal.builder("well-being")
                .indicator(Indicator.builder("beds").unit(Unit.of("bed").per(Unit.of("person", 3))).build())
                .build();
        return Plan.builder("wbl-14fyp", PlanKind.FIVE_YEAR_PLAN, "wanbailin", FOURTEENTH)
                .title(Text.zh("万柏林区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"))
                .visionHorizon(YearRange.of(2021, 2035))
                .adopted(LocalDate.of(2021, 3, 1))
                .source(SourceDocument.of("outline", Text.zh("纲要")))
                .unit(BED)
                .goal(economy)
                .goal(wellBeing)
                .build();
    }

    //-----------------------------------------------------------------------
    // builder()
    //-----------------------------------------------------------------------
    @Test
    void builder_startsWithAnEmptyTitleAndEmptyLists() {
        Plan plan = Plan.builder("p", PlanKind.WORK_REPORT, "xiaodian", YearRange.of(2024, 2024)).build();

        assertThat(plan.title()).isEqualTo(Text.EMPTY);
        assertThat(plan.visionHorizon()).isNull();
        assertThat(plan.adopted()).isNull();
        assertThat(plan.sources()).isEmpty();
        assertThat(plan.units()).isEmpty();
        assertThat(plan.goals()).isEmpty();
    }

    @Test
    void builder_producesTheSamePlanAsTheConstructor() {
        Plan built = wanbailin();
        Plan constructed = new Plan("wbl-14fyp", PlanKind.FIVE_YEAR_PLAN, built.title(), "wanbailin", FOURTEENTH,
                YearRange.of(2021, 2035), LocalDate.of(2021, 3, 1), List.of(SourceDocument.of("outline",
                Text.zh("纲要"))), List.of(BED), built.goals());

        assertThat(built).isEqualTo(constructed).hasSameHashCodeAs(constructed);
        assertThat(wanbailin()).isEqualTo(built);
    }

    @Test
    void build_rejectsBlankIdentifiers() {
        assertThatThrownBy(() -> Plan.builder(" ", PlanKind.OTHER, "x", FOURTEENTH).build())
                .isInstanceOf(PolicyException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> Plan.builder("p", PlanKind.OTHER, "", FOURTEENTH).build())
                .isInstanceOf(PolicyException.class).hasMessageContaining("issuer");
    }

    @TestFactory
    List<DynamicTest> constructorAndBuilder_rejectNullNamingTheArgument() {
        Plan.Builder b = Plan.builder("p", PlanKind.OTHER, "x", FOURTEENTH);
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("id", () -> Plan.builder(null, PlanKind.OTHER, "x", FOURTEENTH));
        calls.put("kind", () -> Plan.builder("p", null, "x", FOURTEENTH));
        calls.put("issuer", () -> Plan.builder("p", PlanKind.OTHER, null, FOURTEENTH));
        calls.put("horizon", () -> Plan.builder("p", PlanKind.OTHER, "x", null));
        calls.put("title", () -> b.title(null));
        calls.put("source", () -> b.source(null));
        calls.put("unit", () -> b.unit(null));
        calls.put("goal", () -> b.goal(null));
        calls.put("goals", () -> wanbailin().withGoals(null));
        calls.put("sources", () -> new Plan("p", PlanKind.OTHER, Text.EMPTY, "x", FOURTEENTH, null, null, null,
                List.of(), List.of()));
        calls.put("indicatorId", () -> wanbailin().findIndicator(null));
        calls.put("goalId", () -> wanbailin().findGoal(null));
        calls.put("year", () -> wanbailin().isMilestone(null));
        return calls.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () ->
                assertThatNullPointerException().isThrownBy(e.getValue()).withMessage(e.getKey()))).toList();
    }

    //-----------------------------------------------------------------------
    // lists
    //-----------------------------------------------------------------------
    @Test
    void constructor_copiesTheListsDefensively() {
        List<Goal> goals = new ArrayList<>(List.of(Goal.builder("a").build()));
        Plan plan = new Plan("p", PlanKind.OTHER, Text.EMPTY, "x", FOURTEENTH, null, null, new ArrayList<>(),
                new ArrayList<>(), goals);

        goals.add(Goal.builder("b").build());

        assertThat(plan.goals()).extracting(Goal::id).containsExactly("a");
        assertThatThrownBy(() -> plan.goals().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.units().add(BED)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.sources().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withGoals_replacesTheGoalsOnly() {
        Plan plan = wanbailin();
        Plan changed = plan.withGoals(List.of(Goal.builder("only").build()));

        assertThat(changed.goals()).extracting(Goal::id).containsExactly("only");
        assertThat(changed.withGoals(plan.goals())).isEqualTo(plan);
        assertThat(plan.goals()).hasSize(2);
    }

    //-----------------------------------------------------------------------
    // navigation
    //-----------------------------------------------------------------------
    @Test
    void allGoalsAndAllIndicators_goDepthFirst() {
        Plan plan = wanbailin();

        assertThat(plan.allGoals().map(Goal::id)).containsExactly("economy", "innovation", "well-being");
        assertThat(plan.allIndicators().map(Indicator::id)).containsExactly("gdp", "high-tech", "beds");
    }

    @Test
    void findIndicatorAndFindGoal_searchTheWholeTree() {
        Plan plan = wanbailin();

        assertThat(plan.findIndicator("high-tech")).map(Indicator::unit).contains(Units.HOUSEHOLD);
        assertThat(plan.findIndicator("none")).isEmpty();
        assertThat(plan.findGoal("innovation")).isPresent();
        assertThat(plan.findGoal("none")).isEmpty();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void allGoalsAndFind_walkAVeryDeepGoalTree() {
        Plan plan = Plan.builder("deep", PlanKind.FIVE_YEAR_PLAN, "cn", YearRange.of(2021, 2025))
                .goal(GoalTest.chain(100_000, true)).goal(Goal.builder("last").build()).build();

        assertThat(plan.allGoals().count()).isEqualTo(100_001);
        assertThat(plan.allIndicators().reduce((a, b) -> b).map(Indicator::id)).contains("i99999");
        assertThat(plan.findGoal("last")).map(Goal::id).contains("last");
        assertThat(plan.findIndicator("i99999")).map(Indicator::id).contains("i99999");
        assertThat(plan.findGoal("none")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "2020, false",
        "2021, true",
        "2023, true",
        "2024, true",
        "2025, false",
        "2035, false",
    })
    void isMilestone_holdsInsideTheHorizonBeforeItsEnd(int year, boolean expected) {
        assertThat(wanbailin().isMilestone(Year.of(year))).isEqualTo(expected);
    }

    //-----------------------------------------------------------------------
    // unitCatalog()
    //-----------------------------------------------------------------------
    @Test
    void unitCatalog_isTheStandardOneWithoutUnitsOfItsOwn() {
        Plan plan = Plan.builder("p", PlanKind.OTHER, "x", FOURTEENTH).build();

        assertThat(plan.unitCatalog()).isSameAs(UnitCatalog.standard());
    }

    @Test
    void unitCatalog_addsThePlansOwnUnits() {
        UnitCatalog catalog = wanbailin().unitCatalog();
        Unit perThousand = Unit.of("bed").per(Unit.of("person", 3));
        Unit perTenThousand = Unit.of("bed").per(Unit.of("person", 4));

        assertThat(catalog.find("bed")).contains(BED);
        assertThat(catalog.convert(new BigDecimal("6.5"), perThousand, perTenThousand)).isEqualByComparingTo("65");
        assertThat(UnitCatalog.standard().knows(perThousand)).isFalse();
    }
}
