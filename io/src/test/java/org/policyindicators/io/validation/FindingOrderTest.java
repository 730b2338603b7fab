package org.policyindicators.io.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyindicators.io.validation.Fixtures.d;
import static org.policyindicators.io.validation.Fixtures.year;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Units;

/** Findings come in the order of the document, by list position and record component, not by text. */
class FindingOrderTest {

    private static final PlanValidator VALIDATOR = PlanValidator.standard();

    private static Goal goal(int n, String households) {
        return Goal.builder("goal-" + n).indicator(Indicator.builder("enterprises-" + n).unit(Units.HOUSEHOLD)
                .target(LevelTarget.of(Comparison.GE, d(households), year(2025))).build()).build();
    }

    @Test
    void findingsOfGoalsTwoAndTen_comeInListOrderNotInTextOrder() {
        // "/goals/10" sorts before "/goals/2" as text, and "value=1.5" before "value=9.5"
        Plan.Builder builder = Fixtures.bare("cn-140100-fyp-14");
        for (int n = 0; n <= 10; n++) {
            builder.goal(goal(n, n == 2 ? "9.5" : n == 10 ? "1.5" : "10"));
        }

        List<Finding> findings = VALIDATOR.validate(builder.build()).findings();

        assertThat(findings).extracting(Finding::path).containsExactly(
                "/goals/2/indicators/0/targets/0/value", "/goals/10/indicators/0/targets/0/value");
    }

    @Test
    void planNamedAgainInACatalog_givesItsPositionAndTheFirsts() {
        List<Plan> catalog = List.of(Fixtures.bare("cn-140100-fyp-14").build(),
                Fixtures.bare("cn-140100-fyp-13").build(),
                Fixtures.bare("cn-140100-fyp-14").build());

        ValidationAssertions.assertThat(VALIDATOR.validateCatalog(catalog))
                .finding("duplicate-plan-id", Severity.ERROR, "/id")
                .hasParameter("id", "cn-140100-fyp-14")
                .hasParameter("index", 2)
                .hasParameter("firstIndex", 0);
    }
}
