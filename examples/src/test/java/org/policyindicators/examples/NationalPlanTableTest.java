package org.policyindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyindicators.core.Attribute;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Category;
import org.policyindicators.core.CategoryDefinition;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Provenance;
import org.policyindicators.core.Target;
import org.policyindicators.core.Unit;
import org.policyindicators.core.Units;
import org.policyindicators.core.YearRange;
import org.policyindicators.core.analysis.ImpliedTarget;
import org.policyindicators.io.PolicyJson;

/**
 * The 13th Five-Year Plan's main-indicator table (专栏2): every transcribed row is in the data
 * once, each cell became the kind of target its notation means, and the row-by-row account
 * names every indicator.
 */
class NationalPlanTableTest {

    private static final String TABLE_ROW = "| ";

    private static Plan plan;
    private static String sources;
    /** The transcribed rows by their number (1, 3a…), each the cells from 指标 to 属性. */
    private static Map<String, List<String>> rows;

    @BeforeAll
    static void read() {
        plan = Frameworks.plan(Frameworks.CN_FYP_13, PolicyJson.standard());
        sources = Frameworks.text(Frameworks.SOURCES.get(Frameworks.CN_FYP_13));
        rows = new LinkedHashMap<>();
        boolean inBox2 = false;
        for (String line : sources.split("\n")) {
            if (line.startsWith("## ")) {
                inBox2 = line.startsWith("## 专栏2");
            }
            if (inBox2 && line.startsWith(TABLE_ROW) && !line.startsWith("| #") && !line.startsWith("|---")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
                    cells.add(cell.strip());
                }
                rows.put(cells.get(0), cells.subList(2, cells.size()));
            }
        }
    }

    private static Indicator indicator(String id) {
        return plan.findIndicator(id).orElseThrow();
    }

    /** The quote of a row: its cells from 指标 to 属性, a merged 属性 cell without its mark. */
    private static String quote(List<String> cells) {
        List<String> copy = new ArrayList<>(cells);
        copy.set(copy.size() - 1, copy.get(copy.size() - 1).replace(" (merged)", ""));
        return String.join(" | ", copy);
    }

    @Test
    void plan_isTheNationalFiveYearPlanOf2016To2020() {
        assertThat(plan.kind()).isEqualTo(PlanKind.FIVE_YEAR_PLAN);
        assertThat(plan.horizon()).isEqualTo(YearRange.of(2016, 2020));
        assertThat(plan.issuer()).isEqualTo("cn");
        assertThat(plan.sources()).anySatisfy(s -> assertThat(s.address())
                .isEqualTo("https://www.gov.cn/xinwen/2016-03/17/content_5054992.htm"));
        assertThat(plan.categories()).extracting(CategoryDefinition::code, c -> c.label().best("zh"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Category.ECONOMIC_DEVELOPMENT, "经济发展"),
                        org.assertj.core.groups.Tuple.tuple(Category.INNOVATION, "创新驱动"),
                        org.assertj.core.groups.Tuple.tuple(Category.WELL_BEING, "民生福祉"),
                        org.assertj.core.groups.Tuple.tuple(Category.GREEN_ECOLOGY, "资源环境"));
        assertThat(plan.categories()).allSatisfy(c -> assertThat(c.label().get("en")).isPresent());
    }

    @Test
    void everyTranscribedRow_isQuotedByExactlyOneIndicator() {
        assertThat(rows).hasSize(33);
        List<Indicator> indicators = plan.allIndicators().toList();
        for (Map.Entry<String, List<String>> row : rows.entrySet()) {
            String quote = quote(row.getValue());
            List<String> quotedBy = indicators.stream()
                    .filter(i -> i.provenance().stream().anyMatch(p -> p.quote().equals(quote)))
                    .map(Indicator::id).toList();
            assertThat(quotedBy).as("row %s: %s", row.getKey(), quote).hasSize(1);
        }
        assertThat(indicators).hasSize(33);
    }

    @Test
    void attribute_isTheRowsProperty() {
        for (Indicator indicator : plan.allIndicators().toList()) {
            String property = row(indicator).get(4).replace(" (merged)", "");
            assertThat(indicator.attribute()).as(indicator.id())
                    .isEqualTo(property.equals("约束性") ? Attribute.BINDING : Attribute.INDICATIVE);
        }
        // 13 of the 25 numbered indicators are binding: 19 of the 33 value rows
        assertThat(plan.allIndicators().filter(i -> i.attribute() == Attribute.BINDING)).hasSize(19);
    }

    private static List<String> row(Indicator indicator) {
        Provenance first = indicator.provenance().get(0);
        return rows.values().stream().filter(cells -> quote(cells).equals(first.quote())).findFirst()
                .orElseThrow(() -> new AssertionError(indicator.id() + " does not quote a row first"));
    }

    /**
     * Each cell became the target its notation means: the 2015 cell a baseline; the 2020 cell a
     * level (">" gt, "<" lt, a plain number reach); in the fourth column a [bracketed] value a
     * change from 2015 over 2016–2020 (or, for a flow, a total over those years), and an unbracketed
     * rate a growth rate (of a level) or an average (of a rate).
     */
    @Test
    void everyCell_becameTheTargetItsNotationMeans() {
        for (Indicator indicator : plan.allIndicators().toList()) {
            List<String> cells = row(indicator);
            String base = cells.get(1);
            String level = cells.get(2);
            String fourth = cells.get(3);
            String id = indicator.id();
            if (!base.startsWith("-")) {
                assertThat(indicator.baselines()).as(id).singleElement().satisfies(b -> {
                    assertThat(b.year()).isEqualTo(Year.of(2015));
                    assertThat(b.value()).isEqualByComparingTo(base);
                });
            }
            List<Target> targets = new ArrayList<>(indicator.targets());
            if (!level.startsWith("-")) {
                Target t = targets.remove(0);
                assertThat(t).as(id).isInstanceOfSatisfying(LevelTarget.class, l -> {
                    assertThat(l.comparator()).isEqualTo(comparator(level));
                    assertThat(l.value()).isEqualByComparingTo(number(level));
                    assertThat(l.year()).isEqualTo(Year.of(2020));
                    assertThat(l.startYear()).isNull();
                });
                assertThat(t.text().best("zh")).isEqualTo(level);
            }
            if (fourth.equals("-")) {
                assertThat(targets).as(id).isEmpty();
                continue;
            }
            Target t = targets.remove(0);
            assertThat(targets).as(id).isEmpty();
            assertThat(t.text().best("zh")).as(id).isEqualTo(fourth);
            assertThat(t.year()).as(id).isEqualTo(Year.of(2020));
            assertThat(t.startYear()).as(id).isEqualTo(Year.of(2016));
            if (fourth.startsWith("[")) {
                assertThat(indicator.provenance()).extracting(Provenance::quote).as(id).contains("②[ ]内为5年累计数。");
                String inner = fourth.substring(1, fourth.length() - 1);
                if (t instanceof CumulativeTarget c) {
                    assertThat(FLOWS).as(id).contains(id);
                    assertThat(c.comparator()).isEqualTo(comparator(inner));
                    assertThat(c.value()).isEqualByComparingTo(number(inner));
                } else {
                    assertThat(FLOWS).as(id).doesNotContain(id);
                    assertThat(t).as(id).isInstanceOfSatisfying(ChangeTarget.class, c -> {
                        assertThat(c.baseYear()).isEqualTo(Year.of(2015));
                        assertThat(c.comparator()).isEqualTo(comparator(inner));
                        BigDecimal magnitude = c.value().abs();
                        assertThat(magnitude).isEqualByComparingTo(number(inner));
                        if (c.mode() == ChangeMode.RELATIVE) {
                            // the rows of reductions: 下降, 降低, 减少
                            assertThat(c.value().signum()).isNegative();
                            assertThat(c.unit()).isEqualTo(Units.PERCENT);
                            assertThat(cells.get(0)).containsAnyOf("下降", "降低", "减少");
                        } else {
                            assertThat(c.value().signum()).isNotNegative();
                            assertThat(c.unit()).isEqualTo(Units.PERCENT.equals(indicator.unit())
                                    ? Units.PERCENTAGE_POINT : null);
                        }
                    });
                }
            } else if (indicator.unit().equals(Units.PERCENT)) {
                // a rate of a rate: 居民人均可支配收入增长 >6.5
                assertThat(t).as(id).isInstanceOfSatisfying(AverageTarget.class, a -> {
                    assertThat(a.comparator()).isEqualTo(comparator(fourth));
                    assertThat(a.value()).isEqualByComparingTo(number(fourth));
                    assertThat(a.unit()).isEqualTo(Units.PERCENT);
                });
            } else {
                // the growth of a level: GDP and labour productivity >6.5%, >6.6%
                assertThat(t).as(id).isInstanceOfSatisfying(GrowthTarget.class, g -> {
                    assertThat(g.comparator()).isEqualTo(comparator(fourth));
                    assertThat(g.value()).isEqualByComparingTo(number(fourth));
                    assertThat(g.unit()).isEqualTo(Units.PERCENT);
                });
            }
        }
    }

    /** The indicators counted per year, whose [bracketed] value is a five-year total. */
    private static final List<String> FLOWS = List.of("new-urban-jobs", "rural-poor-lifted-out-of-poverty",
            "shantytown-housing-renovation", "new-construction-land");

    private static Comparison comparator(String cell) {
        return cell.startsWith(">") ? Comparison.GT : cell.startsWith("<") ? Comparison.LT : Comparison.REACH;
    }

    private static BigDecimal number(String cell) {
        return new BigDecimal(cell.replaceAll("[<>%]", ""));
    }

    @Test
    void levelAndCumulativeChange_implyTheSame2020Level() {
        // 56.1 + [3.9] = 60, and so on: where a row states a 2020 level and a change, they agree
        int rowsWithBoth = 0;
        for (Indicator indicator : plan.allIndicators().toList()) {
            List<Target> targets = indicator.targets();
            if (targets.size() == 2 && targets.get(0) instanceof LevelTarget level
                    && level.comparator() == Comparison.REACH && targets.get(1) instanceof ChangeTarget change) {
                BigDecimal stated = ImpliedTarget.of(indicator, level).orElseThrow().value().value();
                BigDecimal implied = ImpliedTarget.of(indicator, change).orElseThrow().value().value();
                assertThat(implied).as(indicator.id()).isEqualByComparingTo(stated);
                rowsWithBoth++;
            }
        }
        assertThat(rowsWithBoth).isEqualTo(14);
        assertThat(ImpliedTarget.of(indicator("urbanization-rate-resident"),
                indicator("urbanization-rate-resident").targets().get(1)).orElseThrow().value().value())
                .isEqualByComparingTo("60");
    }

    @Test
    void lifeExpectancy_countsItsYearFromThe2015LevelOfTheTwelfthPlansOutcomes() {
        Indicator life = indicator("life-expectancy");

        assertThat(life.baselines()).singleElement().satisfies(b -> assertThat(b.value()).isEqualByComparingTo("76.34"));
        assertThat(life.provenance()).extracting(Provenance::quote)
                .contains("（24）人均预期寿命（岁） | 74.5 | - | 76.34 | -");
        assertThat(ImpliedTarget.of(life, life.targets().get(0)).orElseThrow().value().value())
                .isEqualByComparingTo("77.34");
    }

    @Test
    void intensityUnits_nameWhatIsCountedPerTenThousandYuan() {
        Unit perTenThousandYuan = Unit.parse("cny*1e4");

        assertThat(indicator("energy-use-per-gdp").unit()).isEqualTo(Unit.parse("tce/cny*1e4"));
        assertThat(indicator("co2-per-gdp").unit()).isEqualTo(Unit.parse("tonne[co2]/cny*1e4"));
        assertThat(indicator("water-use-per-gdp").unit()).isEqualTo(Unit.parse("cubic-metre[water]/cny*1e4"));
        assertThat(indicator("gdp").unit()).isEqualTo(Unit.parse("cny*1e12"));
        assertThat(indicator("labour-productivity").unit().per()).isEqualTo(Unit.parse("person"));
        assertThat(indicator("labour-productivity").unit().code()).isEqualTo("cny");
        assertThat(perTenThousandYuan.scale()).isEqualTo(4);
    }

    @Test
    void tableNotes_areQuotedWhereTheyApply() {
        Map<String, List<String>> quotingNote = new LinkedHashMap<>();
        for (String note : List.of("①GDP", "③PM2.5")) {
            quotingNote.put(note, plan.allIndicators()
                    .filter(i -> i.provenance().stream().anyMatch(p -> p.quote().startsWith(note)))
                    .map(Indicator::id).collect(Collectors.toList()));
        }

        assertThat(quotingNote).containsEntry("①GDP", List.of("gdp", "labour-productivity"))
                .containsEntry("③PM2.5", List.of("pm25-non-compliant-cities"));
    }

    @Test
    void rowsFile_accountsForEveryIndicatorAndRow() {
        String account = Frameworks.text(Frameworks.CN_ROWS);

        assertThat(plan.allIndicators()).allSatisfy(i -> assertThat(account).contains("`" + i.id() + "`"));
        assertThat(rows.keySet()).allSatisfy(row -> assertThat(account).contains("| " + row + " |"));
    }
}
