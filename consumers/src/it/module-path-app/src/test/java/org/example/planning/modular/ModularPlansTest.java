package org.example.planning.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.validation.ValidationReport;

class ModularPlansTest {

    @Test
    void readValidateWrite_givesAnEqualPlanAndNoErrors_onTheModulePath() {
        Plan plan = ModularPlans.read();
        ValidationReport report = ModularPlans.validate(plan);

        assertTrue(report.isValid(), report.toString());
        assertEquals(0, report.warningCount(), report.toString());
        assertEquals(plan, PolicyJson.standard().readPlan(ModularPlans.write(plan)));
    }

    @Test
    void libraryAndApplication_areNamedModules() {
        assertEquals("org.example.planning.modular", ModularPlans.class.getModule().getName());
        assertEquals("org.policyindicators.io", PolicyJson.class.getModule().getName());
        assertEquals("org.policyindicators.core", Plan.class.getModule().getName());
    }
}
