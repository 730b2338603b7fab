package org.policyindicators.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyindicators.examples.Taiyuan;
import org.policyindicators.io.PolicyJson;

import tools.jackson.databind.JsonNode;

class CommandLineTest {

    /** The bundled results of an IATI activity: targets of several periods, some achieved, some missed. */
    private static final String IATI_RESULTS =
            "src/main/resources/org/policyindicators/examples/frameworks/NL-KVK-41152786-5069a.json";

    /** The bundled UK data for two SDG indicators: a rate of 17 significant digits observed for a dated period. */
    private static final String ONS_SDG = "src/main/resources/org/policyindicators/examples/frameworks/uk-ons-sdg.json";

    private static final String VALID_PLAN = """
            {
              "format": "policy-indicators/1.0",
              "id": "cn-140109-fyp-14",
              "kind": "five-year-plan",
              "issuer": "cn-140109",
              "horizon": {"start": 2021, "end": 2025},
              "goals": [{
                "id": "innovation",
                "indicators": [{
                  "id": "high-tech-enterprises",
                  "name": {"zh": "高新技术企业", "en": "High-tech enterprises"},
                  "unit": {"code": "household"},
                  "polarity": "higher-is-better",
                  "baselines": [{"year": 2020, "value": 166}],
                  "targets": [{"type": "level", "comparator": "ge", "value": 227, "year": 2025}]
                }]
              }]
            }
            """;

    /** The same plan with its baseline after its target year. */
    private static final String PLAN_WITH_RULE_ERROR = VALID_PLAN.replace("\"year\": 2020", "\"year\": 2026");

    /** A value is missing after "id": line 3, and nothing else is wrong. */
    private static final String MALFORMED = """
            {
              "format": "policy-indicators/1.0",
              "id": ,
              "kind": "five-year-plan"
            }
            """;

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintWriter o = Main.utf8(out);
        PrintWriter e = Main.utf8(err);
        int status = Main.run(o, e, args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path bundled(String name) throws IOException {
        try (InputStream in = Taiyuan.open(name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    /** The tables of a text report: from a header (the line above a rule of dashes) to the next empty line. */
    private static List<List<String>> tables(List<String> lines) {
        List<List<String>> tables = new ArrayList<>();
        List<String> current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (current == null && i + 1 < lines.size() && lines.get(i + 1).matches("-{20,}")) {
                current = new ArrayList<>();
                tables.add(current);
            } else if (line.isEmpty()) {
                current = null;
            }
            if (current != null) {
                current.add(line);
            }
        }
        return tables;
    }

    @Test
    void report_withoutArgumentsReportsEveryBundledPlanAndExitsZero() {
        Run run = run();

        assertThat(run.status()).isEqualTo(Main.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).first().isEqualTo("Policy indicators of the bundled Taiyuan plans");
        for (String name : Taiyuan.PLANS) {
            String id = name.substring(0, name.length() - ".json".length());
            assertThat(run.outLines()).anySatisfy(l -> assertThat(l).startsWith(id + "  "));
        }
        assertThat(run.outLines()).containsSubsequence(
                "Summary",
                "Plans: 5 (5 valid), indicators: 267, targets: 195, observations: 57",
                "Jurisdictions: 5");
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l).startsWith("Findings: errors 0, warnings "));
    }

    @Test
    void report_isWhatRunsWithoutArguments() {
        assertThat(run("report")).isEqualTo(run());
        assertThat(run("report", "--lang", "zh")).isEqualTo(run("--lang", "zh"));
    }

    @Test
    void report_alignsEveryTableByDisplayWidthWithinHundredColumns() {
        for (String lang : List.of("en", "zh")) {
            Run run = run("--lang", lang);
            List<List<String>> tables = tables(run.outLines());

            // per plan a table of indicators and one of the counts of targets by status
            assertThat(tables).as(lang).hasSize(10);
            for (List<String> table : tables) {
                int width = DisplayWidth.of(table.get(0));
                assertThat(table).allSatisfy(line -> assertThat(DisplayWidth.of(line)).as(line).isEqualTo(width));
                assertThat(width).isLessThanOrEqualTo(TextReport.WIDTH);
            }
            // Chinese rows take two columns a character, so they are shorter in chars than in columns
            assertThat(tables.stream().flatMap(List::stream))
                    .anySatisfy(line -> assertThat(line.length()).isLessThan(DisplayWidth.of(line)));
            assertThat(run.outLines()).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(100));
        }
    }

    @Test
    void report_inChineseUsesChineseLabelsNamesAndMessages() {
        Run run = run("--lang", "zh");

        assertThat(run.status()).isEqualTo(Main.OK);
        assertThat(run.outLines()).first().isEqualTo("内置太原规划的政策指标");
        assertThat(run.out()).contains("五年规划，2021-2025，远景 2021-2035，发布：万柏林区 (cn-140109)",
                "地区生产总值", "未写明年份", "汇总");
        assertThat(run.outLines().stream().map(String::stripTrailing).toList()).containsSequence(
                "新认定(培育)高新技术企  家                   120 (2024)                473 (2023)          无法评估",
                "  业");
    }

    @Test
    void report_cutsNoNameAndShowsUnitSymbolsInBothLanguages() {
        Run en = run();
        Run zh = run("--lang", "zh");

        assertThat(en.out()).doesNotContain("…");
        assertThat(zh.out()).doesNotContain("…");
        // the full name, wrapped in its column with a hanging indent
        assertThat(en.outLines().stream().map(String::stripTrailing).toList()).containsSequence(
                "Share of industrial    %                          100                                     n/a",
                "  enterprises above",
                "  designated size with",
                "  R&D activity");
        assertThat(en.outLines()).anySatisfy(l -> assertThat(l).startsWith("Gross regional product 100m CNY"));
        assertThat(en.outLines()).anySatisfy(l -> assertThat(l).startsWith("High-tech enterprises  establishments"));
        assertThat(zh.outLines()).anySatisfy(l -> assertThat(l).startsWith("地区生产总值              亿元"));
        assertThat(zh.outLines()).anySatisfy(l -> assertThat(l).startsWith("耕地保有量                万亩"));
    }

    @Test
    void report_givesEveryPlanAndTheSummaryTheCountsOfTheAssessmentsOfItsTargets() {
        Run run = run();

        // one count per plan (its tracking table) and one for all plans (the summary), both of
        // each target's assessment by its own period; a target without an observation is not assessable
        assertThat(run.outLines().stream().map(String::stripTrailing).toList()).containsSubsequence(
                "cn-140105-work-report-2024  Xiaodian District Government Work Report 2024",
                "Targets by status, as of 2023 (every year up to 2023 taken as over):",
                "Whole plan                                                  0        0      0         0      0   31",
                "cn-140109-fyp-14  Outline of the 14th Five-Year Plan for National Economic and Social Development",
                "Whole plan                                                  0        0      0         0      0  106",
                "Summary",
                "Targets by status: achieved 0, on track 0, behind 0, off track 0, missed 0, not assessable 195");
        assertThat(run.out()).doesNotContain("no data");
        JsonNode root = JsonReport.MAPPER.readTree(run("--format", "json").out());
        JsonNode plan = root.get("plans").get(2);
        assertThat(plan.has("statuses")).isFalse();
        assertThat(plan.get("tracking").get("counts").toString()).isEqualTo("{\"achieved\":0,\"on-track\":0,"
                + "\"behind\":0,\"off-track\":0,\"missed\":0,\"not-assessable\":31,\"total\":31}");
        assertThat(root.get("summary").has("statuses")).isFalse();
        assertThat(root.get("summary").get("targetsByStatus").toString()).isEqualTo("{\"achieved\":0,"
                + "\"on-track\":0,\"behind\":0,\"off-track\":0,\"missed\":0,\"not-assessable\":195,\"total\":195}");
        // the bundled plans' targets are of years whose figures are not in the texts, and their
        // earlier figures are of flows; the IATI results, with their periods, have each kind
        assertThat(run("report", IATI_RESULTS).outLines().stream().map(String::stripTrailing).toList()).contains(
                "Whole plan                                                 22        0      0         0     11   47");
    }

    @Test
    void report_withAWidthLaysTheTextOutForThatTerminal() {
        for (int width : List.of(60, 80, 160)) {
            Run run = run("report", "--width", String.valueOf(width));

            assertThat(run.status()).isEqualTo(Main.OK);
            assertThat(run.outLines()).as("width " + width)
                    .allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(width - 1));
            for (List<String> table : tables(run.outLines())) {
                assertThat(table).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isEqualTo(width - 1));
            }
        }
    }

    /** The ids of the indicators a JSON report lists, per plan. */
    private static List<String> listed(Run run) {
        JsonNode root = JsonReport.MAPPER.readTree(run.out());
        return root.get("plans").valueStream().flatMap(p -> p.get("goals").valueStream()
                .flatMap(g -> g.get("indicators").valueStream())
                .map(i -> p.get("id").asString() + " " + i.get("id").asString())).toList();
    }

    @Test
    void report_onlyListsTheIndicatorsWithATargetOfTheGivenStatuses() {
        assertThat(listed(run("report", "--format", "json", "--only", "missed", IATI_RESULTS))).containsExactly(
                "NL-KVK-41152786-5069a result-2-indicator-2",
                "NL-KVK-41152786-5069a result-2-indicator-3",
                "NL-KVK-41152786-5069a result-2-indicator-4",
                "NL-KVK-41152786-5069a result-4-indicator-2",
                "NL-KVK-41152786-5069a result-5-indicator-1",
                "NL-KVK-41152786-5069a result-5-indicator-2",
                "NL-KVK-41152786-5069a result-5-indicator-3",
                "NL-KVK-41152786-5069a result-5-indicator-7",
                "NL-KVK-41152786-5069a result-6-indicator-1");
        // nothing of the bundled Taiyuan plans can be assessed yet (see the counts test)
        assertThat(listed(run("report", "--format", "json", "--only", "behind,off-track,missed"))).isEmpty();
        JsonNode root = JsonReport.MAPPER.readTree(run("report", "--format", "json", "--only", "off-track,behind").out());
        assertThat(root.get("only").toString()).isEqualTo("[\"behind\",\"off-track\"]");
        assertThat(root.get("summary").get("targets").asInt()).isEqualTo(195);
    }

    @Test
    void report_onlyBehindOffTrackMissedListsTheTargetsWhoseAssessmentHasThoseStatuses() {
        Run run = run("report", "--format", "json", "--only", "behind,off-track,missed", IATI_RESULTS);

        assertThat(run.status()).isEqualTo(Main.OK);
        JsonNode root = JsonReport.MAPPER.readTree(run.out());
        assertThat(root.get("only").toString()).isEqualTo("[\"behind\",\"off-track\",\"missed\"]");
        JsonNode counts = root.get("plans").get(0).get("tracking").get("counts");
        List<String> statuses = root.get("plans").get(0).get("goals").valueStream()
                .flatMap(g -> g.get("indicators").valueStream()).flatMap(i -> i.get("targets").valueStream())
                .map(t -> t.get("assessment").get("status").asString()).toList();
        // every target listed has one of the statuses, and as many as the whole plan counts
        assertThat(statuses).isNotEmpty().containsOnly("missed");
        assertThat(statuses).hasSize(counts.get("behind").asInt() + counts.get("off-track").asInt()
                + counts.get("missed").asInt());
        assertThat(counts.get("missed").asInt()).isEqualTo(11);
        assertThat(root.get("summary").get("targetsByStatus").get("total").asInt()).isEqualTo(80);
    }

    @Test
    void report_onlyAsTextListsTheSameIndicatorsUnderALineThatSaysSo() {
        Run run = run("report", "--only", "achieved,missed", IATI_RESULTS);

        assertThat(run.status()).isEqualTo(Main.OK);
        // the tables of indicators, not those of the counts, which are of the whole plan
        // the name column ends where the unit's header begins
        List<String> rows = tables(run.outLines()).stream().filter(t -> t.get(0).startsWith("Indicator"))
                .flatMap(t -> t.stream().skip(2).map(l -> l.substring(0, t.get(0).indexOf("Unit"))))
                .filter(l -> !l.startsWith("[") && !l.startsWith(" ")).map(String::strip).toList();
        assertThat(rows).filteredOn(r -> r.startsWith("Progrès dans")).hasSize(4);
        assertThat(rows).contains("1a. Nombre de", "1b. Nombre de", "1c. Nombre de", "2a. Nombre de",
                "2b. Nombre de", "2c. Nombre de", "2d. Nombre de", "3a. Nombre de");
        assertThat(run.outLines()).contains(
                "Listed: 13 of 28 indicators, those with a target whose status is achieved or missed.");
        assertThat(run.outLines()).containsSubsequence("Summary",
                "Plans: 1 (1 valid), indicators: 28, targets: 80, observations: 53");
    }

    @Test
    void report_widensAColumnSoThatANumberAndAPeriodInItAreNotSplit() {
        Run run = run("report", ONS_SDG);

        assertThat(run.status()).isEqualTo(Main.OK);
        List<String> indicators = tables(run.outLines()).get(0);
        assertThat(indicators).anySatisfy(line -> assertThat(line).contains("1.1654441001770202"));
        assertThat(indicators).anySatisfy(line -> assertThat(line).contains("(2021-04/2022-03)"));
        assertThat(indicators).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isEqualTo(TextReport.WIDTH));
    }

    @Test
    void report_onlyAsTextPrintsWhatReadmeShows() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```text\nTargets by status, as of 2021");
        assertThat(start).as("README shows the text report").isPositive();
        List<String> shown = readme.substring(start, readme.indexOf("```\n", start + 7)).lines().skip(1).toList();

        Run run = run("report", "--only", "missed", IATI_RESULTS);

        assertThat(run.outLines().stream().map(String::stripTrailing).toList()).containsSequence(shown);
    }

    @Test
    void report_onlyAsHtmlDrawsTheChartsOfTheListedIndicatorsAndLinksNoOther() {
        Run run = run("report", "--format", "html", "--lang", "zh", "--only", "missed", IATI_RESULTS);

        assertThat(run.status()).isEqualTo(Main.OK);
        assertThat(run.out().split("<svg class=\"chart\"", -1)).hasSize(9 + 1);
        assertThat(run.out().split("<li class=\"ind\">", -1)).hasSize(9 + 1);
        assertThat(run.out()).contains("<p class=\"only\">列出：28 项指标中有目标未实现的 9 项。</p>");
    }

    @Test
    void report_onlyWithAnUnknownStatusIsAUsageErrorNamingTheValidCodes() {
        for (String only : List.of("behind,off-track,late", "no-data", "")) {
            Run run = run("report", "--only", only);

            assertThat(run.status()).as(only).isEqualTo(Main.UNUSABLE);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).singleElement().asString()
                    .contains("use one or more of achieved, on-track, behind, off-track, missed, not-assessable");
        }
        assertThat(run("report", "--only", "behind,off-track,late").err())
                .contains("Invalid value for option '--only': 'late' is not a status");
        // no separate status for a target without an observation: it is not assessable
        assertThat(run("report", "--only", "no-data").err())
                .contains("Invalid value for option '--only': 'no-data' is not a status");
        assertThat(run("report", "--width", "59").err()).contains("a width of 59 is too narrow for the table");
    }

    @Test
    void report_asJsonHasThePlansTheirIndicatorsAndTheSummary() {
        Run run = run("--format", "json");

        assertThat(run.status()).isEqualTo(Main.OK);
        JsonNode root = JsonReport.MAPPER.readTree(run.out());
        assertThat(root.get("language").asString()).isEqualTo("en");
        assertThat(root.get("plans").valueStream().map(p -> p.get("id").asString() + ".json").toList())
                .isEqualTo(Taiyuan.PLANS);
        JsonNode summary = root.get("summary");
        assertThat(summary.get("plans").asInt()).isEqualTo(5);
        assertThat(summary.get("validPlans").asInt()).isEqualTo(5);
        assertThat(summary.get("indicators").asInt()).isEqualTo(267);
        assertThat(summary.get("findings").get("error").asInt()).isZero();
        assertThat(root.get("jurisdictions").get("count").asInt()).isEqualTo(5);

        JsonNode xiaodian = root.get("plans").get(2);
        assertThat(xiaodian.get("issuer").get("name").asString()).isEqualTo("Xiaodian District");
        JsonNode enterprises = xiaodian.get("goals").valueStream()
                .flatMap(g -> g.get("indicators").valueStream())
                .filter(i -> i.get("id").asString().equals("high-tech-enterprises-new"))
                .findFirst().orElseThrow();
        assertThat(enterprises.get("latest").get("year").asInt()).isEqualTo(2023);
        assertThat(enterprises.get("latest").get("value").decimalValue()).isEqualByComparingTo("473");
        JsonNode target = enterprises.get("targets").get(0);
        assertThat(target.get("type").asString()).isEqualTo("level");
        assertThat(target.get("implied").get("value").decimalValue()).isEqualByComparingTo("120");
        // a flow: the 2023 count of newly recognised enterprises says nothing about the 2024 target
        assertThat(target.get("progress").get("status").asString()).isEqualTo("not-assessable");
        assertThat(target.get("assessment").get("status").asString()).isEqualTo("not-assessable");
        assertThat(target.get("assessment").get("basis").asString()).isEqualTo("flow-not-due");
        assertThat(xiaodian.get("findings").valueStream()).allSatisfy(f -> assertThat(f.propertyNames())
                .contains("severity", "code", "path", "message"));
    }

    @Test
    void report_asJsonInChineseKeepsCodesAndTranslatesNames() {
        JsonNode root = JsonReport.MAPPER.readTree(run("--format", "json", "--lang", "zh").out());

        // the city's goals: the plan whose targets still state no year
        JsonNode plan = root.get("plans").get(0);
        assertThat(plan.get("kind").asString()).isEqualTo("strategy");
        assertThat(plan.get("issuer").get("name").asString()).isEqualTo("太原市");
        assertThat(plan.get("findings").get(0).get("message").asString()).contains("未写明年份");
    }

    @Test
    void report_asHtmlWritesOnePageWithAChartPerIndicator() throws IOException {
        Path page = dir.resolve("report.html");

        Run run = run("report", "--format", "html", "--output", page.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        long indicators = Taiyuan.plans(PolicyJson.standard()).stream().mapToLong(p -> p.allIndicators().count()).sum();
        assertThat(html.split("<svg class=\"chart\"", -1)).hasSize((int) indicators + 1);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("report.html");
    }

    @Test
    void report_onGivenFilesReportsThoseFilesInChinese() throws IOException {
        Path plan = write("plan.json", VALID_PLAN);

        Run run = run("report", "--format", "html", "--lang", "zh", plan.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("<h1>政策指标</h1>", "高新技术企业").doesNotContain("地区生产总值");
    }

    @Test
    void report_onAnUnreadableFileWritesNothingAndExitsTwo() throws IOException {
        Path bad = write("bad.json", MALFORMED);
        Path page = dir.resolve("report.html");

        Run run = run("report", "--format", "html", "-o", page.toString(), bad.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("bad.json:3:");
        assertThat(page).doesNotExist();
    }

    @Test
    void validate_refusesTheHtmlFormat() throws IOException {
        Run run = run("validate", "--format", "html", write("plan.json", VALID_PLAN).toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("html is for report");
    }

    @Test
    void exportTableThenImportTable_roundTripsABundledPlan() throws IOException {
        Path plan = bundled("cn-140109-fyp-14.json");
        Path table = dir.resolve("table.csv");
        Path back = dir.resolve("back.json");

        assertThat(run("export-table", plan.toString(), "--lang", "zh", "--bom", "-o", table.toString()).status())
                .isZero();
        Run imported = run("import-table", table.toString(), "--template", plan.toString(), "--lang", "zh",
                "-o", back.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(Files.readAllBytes(table)).startsWith(0xEF, 0xBB, 0xBF);
        Run again = run("export-table", back.toString(), "--lang", "zh", "--bom");
        assertThat(again.out()).isEqualTo(Files.readString(table, StandardCharsets.UTF_8));
    }

    @Test
    void importTable_aBadTableWritesNothingAndListsEveryProblem() throws IOException {
        Path table = write("table.csv", "指标,单位,基期年份,基期值\n地区生产总值,亿元,2020,\"1,160.1\"\n"
                + "新增就业,人,2020,12万\n高新技术企业,furlongs,2020,166\n");
        Path out = dir.resolve("plan.json");

        Run run = run("import-table", table.toString(), "--id", "p", "--issuer", "cn-140109", "--horizon",
                "2021-2025", "-o", out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                table + ":2: error: column '基期值': '1,160.1' is not a number: write it without thousands separators, "
                        + "as 1160.1",
                table + ":3: error: column '基期值': '12万' is not a number: write the number alone (12) and put the "
                        + "unit or scale word (such as 万 or 亿) in the unit column",
                table + ":4: error: column '单位': unknown unit 'furlongs': use a symbol such as 亿元, 万人, %, 个 or a "
                        + "unit code such as cny*1e8");
        assertThat(out).doesNotExist();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("table.csv");
    }

    @Test
    void importObservations_mergesIntoThePlanAndExportObservationsWritesThemBack() throws IOException {
        Path plan = write("plan.json", VALID_PLAN);
        Path observations = write("obs.csv", "Year,Series,Units,Observation status,Value\n"
                + "2023,high-tech-enterprises,households,P,210\n");

        Run merged = run("import-observations", observations.toString(), "--plan", plan.toString());

        assertThat(merged.status()).as(merged.err()).isZero();
        Path back = write("back.json", merged.out());
        assertThat(run("export-observations", back.toString()).out())
                .isEqualTo(Files.readString(observations, StandardCharsets.UTF_8));
    }

    @Test
    void importObservations_anEmptyFileIsAnErrorAndWritesNothing() throws IOException {
        Run run = run("import-observations", write("obs.csv", "").toString(), "--plan",
                write("plan.json", VALID_PLAN).toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("obs.csv: error: the file is empty");
    }

    @Test
    void validate_aValidPlanExitsZeroAndListsItsWarnings() throws IOException {
        Path file = bundled("cn-140100-strategy-14.json");

        Run run = run("validate", file.toString());

        assertThat(run.status()).isEqualTo(Main.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines().get(0)).startsWith(file + ": valid (errors 0, warnings ");
        assertThat(run.out()).contains("warning target-without-year at /goals/");
    }

    @Test
    void validate_aPlanWithARuleErrorExitsOne() throws IOException {
        Path good = write("good.json", VALID_PLAN.replace("cn-140109-fyp-14", "good"));
        Path bad = write("bad.json", PLAN_WITH_RULE_ERROR);

        Run run = run("validate", good.toString(), bad.toString());

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).contains(good + ": valid (errors 0, warnings 0, infos 0)");
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l).startsWith(bad + ": invalid (errors 1,"));
        assertThat(run.out()).contains("error baseline-not-before-target at /goals/0/indicators/0/baselines/0/year");
    }

    @Test
    void validate_malformedJsonExitsTwoWithLineColumnAndPointerOnStandardError() throws IOException {
        Path file = write("malformed.json", MALFORMED);

        Run run = run("validate", file.toString());

        assertThat(run.status()).isEqualTo(Main.UNUSABLE);
        assertThat(run.err().lines()).singleElement().asString().startsWith(file + ":3:").contains(": error: ");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.outLines().get(0)).isEqualTo(file + ": cannot be read");
    }

    @Test
    void validate_aMissingFileExitsTwo() {
        Path missing = dir.resolve("missing.json");

        Run run = run("validate", missing.toString());

        assertThat(run.status()).isEqualTo(Main.UNUSABLE);
        assertThat(run.err().lines()).containsExactly(missing + ": error: no such file");
    }

    @Test
    void validate_anUnreadableFileWinsOverAnInvalidOne() throws IOException {
        Path bad = write("bad.json", PLAN_WITH_RULE_ERROR);

        Run run = run("validate", bad.toString(), dir.resolve("missing.json").toString());

        assertThat(run.status()).isEqualTo(Main.UNUSABLE);
    }

    @Test
    void validate_recognisesAJurisdictionList() throws IOException {
        Path file = bundled(Taiyuan.JURISDICTIONS);

        Run run = run("validate", file.toString());

        assertThat(run.status()).isEqualTo(Main.OK);
        assertThat(run.outLines()).containsExactly(file + ": valid (errors 0, warnings 0, infos 0)");
    }

    @Test
    void validate_findingsOfJoinedJurisdictionListsPointIntoTheirOwnFile() throws IOException {
        Path province = write("province.json", """
                {"format": "policy-indicators/1.0", "jurisdictions": [
                  {"id": "cn-140000", "name": {"zh": "山西省"}, "level": "province"}]}
                """);
        Path cities = write("cities.json", """
                {"format": "policy-indicators/1.0", "jurisdictions": [
                  {"id": "cn-140100", "name": {"zh": "太原市"}, "level": "city", "parent": "cn-140000"},
                  {"id": "cn-140200", "name": {"zh": "大同市"}, "level": "city", "parent": "cn-999999"}]}
                """);

        Run run = run("validate", "--format", "json", province.toString(), cities.toString());

        assertThat(run.status()).isEqualTo(Main.INVALID);
        JsonNode files = JsonReport.MAPPER.readTree(run.out()).get("files");
        assertThat(files.get(0).get("document").asString()).isEqualTo("jurisdictions");
        assertThat(files.get(0).get("findings")).isEmpty();
        assertThat(files.get(1).get("findings")).singleElement().satisfies(f -> {
            assertThat(f.get("code").asString()).isEqualTo("unresolved-reference");
            assertThat(f.get("path").asString()).isEqualTo("/jurisdictions/1/parent");
        });
    }

    @Test
    void jurisdictionIndex_readsTheIndexOfAPointer() {
        assertThat(ValidateCommand.jurisdictionIndex("/jurisdictions/7/parent")).isEqualTo(7);
        assertThat(ValidateCommand.jurisdictionIndex("/jurisdictions/12")).isEqualTo(12);
        assertThat(ValidateCommand.jurisdictionIndex("/jurisdictions")).isEqualTo(-1);
        assertThat(ValidateCommand.jurisdictionIndex("")).isEqualTo(-1);
        assertThat(ValidateCommand.jurisdictionIndex("/goals/0")).isEqualTo(-1);
    }

    @Test
    void validate_resolvesIssuersAndReferencesAcrossTheGivenFiles() throws IOException {
        List<String> args = new ArrayList<>(List.of("validate"));
        args.add(bundled(Taiyuan.JURISDICTIONS).toString());
        for (String name : Taiyuan.PLANS) {
            args.add(bundled(name).toString());
        }

        Run together = run(args.toArray(String[]::new));
        Run alone = run("validate", dir.resolve("cn-140105-congress-2021.json").toString());

        assertThat(together.status()).isEqualTo(Main.OK);
        assertThat(together.out()).doesNotContain("unresolved-external-reference");
        // alone, its alignment with the city's goals cannot be checked
        assertThat(alone.out()).contains("unresolved-external-reference");
    }

    @Test
    void validate_asJsonListsFileValidityAndFindings() throws IOException {
        Path good = write("good.json", VALID_PLAN.replace("cn-140109-fyp-14", "good"));
        Path bad = write("bad.json", PLAN_WITH_RULE_ERROR);
        Path malformed = write("malformed.json", MALFORMED);

        Run run = run("validate", "--format", "json", good.toString(), bad.toString(), malformed.toString());

        assertThat(run.status()).isEqualTo(Main.UNUSABLE);
        JsonNode files = JsonReport.MAPPER.readTree(run.out()).get("files");
        assertThat(files).hasSize(3);
        assertThat(files.get(0).get("file").asString()).isEqualTo(good.toString());
        assertThat(files.get(0).get("valid").asBoolean()).isTrue();
        assertThat(files.get(0).get("findings")).isEmpty();
        JsonNode error = files.get(1).get("findings").get(0);
        assertThat(files.get(1).get("valid").asBoolean()).isFalse();
        assertThat(error.get("severity").asString()).isEqualTo("error");
        assertThat(error.get("code").asString()).isEqualTo("baseline-not-before-target");
        assertThat(error.get("path").asString()).isEqualTo("/goals/0/indicators/0/baselines/0/year");
        assertThat(error.get("message").asString()).isNotBlank();
        JsonNode unreadable = files.get(2);
        assertThat(unreadable.get("readable").asBoolean()).isFalse();
        assertThat(unreadable.get("findings").get(0).get("code").asString()).isEqualTo(InputFile.UNREADABLE);
        assertThat(unreadable.get("findings").get(0).get("line").asInt()).isEqualTo(3);
    }

    @Test
    void validate_inChineseWritesChineseMessages() throws IOException {
        Path bad = write("bad.json", PLAN_WITH_RULE_ERROR);

        Run run = run("validate", "--lang", "zh", bad.toString());

        assertThat(run.outLines().get(0)).startsWith(bad + "：无效（错误 1 个");
        assertThat(run.outLines().get(1)).startsWith("  错误 baseline-not-before-target，位置 ");
    }

    @Test
    void validate_withoutFilesIsAUsageError() {
        Run run = run("validate");

        assertThat(run.status()).isEqualTo(Main.UNUSABLE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("policy-indicators: Missing required parameter: 'FILE'")
                .endsWith("(see policy-indicators validate --help)");
    }

    @Test
    void badArgumentsExitTwoWithOneLineAndNoStackTrace() {
        for (String[] args : List.of(new String[] {"--lang", "fr"}, new String[] {"--format", "xml"},
                new String[] {"--bogus"}, new String[] {"frobnicate"}, new String[] {"validate", "--lang"})) {
            Run run = run(args);

            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(Main.UNUSABLE);
            assertThat(run.err().lines()).as(String.join(" ", args)).singleElement().asString()
                    .startsWith("policy-indicators: ");
            assertThat(run.err()).doesNotContain("Exception", "\tat ");
        }
        assertThat(run("--lang", "fr").err()).contains("'fr' is not a language; use en or zh");
    }

    @Test
    void schema_printsTheJsonSchemaWithItsId() {
        Run run = run("schema");

        assertThat(run.status()).isEqualTo(Main.OK);
        assertThat(run.out()).isEqualTo(PolicyJson.schema().endsWith("\n") ? PolicyJson.schema()
                : PolicyJson.schema() + System.lineSeparator());
        JsonNode schema = JsonReport.MAPPER.readTree(run.out());
        assertThat(schema.get("$id").asString()).isEqualTo(PolicyJson.SCHEMA_ID);
    }

    @Test
    void help_listsTheCommandsAndTheExitStatus() {
        Run run = run("--help");

        assertThat(run.status()).isEqualTo(Main.OK);
        assertThat(run.out()).contains("report", "validate", "schema", "--lang=en|zh", "--format=text|json",
                "Exit status:", "2   an input cannot be read, or the arguments are wrong");
        assertThat(run.outLines()).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(100));
    }
}
