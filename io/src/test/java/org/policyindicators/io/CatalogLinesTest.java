package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Plan;
import org.policyindicators.io.testing.SamplePlans;

/**
 * How a catalog is cut into lines, from characters and from bytes, whatever pieces the input
 * arrives in: line endings, the last line, blank lines, the size limit of a line and where a
 * problem on a later line is.
 */
class CatalogLinesTest {

    private static final PolicyJson JSON = PolicyJson.standard();
    private static final Plan PLAN = SamplePlans.minimal();
    /** The catalog line of the plan, without its line feed. */
    private static final String LINE = line(PLAN);

    private static String line(Plan plan) {
        StringWriter out = new StringWriter();
        JSON.writeCatalog(List.of(plan), out);
        String line = out.toString();
        return line.substring(0, line.length() - 1);
    }

    /** Gives the bytes of a text one at a time, as a slow source would. */
    private static InputStream trickle(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Plan> read(Stream<Plan> catalog) {
        try (catalog) {
            return catalog.toList();
        }
    }

    private static PolicyJsonException failure(Stream<Plan> catalog) {
        try (catalog) {
            return catchThrowableOfType(PolicyJsonException.class, catalog::toList);
        }
    }

    @Test
    void readCatalog_fromCharacters_withCarriageReturnsAndNoFinalLineFeed_readsEveryPlan() {
        Reader catalog = new StringReader(LINE + "\r\n" + LINE + "\r\n" + LINE);

        assertThat(read(JSON.readCatalog(catalog))).containsExactly(PLAN, PLAN, PLAN);
    }

    @Test
    void readCatalog_fromCharacters_emptyLine_isABlankLine() {
        PolicyJsonException e = failure(JSON.readCatalog(new StringReader(LINE + "\n\n" + LINE + "\n")));

        assertThat(e.problem()).isEqualTo("Line 2 is blank; a catalog holds one plan document on each line");
        assertThat(new long[] {e.line(), e.column()}).containsExactly(2, 1);
    }

    @Test
    void readCatalog_fromCharacters_lineCutShortBeforeACarriageReturn_failsAtTheEndOfItsText() {
        // the carriage return ends the line; the document ends after its last character
        String cut = LINE.substring(0, LINE.length() - 1);

        PolicyJsonException e = failure(JSON.readCatalog(new StringReader(LINE + "\r\n" + cut + "\r\n")));

        assertThat(new long[] {e.line(), e.column()}).containsExactly(2, cut.length() + 1);
    }

    @Test
    void readCatalog_lineOfExactlyTheSizeLimit_isRead_fromCharactersAndFromBytes() {
        PolicyJson json = PolicyJson.builder().maxDocumentSize(LINE.length()).build();
        String catalog = LINE + "\n" + LINE + "\n";

        assertThat(read(json.readCatalog(new StringReader(catalog)))).containsExactly(PLAN, PLAN);
        assertThat(read(json.readCatalog(new ByteArrayInputStream(utf8(catalog))))).containsExactly(PLAN, PLAN);
        // the line is whole before its line feed comes
        assertThat(read(json.readCatalog(trickle(utf8(catalog))))).containsExactly(PLAN, PLAN);
    }

    @Test
    void readCatalog_fromCharacters_lineBeyondTheSizeLimit_isRefusedOnItsLine() {
        PolicyJson json = PolicyJson.builder().maxDocumentSize(LINE.length()).build();
        String longer = line(Plan.builder("pp", PLAN.kind(), PLAN.issuer(), PLAN.horizon()).build());

        PolicyJsonException e = failure(json.readCatalog(new StringReader(LINE + "\n" + longer + "\n")));

        assertThat(e.problem()).isEqualTo("The document is larger than the limit of " + LINE.length()
                + " characters (PolicyJson.Builder.maxDocumentSize)");
        assertThat(new long[] {e.line(), e.column()}).containsExactly(2, 1);
    }

    @Test
    void readCatalog_fromBytesArrivingOneAtATime_lineBeyondTheSizeLimit_isRefusedWhereTheLimitIsReached() {
        int limit = LINE.length() - 1;
        PolicyJson json = PolicyJson.builder().maxDocumentSize(limit).build();

        PolicyJsonException e = failure(json.readCatalog(trickle(utf8(LINE + "\n" + LINE + "\n"))));

        assertThat(e.problem()).isEqualTo("The document is larger than the limit of " + limit
                + " bytes (PolicyJson.Builder.maxDocumentSize)");
        // the line is ASCII: the first character beyond the limit
        assertThat(new long[] {e.line(), e.column()}).containsExactly(1, limit + 1);
    }

    @Test
    void readCatalog_fromBytes_illFormedByteOnALaterLine_isAtItsOffsetInTheWholeInput() {
        // line 3 is the plan with a byte 0xFF in place of the first character of its identifier
        int inLine = LINE.indexOf("\"p\"") + 1;
        byte[] bad = utf8(LINE);
        bad[inLine] = (byte) 0xFF;
        byte[] catalog = concat(utf8(LINE + "\n" + LINE + "\n"), bad, utf8("\n"));
        long offset = 2L * (LINE.length() + 1) + inLine;

        for (Function<byte[], InputStream> source : List.<Function<byte[], InputStream>>of(ByteArrayInputStream::new,
                CatalogLinesTest::trickle)) {
            PolicyJsonException e = failure(JSON.readCatalog(source.apply(catalog)));

            assertThat(e.problem()).isEqualTo("The input is not valid UTF-8: invalid UTF-8 (0xFF) at byte offset "
                    + offset);
            assertThat(new long[] {e.line(), e.column()}).containsExactly(3, inLine + 1);
        }
    }

    @Test
    void readCatalog_fromBytes_lineEndingWithinASequence_isInvalid_forTheInputGoesOn() {
        // 0xE5 0xA4 begins 太 (0xE5 0xA4 0xAA); the line feed comes in place of its last byte
        byte[] catalog = concat(utf8("{\"id\": \"p"), new byte[] {(byte) 0xE5, (byte) 0xA4}, utf8("\n" + LINE + "\n"));

        PolicyJsonException e = failure(JSON.readCatalog(new ByteArrayInputStream(catalog)));

        assertThat(e.problem()).isEqualTo("The input is not valid UTF-8: invalid UTF-8 (0xE5) at byte offset 9");
        assertThat(new long[] {e.line(), e.column()}).containsExactly(1, 10);
        assertThat(e.pointer()).isEqualTo("/id");
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
