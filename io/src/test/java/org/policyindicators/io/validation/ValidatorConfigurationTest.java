package org.policyindicators.io.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policyindicators.io.validation.ValidationAssertions.finding;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.GoalReference;
import org.policyindicators.core.Plan;

class ValidatorConfigurationTest {

    private static Plan alignedWithCityPlan() {
        return Fixtures.goal(Fixtures.plan(), "innovation",
                g -> Fixtures.withAlignment(g, GoalReference.of(Fixtures.CITY_PLAN_ID, "innovation-city")));
    }

    @Test
    void standard_reportsEveryKindWithItsDefaultSeverity() {
        for (FindingKind kind : FindingKind.values()) {
            assertThat(PlanValidator.standard().severity(kind)).contains(kind.defaultSeverity());
        }
    }

    @Test
    void severity_changesHowAKindIsReported() {
        PlanValidator lenient = PlanValidator.builder()
                .severity(FindingKind.UNRESOLVED_EXTERNAL_REFERENCE, Severity.INFO).build();

        ValidationAssertions.assertThat(lenient.validate(alignedWithCityPlan())).containsExactlyFindings(
                finding("unresolved-external-reference", Severity.INFO, "/goals/0/alignsWith/0/plan"));
    }

    @Test
    void disable_leavesAKindOut_andEnableBringsItBack() {
        PlanValidator.Builder builder = PlanValidator.builder().disable(FindingKind.UNRESOLVED_EXTERNAL_REFERENCE);
        PlanValidator quiet = builder.build();
        PlanValidator again = builder.enable(FindingKind.UNRESOLVED_EXTERNAL_REFERENCE).build();

        ValidationAssertions.assertThat(quiet.validate(alignedWithCityPlan())).hasNoFindings();
        assertThat(quiet.severity(FindingKind.UNRESOLVED_EXTERNAL_REFERENCE)).isEmpty();
        ValidationAssertions.assertThat(again.validate(alignedWithCityPlan())).containsExactlyFindings(
                finding("unresolved-external-reference", Severity.WARNING, "/goals/0/alignsWith/0/plan"));
    }

    @Test
    void build_isNotAffectedByLaterChangesOfTheBuilder() {
        PlanValidator.Builder builder = PlanValidator.builder();
        PlanValidator first = builder.build();
        builder.disable(FindingKind.UNRESOLVED_EXTERNAL_REFERENCE);

        assertThat(first.severity(FindingKind.UNRESOLVED_EXTERNAL_REFERENCE)).contains(Severity.WARNING);
    }

    @Test
    void everyKindDisabled_yieldsNoFindingsEvenForABrokenPlan() {
        PlanValidator.Builder builder = PlanValidator.builder();
        Arrays.stream(FindingKind.values()).forEach(builder::disable);

        ValidationAssertions.assertThat(builder.build().validate(ValidatorManyRulesTest.planBreakingTenRules()))
                .hasNoFindings();
    }

    @Test
    void validateJurisdictions_checksTheListOnItsOwn() {
        ValidationReport report = PlanValidator.standard().validateJurisdictions(Fixtures.jurisdictions().subList(1, 3));

        ValidationAssertions.assertThat(report).containsExactlyFindings(
                finding("unresolved-reference", Severity.ERROR, "/jurisdictions/0/parent"));
        assertThat(report.findings().get(0).document()).isEqualTo(Finding.JURISDICTIONS);
    }

    @Test
    void validateCatalog_namesThePlanOfEachFinding() {
        Plan district = Fixtures.indicator(Fixtures.plan(), "gdp",
                i -> Fixtures.withBaselines(i, Fixtures.baseline(2025, "486")));
        Plan city = Fixtures.goal(Fixtures.cityPlan(), "innovation-city",
                g -> Fixtures.withHorizon(g, org.policyindicators.core.YearRange.of(2025, 2021)));

        ValidationReport report = PlanValidator.standard().validateCatalog(List.of(district, city));

        ValidationAssertions.assertThat(report).containsExactlyFindings(
                finding("baseline-not-before-target", Severity.ERROR, "/goals/1/indicators/0/baselines/0/year"),
                finding("inverted-horizon", Severity.ERROR, "/goals/0/horizon"));
        assertThat(report.findings()).extracting(Finding::document)
                .containsExactly(Fixtures.PLAN_ID, Fixtures.CITY_PLAN_ID);
    }

    @Test
    void validate_fromManyThreadsAtOnceGivesTheSameReport() {
        Plan plan = ValidatorManyRulesTest.planBreakingTenRules();
        ValidationReport expected = PlanValidator.standard().validate(plan);

        List<ValidationReport> reports = java.util.stream.IntStream.range(0, 64).parallel()
                .mapToObj(i -> PlanValidator.standard().validate(plan)).toList();

        assertThat(reports).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    @Test
    void nullArguments_areRejectedByName() {
        assertThatThrownBy(() -> PlanValidator.standard().validate(null)).hasMessage("plan");
        assertThatThrownBy(() -> PlanValidator.standard().validateCatalog(Arrays.asList(Fixtures.plan(), null)))
                .hasMessage("plans[1]");
        assertThatThrownBy(() -> PlanValidator.builder().severity(FindingKind.BLANK_QUOTE, null)).hasMessage("severity");
    }
}
