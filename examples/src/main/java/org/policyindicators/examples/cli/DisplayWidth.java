package org.policyindicators.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The number of terminal columns a string takes: East Asian wide and fullwidth characters (汉字,
 * fullwidth punctuation, Hangul, emoji) take two, combining marks and zero-width characters none,
 * everything else one. This follows Unicode's East Asian Width property for the ranges that occur
 * in practice, as terminals do. Text is {@linkplain #wrap(String, int) wrapped} by that width.
 */
public final class DisplayWidth {

    /** Characters that never start a line: closing brackets and quotes, and punctuation that ends a clause. */
    private static final String NO_BREAK_BEFORE = "，。、；：？！）》」』】〕〉’”…%)]},.;:!?";
    /** Characters that never end a line: opening brackets and quotes. */
    private static final String NO_BREAK_AFTER = "（《「『【〔〈‘“([{";
    /** Characters after which a word may break: dashes; not hyphens and slashes, which identifiers hold. */
    private static final String BREAK_AFTER = "–—";

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

    /**
     * Wraps a text into lines of at most {@code width} display columns, never cutting it: lines
     * break at spaces (which are dropped), between two wide characters (Chinese has no spaces), and
     * after a dash inside a word; never before a closing bracket or a comma or
     * full stop, and never after an opening bracket. A word wider than the line is split where it
     * must. Line breaks and tabs count as spaces; a hyphen or slash never breaks a word, so that
     * identifiers, codes and JSON Pointers stay whole where they fit.
     *
     * @param text the text, not null
     * @param width the widest line, at least 2 (so that a wide character fits)
     * @return the lines, at least one (empty for an empty text), none with a leading or trailing space
     * @throws IllegalArgumentException if the width is less than 2
     */
    public static List<String> wrap(String text, int width) {
        return wrap(text, width, width);
    }

    /**
     * Wraps a text as {@link #wrap(String, int)} does, with a different width for the lines after
     * the first, as for a hanging indent.
     *
     * @param text the text, not null
     * @param width the widest first line, at least 2
     * @param continuationWidth the widest later line, at least 2
     * @return the lines, at least one, none with a leading or trailing space
     * @throws IllegalArgumentException if a width is less than 2
     */
    public static List<String> wrap(String text, int width, int continuationWidth) {
        if (width < 2 || continuationWidth < 2) {
            throw new IllegalArgumentException("Cannot wrap to fewer than 2 columns: " + width + ", "
                    + continuationWidth);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        int limit = width;
        for (Segment segment : segments(text)) {
            int w = of(segment.text());
            int gap = used > 0 && segment.spaceBefore() ? 1 : 0;
            if (used + gap + w <= limit) {
                line.append(gap == 1 ? " " : "").append(segment.text());
                used += gap + w;
                continue;
            }
            if (used > 0) {
                lines.add(line.toString());
                line.setLength(0);
                limit = continuationWidth;
            }
            String rest = segment.text();
            while (of(rest) > limit) {
                int cut = prefix(rest, limit);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
                limit = continuationWidth;
            }
            line.append(rest);
            used = of(rest);
        }
        if (used > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Returns the display width of the widest piece of a text that {@link #wrap(String, int)}
     * never breaks when it fits: a word, a number with its unit, a period such as
     * {@code (2021-04/2022-03)}. A column at least this wide wraps the text without splitting
     * any of them.
     *
     * @param text the text, not null
     * @return the width in display columns, 0 for a blank text
     */
    public static int widestWord(String text) {
        int widest = 0;
        for (Segment segment : segments(text)) {
            widest = Math.max(widest, of(segment.text()));
        }
        return widest;
    }

    /** A piece of text that is never broken unless it is wider than a line. */
    private record Segment(String text, boolean spaceBefore) {
    }

    private static List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean space = false;
        int previous = -1;
        int currentWidth = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ' || cp == '\n' || cp == '\r' || cp == '\t') {
                if (current.length() > 0) {
                    segments.add(new Segment(current.toString(), space));
                    current.setLength(0);
                    currentWidth = 0;
                }
                space = !segments.isEmpty();
                previous = -1;
                continue;
            }
            int w = of(cp);
            if (previous >= 0 && w > 0 && breaksBetween(previous, cp, currentWidth)) {
                segments.add(new Segment(current.toString(), space));
                current.setLength(0);
                currentWidth = 0;
                space = false;
            }
            current.appendCodePoint(cp);
            currentWidth += w;
            if (w > 0) {
                previous = cp;
            }
        }
        if (current.length() > 0) {
            segments.add(new Segment(current.toString(), space));
        }
        return segments;
    }

    /** Whether a line may break between two characters that no space separates. */
    private static boolean breaksBetween(int before, int after, int widthSoFar) {
        if (NO_BREAK_BEFORE.indexOf(after) >= 0 || NO_BREAK_AFTER.indexOf(before) >= 0) {
            return false;
        }
        if (isWide(before) || isWide(after)) {
            return true;
        }
        // "Jinci–Tianlongshan"
        return BREAK_AFTER.indexOf(before) >= 0 && widthSoFar >= 2 && Character.isLetterOrDigit(after);
    }

    /** The length of the longest head of {@code s} at most {@code width} columns wide; one code point at least. */
    private static int prefix(String s, int width) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int w = of(cp);
            if (used + w > width && i > 0) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return i;
    }
}
