package org.policyindicators.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.Goal;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Text;
import org.policyindicators.core.Units;
import org.policyindicators.core.YearRange;
import org.policyindicators.examples.Taiyuan;
import org.policyindicators.examples.cli.Language;
import org.policyindicators.io.PolicyJson;

class IndicatorTableTest {

    private static final Plan SHELL = Plan.builder("p", PlanKind.FIVE_YEAR_PLAN, "cn-140109", YearRange.of(2021, 2025))
            .build();
    private static final String HEADER = "类别,指标,单位,基期年份,基期值,目标年份,比较,目标值,年均/累计,属性\n";

    static Stream<Arguments> bundled() {
        return Taiyuan.plans(PolicyJson.standard()).stream()
                .flatMap(p -> Stream.of(Arguments.of(p.id(), p, Language.EN), Arguments.of(p.id(), p, Language.ZH)));
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CsvProblem> problems(String text) {
        try {
            IndicatorTable.read(utf8(text), SHELL, Language.ZH);
        } catch (CsvException e) {
            return e.problems();
        }
        throw new AssertionError("no problem found in " + text);
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("bundled")
    void readThenWrite_givesBackTheSameTable(String id, Plan plan, Language language) {
        String table = IndicatorTable.write(plan, language, false);

        Plan back = IndicatorTable.read(utf8(table), plan.withGoals(List.of()), language);

        assertThat(IndicatorTable.write(back, language, false)).isEqualTo(table);
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("bundled")
    void writeThenRead_givesBackThePartsOfThePlanATableHolds(String id, Plan plan, Language language) {
        String table = IndicatorTable.write(plan, language, true);

        Plan back = IndicatorTable.read(utf8(table), plan.withGoals(List.of()), language);

        assertThat(back).isEqualTo(tableView(plan, language.tag()));
    }

    /**
     * What a table holds of a plan, built independently of the table code: goals with indicators,
     * flattened, names in one language, the latest baseline, and the targets of the kinds a table
     * has columns for.
     */
    private static Plan tableView(Plan plan, String tag) {
        List<Goal> goals = new ArrayList<>();
        plan.allGoals().filter(g -> !g.indicators().isEmpty()).forEach(g -> {
            Goal.Builder goal = Goal.builder(g.id()).title(only(g.title(), tag));
            for (Indicator i : g.indicators()) {
                Indicator.Builder b = Indicator.builder(i.id()).name(only(i.name(), tag)).unit(i.unit())
                        .category(i.category()).attribute(i.attribute()).polarity(i.polarity());
                i.baselineFor(null).filter(x -> (x.unit() == null || x.unit().equals(i.unit())) && x.bound() == null
                        && x.startYear() == null).ifPresent(x -> b.baseline(Baseline.of(x.year(), x.value())));
                for (Target t : i.targets()) {
                    Target kept = kept(t, i);
                    if (kept != null) {
                        b.target(kept.withStartYear(t.startYear()));
                    }
                }
                goal.indicator(b.build());
            }
            goals.add(goal.build());
        });
        return plan.withGoals(goals);
    }

    private static Target kept(Target t, Indicator i) {
        if (t instanceof LevelTarget l && (l.unit() == null || l.unit().equals(i.unit()))) {
            return LevelTarget.of(l.comparator(), l.value(), l.year());
        } else if (t instanceof RangeTarget r && (r.unit() == null || r.unit().equals(i.unit()))) {
            return RangeTarget.of(r.min(), r.max(), r.year());
        } else if (t instanceof CumulativeTarget c && (c.unit() == null || c.unit().equals(i.unit()))) {
            return CumulativeTarget.of(c.comparator(), c.value(), c.year());
        } else if (t instanceof GrowthTarget g && (g.unit() == null || g.unit().equals(Units.PERCENT))) {
            return GrowthTarget.of(g.comparator(), g.value(), g.year());
        } else if (t instanceof ChangeTarget c && c.mode() == ChangeMode.RELATIVE
                && (c.unit() == null || c.unit().equals(Units.PERCENT))) {
            return ChangeTarget.of(ChangeMode.RELATIVE, c.comparator(), c.value(), c.year());
        } else if (t instanceof MultipleTarget m && m.baseYear() == null) {
            return new MultipleTarget(m.factor(), m.comparator(), null, m.year(), null, false,
                    MultipleTarget.of(m.factor(), m.year()).modality(), Text.EMPTY);
        }
        return null;
    }

    private static Text only(Text text, String tag) {
        return text.get(tag).map(s -> Text.of(tag, s)).orElse(Text.EMPTY);
    }

    @Test
    void read_recognisesComparatorsCumulativeBracketsRangesMultiplesAndGrowth() {
        Plan plan = IndicatorTable.read(utf8(HEADER
                + "经济发展,地区生产总值,亿元,2020,486,2025,,×2,,预期性\n"
                + "经济发展,地区生产总值,亿元,2020,486,2025,以上,7,年均,预期性\n"
                + "民生福祉,城镇登记失业率,%,2020,3.8,2025,≤,4.0,,约束性\n"
                + "民生福祉,职业技能培训,万人,,,2021-2025,,〔3〕,累计,\n"
                + "经济发展,百亿产业集群,个,,,2025,,3-5,,\n"), SHELL, Language.ZH);

        List<Indicator> indicators = plan.allIndicators().toList();
        assertThat(indicators).extracting(i -> i.name().best("zh"))
                .containsExactly("地区生产总值", "城镇登记失业率", "职业技能培训", "百亿产业集群");
        assertThat(indicators.get(0).targets()).extracting(Target::kind).extracting(Enum::name)
                .containsExactly("MULTIPLE", "GROWTH");
        assertThat(indicators.get(1).targets().get(0)).isEqualTo(LevelTarget.of(
                org.policyindicators.core.Comparison.LE, new java.math.BigDecimal("4.0"), Year.of(2025)));
        assertThat(indicators.get(2).targets().get(0)).isInstanceOfSatisfying(CumulativeTarget.class, c -> {
            assertThat(c.value()).isEqualByComparingTo("3");
            assertThat(c.startYear()).isEqualTo(Year.of(2021));
        });
        assertThat(indicators.get(2).unit()).isEqualTo(Units.PERSON.withScale(4));
        assertThat(indicators.get(3).targets().get(0)).isInstanceOf(RangeTarget.class);
        assertThat(indicators.get(1).attribute()).hasToString("BINDING");
    }

    @Test
    void read_aNumberWithThousandsSeparatorsIsAProblemAtItsRowAndColumn() {
        assertThat(problems(HEADER + "经济发展,地区生产总值,亿元,2020,\"1,160.1\",,,,,\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.row()).isEqualTo(2);
                    assertThat(p.column()).isEqualTo("基期值");
                    assertThat(p.reason()).contains("thousands separators", "1160.1");
                });
        assertThat(problems(HEADER + "经济发展,地区生产总值,亿元,2020,1,160.1,,,,,\n"))
                .singleElement().satisfies(p -> assertThat(p.reason()).contains("11 cells", "1,160.1"));
    }

    @Test
    void read_aNumberWithAScaleWordSaysToPutItInTheUnit() {
        assertThat(problems(HEADER + "民生福祉,新增就业,人,2020,12万,,,,,\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.column()).isEqualTo("基期值");
                    assertThat(p.reason()).contains("'12万' is not a number", "unit column");
                });
    }

    @Test
    void read_anUnknownUnitIsAProblem() {
        assertThat(problems(HEADER + "民生福祉,新增就业,furlongs,2020,12,,,,,\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.column()).isEqualTo("单位");
                    assertThat(p.reason()).contains("unknown unit 'furlongs'");
                });
    }

    @Test
    void read_listsEveryProblemOfEveryRow() {
        List<CsvProblem> problems = problems(HEADER
                + "经济发展,地区生产总值,亿元,20x0,486,2025,,×2,,\n"
                + "经济发展,人均地区生产总值,万元,2020,9.2,2025,大约,12,,\n"
                + "经济发展,规上工业,亿元,2020,486,2025,,,年均,\n");

        assertThat(problems).extracting(CsvProblem::row, CsvProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "基期年份"), org.assertj.core.groups.Tuple.tuple(3L, "比较"),
                org.assertj.core.groups.Tuple.tuple(4L, "目标值"));
    }

    @Test
    void read_aWrongDelimiterIsNamed() {
        assertThat(problems("类别;指标;单位\n经济发展;地区生产总值;亿元\n")).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("separated by ';'", "commas"));
        assertThat(problems("类别\t指标\t单位\n经济发展\t地区生产总值\t亿元\n")).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("separated by tabs"));
    }

    @Test
    void read_aMissingHeaderIsAProblem() {
        assertThat(problems("经济发展,地区生产总值,亿元,2020,486\n")).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("missing header", "指标", "单位"));
    }

    @Test
    void read_anEmptyFileIsAProblem() {
        assertThat(problems("")).singleElement().satisfies(p -> assertThat(p.reason()).contains("empty"));
    }

    @Test
    void read_aFileOfAHundredMegabytesIsRefusedBeforeItIsRead() {
        long size = 100L * 1024 * 1024;
        InputStream huge = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? (left % 40 == 0 ? '\n' : 'a') : -1;
            }
        };

        assertThatThrownBy(() -> IndicatorTable.read(huge, SHELL, Language.ZH)).isInstanceOf(CsvException.class)
                .hasMessageContaining("larger than 16 MiB");
    }
}
