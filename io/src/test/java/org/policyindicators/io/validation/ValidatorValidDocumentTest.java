package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.ValidationAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ValidatorValidDocumentTest {

    private final PlanValidator validator = PlanValidator.standard();

    @Test
    void validate_consistentPlanYieldsNoFindings() {
        assertThat(validator.validate(Fixtures.plan())).hasNoFindings();
    }

    @Test
    void validate_consistentPlanWithItsJurisdictionsYieldsNoFindings() {
        assertThat(validator.validate(Fixtures.plan(), Fixtures.jurisdictions())).hasNoFindings();
    }

    @Test
    void validateCatalog_alignedPlansWithJurisdictionsYieldNoFindings() {
        var district = Fixtures.goal(Fixtures.plan(), "innovation", g -> Fixtures.withAlignment(g,
                org.policyindicators.core.GoalReference.of(Fixtures.CITY_PLAN_ID, "innovation-city")));
        assertThat(validator.validateCatalog(List.of(Fixtures.cityPlan(), district), Fixtures.jurisdictions()))
                .hasNoFindings();
    }
}
