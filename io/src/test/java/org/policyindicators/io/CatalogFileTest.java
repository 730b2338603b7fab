package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Text;
import org.policyindicators.io.testing.RandomPlans;
import org.policyindicators.io.testing.SamplePlans;

/**
 * A catalog file is read as bytes, the fast way, and falls back to the character path at the
 * first line that needs it: the plans delivered and the error are the same as from a byte stream,
 * which always takes the character path.
 */
class CatalogFileTest {

    private static final PolicyJson COMPACT = PolicyJson.builder().outputStyle(OutputStyle.COMPACT).build();
    private static final String GOOD = COMPACT.writePlan(SamplePlans.full()).strip();
    private static final String MINIMAL = COMPACT.writePlan(SamplePlans.minimal()).strip();

    /**
     * What reading gave: the plans before the end, and the error that ended it, if any, with its
     * line, column and problem (empty and 0 without an error).
     */
    private record Outcome(List<Plan> plans, String error, long line, long column, String problem) {
    }

    /** The error a catalog must end with: its line, column and the start of its problem. */
    private record Expected(long line, long column, String problem) {

        static final Expected NONE = new Expected(0, 0, "");
    }

    private static Outcome read(Function<PolicyJson, Stream<Plan>> open, PolicyJson json) {
        List<Plan> plans = new ArrayList<>();
        try (Stream<Plan> stream = open.apply(json)) {
            stream.forEach(plans::add);
            return new Outcome(plans, "", 0, 0, "");
        } catch (PolicyJsonException e) {
            return new Outcome(plans, e.getMessage(), e.line(), e.column(), e.problem());
        }
    }

    private static byte[] bytes(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : parts) {
            out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /**
     * Catalogs, the plans each gives and the error it ends with. Columns count characters from 1:
     * an error inside a line is at the character after the part of the line before it.
     */
    static Stream<Arguments> catalogs() {
        Plan full = SamplePlans.full();
        Plan minimal = SamplePlans.minimal();
        String semicolons = MINIMAL.replace(",", ";");
        String chineseThenNumber = MINIMAL.replace("\"id\":\"p\"", "\"title\":{\"zh\":\"太原市\"},\"id\":5");
        return Stream.of(
                Arguments.of("well formed", bytes(GOOD, "\n", MINIMAL, "\n", GOOD, "\n"), List.of(full, minimal, full),
                        Expected.NONE),
                Arguments.of("no line feed at the end", bytes(GOOD, "\n", MINIMAL), List.of(full, minimal), Expected.NONE),
                Arguments.of("carriage returns", bytes(GOOD, "\r\n", MINIMAL, "\r\n"), List.of(full, minimal),
                        Expected.NONE),
                Arguments.of("empty", new byte[0], List.of(), Expected.NONE),
                Arguments.of("white space before a plan", bytes(GOOD, "\n \t", MINIMAL, "\n"), List.of(full, minimal),
                        Expected.NONE),
                Arguments.of("blank line", bytes(GOOD, "\n", MINIMAL, "\n  \n", GOOD, "\n"), List.of(full, minimal),
                        new Expected(3, 1, "Line 3 is blank; a catalog holds one plan document on each line")),
                Arguments.of("empty line", bytes(GOOD, "\n\n", GOOD, "\n"), List.of(full),
                        new Expected(2, 1, "Line 2 is blank")),
                Arguments.of("ideographic space", bytes(GOOD, "\n\u3000", MINIMAL, "\n"), List.of(full),
                        new Expected(2, 1, "Malformed JSON: Unexpected character ('\u3000' (code 12288 / 0x3000))")),
                Arguments.of("byte-order mark", bytes("\uFEFF", GOOD, "\n"), List.of(),
                        new Expected(1, 1, "The document starts with a byte-order mark (U+FEFF)")),
                Arguments.of("malformed second line", bytes(GOOD, "\n", semicolons, "\n", GOOD), List.of(full),
                        new Expected(2, semicolons.indexOf(';') + 1,
                                "Malformed JSON: Unexpected character (';' (code 59)): was expecting comma")),
                Arguments.of("error after Chinese text", bytes(GOOD, "\n", chineseThenNumber, "\n"), List.of(full),
                        new Expected(2, chineseThenNumber.indexOf(":5") + 2,
                                "Expected a string for 'id' but found the integer 5")),
                Arguments.of("invalid UTF-8 in the third line", join(bytes(GOOD, "\n", MINIMAL, "\n"),
                        bytes(MINIMAL.substring(0, 20)), new byte[] {(byte) 0xC0, (byte) 0x80},
                        bytes(MINIMAL.substring(20), "\n", GOOD, "\n")), List.of(full, minimal),
                        new Expected(3, 21, "The input is not valid UTF-8: invalid UTF-8 (0xC0)")),
                Arguments.of("encoded surrogate", join(bytes(GOOD, "\n"), new byte[] {(byte) 0xED, (byte) 0xA0,
                        (byte) 0x80}, bytes("\n")), List.of(full),
                        new Expected(2, 1, "The input is not valid UTF-8: invalid UTF-8 (0xED)")),
                Arguments.of("zero bytes", join(bytes(GOOD, "\n{"), new byte[] {0, 0, 0}, bytes("}\n")), List.of(full),
                        new Expected(2, 2, "The input is not UTF-8: a zero byte")),
                Arguments.of("trailing content on a line", bytes(GOOD, "\n", MINIMAL, " {}\n"), List.of(full),
                        new Expected(2, MINIMAL.length() + 2, "Unexpected content after the end of the document")),
                Arguments.of("a number for a plan", bytes(GOOD, "\n5\n"), List.of(full),
                        new Expected(2, 1, "Expected a plan (a JSON object) but found the integer 5")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogs")
    void file_givesThePlansAndTheErrorOfAByteStream(String name, byte[] catalog, List<Plan> plans, Expected error,
            @TempDir Path dir) throws IOException {
        Path file = dir.resolve("catalog.jsonl");
        Files.write(file, catalog);

        Outcome fromFile = read(json -> json.readCatalog(file), PolicyJson.standard());
        Outcome fromStream = read(json -> json.readCatalog(new ByteArrayInputStream(catalog)), PolicyJson.standard());

        assertThat(fromFile.plans()).isEqualTo(plans);
        assertThat(new long[] {fromFile.line(), fromFile.column()}).as(fromFile.error())
                .containsExactly(error.line(), error.column());
        assertThat(fromFile.problem()).startsWith(error.problem());
        assertThat(fromFile.error().isEmpty()).isEqualTo(error.problem().isEmpty());
        assertThat(fromFile).isEqualTo(fromStream);
    }

    @Test
    void lineBeyondTheSizeLimit_endsTheFileAsItEndsTheStream(@TempDir Path dir) throws IOException {
        byte[] catalog = bytes(MINIMAL, "\n", MINIMAL, "\n", GOOD, "\n", MINIMAL, "\n");
        Path file = dir.resolve("catalog.jsonl");
        Files.write(file, catalog);
        PolicyJson json = PolicyJson.builder().maxDocumentSize(MINIMAL.length() + 10).build();

        Outcome fromFile = read(j -> j.readCatalog(file), json);
        Outcome fromStream = read(j -> j.readCatalog(new ByteArrayInputStream(catalog)), json);

        assertThat(fromFile.plans()).hasSize(2);
        assertThat(fromFile.error()).startsWith("The document is larger than the limit");
        assertThat(fromFile).isEqualTo(fromStream);
    }

    @Test
    void errorFarDownTheFile_comesAfterEveryPlanBeforeIt_onceEach(@TempDir Path dir) throws IOException {
        byte[] catalog = bytes((MINIMAL + "\n").repeat(5_000), "{\"format\": 1}\n", MINIMAL, "\n");
        Path file = dir.resolve("catalog.jsonl");
        Files.write(file, catalog);

        Outcome fromFile = read(json -> json.readCatalog(file), PolicyJson.standard());

        assertThat(fromFile.plans()).hasSize(5_000);
        assertThat(fromFile.error()).contains("line 5001");
        assertThat(fromFile).isEqualTo(read(json -> json.readCatalog(new ByteArrayInputStream(catalog)),
                PolicyJson.standard()));
    }

    @Test
    void randomCatalog_readsTheSameFromAFileAndAStream(@TempDir Path dir) throws IOException {
        List<Plan> plans = new RandomPlans(2611L).plans(200);
        Path file = dir.resolve("catalog.jsonl");
        COMPACT.writeCatalog(plans, file);
        byte[] catalog = Files.readAllBytes(file);

        Outcome fromFile = read(json -> json.readCatalog(file), COMPACT);

        assertThat(fromFile.error()).isEmpty();
        assertThat(fromFile.plans()).isEqualTo(plans);
        assertThat(fromFile).isEqualTo(read(json -> json.readCatalog(new ByteArrayInputStream(catalog)), COMPACT));
    }

    @Test
    void longLines_acrossTheReadBuffer_areRead(@TempDir Path dir) throws IOException {
        // lines far longer than the 64 KiB buffer, so that it grows and moves
        Plan p = SamplePlans.minimal();
        String longTitle = COMPACT.writePlan(new Plan(p.id(), p.kind(), Text.zh("规".repeat(100_000)), p.issuer(),
                p.horizon(), p.visionHorizon(), p.adopted(), p.sources(), p.units(), p.goals())).strip();
        byte[] catalog = bytes(longTitle, "\n", MINIMAL, "\n", longTitle, "\n", MINIMAL);
        Path file = dir.resolve("catalog.jsonl");
        Files.write(file, catalog);

        Outcome fromFile = read(json -> json.readCatalog(file), PolicyJson.standard());

        assertThat(fromFile.error()).isEmpty();
        assertThat(fromFile.plans()).hasSize(4);
        assertThat(fromFile).isEqualTo(read(json -> json.readCatalog(new ByteArrayInputStream(catalog)),
                PolicyJson.standard()));
    }
}
