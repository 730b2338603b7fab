package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Text;
import org.policyindicators.io.testing.RandomPlans;
import org.policyindicators.io.testing.SamplePlans;

class CatalogTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    @TempDir
    Path dir;

    private static List<Plan> plans() {
        return List.of(SamplePlans.full(), SamplePlans.minimal(), new RandomPlans(5L).plan());
    }

    private static String catalog(List<Plan> plans) {
        StringWriter out = new StringWriter();
        JSON.writeCatalog(plans, out);
        return out.toString();
    }

    private static List<Plan> read(String catalog) {
        try (Stream<Plan> plans = JSON.readCatalog(new ByteArrayInputStream(catalog.getBytes(StandardCharsets.UTF_8)))) {
            return plans.toList();
        }
    }

    @Test
    void writeCatalog_writesOneCompactPlanPerLine() {
        String catalog = catalog(plans());

        assertThat(catalog.split("\n", -1)).hasSize(4).endsWith("");
        assertThat(catalog.lines()).allSatisfy(line -> assertThat(line).startsWith("{\"format\":\"policy-indicators/1.1\""));
        assertThat(catalog.lines().toList().get(1)).isEqualTo(
                PolicyJson.builder().outputStyle(OutputStyle.COMPACT).build().writePlan(SamplePlans.minimal()).strip());
    }

    @Test
    void catalog_roundTrips_throughFilesStreamsAndWriters() {
        List<Plan> plans = plans();
        Path file = dir.resolve("plans.jsonl");
        JSON.writeCatalog(plans, file);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JSON.writeCatalog(plans, bytes);

        try (Stream<Plan> fromFile = JSON.readCatalog(file);
                Stream<Plan> fromBytes = JSON.readCatalog(new ByteArrayInputStream(bytes.toByteArray()));
                Stream<Plan> fromChars = JSON.readCatalog(new StringReader(catalog(plans)))) {
            assertThat(fromFile).containsExactlyElementsOf(plans);
            assertThat(fromBytes).containsExactlyElementsOf(plans);
            assertThat(fromChars).containsExactlyElementsOf(plans);
        }
    }

    @Test
    void catalogWriter_addsPlansOneAtATime() {
        Path file = dir.resolve("plans.jsonl");
        try (CatalogWriter writer = JSON.catalogWriter(file)) {
            plans().forEach(writer::write);
            assertThat(writer.count()).isEqualTo(3);
        }

        try (Stream<Plan> read = JSON.readCatalog(file)) {
            assertThat(read).containsExactlyElementsOf(plans());
        }
    }

    @Test
    void catalogWriter_leavesNoPartialLine_whenAPlanCannotBeWritten() {
        Plan bad = SamplePlans.minimal().withGoals(List.of(Goal.builder("g").title(Text.zh("\uDC00")).build()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CatalogWriter writer = JSON.catalogWriter(out)) {
            writer.write(SamplePlans.minimal());
            assertThatThrownBy(() -> writer.write(bad)).isInstanceOf(PolicyJsonException.class)
                    .hasMessageContaining("/goals/0/title/zh");
            writer.write(SamplePlans.full());
        }

        assertThat(read(out.toString(StandardCharsets.UTF_8))).containsExactly(SamplePlans.minimal(), SamplePlans.full());
    }

    @Test
    void readCatalog_isLazy_andReportsTheLineOfABadPlan() {
        String catalog = catalog(plans()) + "{\"format\": \"policy-indicators/1.0\", \"id\": 5}\n" + catalog(plans());
        List<Plan> delivered = new ArrayList<>();

        PolicyJsonException e;
        try (Stream<Plan> plans = JSON.readCatalog(new StringReader(catalog))) {
            Iterator<Plan> iterator = plans.iterator();
            e = catchThrowableOfType(PolicyJsonException.class, () -> iterator.forEachRemaining(delivered::add));
        }

        assertThat(delivered).containsExactlyElementsOf(plans());
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(43);
        assertThat(e.pointer()).isEqualTo("/id");
        assertThat(e.getMessage()).contains("line 4, column 43");
    }

    @Test
    void readCatalog_acceptsCrLf_andAMissingFinalLineFeed() {
        String catalog = catalog(plans()).replace("\n", "\r\n").strip();

        assertThat(read(catalog)).containsExactlyElementsOf(plans());
    }

    @Test
    void readCatalog_emptyInput_isAnEmptyCatalog() {
        assertThat(read("")).isEmpty();
    }

    @Test
    void readCatalog_rejectsABlankLine() {
        String catalog = catalog(plans()) + "\n";

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> read(catalog));

        assertThat(e.problem()).isEqualTo("Line 4 is blank; a catalog holds one plan document on each line");
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void readCatalog_reportsInvalidUtf8_onItsLine() {
        byte[] good = catalog(List.of(SamplePlans.minimal(), SamplePlans.minimal())).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = '{';
        bytes[good.length + 1] = (byte) 0xFF;
        bytes[good.length + 2] = '}';

        PolicyJsonException e;
        try (Stream<Plan> plans = JSON.readCatalog(new ByteArrayInputStream(bytes))) {
            e = catchThrowableOfType(PolicyJsonException.class, plans::toList);
        }

        assertThat(e.problem()).contains("not valid UTF-8");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(2);
    }

    @Test
    void readCatalog_rejectsAByteOrderMark() {
        byte[] catalog = ("\uFEFF" + catalog(plans())).getBytes(StandardCharsets.UTF_8);

        PolicyJsonException e;
        try (Stream<Plan> plans = JSON.readCatalog(new ByteArrayInputStream(catalog))) {
            e = catchThrowableOfType(PolicyJsonException.class, plans::toList);
        }

        assertThat(e.problem()).contains("byte-order mark");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void readCatalog_appliesTheSizeLimitToEachLine() {
        String line = catalog(List.of(SamplePlans.full()));
        int size = line.getBytes(StandardCharsets.UTF_8).length - 1;
        PolicyJson fits = PolicyJson.builder().maxDocumentSize(size).build();
        PolicyJson tooSmall = PolicyJson.builder().maxDocumentSize(size - 1L).build();
        byte[] catalog = (line + line + line).getBytes(StandardCharsets.UTF_8);

        try (Stream<Plan> plans = fits.readCatalog(new ByteArrayInputStream(catalog))) {
            assertThat(plans).hasSize(3);
        }
        PolicyJsonException e;
        try (Stream<Plan> plans = tooSmall.readCatalog(new ByteArrayInputStream(catalog))) {
            e = catchThrowableOfType(PolicyJsonException.class, plans::toList);
        }
        assertThat(e.problem()).contains("larger than the limit of " + (size - 1) + " bytes");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void readCatalog_closesTheFile_whenTheStreamIsClosed() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        assumeThat(Files.isDirectory(fds)).as("open files are listed in /proc").isTrue();
        Path file = dir.toRealPath().resolve("plans.jsonl");
        JSON.writeCatalog(plans(), file);

        Stream<Plan> plans = JSON.readCatalog(file);
        assertThat(plans.findFirst()).contains(SamplePlans.full());
        assertThat(openDescriptorsOf(file)).isEqualTo(1);
        plans.close();

        assertThat(openDescriptorsOf(file)).isZero();
    }

    private static long openDescriptorsOf(Path file) throws IOException {
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            return descriptors.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(file);
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            }).count();
        }
    }
}
