package org.policyindicators.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Plan;
import org.policyindicators.core.TargetKind;
import org.policyindicators.core.Text;
import org.policyindicators.core.analysis.ImpliedTarget;
import org.policyindicators.examples.Taiyuan;
import org.policyindicators.io.PolicyJson;

class HtmlReportTest {

    /** A plan with one indicator per target kind, observations of every status, and a title to escape. */
    static Plan everyTargetKind() {
        try (InputStream in = HtmlReportTest.class.getResourceAsStream("every-target-kind.json")) {
            return PolicyJson.standard().readPlan(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String page(Language language, List<Plan> plans) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlReport.of(language).write(plans, Taiyuan.jurisdictions(PolicyJson.standard()), "Report", out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void write_givesTheSameBytesForTheSameInput() {
        List<Plan> plans = Taiyuan.plans(PolicyJson.standard());

        assertThat(page(Language.EN, plans)).isEqualTo(page(Language.EN, plans));
        assertThat(page(Language.ZH, plans)).isEqualTo(page(Language.ZH, plans));
    }

    @Test
    void write_givesEveryIndicatorAnAccessibleChartAndATable() {
        List<Plan> plans = Taiyuan.plans(PolicyJson.standard());
        long indicators = plans.stream().mapToLong(p -> p.allIndicators().count()).sum();

        String html = page(Language.EN, plans);

        List<String> articles = List.of(html.split("<article class=\"indicator\"")).subList(1,
                (int) indicators + 1);
        assertThat(count(html, "<article class=\"indicator\"")).isEqualTo(indicators);
        for (String article : articles) {
            assertThat(article).contains("<svg class=\"chart\"", "role=\"img\"", "<title id=", "<desc id=",
                    "<table>", "<caption>");
            String svg = article.substring(article.indexOf("<svg"), article.indexOf("</svg>"));
            Matcher labelled = Pattern.compile("aria-labelledby=\"([^ \"]+) ([^\"]+)\"").matcher(svg);
            assertThat(labelled.find()).isTrue();
            assertThat(svg).contains("<title id=\"" + labelled.group(1) + "\">",
                    "<desc id=\"" + labelled.group(2) + "\">");
        }
    }

    @Test
    void write_isSelfContained() {
        String html = page(Language.EN, List.of(everyTargetKind()));

        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                .doesNotContain("<script", " src=", "url(", "@import");
        // the only address is the SVG namespace, which is a name, not a request
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:", "https:");
    }

    @Test
    void write_escapesTheTextOfThePlan() {
        String html = page(Language.EN, List.of(everyTargetKind()));

        assertThat(html).contains("A plan with every target kind &lt;&amp;&gt; &quot;quoted&quot;")
                .doesNotContain("<&>");
    }

    @Test
    void write_statesEveryStatusInWordsAndBySymbolNotByColourAlone() {
        String html = page(Language.EN, List.of(everyTargetKind()));

        assertThat(html).contains("✓ achieved</span>", "↗ on track</span>", "↘ behind</span>",
                "✗ off track</span>", "⊗ missed</span>", "? not assessable</span>");
        assertThat(html).contains("<circle class=\"obs\"", "<circle class=\"obs hollow\"");
    }

    @Test
    void write_inChineseUsesChineseLabelsAndUnitSymbols() {
        String html = page(Language.ZH, Taiyuan.plans(PolicyJson.standard()));

        assertThat(html).contains("<html lang=\"zh-Hans\">", "单位：亿元", "单位：%", "基期值", "目标状态统计");
    }

    @Test
    void write_inEnglishUsesUnitSymbolsRatherThanCodes() {
        String html = page(Language.EN, List.of(everyTargetKind()));

        assertThat(html).contains("Unit: 100m CNY", "Unit: %").doesNotContain("Unit: cny", "Unit: percent");
    }

    @Test
    void mark_drawsRangesAsBandsBoundsWithTheirSideAndLevelsAsPoints() {
        Plan plan = everyTargetKind();
        HtmlChart chart = new HtmlChart(Labels.of(Language.EN), new Describe(Labels.of(Language.EN),
                plan.unitCatalog()), plan.unitCatalog());
        Set<TargetKind> seen = EnumSet.noneOf(TargetKind.class);
        plan.allIndicators().forEach(i -> i.targets().forEach(t -> {
            seen.add(t.kind());
            HtmlChart.Mark mark = chart.mark(i, t, ImpliedTarget.of(i, t, plan.unitCatalog()).orElse(null));
            switch (i.id()) {
                case "range" -> assertThat(mark).isInstanceOf(HtmlChart.Band.class);
                case "level", "share" -> assertThat(mark).isInstanceOfSatisfying(HtmlChart.Bound.class,
                        b -> assertThat(b.above()).isTrue());
                case "level-upper", "rank", "change" -> assertThat(mark).isInstanceOfSatisfying(HtmlChart.Bound.class,
                        b -> assertThat(b.above()).isFalse());
                case "multiple" -> assertThat(mark).isInstanceOf(HtmlChart.Point.class);
                case "relative", "direction", "qualitative", "grade", "cumulative", "average" ->
                        assertThat(mark).isInstanceOf(HtmlChart.None.class);
                default -> assertThat(mark).isNotNull();
            }
        }));
        assertThat(seen).isEqualTo(EnumSet.allOf(TargetKind.class));
    }

    @Test
    void plan_afterCloseIsRefused() {
        HtmlReport.Page page = HtmlReport.of(Language.EN).open(new ByteArrayOutputStream(), "t");
        page.close();

        assertThatThrownBy(() -> page.plan(everyTargetKind(), Text.EMPTY, List.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void symbols_replacesTheTerminalsAsciiComparators() {
        assertThat(HtmlReport.symbols(">= 227 (2025)")).isEqualTo("≥ 227 (2025)");
        assertThat(HtmlReport.symbols("yearly <= 4.0 (2025)")).isEqualTo("yearly ≤ 4.0 (2025)");
    }

    @Test
    void escape_replacesEveryCharacterThatIsSpecialInHtml() {
        assertThat(HtmlReport.escape("a<b>&\"'c")).isEqualTo("a&lt;b&gt;&amp;&quot;&#39;c");
        assertThat(HtmlReport.escape("地区生产总值")).isEqualTo("地区生产总值");
    }
}
