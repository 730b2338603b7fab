package org.policyindicators.io.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamWriteException;
import tools.jackson.core.util.JsonGeneratorDelegate;

/**
 * Refuses, as it writes them, a string, field name or number longer than the reader's limits, so
 * that nothing is written that the reader of the same instance would refuse. Nesting is limited
 * by the generator's own constraints, the document size by the engine as it counts the output.
 */
final class LimitedGenerator extends JsonGeneratorDelegate {

    /** The longest int or long, "-9223372036854775808": shorter number limits need a check. */
    private static final int LONGEST_INTEGER = 20;

    private final Limits limits;

    LimitedGenerator(JsonGenerator delegate, Limits limits) {
        super(delegate, false);
        this.limits = limits;
    }

    @Override
    public JsonGenerator writeName(String name) {
        checkName(name.length());
        return super.writeName(name);
    }

    @Override
    public JsonGenerator writeName(SerializableString name) {
        checkName(name.charLength());
        return super.writeName(name);
    }

    private void checkName(int length) {
        if (length > limits.maxStringLength()) {
            // blame the object that holds the name: the context's own path ends with the previous name
            throw beyond("A field name", length, limits.maxStringLength(), "maxStringLength",
                    Reading.pointer(streamWriteContext().getParent()).toString());
        }
    }

    @Override
    public JsonGenerator writeString(String text) {
        string(text.length());
        return super.writeString(text);
    }

    @Override
    public JsonGenerator writeString(char[] text, int offset, int len) {
        string(len);
        return super.writeString(text, offset, len);
    }

    @Override
    public JsonGenerator writeNumber(String encodedValue) {
        number(encodedValue.length());
        return super.writeNumber(encodedValue);
    }

    @Override
    public JsonGenerator writeNumber(BigDecimal v) {
        number(v.toString().length());
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeNumber(BigInteger v) {
        number(v.toString().length());
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeNumber(int v) {
        integer(v);
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeNumber(long v) {
        integer(v);
        return super.writeNumber(v);
    }

    private void integer(long v) {
        // equivalent mutant (<=): under a limit of exactly 20 every long fits, checked or not
        if (limits.maxNumberLength() < LONGEST_INTEGER) {
            number(Long.toString(v).length());
        }
    }

    private void string(int length) {
        if (length > limits.maxStringLength()) {
            throw beyond("A string", length, limits.maxStringLength(), "maxStringLength", valuePointer(this));
        }
    }

    private void number(int length) {
        if (length > limits.maxNumberLength()) {
            throw beyond("A number", length, limits.maxNumberLength(), "maxNumberLength", valuePointer(this));
        }
    }

    private BeyondLimitException beyond(String what, int length, int max, String limit, String pointer) {
        return new BeyondLimitException(this, what + " of " + length + " characters is longer than the reader limit of "
                + max + " characters; raise " + limit + " to write it", pointer);
    }

    /** The pointer of the value about to be written: an array counts it only once written. */
    static String valuePointer(JsonGenerator g) {
        TokenStreamContext context = g.streamWriteContext();
        if (context.inArray()) {
            return Reading.pointer(context.getParent()).index(context.getEntryCount()).toString();
        }
        return Reading.pointer(context).toString();
    }

    /** What the reader of the same instance would refuse, with the JSON Pointer of the value. */
    static final class BeyondLimitException extends StreamWriteException {

        private static final long serialVersionUID = 1L;

        private final String pointer;

        BeyondLimitException(JsonGenerator g, String message, String pointer) {
            super(g, message);
            this.pointer = pointer;
        }

        String pointer() {
            return pointer;
        }
    }
}
