package org.policyindicators.io.hostile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cuts a well-formed JSON document at every token boundary: before and after every brace,
 * bracket, colon, comma, string, number and literal. For each cut it knows where the input ends
 * (line and column, in UTF-16 code units, counted from 1) and which values were open there, so
 * that a test can check the error a reader gives for the truncated document.
 *
 * <p>The tokenizer here is deliberately independent of the reader under test; it accepts only
 * the well-formed documents it is given.
 */
final class Truncations {

    /**
     * One truncated document.
     *
     * @param text the document up to the cut, not null
     * @param line the line at which the input ends, from 1
     * @param column the column at which the input ends, from 1: one past the last character
     * @param pointers the JSON Pointers a reader may blame: the innermost open value, and the
     *     member or element of it that is being read or was read last, not null
     */
    record Cut(String text, long line, long column, Set<String> pointers) {
    }

    private Truncations() {
    }

    /**
     * Returns every cut of a document at a token boundary, shortest first, without the empty
     * cut and the whole document.
     *
     * @param document a well-formed JSON document, not null
     * @return the cuts, not null
     */
    static List<Cut> of(String document) {
        Set<Integer> boundaries = new TreeSet<>();
        int i = 0;
        while (i < document.length()) {
            char c = document.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end = tokenEnd(document, i);
            boundaries.add(i);
            boundaries.add(end);
            i = end;
        }
        boundaries.remove(0);
        // a cut in the trailing white space leaves a whole document
        boundaries.removeIf(cut -> document.substring(cut).isBlank());
        List<Cut> cuts = new ArrayList<>();
        for (int cut : boundaries) {
            String text = document.substring(0, cut);
            cuts.add(new Cut(text, lineAt(text), columnAt(text), openPointers(text)));
        }
        return cuts;
    }

    /**
     * Returns the line at the end of a text, counted from 1.
     *
     * @param text the text, not null
     * @return the line
     */
    static long lineAt(String text) {
        return 1 + text.chars().filter(c -> c == '\n').count();
    }

    /**
     * Returns the column one past the end of a text, counted from 1 in UTF-16 code units.
     *
     * @param text the text, not null
     * @return the column
     */
    static long columnAt(String text) {
        return text.length() - text.lastIndexOf('\n');
    }

    private static int tokenEnd(String s, int start) {
        char c = s.charAt(start);
        if ("{}[]:,".indexOf(c) >= 0) {
            return start + 1;
        }
        if (c == '"') {
            int i = start + 1;
            while (s.charAt(i) != '"') {
                i += s.charAt(i) == '\\' ? 2 : 1;
            }
            return i + 1;
        }
        int i = start;
        while (i < s.length() && "{}[]:,\" \t\r\n".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** Replays the structure of a prefix to find the open values at its end. */
    private static Set<String> openPointers(String prefix) {
        Deque<Frame> stack = new ArrayDeque<>();
        int i = 0;
        while (i < prefix.length()) {
            char c = prefix.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end = tokenEnd(prefix, i);
            Frame top = stack.peek();
            switch (c) {
                case '{', '[' -> {
                    String path = top == null ? "" : top.path + "/" + top.member();
                    stack.push(new Frame(path, c == '['));
                }
                case '}', ']' -> stack.pop();
                case ',' -> {
                    top.last = top.member();
                    if (top.array) {
                        top.index++;
                    } else {
                        top.key = null;
                    }
                }
                case ':' -> {
                    // the key is already set
                }
                default -> {
                    if (top != null && !top.array && top.key == null) {
                        top.key = escape(prefix.substring(i + 1, end - 1));
                    }
                }
            }
            i = end;
        }
        Set<String> pointers = new TreeSet<>();
        Frame top = stack.peek();
        if (top != null) {
            pointers.add(top.path);
            if (top.array || top.key != null) {
                pointers.add(top.path + "/" + top.member());
            }
            if (top.last != null) {
                pointers.add(top.path + "/" + top.last);
            }
        }
        return pointers;
    }

    private static String escape(String key) {
        // as a pointer segment; the documents cut here use no JSON escapes in keys
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static final class Frame {
        final String path;
        final boolean array;
        int index;
        String key;
        String last;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }

        String member() {
            return array ? Integer.toString(index) : key;
        }
    }
}
