package org.policyindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.JurisdictionLevel;
import org.policyindicators.core.Organisation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Provenance;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.Severity;
import org.policyindicators.io.validation.ValidationReport;
import org.policyindicators.io.validation.PlanValidator;

/**
 * The bundled frameworks (the 13th Five-Year Plan's indicator table, UK SDG data, IATI's example
 * activity, the results of SNV's IATI activity): each reads, writes back to an equal plan,
 * validates without errors other than those listed here with their reasons, raises only the
 * warnings listed here with their reasons, and quotes its sources file exactly.
 */
class FrameworksDataTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    static Stream<String> planFiles() {
        return Frameworks.PLANS.stream();
    }

    private static Plan plan(String file) {
        return Frameworks.plan(file, JSON);
    }

    /**
     * Validates a plan with the bundled jurisdiction list: the national plan's issuer resolves
     * among the jurisdictions, the others' among the organisations their plans name.
     */
    private static ValidationReport validate(String file) {
        return PlanValidator.standard().validate(plan(file), Frameworks.jurisdictions(JSON));
    }

    @ParameterizedTest
    @MethodSource("planFiles")
    void plan_readsAndItsFileIsNamedAfterItsId(String file) {
        Plan plan = plan(file);

        assertThat(plan.id() + ".json").isEqualTo(file);
        assertThat(plan.sources()).isNotEmpty();
        assertThat(plan.allIndicators()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("planFiles")
    void plan_writtenAndReadBack_isEqual(String file) {
        Plan plan = plan(file);

        String written = JSON.writePlan(plan);

        assertThat(JSON.readPlan(written)).isEqualTo(plan);
        assertThat(written).startsWith("{\n  \"format\": \"policy-indicators/1.1\",");
    }

    @ParameterizedTest
    @MethodSource("planFiles")
    void plan_validatesWithoutErrors(String file) {
        assertThat(validate(file).findings(Severity.ERROR)).isEmpty();
    }

    /**
     * The warnings, by file and code. Every one is expected:
     * <ul>
     *   <li>{@code target-without-year} in the SDG data: target 16.1, "Significantly reduce all
     *       forms of violence and related death rates everywhere", states no year, unlike 3.2
     *       ("By 2030"), so its direction target has none;</li>
     *   <li>nothing else.</li>
     * </ul>
     */
    @Test
    void warnings_areOnlyTheExpectedOnes() {
        Map<String, Map<String, Integer>> actual = new TreeMap<>();
        for (String file : Frameworks.PLANS) {
            for (Finding f : validate(file).findings()) {
                if (f.severity() != Severity.ERROR) {
                    actual.computeIfAbsent(file, k -> new TreeMap<>()).merge(f.severity() + " " + f.code(), 1,
                            Integer::sum);
                }
            }
        }

        assertThat(actual).isEqualTo(Map.of(Frameworks.UK_ONS_SDG, Map.of("WARNING target-without-year", 1)));
        Indicator homicide = plan(Frameworks.UK_ONS_SDG).findIndicator("homicide-rate").orElseThrow();
        assertThat(homicide.targets()).singleElement().satisfies(t -> {
            assertThat(t.year()).isNull();
            assertThat(t.text().best("en"))
                    .isEqualTo("Significantly reduce all forms of violence and related death rates everywhere");
        });
    }

    @ParameterizedTest
    @MethodSource("planFiles")
    void provenanceQuotes_appearVerbatimInTheSourcesFile(String file) {
        Plan plan = plan(file);
        String sources = Frameworks.text(Frameworks.SOURCES.get(file));
        List<String> ids = plan.sources().stream().map(s -> s.id()).toList();
        int checked = 0;

        for (Indicator indicator : plan.allIndicators().toList()) {
            assertThat(indicator.provenance()).as(indicator.id()).isNotEmpty();
            for (Provenance p : indicator.provenance()) {
                assertThat(ids).as(indicator.id()).contains(p.document());
                assertThat(sources).as(indicator.id()).contains(p.quote());
                checked++;
            }
        }

        assertThat(checked).isEqualTo(Map.of(
                // the 33 rows; note ① twice, the column header three times, note ③ once, note ② for the 27
                // [bracketed] values; the row of 专栏1 for the 2015 life expectancy
                Frameworks.CN_FYP_13, 33 + 2 + 3 + 1 + 27 + 1,
                Frameworks.UK_ONS_SDG, 11 + 12,
                Frameworks.IATI_EXAMPLE, 17,
                // per indicator the start tags of its result and itself, of its baseline, of each period with
                // its target and of each numeric actual; every comment but those of a zero-width space; the
                // text of each qualitative actual; two codelist names
                Frameworks.IATI_RESULTS, 390).get(file));
    }

    @ParameterizedTest
    @MethodSource("planFiles")
    void sourceAddresses_areInTheSourcesFile(String file) {
        String sources = Frameworks.text(Frameworks.SOURCES.get(file));

        assertThat(plan(file).sources()).allSatisfy(s -> assertThat(sources).contains(s.address()));
    }

    @Test
    void jurisdictions_holdChinaAsACountryAndValidateWithoutFindings() {
        List<Jurisdiction> jurisdictions = Frameworks.jurisdictions(JSON);

        assertThat(jurisdictions).singleElement().satisfies(j -> {
            assertThat(j.id()).isEqualTo("cn");
            assertThat(j.level()).isEqualTo(JurisdictionLevel.COUNTRY);
            assertThat(j.code()).isEqualTo("CN");
        });
        assertThat(plan(Frameworks.CN_FYP_13).issuer()).isEqualTo("cn");
        assertThat(PlanValidator.standard().validateJurisdictions(jurisdictions).findings()).isEmpty();
    }

    /**
     * The SDG data and the IATI activities are issued by organisations they name, and the issuer
     * check resolves them there even when a jurisdiction list is given.
     */
    @Test
    void organisationIssuers_areOrganisationsTheirPlansName() {
        for (String file : List.of(Frameworks.UK_ONS_SDG, Frameworks.IATI_EXAMPLE, Frameworks.IATI_RESULTS)) {
            Plan plan = plan(file);
            assertThat(plan.organisations()).extracting(Organisation::id).as(file).contains(plan.issuer());

            List<String> withJurisdictions = new ArrayList<>();
            for (Finding f : PlanValidator.standard().validate(plan, Frameworks.jurisdictions(JSON)).findings()) {
                if (f.path().equals("/issuer")) {
                    withJurisdictions.add(f.code());
                }
            }
            // an issuer among the plan's organisations resolves even when a jurisdiction list is given
            assertThat(withJurisdictions).as(file).isEmpty();
        }
    }

    @Test
    void counts_perFileArePinnedSoThatNothingIsLostSilently() {
        Map<String, List<Integer>> actual = new TreeMap<>();
        for (String file : Frameworks.PLANS) {
            Plan plan = plan(file);
            List<Indicator> indicators = plan.allIndicators().toList();
            actual.put(file, List.of(
                    (int) plan.allGoals().count(),
                    indicators.size(),
                    indicators.stream().mapToInt(i -> i.baselines().size()).sum(),
                    indicators.stream().mapToInt(i -> i.targets().size()).sum(),
                    indicators.stream().mapToInt(i -> i.observations().size()).sum(),
                    indicators.stream().mapToInt(i -> i.provenance().size()).sum()));
        }

        // goals, indicators, baselines, targets, observations, provenance quotes
        assertThat(actual).isEqualTo(Map.of(
                // 4 categories and 6 groups of sub-rows; the 33 value rows of the 25 numbered indicators
                Frameworks.CN_FYP_13, List.of(10, 33, 20, 49, 0, 67),
                // 3.2.1: 66 UK and 58 England and Wales rows; 16.1.1: 33 rows, one left out
                Frameworks.UK_ONS_SDG, List.of(2, 2, 0, 2, 124 + 32, 23),
                Frameworks.IATI_EXAMPLE, List.of(1, 1, 1, 1, 1, 17),
                // 6 results, 28 indicators, 17 numeric baselines, 80 periods, 33 numeric and 20 qualitative actuals
                Frameworks.IATI_RESULTS, List.of(6, 28, 17, 80, 33 + 20, 390)));
    }
}
