package org.policyindicators.io.internal.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks bytes for well-formed UTF-8 (Unicode, table 3-7) without decoding them: no overlong
 * forms, no encoded surrogates, nothing above U+10FFFF, no truncated sequence. It accepts exactly
 * what {@link StrictUtf8Reader} decodes, so that a document that passes here reads the same
 * through Jackson's byte parser as through the strict reader.
 */
final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /**
     * Tells whether the bytes are well-formed UTF-8.
     *
     * @param bytes the bytes, not null
     * @param from the first index
     * @param to the index after the last
     * @return true if every sequence is well formed
     */
    static boolean isWellFormed(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b >= 0) {
                // JSON is mostly ASCII: skip eight such bytes at a time
                i++;
                while (i + Long.BYTES <= to && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                    i += Long.BYTES;
                }
                continue;
            }
            b &= 0xFF;
            if (b >= 0xE1 && b <= 0xEF && b != 0xED) {
                // three bytes with no range to check beyond the continuations: most of CJK
                if (i + 2 >= to || (((bytes[i + 1] & 0xC0) ^ 0x80) | ((bytes[i + 2] & 0xC0) ^ 0x80)) != 0) {
                    return false;
                }
                i += 3;
            } else if (b < 0xC2) {
                // a continuation byte without a lead, or a two-byte overlong form
                return false;
            } else if (b < 0xE0) {
                if (i + 1 >= to || !continuation(bytes[i + 1], 0x80, 0xBF)) {
                    return false;
                }
                i += 2;
            } else if (b < 0xF0) {
                int low = b == 0xE0 ? 0xA0 : 0x80; // overlong below U+0800
                int high = b == 0xED ? 0x9F : 0xBF; // surrogates U+D800..U+DFFF
                if (i + 2 >= to || !continuation(bytes[i + 1], low, high) || !continuation(bytes[i + 2], 0x80, 0xBF)) {
                    return false;
                }
                i += 3;
            } else if (b < 0xF5) {
                int low = b == 0xF0 ? 0x90 : 0x80; // overlong below U+10000
                int high = b == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF
                if (i + 3 >= to || !continuation(bytes[i + 1], low, high) || !continuation(bytes[i + 2], 0x80, 0xBF)
                        || !continuation(bytes[i + 3], 0x80, 0xBF)) {
                    return false;
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte b, int low, int high) {
        int v = b & 0xFF;
        return v >= low && v <= high;
    }
}
