package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.ValidationAssertions.assertThat;
import static org.policyindicators.io.validation.ValidationAssertions.finding;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Category;
import org.policyindicators.core.CategoryDefinition;
import org.policyindicators.core.Organisation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Text;
import org.policyindicators.core.YearRange;

/**
 * The organisations and category labels of a plan with more than one of each: an issuer
 * resolves only against an organisation of its own identifier, and labels are duplicates only
 * when their codes are equal.
 */
class OrganisationsAndCategoriesTest {

    private static final PlanValidator VALIDATOR = PlanValidator.standard();

    private static Plan.Builder issuedBy(String issuer) {
        return Plan.builder("cn-140100-fyp-14", PlanKind.FIVE_YEAR_PLAN, issuer, YearRange.of(2021, 2025))
                .title(Text.zh("规划"))
                .organisation(Organisation.of("health", Text.zh("卫生健康委员会")))
                .organisation(Organisation.of("housing", Text.zh("住房和城乡建设局")));
    }

    @Test
    void issuerThatNoOrganisationNames_isUnresolvedWhenJurisdictionsAreGiven() {
        ValidationReport report = VALIDATOR.validate(issuedBy("education").build(), Fixtures.jurisdictions());

        assertThat(report).containsExactlyFindings(finding("unresolved-reference", Severity.ERROR, "/issuer"))
                .finding("unresolved-reference", Severity.ERROR, "/issuer")
                .hasParameter("type", "jurisdiction")
                .hasParameter("id", "education");
    }

    @Test
    void issuerNamingTheSecondOrganisation_resolves() {
        assertThat(VALIDATOR.validate(issuedBy("housing").build(), Fixtures.jurisdictions())).hasNoFindings();
    }

    @Test
    void labelsOfDifferentCategories_areNoDuplicates() {
        Plan plan = issuedBy("cn-140100").category(new CategoryDefinition(Category.of("health"), Text.zh("卫生")))
                .category(new CategoryDefinition(Category.of("housing"), Text.zh("住房"))).build();

        assertThat(VALIDATOR.validate(plan)).hasNoFindings();
    }

    @Test
    void categoryLabelledTwice_isADuplicateThatNamesItsCode() {
        Plan plan = issuedBy("cn-140100").category(new CategoryDefinition(Category.of("housing"), Text.zh("住房")))
                .category(new CategoryDefinition(Category.of("health"), Text.zh("卫生")))
                .category(new CategoryDefinition(Category.of("health"), Text.zh("卫生健康"))).build();

        assertThat(VALIDATOR.validate(plan))
                .containsExactlyFindings(finding("duplicate-id", Severity.ERROR, "/categories/2/code"))
                .finding("duplicate-id", Severity.ERROR, "/categories/2/code")
                .hasParameter("scope", "category")
                .hasParameter("id", "health")
                .hasParameter("first", "/categories/1/code");
    }
}
