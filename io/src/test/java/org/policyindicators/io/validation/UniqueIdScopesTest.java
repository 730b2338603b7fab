package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.ValidationAssertions.assertThat;
import static org.policyindicators.io.validation.ValidationAssertions.finding;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.Category;
import org.policyindicators.core.CategoryDefinition;
import org.policyindicators.core.Dimension;
import org.policyindicators.core.Organisation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.SourceDocument;
import org.policyindicators.core.Text;

/** Each kind of identifier of a plan is unique in a scope of its own, and only there. */
class UniqueIdScopesTest {

    private static final PlanValidator VALIDATOR = PlanValidator.standard();

    private static Plan.Builder plan() {
        return Fixtures.bare("cn-140100-fyp-14");
    }

    @Test
    void sourceDocumentNamedTwice_isADuplicateThatNamesTheFirst() {
        Plan twice = plan().source(SourceDocument.of("003", Text.zh("纲要")))
                .source(SourceDocument.of("004", Text.zh("报告")))
                .source(SourceDocument.of("003", Text.zh("纲要（修订）"))).build();

        assertThat(VALIDATOR.validate(twice))
                .containsExactlyFindings(finding("duplicate-id", Severity.ERROR, "/sources/2/id"))
                .finding("duplicate-id", Severity.ERROR, "/sources/2/id")
                .hasParameter("scope", "source")
                .hasParameter("id", "003")
                .hasParameter("first", "/sources/0/id");
    }

    @Test
    void unitDefinedTwice_isADuplicateThatNamesTheFirst() {
        Plan twice = plan().unit(BaseUnit.of("enterprise", Dimension.COUNT, "家", "enterprises"))
                .unit(BaseUnit.of("enterprise", Dimension.COUNT, "户", "enterprises")).build();

        assertThat(VALIDATOR.validate(twice))
                .containsExactlyFindings(finding("duplicate-id", Severity.ERROR, "/units/1/code"))
                .finding("duplicate-id", Severity.ERROR, "/units/1/code")
                .hasParameter("scope", "unit")
                .hasParameter("id", "enterprise")
                .hasParameter("first", "/units/0/code");
    }

    @Test
    void oneIdentifierInEveryScope_isNoDuplicate() {
        Plan shared = plan().source(SourceDocument.of("health", Text.zh("卫生规划")))
                .unit(BaseUnit.of("health", Dimension.COUNT, "项", "items"))
                .organisation(Organisation.of("health", Text.zh("卫生健康委员会")))
                .category(new CategoryDefinition(Category.of("health"), Text.zh("卫生"))).build();

        assertThat(VALIDATOR.validate(shared)).hasNoFindingWithCode("duplicate-id");
    }
}
