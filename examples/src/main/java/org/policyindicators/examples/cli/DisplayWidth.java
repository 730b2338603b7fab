package org.policyindicators.examples.cli;

/**
 * The number of terminal columns a string takes: East Asian wide and fullwidth characters (汉字,
 * fullwidth punctuation, Hangul, emoji) take two, combining marks and zero-width characters none,
 * everything else one. This follows Unicode's East Asian Width property for the ranges that occur
 * in practice, as terminals do.
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    /**
     * Returns the display width of a string.
     *
     * @param s the string, not null
     * @return the number of columns
     */
    public static int of(CharSequence s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /**
     * Returns the display width of one code point: 0, 1 or 2.
     *
     * @param cp the code point
     * @return the number of columns
     */
    public static int of(int cp) {
        int type = Character.getType(cp);
        if (cp == 0 || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || cp == 0x200B) {
            return 0;
        }
        if (Character.isISOControl(cp)) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)        // Hangul Jamo initials
                || (cp >= 0x2E80 && cp <= 0x303E)    // CJK radicals, Kangxi, CJK symbols and punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)    // Hiragana … CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)    // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)    // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)    // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)    // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)    // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)    // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)    // fullwidth forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs, emoticons
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x1FA70 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and beyond
    }

    /**
     * Pads a string with spaces on the right to a display width; a longer string is cut to the
     * width, ending with an ellipsis, without splitting a wide character.
     *
     * @param s the string, not null
     * @param width the wanted display width, at least 1
     * @return the padded or cut string, exactly {@code width} columns wide
     */
    public static String fit(String s, int width) {
        int w = of(s);
        if (w <= width) {
            return s + " ".repeat(width - w);
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = of(cp);
            if (used + cw > width - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += cw;
            i += Character.charCount(cp);
        }
        out.append('…');
        used += 1;
        return out + " ".repeat(Math.max(0, width - used));
    }

    /**
     * Pads a string with spaces on the left to a display width (for numbers); a longer string
     * is returned unchanged.
     *
     * @param s the string, not null
     * @param width the wanted display width
     * @return the padded string, not null
     */
    public static String padLeft(String s, int width) {
        int w = of(s);
        return w >= width ? s : " ".repeat(width - w) + s;
    }
}
