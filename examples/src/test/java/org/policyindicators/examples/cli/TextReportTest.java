package org.policyindicators.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Text;
import org.policyindicators.core.analysis.Progress;
import org.policyindicators.core.analysis.ProgressStatus;

class TextReportTest {

    private static final PlanReport REPORT = PlanReport.of(SamplePlan.plan(), SamplePlan.ISSUER, List.of(
            ReportFinding.of(ReportFinding.WARNING, "target-without-year", "/goals/1/indicators/1/targets/1",
                    "The target states no year; it cannot be checked against the horizon or assessed.")));

    @Test
    void table_alignsChineseRowsByDisplayWidth() {
        TextReport layout = new TextReport(Labels.of(Language.ZH));
        TextTable table = layout.table(REPORT, new Describe(Labels.of(Language.ZH), REPORT.plan().unitCatalog()));

        List<String> lines = table.render();

        assertThat(lines).hasSize(2 + 2 + 5);
        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isEqualTo(table.width()));
        assertThat(table.width()).isLessThanOrEqualTo(TextReport.WIDTH);
        // the long name is cut, and the columns after it still start where the header's do
        String incubators = lines.stream().filter(l -> l.startsWith("省级以上众创空")).findFirst().orElseThrow();
        assertThat(incubators).contains("…");
        int targetColumn = DisplayWidth.of(lines.get(0).substring(0, lines.get(0).indexOf("目标")));
        assertThat(DisplayWidth.of(incubators.substring(0, incubators.indexOf("60 (2025)")))).isEqualTo(targetColumn);
    }

    @Test
    void plan_showsBaselineTargetLatestProgressAndStatus() {
        List<String> lines = new TextReport(Labels.of(Language.EN)).plan(REPORT);

        assertThat(lines.get(0)).startsWith("cn-140109-fyp-14  太原市万柏林区");
        assertThat(lines.get(1)).isEqualTo(
                "five-year plan, 2021-2025, vision 2021-2035, issued by Wanbailin District (cn-140109)");
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .startsWith("Gross regional produ…")
                .contains("100m CNY", "486 (2020)", "x2 = 972 (2025)", "no data"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(">= 7%/yr = 681.64 (2025)"));
        // (473 - 166) / (227 - 166) = 5.03: the target is met five times over
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .startsWith("High-tech enterprises")
                .contains("166 (2020)", ">= 227 (2025)", "473 (2023)", "503%", "achieved"));
        assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(TextReport.WIDTH));
    }

    @Test
    void plan_listsTheFindingsWrappedToTheWidth() {
        List<String> lines = new TextReport(Labels.of(Language.EN)).plan(REPORT);

        int heading = lines.indexOf("Findings: errors 0, warnings 1, infos 0");
        assertThat(heading).isPositive();
        assertThat(lines.get(heading + 1))
                .startsWith("  warning target-without-year at /goals/1/indicators/1/targets/1: The target");
        assertThat(lines.get(heading + 2)).startsWith("    ");
    }

    @Test
    void plan_inChineseUsesChineseLabelsAndNames() {
        List<String> lines = new TextReport(Labels.of(Language.ZH)).plan(REPORT);

        assertThat(lines.get(1)).isEqualTo("五年规划，2021-2025，远景 2021-2035，发布：万柏林区 (cn-140109)");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("高新技术企业").contains("户", "已实现"));
        assertThat(lines).contains("检查结果：错误 0 个，警告 1 个，提示 0 个");
    }

    @Test
    void plan_describesAveragesBaseYearsHedgesPartsPeriodsAndStates() {
        PlanReport report = PlanReport.of(SamplePlan.newParts(), Text.EMPTY, List.of());

        List<String> lines = new TextReport(Labels.of(Language.EN)).plan(report);

        assertThat(lines.get(1)).startsWith("roadmap, 2021-2025, issued by cn-140109");
        // 8.1, 3.0 and 8.4: a mean of 6.5 over 3 of 5 years
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("GDP growth")
                .contains("average > 7% (2021-2025)", "8.4 (2023)", "3/5", "behind"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Life expectancy")
                .contains("77.3 (2019)", ">= +1 from 2020 = 78.93", "77.93 (2020)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("essentially <= 1 (2025)", "no data"));
        // the female target is assessed against the female observation, from the female baseline
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Employment rate")
                .contains(">= 64 (2025)", "65 (2023)", "achieved"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(">= 56 (2025) [female]", "52 (2023) ", "33%",
                "behind"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("People trained")
                .contains(">= 100 (2021-01/06)", "120 (2021-01", "120%", "achieved"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("National nutrition p…")
                .contains("adopted (2025)", "adopted (202", "achieved"));
        assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(TextReport.WIDTH));
    }

    @Test
    void done_writesTheYearsAnAverageRestsOn() {
        assertThat(TextReport.done(new Progress(ProgressStatus.BEHIND, null, null, null, null, 3, 5))).isEqualTo("3/5");
        assertThat(TextReport.done(progress("0.6149"))).isEqualTo("61%");
        assertThat(TextReport.done(null)).isEmpty();
    }

    @Test
    void share_writesWholePercentAndCapsBeyond999() {
        assertThat(TextReport.share(progress("0.6149"))).isEqualTo("61%");
        assertThat(TextReport.share(progress("-0.25"))).isEqualTo("-25%");
        assertThat(TextReport.share(progress("12.5"))).isEqualTo(">999%");
        assertThat(TextReport.share(progress("-0.99"))).isEqualTo("-99%");
        assertThat(TextReport.share(progress("-12.5"))).isEqualTo("<-99%");
        assertThat(TextReport.share(null)).isEmpty();
    }

    @Test
    void wrap_breaksEnglishAtSpacesAndChineseAnywhere() {
        String english = "word ".repeat(30).strip();
        String chinese = "汉".repeat(60);

        List<String> e = TextReport.wrap(english);
        List<String> z = TextReport.wrap(chinese);

        assertThat(e).hasSize(2);
        assertThat(e.get(0)).endsWith("word").hasSizeLessThanOrEqualTo(TextReport.WIDTH);
        assertThat(e.get(1)).startsWith("    word");
        assertThat(String.join("", z).replace(" ", "")).isEqualTo(chinese);
        assertThat(z).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(TextReport.WIDTH));
    }

    @Test
    void summary_addsUpPlansAndFindings() {
        ReportSummary summary = ReportSummary.of(List.of(REPORT), 5, List.of());

        assertThat(summary).isEqualTo(new ReportSummary(1, 1, 3, 5, 1, 5, 0, 1, 0));
        assertThat(new TextReport(Labels.of(Language.EN)).summary(summary)).containsSubsequence(
                "Summary", "Plans: 1 (1 valid), indicators: 3, targets: 5, observations: 1", "Jurisdictions: 5",
                "Findings: errors 0, warnings 1, infos 0");
    }

    private static Progress progress(String share) {
        return new Progress(ProgressStatus.BEHIND, new BigDecimal(share), null, null, null);
    }
}
