package org.policyindicators.io.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Units;
import org.policyindicators.core.YearRange;

/**
 * Goal trees far deeper than any written plan, as models built in code can be: validation
 * walks them without recursion, on a thread with a small stack, and finds what a shallow tree
 * would show.
 */
class ValidatorDeepTreeTest {

    private static final PlanValidator VALIDATOR = PlanValidator.standard();

    /** Smaller than the usual default thread stack, so that any recursion over depth shows. */
    private static final long STACK_BYTES = 512 * 1024;

    private static Indicator indicator(String id) {
        return Indicator.builder(id).unit(Units.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Year.of(2020), new BigDecimal("1.5")))
                .target(LevelTarget.of(Comparison.GE, new BigDecimal("2.5"), Year.of(2025)))
                .build();
    }

    /** A chain g0 › g1 › … with indicator i{@code i} on goal i if asked; the deepest goal comes from {@code leaf}. */
    private static Goal chain(int depth, boolean withIndicators, Goal.Builder leaf) {
        Goal goal = null;
        for (int i = depth - 1; i >= 0; i--) {
            Goal.Builder builder = i == depth - 1 ? leaf : Goal.builder("g" + i);
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

    private static Plan plan(Goal root) {
        return Plan.builder("deep", PlanKind.FIVE_YEAR_PLAN, "cn-140109", YearRange.of(2021, 2025))
                .goal(root).build();
    }

    /** The pointer of the goal at a depth from 0 in a chain under the plan's first goal. */
    private static String goalPath(int depth) {
        return "/goals/0" + "/goals/0".repeat(depth);
    }

    private static <T> T onSmallStack(Supplier<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "deep-tree", STACK_BYTES);
        thread.start();
        thread.join();
        assertThat(failure.get()).isNull();
        return result.get();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void validate_findsNothingInAValidChainOfAHundredThousandGoals() throws InterruptedException {
        Plan plan = plan(chain(100_000, false, Goal.builder("g99999")));

        ValidationReport report = onSmallStack(() -> VALIDATOR.validate(plan));

        assertThat(report.findings()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void validate_findsNothingInAValidChainOfTenThousandGoalsWithAnIndicatorEach() throws InterruptedException {
        Plan plan = plan(chain(10_000, true, Goal.builder("g9999")));

        ValidationReport report = onSmallStack(() -> VALIDATOR.validate(plan));

        assertThat(report.findings()).isEmpty();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void validate_reportsFaultsAtTheBottomOfADeepChainAtTheirFullPointers() throws InterruptedException {
        int depth = 10_000;
        Goal.Builder leaf = Goal.builder("bad id").horizon(YearRange.of(2025, 2021))
                .indicator(indicator("i0")).indicator(indicator("i" + (depth - 2)));
        Plan plan = plan(chain(depth, true, leaf));
        String bottom = goalPath(depth - 1);

        ValidationReport report = onSmallStack(() -> VALIDATOR.validate(plan));

        assertThat(report.findings()).extracting(Finding::kind, Finding::path).containsExactly(
                tuple(FindingKind.INVALID_IDENTIFIER, bottom + "/id"),
                tuple(FindingKind.INVERTED_HORIZON, bottom + "/horizon"),
                tuple(FindingKind.DUPLICATE_ID, bottom + "/indicators/0/id"),
                tuple(FindingKind.DUPLICATE_ID, bottom + "/indicators/1/id"));
        assertThat(report.findings().get(2).parameters()).containsEntry("first", "/goals/0/indicators/0/id");
        assertThat(report.findings().get(3).parameters())
                .containsEntry("id", "i" + (depth - 2))
                .containsEntry("first", goalPath(depth - 2) + "/indicators/0/id");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void reports_renderFindingsOfADeepChainAsText_andJson() throws InterruptedException {
        int depth = 10_000;
        Plan plan = plan(chain(depth, false, Goal.builder("bad id")));
        String path = goalPath(depth - 1) + "/id";

        ValidationReport report = onSmallStack(() -> VALIDATOR.validate(plan));
        String text = onSmallStack(() -> report.toText(Locale.ENGLISH));
        String json = onSmallStack(() -> report.toJson(Locale.ENGLISH));

        assertThat(report.findings()).extracting(Finding::kind, Finding::path)
                .containsExactly(tuple(FindingKind.INVALID_IDENTIFIER, path));
        assertThat(text).startsWith("error [invalid-identifier] deep " + path + ": ");
        assertThat(json).contains("\"path\" : \"" + path + "\"");
    }
}
