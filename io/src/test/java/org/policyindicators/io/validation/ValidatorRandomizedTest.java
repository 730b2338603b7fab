package org.policyindicators.io.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.validation.internal.Messages;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validation of arbitrary models built through the public constructors never throws, gives the
 * same report every time, reaches every kind of finding but those listed, and every finding it
 * reports is well formed and points into the written document. Consistent random plans give no
 * finding, and each with one rule broken gives that rule's finding at its place. The seeds are
 * fixed.
 */
class ValidatorRandomizedTest {

    private static final long SEED = 20_261_122L;
    private static final int CATALOGUES = 150;
    private static final int CONSISTENT_PLANS = 300;
    private static final PolicyJson JSON = PolicyJson.standard();
    /** Arbitrary models hold numbers of any length; written only to resolve pointers. */
    private static final PolicyJson UNLIMITED = PolicyJson.builder().maxNumberLength(Integer.MAX_VALUE).build();
    /** Resolves pointers; the numbers of arbitrary models can be longer than Jackson's default limit. */
    private static final JsonMapper TREE = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE).build())
            .build()).build();

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
            Map<String, List<JsonNode>> documents = written(plans, jurisdictions);
            for (Finding f : report.findings()) {
                seen.add(f.kind());
                assertThat(f.path()).matches("(/[A-Za-z]+(/[0-9]+)?)*");
                assertThat(documents).containsKey(f.document());
                // plans that share an identifier share the name: the pointer leads into one of them
                assertThat(documents.get(f.document())).as("%s leads to nothing in %s", f, documents.get(f.document()))
                        .anySatisfy(document -> assertLeadsToAValue(f, document));
                assertWellFormed(f, kindDocs);
            }
        }
        assertThat(seen).as("kinds reached").isEqualTo(EnumSet.complementOf(NOT_GENERATED));
    }

    /**
     * Kinds that these arbitrary models do not give, each tested elsewhere with its code, path and
     * severity: {@code unreadable-document} comes only from reading a document
     * ({@code ReadAndValidateTest}, the fuzz tests); the three others need values that agree with
     * each other, which values drawn independently almost never do: components that add up to
     * their total within or beyond the rounding allowance ({@code parts-do-not-add-up},
     * {@code parts-differ-within-rounding}: {@code ValidatorRulesTest}, {@code ValidatorParametersTest})
     * and two targets of one year whose bounds leave no value ({@code contradictory-targets}:
     * {@code ValidatorRulesTest}, {@code ValidatorWiderRulesTest}).
     */
    private static final EnumSet<FindingKind> NOT_GENERATED = EnumSet.of(FindingKind.UNREADABLE_DOCUMENT,
            FindingKind.PARTS_DO_NOT_ADD_UP, FindingKind.PARTS_DIFFER_WITHIN_ROUNDING,
            FindingKind.CONTRADICTORY_TARGETS);

    /**
     * A consistent plan, generated at random, gives no finding at all; the same plan with one
     * thing broken gives the finding of that rule at the place broken, and only there. Every
     * finding's pointer leads to a value of the written document.
     */
    @Test
    void validate_consistentPlanGivesNoFinding_andOneBreakGivesItsFindingAtItsPlace() {
        Random random = new Random(SEED);
        Map<String, Integer> reached = new TreeMap<>();
        for (int n = 0; n < CONSISTENT_PLANS; n++) {
            Plan plan = ConsistentPlans.plan(random);
            assertThat(PlanValidator.standard().validate(plan).findings()).as("consistent plan %s", JSON.writePlan(plan))
                    .isEmpty();

            ConsistentPlans.Break broken = ConsistentPlans.breakOne(plan, random);
            ValidationReport report = PlanValidator.standard().validate(broken.plan());
            JsonNode document = TREE.readTree(JSON.writePlan(broken.plan()));
            assertThat(report.findings()).as("%s", broken)
                    .filteredOn(f -> f.code().equals(broken.code()) && f.path().equals(broken.path()))
                    .singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(broken.severity()));
            for (Finding f : report.findings()) {
                assertThat(f.path()).as("%s gives only findings at or about %s, not %s", broken.code(), broken.path(), f)
                        .isEqualTo(broken.path());
                assertLeadsToAValue(f, document);
            }
            reached.merge(broken.code(), 1, Integer::sum);
        }
        assertThat(reached).as("breaks made").containsOnlyKeys(ConsistentPlans.BREAKS);
    }

    /** The written documents, by the name findings give them. */
    private static Map<String, List<JsonNode>> written(List<Plan> plans, List<Jurisdiction> jurisdictions) {
        Map<String, List<JsonNode>> documents = new HashMap<>();
        for (Plan plan : plans) {
            documents.computeIfAbsent(plan.id(), id -> new ArrayList<>()).add(TREE.readTree(UNLIMITED.writePlan(plan)));
        }
        documents.put(Finding.JURISDICTIONS, List.of(TREE.readTree(UNLIMITED.writeJurisdictions(jurisdictions))));
        return documents;
    }

    /** The finding's JSON Pointer leads to a value of the document in the JSON format. */
    private static void assertLeadsToAValue(Finding f, JsonNode document) {
        assertThat(document.at(f.path()).isMissingNode()).as("%s leads to nothing in %s", f, document).isFalse();
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
