package org.example.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.validation.ValidationReport;

class PlanCheckerTest {

    @Test
    void readValidateWrite_givesAnEqualPlanAndNoErrors_onTheClassPath() {
        Plan plan = PlanChecker.read();
        ValidationReport report = PlanChecker.validate(plan);

        assertTrue(report.isValid(), report.toString());
        assertEquals(0, report.warningCount(), report.toString());
        assertEquals(plan, PolicyJson.standard().readPlan(PlanChecker.write(plan)));
        assertFalse(PolicyJson.class.getModule().isNamed(), "the library is on the class path");
    }
}
