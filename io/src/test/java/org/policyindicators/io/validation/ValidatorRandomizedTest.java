package org.policyindicators.io.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Plan;
import org.policyindicators.io.validation.internal.Messages;

/**
 * Validation of arbitrary models built through the public constructors never throws, gives the
 * same report every time, and every finding it reports is well formed. The seed is fixed.
 */
class ValidatorRandomizedTest {

    private static final long SEED = 20_261_122L;
    private static final int CATALOGUES = 150;

    @Test
    void validate_neverThrowsAndIsDeterministicOnArbitraryModels() throws IOException {
        RandomModels models = new RandomModels(SEED);
        String kindDocs = Files.readString(Path.of("src/main/java/org/policyindicators/io/validation/FindingKind.java"),
                StandardCharsets.UTF_8);
        Set<FindingKind> seen = EnumSet.noneOf(FindingKind.class);
        for (int n = 0; n < CATALOGUES; n++) {
            List<Plan> plans = models.plans();
            List<Jurisdiction> jurisdictions = models.jurisdictions();

            ValidationReport report = PlanValidator.standard().validateCatalog(plans, jurisdictions);
            ValidationReport again = PlanValidator.standard().validateCatalog(plans, jurisdictions);

            assertThat(again).isEqualTo(report);
            assertThat(again.toJson(Locale.CHINESE)).isEqualTo(report.toJson(Locale.CHINESE));
            assertThatCode(() -> PlanValidator.standard().validate(plans.get(0))).doesNotThrowAnyException();
            Set<String> documents = new HashSet<>();
            plans.forEach(p -> documents.add(p.id()));
            documents.add(Finding.JURISDICTIONS);
            for (Finding f : report.findings()) {
                seen.add(f.kind());
                assertThat(f.path()).matches("(/[A-Za-z]+(/[0-9]+)?)*");
                assertThat(documents).contains(f.document());
                assertWellFormed(f, kindDocs);
            }
        }
        // the generator reaches nearly every rule, so the statement above covers them
        assertThat(seen).hasSizeGreaterThan(FindingKind.values().length - 5);
    }

    /** Every placeholder of its messages is filled, and every parameter is one its kind documents. */
    private static void assertWellFormed(Finding f, String kindDocs) {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.CHINESE}) {
            String template = Messages.forLocale(locale).template(f.code(), f.parameters());
            assertThat(f.parameters().keySet()).as("%s in %s", f, locale)
                    .containsAll(Messages.placeholders(template));
            assertThat(f.message(locale)).doesNotContain("\n");
        }
        int at = kindDocs.indexOf("    " + f.kind().name() + "(");
        String javadoc = kindDocs.substring(kindDocs.lastIndexOf("/**", at), at);
        for (String name : f.parameters().keySet()) {
            assertThat(javadoc).as("documentation of %s names parameter %s", f.kind(), name)
                    .contains("{@code " + name + "}");
        }
    }
}
