package org.policyindicators.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    /** A JMH result in the shape of JMH's JSON output: time per operation in ms and bytes allocated per operation. */
    private static String result(String benchmark, int indicators, double ms, double bytes) {
        return String.format(Locale.ROOT, "{\"benchmark\":\"org.policyindicators.benchmarks.%s\",\"mode\":\"avgt\","
                + "\"params\":{\"indicators\":\"%d\"},\"primaryMetric\":{\"score\":%s,\"scoreError\":%s,"
                + "\"scoreUnit\":\"ms/op\"},\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":%s,"
                + "\"scoreUnit\":\"B/op\"}}}", benchmark, indicators, ms, ms / 10, bytes);
    }

    private static Path results(Path dir, String... results) throws IOException {
        Files.writeString(dir.resolve("jmh-documents.json"), "[" + String.join(",", results) + "]",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("settings.txt"), "documents: test settings\n", StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void main_judgesEachTargetFromTheRatiosOfTheMeasuredTimes(@TempDir Path dir) throws IOException {
        results(dir,
                result("ReadBenchmark.library", 100, 1.0, 8_000),
                result("ReadBenchmark.plainDatabind", 100, 0.8, 4_000),
                result("WriteBenchmark.library", 100, 1.0, 100),
                result("WriteBenchmark.plainDatabind", 100, 0.5, 100),
                result("ValidateBenchmark.validateModel", 100, 0.5, 100),
                result("ValidateBenchmark.readAndValidate", 100, 1.5, 100),
                result("SchemaBenchmark.networkntFromBytes", 100, 6.0, 100));
        Path out = dir.resolve("RESULTS.md");

        Report.main(new String[] {dir.toString(), out.toString(), "quick"});

        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("| read into the model vs plain databind (throughput) | 100 | 80 % | ≥ 100 % | **missed** |")
                .contains("| write from the model vs plain databind (throughput) | 100 | 50 % | ≥ 100 % | **missed** |")
                .contains("| full validation time / read time | 100 | 0.50 | ≤ 1.00 | met |")
                .contains("| read-plus-validate speed-up over networknt schema check | 100 | 4.0× | ≥ 3× | met |")
                .contains("documents: test settings")
                .contains("Quick mode proves that every benchmark runs");
    }

    @Test
    void main_judgesTheCatalogsGrowthAgainstTheCatalogOfTenThousand_andComparesItWithTheDocument(@TempDir Path dir)
            throws IOException {
        results(dir,
                result("ReadBenchmark.library", 10_000, 50.0, 100),
                result("CatalogBenchmark.library", 10_000, 70.0, 100),
                result("CatalogBenchmark.library", 1_000_000, 7_500.0, 100));
        Path out = dir.resolve("RESULTS.md");

        Report.main(new String[] {dir.toString(), out.toString(), "quick"});

        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .contains("| time per indicator, catalog of 1,000,000 / catalog of 10,000: Catalog.library "
                        + "| 1,000,000 | 1.07 | ≤ 1.15 | met |")
                .contains("| time per indicator, catalog of 1,000,000 / document of 10,000: Catalog.library "
                        + "| 1,000,000 | 1.50 | ≤ 1.15 | (comparison) |");
    }

    @Test
    void main_reportsAllocationAndTimePerIndicator(@TempDir Path dir) throws IOException {
        results(dir, result("ReadBenchmark.library", 10_000, 50.0, 80_000_000));
        Path out = dir.resolve("RESULTS.md");

        Report.main(new String[] {dir.toString(), out.toString(), "quick"});

        // 50 ms for 10,000 indicators: 5,000 ns and 200,000 indicators a second; 8,000 bytes each
        String line = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("| 10,000 | Read.library |")).findFirst().orElseThrow();
        assertThat(line).contains("| 50.00 | 5.00 |").endsWith("| 200,000 | 5,000 | 8,000 | – |");
    }

    @Test
    void main_reportsTheShareOfCollectionsWhenEachIterationRanOneOperation(@TempDir Path dir) throws IOException {
        // two iterations of one 4-second operation each, 2 seconds of collections in all: 25 %
        Files.writeString(dir.resolve("jmh-large.json"), "[{\"benchmark\":\"x.ReadBenchmark.library\","
                + "\"params\":{\"indicators\":\"100000\"},\"measurementIterations\":2,\"measurementTime\":\"1 s\","
                + "\"primaryMetric\":{\"score\":4000,\"scoreError\":\"NaN\",\"scoreUnit\":\"ms/op\"},"
                + "\"secondaryMetrics\":{\"gc.time\":{\"score\":2000,\"scoreUnit\":\"ms\"}}}]", StandardCharsets.UTF_8);
        Path out = dir.resolve("RESULTS.md");

        Report.main(new String[] {dir.toString(), out.toString(), "full"});

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("| 100,000 | Read.library | 4,000 | – |")
                .contains("| 25 % |");
    }

    @Test
    void main_keepsTheNotesBelowTheGeneratedPart(@TempDir Path dir) throws IOException {
        results(dir, result("ReadBenchmark.library", 100, 1.0, 8_000));
        Path out = dir.resolve("RESULTS.md");
        Files.writeString(out, "old generated text\n" + Report.GENERATED_END + "\n## Notes\n\nWhat was tried.\n",
                StandardCharsets.UTF_8);

        Report.main(new String[] {dir.toString(), out.toString(), "full"});

        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("old generated text").endsWith(Report.GENERATED_END
                + "\n## Notes\n\nWhat was tried.\n");
        List<String> markers = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (l.equals(Report.GENERATED_END)) {
                markers.add(l);
            }
        }
        assertThat(markers).hasSize(1);
    }

    /** A JMH result as run.sh codec writes it: the JDK, and the time of each measured iteration in ms. */
    private static String codecResult(String benchmark, int indicators, String jdk, double bytes, double... iterations) {
        StringBuilder raw = new StringBuilder();
        double sum = 0;
        for (double ms : iterations) {
            raw.append(raw.length() == 0 ? "" : ",").append(ms);
            sum += ms;
        }
        return String.format(Locale.ROOT, "{\"benchmark\":\"org.policyindicators.benchmarks.%s\",\"mode\":\"avgt\","
                + "\"jdkVersion\":\"%s\",\"vmName\":\"OpenJDK 64-Bit Server VM\",\"vmVersion\":\"%s+1\","
                + "\"params\":{\"indicators\":\"%d\"},\"primaryMetric\":{\"score\":%s,\"scoreError\":\"NaN\","
                + "\"scoreUnit\":\"ms/op\",\"rawData\":[[%s]]},\"secondaryMetrics\":{\"gc.alloc.rate.norm\":"
                + "{\"score\":%s,\"scoreUnit\":\"B/op\"}}}", benchmark, jdk, jdk, indicators, sum / iterations.length,
                raw, bytes);
    }

    @Test
    void codec_judgesByTheMedianAndByTheBestIteration_perJdk(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("jmh-codec-17.json"), "[" + String.join(",",
                codecResult("ReadBenchmark.library", 100, "17.0.15", 500_000, 1.0, 3.0, 2.0, 9.0),
                codecResult("ReadBenchmark.plainDatabind", 100, "17.0.15", 400_000, 2.0, 2.2, 1.8, 1.9),
                codecResult("WriteBenchmark.library", 100, "17.0.15", 1_000, 1.0, 1.0, 0.5),
                codecResult("WriteBenchmark.plainDatabind", 100, "17.0.15", 0, 1.0, 1.0, 1.0),
                codecResult("ValidateBenchmark.validateModel", 100, "17.0.15", 300_000, 0.5, 0.6, 0.7))
                + "]", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("jmh-codec-25.json"), "[" + String.join(",",
                codecResult("ReadBenchmark.library", 100, "25.0.1", 500_000, 2.0, 2.0),
                codecResult("ReadBenchmark.plainDatabind", 100, "25.0.1", 400_000, 1.0, 4.0))
                + "]", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("settings.txt"), "codec-17: test settings\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("RESULTS.md");

        Report.main(new String[] {dir.toString(), out.toString(), "codec"});

        String text = Files.readString(out, StandardCharsets.UTF_8);
        // JDK 17 read: library median 2.5, best 1.0; plain median 1.95, best 1.8; 5,000 and 4,000 B per indicator
        assertThat(text).contains("## Codec targets")
                .contains("| 100 | read | 17 | 2.50 | 1.00 | 1.95 | 1.80 | 0.78× | 1.80× | 5,000 | 4,000 "
                        + "| **missed** (by median) |")
                .contains("| 100 | write | 17 | 1.00 | 0.5000 | 1.00 | 1.00 | 1.00× | 2.00× | 10 | 0 | met |")
                .contains("| 100 | read | 25 | 2.00 | 2.00 | 2.50 | 1.00 | 1.25× | 0.50× | 5,000 | 4,000 "
                        + "| **missed** (by best) |")
                .contains("| 100 | Validate.validateModel | 17 | 0.6000 | 0.5000 | 3,000 | 0.24 |")
                .contains("- JDK 17: OpenJDK 64-Bit Server VM 17.0.15+1")
                .contains("- JDK 25: OpenJDK 64-Bit Server VM 25.0.1+1")
                .contains("- codec-17: test settings")
                .startsWith("# Benchmark results\n\n" + Report.CODEC_BEGIN + "\n## Codec targets\n");
        assertThat(text.indexOf("| read | 17 |")).isLessThan(text.indexOf("| read | 25 |"));
        assertThat(text.indexOf("| read | 25 |")).isLessThan(text.indexOf("| write | 17 |"));
    }

    @Test
    void codec_replacesOnlyItsSection_andTheOtherModesKeepIt(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("RESULTS.md");
        Files.writeString(out, "# Benchmark results\n\nfull run text\n\n" + Report.GENERATED_END
                + "\n## Notes\n\nWhat was tried.\n", StandardCharsets.UTF_8);
        Path codec = Files.createDirectory(dir.resolve("codec"));
        Files.writeString(codec.resolve("jmh-codec-17.json"), "[" + String.join(",",
                codecResult("ReadBenchmark.library", 100, "17.0.15", 100, 1.0),
                codecResult("ReadBenchmark.plainDatabind", 100, "17.0.15", 100, 1.0)) + "]", StandardCharsets.UTF_8);

        Report.main(new String[] {codec.toString(), out.toString(), "codec"});
        Report.main(new String[] {codec.toString(), out.toString(), "codec"});

        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).startsWith("# Benchmark results\n\nfull run text\n\n" + Report.CODEC_BEGIN + "\n")
                .contains("| 100 | read | 17 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00× | 1.00× | 1 | 1 | met |")
                .endsWith(Report.GENERATED_END + "\n## Notes\n\nWhat was tried.\n");
        assertThat(text.split("## Codec targets", -1)).hasSize(2);
        String codecPart = text.substring(text.indexOf(Report.CODEC_BEGIN), text.indexOf(Report.GENERATED_END));

        Path quick = Files.createDirectory(dir.resolve("quick"));
        results(quick, result("ReadBenchmark.library", 100, 1.0, 8_000));
        Report.main(new String[] {quick.toString(), out.toString(), "quick"});

        text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("full run text").contains("Quick mode proves")
                .contains("\n\n" + codecPart + Report.GENERATED_END + "\n## Notes\n\nWhat was tried.\n");
    }
}
