package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyindicators.core.Plan;
import org.policyindicators.io.testing.RandomPlans;
import org.policyindicators.io.testing.SamplePlans;

/** Reading from bytes, which takes a faster way than reading characters, gives the same results. */
class ByteInputTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    @Test
    void readPlan_fromBytes_equalsTheModelReadFromCharacters() {
        for (Plan plan : new RandomPlans(7_2026L).plans(300)) {
            String text = JSON.writePlan(plan);
            Plan fromBytes = JSON.readPlan(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

            assertThat(fromBytes).isEqualTo(JSON.readPlan(text)).isEqualTo(plan);
        }
    }

    @Test
    void error_afterChineseText_isAtTheColumnInCharacters() {
        String json = "{\"format\": \"policy-indicators/1.0\", \"title\": {\"zh\": \"太原市国民经济\"}, \"id\": 5}";

        PolicyJsonException fromBytes = catchThrowableOfType(PolicyJsonException.class,
                () -> JSON.readPlan(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        PolicyJsonException fromText = catchThrowableOfType(PolicyJsonException.class, () -> JSON.readPlan(json));

        assertThat(fromBytes.problem()).startsWith("Expected a string");
        assertThat(fromBytes.pointer()).isEqualTo("/id");
        assertThat(fromBytes.line()).isEqualTo(1);
        assertThat(fromBytes.column()).isEqualTo(json.indexOf(": 5") + 3);
        assertThat(fromBytes.getMessage()).isEqualTo(fromText.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"})
    void planInAnotherEncoding_isRefused_evenWhereItsBytesAreWellFormedUtf8(String encoding) {
        byte[] bytes = JSON.writePlan(SamplePlans.minimal()).getBytes(Charset.forName(encoding));

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> JSON.readPlan(new ByteArrayInputStream(bytes)));

        // at the first zero byte or the first byte that is not UTF-8, on the first line
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isBetween(1L, 2L);
    }

    @Test
    void documentOfExactlyTheSizeLimit_isRead_andOneByteMore_isNot() {
        byte[] bytes = JSON.writePlan(SamplePlans.full()).getBytes(StandardCharsets.UTF_8);
        PolicyJson exact = PolicyJson.builder().maxDocumentSize(bytes.length).build();
        PolicyJson smaller = PolicyJson.builder().maxDocumentSize(bytes.length - 1).build();

        assertThat(exact.readPlan(new ByteArrayInputStream(bytes))).isEqualTo(SamplePlans.full());
        assertThat(catchThrowableOfType(PolicyJsonException.class,
                () -> smaller.readPlan(new ByteArrayInputStream(bytes))).problem())
                .startsWith("The document is larger than the limit of " + (bytes.length - 1) + " bytes");
    }

    @Test
    void lenientReader_fromBytes_reportsSkippedFieldsAtColumnsInCharacters() {
        List<SkippedField> skipped = new ArrayList<>();
        PolicyJson json = PolicyJson.builder().enable(ReaderOption.ALLOW_UNKNOWN_FIELDS).onSkippedField(skipped::add)
                .build();
        String text = JSON.writePlan(SamplePlans.minimal()).replace("\"id\": \"p\"",
                "\"id\": \"p\", \"说明\": \"太原\", \"extra\": 1");

        json.readPlan(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        String line = text.lines().filter(l -> l.contains("extra")).findFirst().orElseThrow();
        assertThat(skipped).extracting(SkippedField::name).containsExactly("说明", "extra");
        assertThat(skipped.get(1).column()).isEqualTo(line.indexOf("1,") + 1L);
    }

    @Test
    void duplicateField_insideASkippedValue_isStillAnError() {
        PolicyJson json = PolicyJson.builder().enable(ReaderOption.ALLOW_UNKNOWN_FIELDS).build();
        String text = JSON.writePlan(SamplePlans.minimal()).replace("\"id\": \"p\"",
                "\"id\": \"p\", \"extra\": {\"a\": 1, \"a\": 2}");

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> json.readPlan(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));

        assertThat(e.problem()).isEqualTo("Duplicate field 'a'");
    }

    @Test
    void readPlan_byteArray_givesTheModelOfTheStream() {
        Plan plan = SamplePlans.full();
        byte[] bytes = JSON.writePlan(plan).getBytes(StandardCharsets.UTF_8);

        assertThat(JSON.readPlan(bytes)).isEqualTo(plan).isEqualTo(JSON.readPlan(new ByteArrayInputStream(bytes)));
    }

    @Test
    void readJurisdictions_byteArray_givesTheListWritten() {
        byte[] bytes = JSON.writeJurisdictions(SamplePlans.jurisdictions()).getBytes(StandardCharsets.UTF_8);

        assertThat(JSON.readJurisdictions(bytes)).isEqualTo(SamplePlans.jurisdictions());
    }

    @Test
    void readPlan_bytesWithBadUtf8ReportsCharacterColumn() {
        String before = "{\"format\": \"policy-indicators/1.0\",\n\"title\": {\"zh\": \"太原市";
        byte[] bytes = join(before.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0xAF},
                "\"}}".getBytes(StandardCharsets.UTF_8));

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> JSON.readPlan(bytes));

        // the bad byte follows 20 characters (26 bytes) on the second line, inside the string
        assertThat(e.problem()).isEqualTo("The input is not valid UTF-8: invalid UTF-8 (0xC0) at byte offset "
                + before.getBytes(StandardCharsets.UTF_8).length);
        assertThat(new long[] {e.line(), e.column()}).containsExactly(2, 21);
        assertThat(e.pointer()).isEqualTo("/title/zh");
    }

    @Test
    void readPlan_bytesWithASyntaxErrorBeforeBadUtf8_reportsTheSyntaxError() {
        byte[] bytes = join("{\"id\": \"太原\" \"kind\": ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF});

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> JSON.readPlan(bytes));

        assertThat(e.problem()).startsWith("Malformed JSON");
        assertThat(e.column()).isEqualTo("{\"id\": \"太原\" \"".length());
    }

    @Test
    void readPlan_controlCharacterBeforeAZeroByte_isReportedWhereItStands_asFromCharacters() {
        // found by fuzzing: the zero byte cuts the input after the control character, and the
        // parser's error on that character stood at the cut, one column too far
        byte[] bytes = join(new byte[] {0x0B, 0x00}, "format\":\": policy-in\":ors/oroizn\":".getBytes(StandardCharsets.UTF_8));

        PolicyJsonException fromBytes = catchThrowableOfType(PolicyJsonException.class, () -> JSON.readPlan(bytes));
        PolicyJsonException fromText = catchThrowableOfType(PolicyJsonException.class,
                () -> JSON.readPlan(new String(bytes, StandardCharsets.UTF_8)));

        assertThat(fromBytes.line()).isEqualTo(1);
        assertThat(fromBytes.column()).isEqualTo(1);
        assertThat(fromBytes.problem()).contains("code 11");
        assertThat(fromBytes.column()).isEqualTo(fromText.column());
        assertThat(fromBytes.problem()).isEqualTo(fromText.problem());
    }

    @Test
    void readPlan_emptyBytes_isAnEmptyDocument() {
        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> JSON.readPlan(new byte[0]));

        assertThat(e.problem()).isEqualTo("The document is empty; expected a plan document");
        assertThat(new long[] {e.line(), e.column()}).containsExactly(1, 1);
    }

    @Test
    void readPlan_bytesBeyondTheSizeLimit_failWhereTheLimitIsReached_withTheColumnInCharacters() {
        String document = "{\"format\": \"policy-indicators/1.0\", \"id\": \"" + "规".repeat(100) + "\"}";
        PolicyJson json = PolicyJson.builder().maxDocumentSize(100).build();

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> json.readPlan(document.getBytes(StandardCharsets.UTF_8)));

        // 43 ASCII bytes, then whole characters of three bytes up to the limit: 19 of them
        assertThat(e.problem()).isEqualTo("The document is larger than the limit of 100 bytes"
                + " (PolicyJson.Builder.maxDocumentSize)");
        assertThat(new long[] {e.line(), e.column()}).containsExactly(1, 43 + 19 + 1);
        assertThat(e.pointer()).isEqualTo("/id");
    }

    private static byte[] join(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
