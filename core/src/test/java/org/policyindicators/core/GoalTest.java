package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

class GoalTest {

    private static Indicator indicator(String id) {
        return Indicator.builder(id).build();
    }

    /** 主要目标 › 经济实力 (gdp) › 服务业 (services), and 主要目标 › 创新 (high-tech). */
    private static Goal tree() {
        Goal services = Goal.builder("services").indicator(indicator("services-value-added")).build();
        Goal economy = Goal.builder("economy").indicator(indicator("gdp")).goal(services).build();
        Goal innovation = Goal.builder("innovation").indicator(indicator("high-tech")).build();
        return Goal.builder("main").title(Text.zh("主要目标")).indicator(indicator("population"))
                .goal(economy).goal(innovation).build();
    }

    @Test
    void builder_startsEmpty() {
        Goal goal = Goal.builder("g").build();

        assertThat(goal.title()).isEqualTo(Text.EMPTY);
        assertThat(goal.description()).isEqualTo(Text.EMPTY);
        assertThat(goal.category()).isNull();
        assertThat(goal.horizon()).isNull();
        assertThat(goal.alignsWith()).isEmpty();
        assertThat(goal.indicators()).isEmpty();
        assertThat(goal.goals()).isEmpty();
    }

    @Test
    void builder_producesTheSameGoalAsTheConstructor() {
        GoalReference city = GoalReference.of("taiyuan-14fyp", "innovation");
        Goal built = Goal.builder("g").title(Text.zh("创新驱动")).description(Text.zh("说明"))
                .category(Category.INNOVATION).horizon(YearRange.of(2021, 2023)).alignsWith(city)
                .indicator(indicator("high-tech")).goal(Goal.builder("sub").build()).build();
        Goal constructed = new Goal("g", Text.zh("创新驱动"), Text.zh("说明"), Category.INNOVATION,
                YearRange.of(2021, 2023), List.of(city), List.of(indicator("high-tech")),
                List.of(Goal.builder("sub").build()));

        assertThat(built).isEqualTo(constructed).hasSameHashCodeAs(constructed);
    }

    @Test
    void allIndicators_goesDepthFirstOwnIndicatorsFirst() {
        assertThat(tree().allIndicators().map(Indicator::id))
                .containsExactly("population", "gdp", "services-value-added", "high-tech");
    }

    @Test
    void allGoals_goesDepthFirstThisGoalFirst() {
        assertThat(tree().allGoals().map(Goal::id)).containsExactly("main", "economy", "services", "innovation");
    }

    @Test
    void constructor_copiesTheListsDefensively() {
        List<Indicator> indicators = new ArrayList<>(List.of(indicator("a")));
        Goal goal = new Goal("g", Text.EMPTY, Text.EMPTY, null, null, new ArrayList<>(), indicators,
                new ArrayList<>());

        indicators.add(indicator("b"));

        assertThat(goal.indicators()).extracting(Indicator::id).containsExactly("a");
        assertThatThrownBy(() -> goal.indicators().add(indicator("c")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> goal.goals().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> goal.alignsWith().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void build_rejectsABlankIdentifier() {
        assertThatThrownBy(() -> Goal.builder("").build()).isInstanceOf(PolicyException.class);
    }

    @TestFactory
    List<DynamicTest> constructorAndBuilder_rejectNullNamingTheArgumentOrElement() {
        Text t = Text.EMPTY;
        Goal.Builder b = Goal.builder("g");
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("id", () -> Goal.builder(null));
        calls.put("title", () -> b.title(null));
        calls.put("description", () -> b.description(null));
        calls.put("alignsWith", () -> b.alignsWith(null));
        calls.put("indicator", () -> b.indicator(null));
        calls.put("goal", () -> b.goal(null));
        calls.put("indicators", () -> new Goal("g", t, t, null, null, List.of(), null, List.of()));
        calls.put("goals[0]", () -> new Goal("g", t, t, null, null, List.of(), List.of(),
                Arrays.asList((Goal) null)));
        calls.put("alignsWith[0]", () -> new Goal("g", t, t, null, null, Arrays.asList((GoalReference) null),
                List.of(), List.of()));
        return calls.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () ->
                assertThatNullPointerException().isThrownBy(e.getValue()).withMessage(e.getKey()))).toList();
    }
    /** A chain g0 › g1 › … of the given depth; goal i has indicator i{@code i} if {@code withIndicators}. */
    static Goal chain(int depth, boolean withIndicators) {
        Goal goal = null;
        for (int i = depth - 1; i >= 0; i--) {
            Goal.Builder builder = Goal.builder("g" + i);
            if (withIndicators) {
                builder.indicator(indicator("i" + i));
            }
            if (goal != null) {
                builder.goal(goal);
            }
            goal = builder.build();
        }
        return goal;
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void allGoals_walksAVeryDeepChainInOrderWithoutRecursion() {
        Goal root = chain(100_000, true);

        List<String> ids = root.allGoals().map(Goal::id).toList();
        List<String> indicators = root.allIndicators().map(Indicator::id).toList();

        assertThat(ids).hasSize(100_000);
        assertThat(indicators).hasSize(100_000);
        for (int i = 0; i < 100_000; i++) {
            assertThat(ids.get(i)).isEqualTo("g" + i);
            assertThat(indicators.get(i)).isEqualTo("i" + i);
        }
    }

    @Test
    void allGoals_isLazy() {
        Goal root = chain(100_000, true);

        assertThat(root.allGoals().skip(2).findFirst().map(Goal::id)).contains("g2");
        assertThat(root.allIndicators().limit(3).map(Indicator::id).toList()).containsExactly("i0", "i1", "i2");
    }

    @Test
    void allGoals_keepsDepthFirstOrderAcrossBranches() {
        Goal leaf = Goal.builder("leaf").indicator(indicator("l")).build();
        Goal wide = Goal.builder("root").indicator(indicator("r"))
                .goal(Goal.builder("a").goal(Goal.builder("a1").indicator(indicator("a1i")).build())
                        .goal(Goal.builder("a2").build()).build())
                .goal(Goal.builder("b").goal(leaf).indicator(indicator("bi")).build())
                .goal(Goal.builder("c").build())
                .build();

        assertThat(wide.allGoals().map(Goal::id)).containsExactly("root", "a", "a1", "a2", "b", "leaf", "c");
        assertThat(wide.allIndicators().map(Indicator::id)).containsExactly("r", "a1i", "bi", "l");
    }
}
