package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.ValidationAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.GoalReference;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.JurisdictionLevel;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Text;

/** The cycles a catalog can hold are named member by member, and codes of other systems are not read as GB/T 2260. */
class CatalogCyclesTest {

    private static final PlanValidator VALIDATOR = PlanValidator.standard();

    @Test
    void goalsOfTwoPlansAlignedWithEachOther_nameThePlanAndGoalOfEachStep() {
        ValidationReport report = VALIDATOR.validateCatalog(List.of(
                Fixtures.goal(Fixtures.cityPlan(), "innovation-city",
                        g -> Fixtures.withAlignment(g, GoalReference.of(Fixtures.PLAN_ID, "innovation"))),
                Fixtures.goal(Fixtures.plan(), "innovation",
                        g -> Fixtures.withAlignment(g, GoalReference.of(Fixtures.CITY_PLAN_ID, "innovation-city")))));

        String city = Fixtures.CITY_PLAN_ID + ":innovation-city";
        String district = Fixtures.PLAN_ID + ":innovation";
        assertThat(report).finding("reference-cycle", Severity.ERROR, "/goals/0/alignsWith/0")
                .hasParameter("type", "goal")
                .hasParameter("cycle", city + " → " + district + " → " + city);
    }

    @Test
    void jurisdictionsThatAreEachOthersParents_areReportedAtTheClosingParentNamingEachStep() {
        List<Jurisdiction> list = List.of(
                Jurisdiction.of("cn-140000", Text.zh("山西省"), JurisdictionLevel.PROVINCE, "140000", "cn-140100"),
                Jurisdiction.of("cn-140100", Text.zh("太原市"), JurisdictionLevel.CITY, "140100", "cn-140000"));

        assertThat(VALIDATOR.validateJurisdictions(list))
                .finding("reference-cycle", Severity.ERROR, "/jurisdictions/1/parent")
                .hasParameter("type", "jurisdiction")
                .hasParameter("cycle", "cn-140000 → cn-140100 → cn-140000");
    }

    @Test
    void codesOfSixCharactersThatAreNotAllDigits_areNotComparedWithTheParentsCode() {
        List<Jurisdiction> list = List.of(
                Jurisdiction.of("xa-land", Text.of("en", "A land"), JurisdictionLevel.PROVINCE, "XA0000", null),
                Jurisdiction.of("xb-town", Text.of("en", "A town"), JurisdictionLevel.CITY, "XB0100", "xa-land"),
                Jurisdiction.of("xc-town", Text.of("en", "Another town"), JurisdictionLevel.CITY, "120100", "xa-land"));

        assertThat(VALIDATOR.validateJurisdictions(list)).hasNoFindingWithCode("jurisdiction-code-outside-parent");
    }

    @Test
    void indicatorsThatAreEachOthersComponents_nameEachStep() {
        Plan plan = Fixtures.indicator(Fixtures.plan(), "pension-enterprise",
                i -> i.toBuilder().component("pension-public").build());
        plan = Fixtures.indicator(plan, "pension-public", i -> i.toBuilder().component("pension-enterprise").build());

        assertThat(VALIDATOR.validate(plan))
                .finding("reference-cycle", Severity.ERROR, "/goals/2/goals/0/indicators/2/components/0")
                .hasParameter("type", "indicator")
                .hasParameter("cycle", "pension-enterprise → pension-public → pension-enterprise");
    }
}
