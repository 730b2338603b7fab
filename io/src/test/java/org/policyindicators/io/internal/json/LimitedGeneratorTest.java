package org.policyindicators.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * Each way of writing a string, name or number is held to the reader's limits: at the limit it is
 * written, one character beyond it is refused before anything of it is written.
 */
class LimitedGeneratorTest {

    /** Strings and names of at most 5 characters, numbers of at most 4. */
    private static final Limits LIMITS = new Limits(10, 5, 4, 1000);

    private final StringWriter out = new StringWriter();
    private final JsonGenerator g = new LimitedGenerator(new JsonFactory().createGenerator(out), LIMITS);

    private String written() {
        g.flush();
        return out.toString();
    }

    private LimitedGenerator.BeyondLimitException refused(Executable write) {
        return catchThrowableOfType(LimitedGenerator.BeyondLimitException.class, write::execute);
    }

    @Test
    void writeName_ofTheLimit_isWritten_andLongerIsRefusedAtTheObjectThatHoldsIt() {
        g.writeStartObject();
        g.writeName("outer");
        g.writeStartObject();
        g.writeName("abcde");
        g.writeNumber("1");

        LimitedGenerator.BeyondLimitException e = refused(() -> g.writeName("abcdef"));

        assertThat(e.getOriginalMessage()).isEqualTo(
                "A field name of 6 characters is longer than the reader limit of 5 characters; raise maxStringLength"
                        + " to write it");
        assertThat(e.pointer()).isEqualTo("/outer");
        assertThat(written()).isEqualTo("{\"outer\":{\"abcde\":1");
    }

    @Test
    void writeName_serializable_ofTheLimit_isWritten_andLongerIsRefused() {
        g.writeStartObject();
        g.writeName(new SerializedString("abcde"));
        g.writeNumber("1");

        LimitedGenerator.BeyondLimitException e = refused(() -> g.writeName(new SerializedString("abcdef")));

        assertThat(e.getOriginalMessage()).startsWith("A field name of 6 characters is longer than the reader limit"
                + " of 5 characters");
        assertThat(e.pointer()).isEmpty();
        assertThat(written()).isEqualTo("{\"abcde\":1");
    }

    @Test
    void writeString_fromCharacters_ofTheLimit_isWritten_andLongerIsRefusedAtTheValue() {
        char[] text = "xabcdefx".toCharArray();
        g.writeStartArray();
        g.writeString(text, 1, 5);

        LimitedGenerator.BeyondLimitException e = refused(() -> g.writeString(text, 1, 6));

        assertThat(e.getOriginalMessage()).isEqualTo(
                "A string of 6 characters is longer than the reader limit of 5 characters; raise maxStringLength"
                        + " to write it");
        assertThat(e.pointer()).isEqualTo("/1");
        assertThat(written()).isEqualTo("[\"abcde\"");
    }

    @Test
    void writeNumber_decimal_ofTheLimit_isWritten_andLongerIsRefused() {
        g.writeStartArray();
        g.writeNumber(new BigDecimal("-1.5"));

        LimitedGenerator.BeyondLimitException e = refused(() -> g.writeNumber(new BigDecimal("-1.25")));

        assertThat(e.getOriginalMessage()).isEqualTo(
                "A number of 5 characters is longer than the reader limit of 4 characters; raise maxNumberLength"
                        + " to write it");
        assertThat(e.pointer()).isEqualTo("/1");
        assertThat(written()).isEqualTo("[-1.5");
    }

    @Test
    void writeNumber_bigInteger_ofTheLimit_isWritten_andLongerIsRefused() {
        g.writeStartArray();
        g.writeNumber(new BigInteger("-999"));

        LimitedGenerator.BeyondLimitException e = refused(() -> g.writeNumber(new BigInteger("10000")));

        assertThat(e.getOriginalMessage()).startsWith("A number of 5 characters is longer than the reader limit of 4");
        assertThat(written()).isEqualTo("[-999");
    }

    @Test
    void writeNumber_longAndInt_ofTheLimit_areWritten_andLongerAreRefused() {
        g.writeStartArray();
        g.writeNumber(-999L);
        g.writeNumber(9999);

        LimitedGenerator.BeyondLimitException asLong = refused(() -> g.writeNumber(10_000L));
        LimitedGenerator.BeyondLimitException asInt = refused(() -> g.writeNumber(-1000));

        assertThat(asLong.getOriginalMessage()).startsWith("A number of 5 characters is longer than the reader limit");
        assertThat(asLong.pointer()).isEqualTo("/2");
        assertThat(asInt.getOriginalMessage()).startsWith("A number of 5 characters is longer than the reader limit");
        assertThat(written()).isEqualTo("[-999,9999");
    }

    @Test
    void writeNumber_longestLong_isWrittenUnderALimitOfItsLength() {
        StringWriter longest = new StringWriter();
        JsonGenerator twenty = new LimitedGenerator(new JsonFactory().createGenerator(longest),
                new Limits(10, 5, 20, 1000));

        twenty.writeNumber(Long.MIN_VALUE);
        twenty.flush();

        assertThat(longest.toString()).isEqualTo("-9223372036854775808");
    }
}
