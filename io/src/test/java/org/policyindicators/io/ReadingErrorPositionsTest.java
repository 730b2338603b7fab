package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a reading error is: its problem, line, column in characters and JSON Pointer, from bytes and from characters alike. */
class ReadingErrorPositionsTest {

    private static final PolicyJson JSON = PolicyJson.standard();
    private static final String FORMAT = "\"format\": \"" + PolicyJson.FORMAT + "\"";

    private static PolicyJsonException fromBytes(PolicyJson json, byte[] bytes) {
        return catchThrowableOfType(PolicyJsonException.class, () -> json.readPlan(bytes));
    }

    private static PolicyJsonException fromStream(PolicyJson json, byte[] bytes) {
        return catchThrowableOfType(PolicyJsonException.class, () -> json.readPlan(new ByteArrayInputStream(bytes)));
    }

    private static PolicyJsonException fromText(PolicyJson json, String text) {
        return catchThrowableOfType(PolicyJsonException.class, () -> json.readPlan(text));
    }

    @Test
    void readPlan_bytesEndingWithinASequence_isAnIncompleteSequenceAtTheEndOfTheInput() {
        // 0xE5 0xA4 are the first two of the three bytes of 太
        byte[] bytes = Arrays.copyOf("{\"id\": \"ab太".getBytes(StandardCharsets.UTF_8), 12);

        for (PolicyJsonException e : new PolicyJsonException[] {fromBytes(JSON, bytes), fromStream(JSON, bytes)}) {
            assertThat(e.problem()).isEqualTo("The input is not valid UTF-8: incomplete UTF-8 sequence at the end"
                    + " of the input (0xE5 0xA4) at byte offset 10");
            assertThat(new long[] {e.line(), e.column()}).containsExactly(1, 11);
            assertThat(e.pointer()).isEqualTo("/id");
        }
    }

    @ParameterizedTest(name = "line ending {0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void readPlan_errorOnTheSecondLine_isAtItsColumnInCharacters_whateverEndsTheFirst(String ending) {
        String text = "{" + ending + "\"title\": {\"zh\": \"太原\" x}}";

        PolicyJsonException bytes = fromBytes(JSON, text.getBytes(StandardCharsets.UTF_8));
        PolicyJsonException chars = fromText(JSON, text);

        // x is the 22nd character of the second line
        assertThat(new long[] {bytes.line(), bytes.column()}).containsExactly(2, 22);
        assertThat(new long[] {chars.line(), chars.column()}).containsExactly(2, 22);
        assertThat(bytes.pointer()).isEqualTo(chars.pointer()).isEqualTo("/title/zh");
    }

    @Test
    void readPlan_bytesEndingWithACarriageReturn_failAtTheStartOfTheLineAfterIt() {
        PolicyJsonException e = fromBytes(JSON, "{\r".getBytes(StandardCharsets.UTF_8));

        assertThat(new long[] {e.line(), e.column()}).containsExactly(2, 1);
        assertThat(fromText(JSON, "{\r").column()).isEqualTo(1);
    }

    @Test
    void readPlan_fieldNameLongerThanTheLimit_isRefusedAtTheObjectThatHoldsIt() {
        PolicyJson json = PolicyJson.builder().maxStringLength(25).build();
        String name = "n".repeat(26);
        String nested = "{" + FORMAT + ", \"title\": {\"zh\": \"x\", \"" + name + "\": \"y\"}}";
        String atRoot = "{" + FORMAT + ", \"" + name + "\": 1}";

        for (PolicyJsonException e : new PolicyJsonException[] {fromText(json, nested),
            fromBytes(json, nested.getBytes(StandardCharsets.UTF_8))}) {
            assertThat(e.problem()).isEqualTo(
                    "A field name is longer than the limit of 25 characters (PolicyJson.Builder.maxStringLength)");
            assertThat(e.pointer()).isEqualTo("/title");
            assertThat(e.line()).isEqualTo(1);
        }
        assertThat(fromText(json, atRoot).pointer()).isEmpty();
        assertThat(fromText(json, atRoot).problem()).startsWith("A field name is longer than the limit of 25");
    }

    @Test
    void readPlan_fieldNameOfTheLimit_isNoLimitError() {
        PolicyJson json = PolicyJson.builder().maxStringLength(25).build();
        String text = "{" + FORMAT + ", \"" + "n".repeat(25) + "\": 1}";

        PolicyJsonException e = fromText(json, text);

        // the name is read, and refused as unknown
        assertThat(e.problem()).doesNotContain("limit");
        assertThat(e.pointer()).isEqualTo("/" + "n".repeat(25));
    }

    @Test
    void readPlan_readerThatFails_isAnUncheckedIOExceptionWithTheReadersException() {
        IOException failure = new IOException("the disk is gone");
        Reader failing = new Reader() {
            private final Reader start = new StringReader("{" + FORMAT + ", ");

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = start.read(buffer, offset, length);
                if (n < 0) {
                    throw failure;
                }
                return n;
            }

            @Override
            public void close() {
            }
        };

        UncheckedIOException e = catchThrowableOfType(UncheckedIOException.class, () -> JSON.readPlan(failing));

        assertThat(e).hasCauseReference(failure);
    }
}
