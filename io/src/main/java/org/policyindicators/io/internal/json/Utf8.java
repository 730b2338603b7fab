package org.policyindicators.io.internal.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * Checks bytes for well-formed UTF-8 (Unicode, table 3-7) without decoding them: no overlong
 * forms, no encoded surrogates, nothing above U+10FFFF, no truncated sequence. It accepts exactly
 * what the JDK's strict decoder decodes; Jackson's byte parser is laxer, so bytes are checked here
 * before it parses them.
 */
final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /** Tells whether bytes[from, to) are well-formed UTF-8. */
    static boolean isWellFormed(byte[] bytes, int from, int to) {
        return firstIllFormed(bytes, from, to) == to;
    }

    /** Returns the first index in [from, to) that does not begin a well-formed sequence, else {@code to}. */
    static int firstIllFormed(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b >= 0) {
                // JSON is mostly ASCII: skip eight such bytes at a time
                i++;
                // equivalent mutants (the bound, the mask): this loop only saves time; the byte loop
                // finds the same first ill-formed byte
                while (i + Long.BYTES <= to && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                    i += Long.BYTES;
                }
                continue;
            }
            b &= 0xFF;
            if (b > 0xE0 && b < 0xF0 && b != 0xED) {
                // three bytes with no range to check beyond the continuations: most of CJK
                if (i + 2 >= to || (((bytes[i + 1] & 0xC0) ^ 0x80) | ((bytes[i + 2] & 0xC0) ^ 0x80)) != 0) {
                    return i;
                }
                i += 3;
            } else if (b < 0xC2 || b > 0xF4) {
                // a continuation byte without a lead, a two-byte overlong form, or beyond U+10FFFF
                return i;
            } else {
                int length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
                if (i + length > to || !second(b, bytes[i + 1])) {
                    return i;
                }
                for (int k = 2; k < length; k++) {
                    if ((bytes[i + k] & 0xC0) != 0x80) {
                        return i;
                    }
                }
                i += length;
            }
        }
        return to;
    }

    /**
     * Describes for people the ill-formed sequence at {@code at}, the input ending at {@code to},
     * whose byte offset in the input as a whole is {@code offset}.
     */
    static String problem(byte[] bytes, int at, int to, long offset) {
        int b = bytes[at] & 0xFF;
        int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        // cut short: what there is of the sequence could begin a well-formed one (equivalent mutant,
        // to - at <= length: a whole sequence found ill-formed holds a byte that ends the cut below)
        boolean cut = b >= 0xC2 && b <= 0xF4 && to - at < length && (to - at == 1 || second(b, bytes[at + 1]));
        for (int i = at + 2; cut && i < to; i++) {
            cut = (bytes[i] & 0xC0) == 0x80;
        }
        StringBuilder sequence = new StringBuilder(String.format(Locale.ROOT, "0x%02X", b));
        for (int i = at + 1; cut && i < to; i++) {
            sequence.append(String.format(Locale.ROOT, " 0x%02X", bytes[i] & 0xFF));
        }
        return "The input is not valid UTF-8: " + (cut ? "incomplete UTF-8 sequence at the end of the input"
                : "invalid UTF-8") + " (" + sequence + ") at byte offset " + offset;
    }

    /**
     * Returns the columns in UTF-16 code units of a well-formed document in bytes[from, to), whose
     * parser counts columns in bytes; for one document and one thread. Lines end as the parser
     * ends them: at {@code \n}, {@code \r\n} or a lone {@code \r}.
     */
    static Errors.Columns columns(byte[] bytes, int from, int to) {
        return new Errors.Columns() {
            private long line = 1;
            private int lineStart = from;

            @Override
            public long column(long wanted, long byteColumn) {
                // equivalent mutant (<=): going back to line 1 for the current line finds it again
                if (wanted < line) {
                    line = 1;
                    lineStart = from;
                }
                // equivalent mutant (i <= to): the parser names no line that starts beyond the range,
                // so the wanted line is found before i reaches to
                for (int i = lineStart; line < wanted && i < to; i++) {
                    if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == to || bytes[i + 1] != '\n')) {
                        line++;
                        lineStart = i + 1;
                    }
                }
                int end = (int) Math.min(to, lineStart + byteColumn - 1);
                // a column inside a multi-byte character (the parser read past its first byte) is
                // the column of that character; a line never starts with a continuation byte, so
                // (equivalent mutant) end >= lineStart stops there as well
                while (end > lineStart && end < to && (bytes[end] & 0xC0) == 0x80) {
                    end--;
                }
                // the UTF-16 code units before it: two for a four-byte sequence, else one
                long column = 1;
                for (int i = lineStart; i < end; i++) {
                    int b = bytes[i] & 0xFF;
                    column += (b & 0xC0) != 0x80 ? (b >= 0xF0 ? 2 : 1) : 0;
                }
                return column;
            }
        };
    }

    /**
     * Tells whether a byte can follow a lead byte of 0xC2 to 0xF4: a continuation byte within the
     * range that excludes overlong forms below U+0800 or U+10000, the surrogates U+D800..U+DFFF and
     * what lies above U+10FFFF.
     */
    private static boolean second(int lead, byte b) {
        int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        int v = b & 0xFF;
        return v >= low && v <= high;
    }
}
