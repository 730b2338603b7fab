package org.policyindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Goal;
import org.policyindicators.core.ImpliedYear;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Modality;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Provenance;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.Target;
import org.policyindicators.core.Units;
import org.policyindicators.core.analysis.ImpliedTarget;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.Severity;
import org.policyindicators.io.validation.ValidationReport;
import org.policyindicators.io.validation.PlanValidator;

/**
 * The bundled Taiyuan data: it reads, it validates without errors, it raises only the warnings
 * listed here with their reasons, it quotes its seed texts exactly, and nothing is lost.
 */
class TaiyuanDataTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    /** A year, or a period that names one (十四五 ends in 2025), in a target's wording. */
    private static final Pattern STATED_YEAR = Pattern.compile("(19|20)\\d\\d|十[一二三四五六七八九]五|年底|年末");

    private static List<Plan> plans;
    private static List<Jurisdiction> jurisdictions;

    @BeforeAll
    static void read() {
        plans = Taiyuan.plans(JSON);
        jurisdictions = Taiyuan.jurisdictions(JSON);
    }

    static Stream<String> planFiles() {
        return Taiyuan.PLANS.stream();
    }

    private static Plan plan(String file) {
        return plans.get(Taiyuan.PLANS.indexOf(file));
    }

    private static String file(String planId) {
        return planId + ".json";
    }

    @ParameterizedTest
    @MethodSource("planFiles")
    void plan_readsAndValidatesAloneWithoutErrors(String file) {
        ValidationReport report = PlanValidator.standard().validate(Taiyuan.plan(file, JSON), jurisdictions);

        assertThat(report.findings(Severity.ERROR)).isEmpty();
        assertThat(file(plan(file).id())).isEqualTo(file);
    }

    @Test
    void jurisdictions_readAndValidateWithoutFindings() {
        assertThat(jurisdictions).extracting(Jurisdiction::id)
                .containsExactly("cn-140000", "cn-140100", "cn-140105", "cn-140107", "cn-140109");
        assertThat(PlanValidator.standard().validateJurisdictions(jurisdictions).findings()).isEmpty();
    }

    @Test
    void everyIssuerIsABundledJurisdiction() {
        Set<String> ids = jurisdictions.stream().map(Jurisdiction::id).collect(Collectors.toSet());

        assertThat(plans).extracting(Plan::issuer).allSatisfy(issuer -> assertThat(ids).contains(issuer));
    }

    /**
     * The warnings of the whole catalogue, by file and code. Every one is expected:
     * <ul>
     *   <li>{@code target-without-year}: neither the sentence of the target nor its context
     *       fixes a year (checked in {@link #targetsWithoutYear_stateNoYearInTheirWording}), so the
     *       data keeps it without one, as the source does. A year that the context fixes (the
     *       plan's five years, a lead phrase such as 2024年,小店区将重点抓好六个方面工作, the
     *       opening 到2035 年 of a paragraph) is the target's year, with {@code yearImplied};</li>
     *   <li>nothing else: with all plans and the jurisdictions validated together, every
     *       reference resolves.</li>
     * </ul>
     */
    @Test
    void catalog_raisesOnlyTheExpectedWarnings() {
        ValidationReport report = PlanValidator.standard().validateCatalog(plans, jurisdictions);

        assertThat(report.errorCount()).isZero();
        // the one info: 保持城乡居民收入增长与经济发展同步 states no tolerance for 同步, and none is invented
        assertThat(byFileAndCode(report, Severity.INFO)).isEqualTo(Map.of("cn-140105-congress-2021.json",
                Map.of("approx-without-tolerance", 1)));
        Map<String, Map<String, Integer>> expected = new TreeMap<>(Map.of(
                // 12 of 15: the city's 奋斗目标 (向万亿元迈进, 人均 2 万美元, 4500 家…) and 重点任务 state
                // no year and the page names 十四五 only for 规模以上工业企业 and, in 000, for the GDP
                "cn-140100-strategy-14.json", Map.of("target-without-year", 12),
                // 1 of 31: 全力打造“百亿级电机专业镇” is the aim of a motor town whose park only starts
                // to be built in 2024 (开工建设), so 2024's tasks do not fix its year
                "cn-140105-work-report-2024.json", Map.of("target-without-year", 1)));
        assertThat(byFileAndCode(report, Severity.WARNING)).isEqualTo(expected);
    }

    /**
     * Each plan validated alone, as {@code policy-indicators validate FILE} does: the same warnings,
     * and {@code unresolved-external-reference} for each goal that aligns with a goal of the
     * city's goals, which are then not among the plans validated.
     */
    @Test
    void plansAlone_warnOnlyAboutTheirAlignmentWithTheCityGoals() {
        Map<String, Map<String, Integer>> actual = new TreeMap<>();
        for (Plan plan : plans) {
            byFileAndCode(PlanValidator.standard().validate(plan, jurisdictions), Severity.WARNING).forEach(actual::put);
        }

        assertThat(actual).isEqualTo(new TreeMap<>(Map.of(
                "cn-140100-strategy-14.json", Map.of("target-without-year", 12),
                // 坚持转型发展 and 坚持改革创新 align with 经济实力 and 创新活力 of the city's goals
                "cn-140105-congress-2021.json", Map.of("unresolved-external-reference", 2),
                "cn-140105-work-report-2024.json", Map.of("target-without-year", 1, "unresolved-external-reference", 1),
                "cn-140107-work-report-2024.json", Map.of("unresolved-external-reference", 1))));
        for (Plan plan : plans) {
            PlanValidator.standard().validate(plan, jurisdictions).findings().stream()
                    .filter(f -> f.code().equals("unresolved-external-reference"))
                    .forEach(f -> assertThat(f.parameters().get("plan")).isEqualTo("cn-140100-strategy-14"));
        }
    }

    private static Map<String, Map<String, Integer>> byFileAndCode(ValidationReport report, Severity severity) {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        for (Finding f : report.findings(severity)) {
            out.computeIfAbsent(file(f.document()), d -> new TreeMap<>()).merge(f.code(), 1, Integer::sum);
        }
        return out;
    }

    @Test
    void targetsWithoutYear_stateNoYearInTheirWording() {
        ValidationReport report = PlanValidator.standard().validateCatalog(plans, jurisdictions);
        List<Finding> withoutYear = report.findings().stream()
                .filter(f -> f.code().equals("target-without-year")).toList();

        assertThat(withoutYear).hasSize(12 + 1);
        for (Finding f : withoutYear) {
            Plan plan = plans.stream().filter(p -> p.id().equals(f.document())).findFirst().orElseThrow();
            Target target = target(plan, f.path());
            assertThat(target.year()).as(f.path()).isNull();
            assertThat(target.text().best("zh")).as(f.document() + f.path()).isNotBlank()
                    .doesNotContainPattern(STATED_YEAR);
        }
    }

    /** Follows a pointer such as {@code /goals/0/goals/1/indicators/2/targets/0} through the model. */
    private static Target target(Plan plan, String pointer) {
        String[] parts = pointer.substring(1).split("/");
        List<Goal> goals = plan.goals();
        Goal goal = null;
        Indicator indicator = null;
        for (int i = 0; i + 1 < parts.length; i += 2) {
            int index = Integer.parseInt(parts[i + 1]);
            switch (parts[i]) {
                case "goals" -> {
                    goal = goals.get(index);
                    goals = goal.goals();
                }
                case "indicators" -> indicator = goal.indicators().get(index);
                case "targets" -> {
                    return indicator.targets().get(index);
                }
                default -> throw new AssertionError("Unexpected step " + parts[i] + " in " + pointer);
            }
        }
        throw new AssertionError("No target at " + pointer);
    }

    @Test
    void provenanceQuotesAndTargetWordings_areExactlyInTheirSeedTexts() {
        // A developer's checkout may lack the seeds (the test then says it skipped); CI always has them.
        SeedTexts seeds = SeedTexts.readOrSkip();
        int checked = 0;
        for (Plan plan : plans) {
            assertThat(plan.sources()).as(plan.id()).isNotEmpty();
            for (Indicator indicator : plan.allIndicators().toList()) {
                String where = plan.id() + " " + indicator.id();
                assertThat(indicator.provenance()).as(where).isNotEmpty();
                List<String> texts = new ArrayList<>();
                for (Provenance p : indicator.provenance()) {
                    String seed = seeds.text(p.document()).orElseThrow(
                            () -> new AssertionError(where + ": no seed text for document " + p.document()));
                    assertThat(seed).as(where).contains(p.quote());
                    texts.add(seed);
                    checked++;
                }
                for (Target target : indicator.targets()) {
                    String wording = target.text().best("zh");
                    assertThat(wording).as(where).isNotEmpty();
                    assertThat(texts).as(where + ": " + wording).anySatisfy(seed -> assertThat(seed).contains(wording));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(291 + 195);
    }

    /**
     * Every implied year quotes the words that fix it exactly from a seed text of its plan, and the
     * number of implied years per file and basis is pinned: the five-year plan's chapters (未来五年),
     * the lead phrases of the work reports and of the plan's 主要目标, the paragraph that opens with
     * 到2035 年 and the one that opens with the city's 十四五末 aim for the GDP.
     */
    @Test
    void impliedYears_quoteTheWordsThatFixThemAndArePinned() {
        SeedTexts seeds = SeedTexts.readOrSkip();
        Map<String, Map<String, Integer>> actual = new TreeMap<>();
        for (Plan plan : plans) {
            List<String> texts = plan.sources().stream()
                    .map(source -> seeds.text(source.id()).orElseThrow()).toList();
            for (Indicator indicator : plan.allIndicators().toList()) {
                for (Target target : indicator.targets()) {
                    ImpliedYear implied = target.yearImplied();
                    if (implied == null) {
                        continue;
                    }
                    String where = plan.id() + " " + indicator.id() + ": " + target.text().best("zh");
                    assertThat(target.year()).as(where).isNotNull();
                    assertThat(implied.context()).as(where).isNotBlank();
                    assertThat(texts).as(where).anySatisfy(seed -> assertThat(seed).contains(implied.context()));
                    actual.computeIfAbsent(file(plan.id()), f -> new TreeMap<>())
                            .merge(implied.basis().code(), 1, Integer::sum);
                }
            }
        }

        assertThat(actual).isEqualTo(new TreeMap<>(Map.of(
                "cn-140105-congress-2021.json", Map.of("horizon", 6, "paragraph", 1),
                "cn-140105-work-report-2024.json", Map.of("heading", 27),
                "cn-140107-work-report-2024.json", Map.of("heading", 12),
                "cn-140109-fyp-14.json", Map.of("heading", 13, "horizon", 59, "paragraph", 4))));
    }

    @Test
    void counts_perFileArePinnedSoThatNothingIsLostSilently() {
        Map<String, List<Integer>> actual = new LinkedHashMap<>();
        for (Plan plan : plans) {
            List<Indicator> indicators = plan.allIndicators().toList();
            actual.put(file(plan.id()), List.of(
                    (int) plan.allGoals().count(),
                    indicators.size(),
                    indicators.stream().mapToInt(i -> i.baselines().size()).sum(),
                    indicators.stream().mapToInt(i -> i.targets().size()).sum(),
                    indicators.stream().mapToInt(i -> i.observations().size()).sum(),
                    indicators.stream().mapToInt(i -> i.provenance().size()).sum()));
        }

        // goals, indicators, baselines, targets, observations, provenance quotes
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("cn-140100-strategy-14.json", List.of(4, 14, 0, 15, 0, 15));
        expected.put("cn-140105-congress-2021.json", List.of(4, 9, 0, 9, 0, 9));
        expected.put("cn-140105-work-report-2024.json", List.of(8, 79, 0, 31, 54, 88));
        expected.put("cn-140107-work-report-2024.json", List.of(8, 34, 0, 34, 0, 34));
        expected.put("cn-140109-fyp-14.json", List.of(68, 131, 35, 106, 3, 145));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void xiaodianGdpDoubling_hasNoBaselineInTheDataSoImpliesNoNumber() {
        Indicator gdp = plan("cn-140105-congress-2021.json").findIndicator("gdp").orElseThrow();

        assertThat(gdp.unit()).isEqualTo(Units.CNY_100M);
        assertThat(gdp.baselines()).isEmpty();
        assertThat(gdp.targets()).singleElement().isInstanceOfSatisfying(MultipleTarget.class, t -> {
            assertThat(t.factor()).isEqualByComparingTo("2");
            assertThat(t.modality()).isEqualTo(Modality.STRIVE);
            assertThat(t.text().best("zh")).isEqualTo("力争实现地区生产总值翻一番");
        });
        assertThat(ImpliedTarget.of(gdp, gdp.targets().get(0))).isEmpty();
    }

    @Test
    void xiaodianGdpDoubling_impliesTwiceTheBaselineWhereOneExists() {
        Indicator gdp = plan("cn-140105-congress-2021.json").findIndicator("gdp").orElseThrow();
        // 十四五 ends in 2025; the congress report states no baseline, so baselines are drawn here
        Target doubling = gdp.targets().get(0).withYear(Year.of(2025));
        Random random = new Random(20211201L);
        for (int i = 0; i < 50; i++) {
            BigDecimal base = BigDecimal.valueOf(100 + random.nextInt(200_000), 1);
            Indicator withBaseline = gdp.toBuilder().baseline(Baseline.of(Year.of(2020), base)).build();

            ImpliedTarget implied = ImpliedTarget.of(withBaseline, doubling).orElseThrow();

            assertThat(implied.value()).as("baseline %s", base).isEqualTo(Quantity.of(base.add(base), Units.CNY_100M));
            assertThat(implied.comparator()).isEqualTo(Comparison.REACH);
            assertThat(implied.year()).isEqualTo(Year.of(2025));
            assertThat(implied.baseline()).isEqualTo(withBaseline.baselines().get(0));
        }
    }
}
