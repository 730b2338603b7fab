package org.policyindicators.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Text;
import org.policyindicators.core.Units;
import org.policyindicators.core.YearRange;
import org.policyindicators.core.analysis.Progress;
import org.policyindicators.core.analysis.ProgressStatus;
import org.policyindicators.core.analysis.StatusCounts;

class TextReportTest {

    private static final PlanReport REPORT = PlanReport.of(SamplePlan.plan(), SamplePlan.ISSUER, List.of(
            ReportFinding.of(ReportFinding.WARNING, "target-without-year", "/goals/1/indicators/1/targets/1",
                    "The target states no year; it cannot be checked against the horizon or assessed.")));

    /** The lines of a plan's table, without the padding at their ends. */
    private static List<String> table(List<String> lines) {
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("-----")).findFirst().orElseThrow()) - 1;
        int end = lines.subList(header, lines.size()).indexOf("") + header;
        return lines.subList(header, end).stream().map(String::stripTrailing).toList();
    }

    @Test
    void table_wrapsALongChineseNameInItsColumnAndKeepsTheColumnsAligned() {
        TextReport layout = new TextReport(Labels.of(Language.ZH));
        TextTable table = layout.table(REPORT, new Describe(Labels.of(Language.ZH), REPORT.plan().unitCatalog()));

        List<String> lines = table.render();

        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isEqualTo(TextReport.WIDTH));
        assertThat(lines.stream().map(String::stripTrailing).toList()).containsExactly(
                "指标                      单位 基期值        目标                      最新值         进度 状态",
                "-".repeat(99),
                "【经济实力走在前列】",
                "地区生产总值              亿元 486 (2020)    x2 = 972 (2025)                               无法评估",
                "                                             年均>= 7% = 681.64 (2025)                     无法评估",
                "【创新生态走在前列】",
                "高新技术企业              户   166 (2020)    >= 227 (2025)             473 (2023)     503% 已实现",
                "省级以上众创空间和科技孵  家   25 (2020)     60 (2025)                                     无法评估",
                "  化器                                       上升                                          无法评估");
    }

    @Test
    void plan_wrapsALongEnglishNameBesideTheTargetsOfItsIndicator() {
        List<String> lines = new TextReport(Labels.of(Language.EN)).plan(REPORT);

        assertThat(lines.subList(0, 4)).containsExactly(
                "cn-140109-fyp-14  太原市万柏林区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
                "five-year plan, 2021-2025, vision 2021-2035, issued by Wanbailin District (cn-140109)",
                "3 indicators, 5 targets, 1 observations",
                "");
        // (473 - 166) / (227 - 166) = 5.03: the target is met five times over
        assertThat(table(lines)).containsExactly(
                "Indicator              Unit           Baseline    Target                Latest       Done Status",
                "-".repeat(99),
                "[Lead in economic strength]",
                "Gross regional product 100m CNY       486 (2020)  x2 = 972 (2025)                         n/a",
                "                                                  >= 7%/yr = 681.64                       n/a",
                "                                                  (2025)",
                "[Lead in the innovation ecosystem]",
                "High-tech enterprises  households     166 (2020)  >= 227 (2025)         473 (2023)   503% achieved",
                "Maker spaces and       establishments 25 (2020)   60 (2025)                               n/a",
                "  technology                                      rising                                  n/a",
                "  incubators of",
                "  provincial level");
        assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(TextReport.WIDTH));
    }

    @Test
    void plan_wrapsANameOfEnglishAndChineseAtSpacesAndBetweenCharacters() {
        Indicator mixed = Indicator.builder("rd-intensity")
                .name(Text.of("en", "R&D intensity (研究与试验发展经费投入强度) of enterprises above designated size"))
                .unit(Units.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Year.of(2020), new BigDecimal("2.1")))
                .target(LevelTarget.of(Comparison.GE, new BigDecimal("2.5"), Year.of(2025)))
                .build();
        Plan plan = Plan.builder("xx-mixed", PlanKind.FIVE_YEAR_PLAN, "cn-140109", YearRange.of(2021, 2025))
                .goal(Goal.builder("innovation").title(Text.of("en", "Innovation")).indicator(mixed).build())
                .build();

        List<String> lines = new TextReport(Labels.of(Language.EN)).plan(PlanReport.of(plan, Text.EMPTY, List.of()));

        assertThat(table(lines).subList(3, table(lines).size())).containsExactly(
                "R&D intensity (研究与试  %    2.1 (2020)    >= 2.5 (2025)                                 n/a",
                "  验发展经费投入强度) of",
                "  enterprises above",
                "  designated size");
    }

    @Test
    void plan_atAWiderTerminalGivesTheNameMoreRoomAndNoLineIsWider() {
        List<String> lines = new TextReport(Labels.of(Language.EN), 140, StatusFilter.ALL).plan(REPORT);

        assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(139));
        assertThat(table(lines).get(1)).isEqualTo("-".repeat(139));
        assertThat(table(lines).stream().filter(l -> !l.startsWith("[")).skip(2)
                .map(l -> (l + " ".repeat(32)).substring(0, 32).stripTrailing()))
                .containsExactly("Gross regional product", "", "High-tech enterprises", "Maker spaces and technology",
                        "  incubators of provincial level");
    }

    @Test
    void plan_withAFilterListsOnlyTheTargetsOfItsStatusesAndKeepsTheCountsOfThePlan() {
        PlanReport report = PlanReport.of(SamplePlan.newParts(), Text.EMPTY, List.of());

        List<String> lines = new TextReport(Labels.of(Language.EN), 100,
                StatusFilter.parse("behind,off-track,missed")).plan(report);

        assertThat(lines).containsSequence(
                "6 indicators, 7 targets, 8 observations",
                "",
                "Listed: 2 of 6 indicators, those with a target whose status is behind, off track or missed.");
        // life expectancy is not listed: its only observation, of 2020, is before its period 2021-2025
        assertThat(table(lines).subList(2, table(lines).size())).containsExactly(
                "[Everything new]",
                "GDP growth               %    2.3 (2020)    average > 7% (2021-2025)  8.4 (2023)      3/5 behind",
                "Employment rate          %    60 (2020)     >= 56 (2025) [female]     52 (2023)       33% behind");
        // the counts are those of the whole plan
        assertThat(lines.stream().map(String::stripTrailing).toList()).contains(
                "Whole plan                                                  3        0      2         0      0    2");
    }

    @Test
    void plan_withAFilterThatKeepsNothingSaysSoInsteadOfAnEmptyTable() {
        List<String> lines = new TextReport(Labels.of(Language.ZH), 100, StatusFilter.parse("on-track")).plan(REPORT);

        assertThat(lines).contains("列出：3 项指标中有目标进度正常的 0 项。", "检查结果：错误 0 个，警告 1 个，提示 0 个");
        // no table of indicators, only that of the counts of the whole plan
        assertThat(lines).noneSatisfy(l -> assertThat(l).matches("指标 +单位.*"));
        assertThat(lines).filteredOn(l -> l.startsWith("-----")).hasSize(1);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("规划、目标、类别"));
    }

    @Test
    void plan_showsBaselineTargetLatestProgressAndStatus() {
        List<String> lines = new TextReport(Labels.of(Language.EN)).plan(REPORT);

        assertThat(lines).anySatisfy(l -> assertThat(l).contains(">= 7%/yr = 681.64"));
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .startsWith("High-tech enterprises")
                .contains("166 (2020)", ">= 227 (2025)", "473 (2023)", "503%", "achieved"));
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
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("essentially <= 1 (2025)", "n/a"));
        // the female target is assessed against the female observation, from the female baseline
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Employment rate")
                .contains(">= 64 (2025)", "65 (2023)", "achieved"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(">= 56 (2025) [female]", "52 (2023) ", "33%",
                "behind"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("People trained")
                .contains(">= 100 (2021-01/06)", "120 ", "120%", "achieved"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("National nutrition ")
                .contains("adopted (2025)", "adopted ", "achieved"));
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

        List<String> e = new TextReport(Labels.of(Language.EN)).wrap(english);
        List<String> z = new TextReport(Labels.of(Language.EN)).wrap(chinese);

        assertThat(e).hasSize(2);
        assertThat(e.get(0)).endsWith("word").hasSizeLessThanOrEqualTo(TextReport.WIDTH);
        assertThat(e.get(1)).startsWith("    word");
        assertThat(String.join("", z).replace(" ", "")).isEqualTo(chinese);
        assertThat(z).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(TextReport.WIDTH));
    }

    @Test
    void fit_widensAColumnTooNarrowForItsWidestPieceFromTheColumnWithMostToSpare() {
        // name, baseline, target, latest: the latest needs 6 more; the target has 10 to spare, the baseline 6,
        // the name 5: the target gives until it has no more to spare than the baseline, then they take turns
        int[] widths = TextReport.fit(new int[] {22, 12, 22, 12}, new int[] {17, 6, 12, 18});

        assertThat(widths).containsExactly(22, 11, 17, 18);
    }

    @Test
    void fit_takesFromSeveralColumnsAndNeverBelowWhatTheyNeed() {
        int[] widths = TextReport.fit(new int[] {10, 8, 8, 6}, new int[] {8, 6, 6, 20});

        // six columns to spare in all, never below 4: the latest gets them and still splits its widest piece
        assertThat(widths).containsExactly(8, 6, 6, 12);
        assertThat(TextReport.fit(new int[] {10, 8}, new int[] {3, 2})).containsExactly(10, 8);
    }

    @Test
    void summary_addsUpPlansFindingsAndStatuses() {
        PlanReport parts = PlanReport.of(SamplePlan.newParts(), Text.EMPTY, List.of());
        ReportSummary summary = ReportSummary.of(List.of(REPORT, parts), 5, List.of());

        // the counts are those of each target's assessment, the plans' tracking counts added up
        StatusCounts statuses = new StatusCounts(4, 0, 2, 0, 0, 6);
        assertThat(REPORT.tracking().counts().plus(parts.tracking().counts())).isEqualTo(statuses);
        assertThat(summary).isEqualTo(new ReportSummary(2, 2, 9, 12, 9, 5, 0, 1, 0, statuses));
        assertThat(new TextReport(Labels.of(Language.EN)).summary(summary)).containsSubsequence(
                "Summary", "Plans: 2 (2 valid), indicators: 9, targets: 12, observations: 9", "Jurisdictions: 5",
                "Findings: errors 0, warnings 1, infos 0",
                "Targets by status: achieved 4, on track 0, behind 2, off track 0, missed 0, not assessable 6");
    }

    private static Progress progress(String share) {
        return new Progress(ProgressStatus.BEHIND, new BigDecimal(share), null, null, null);
    }
}
