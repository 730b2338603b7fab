package org.policyindicators.io.validation.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A JSON Pointer (RFC 6901) built one reference token at a time, each step in constant time:
 * it shares the pointer it extends, so that the pointers of every element of a deep goal tree
 * cost memory linear in the tree, and is spelled out only when a finding needs it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Pointer {

    /** The pointer to the whole document, spelled as the empty string. */
    public static final Pointer ROOT = new Pointer(null, null, -1, 0);

    private final @Nullable Pointer parent;
    private final @Nullable String name;
    private final int index;
    private final int depth;

    private Pointer(@Nullable Pointer parent, @Nullable String name, int index, int depth) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.depth = depth;
    }

    /**
     * Extends this pointer by a member name.
     *
     * @param member the member name, unescaped, not null
     * @return the longer pointer, not null
     */
    public Pointer field(String member) {
        return new Pointer(this, member, -1, depth + 1);
    }

    /**
     * Extends this pointer by an array index.
     *
     * @param arrayIndex the index, from 0
     * @return the longer pointer, not null
     */
    public Pointer index(int arrayIndex) {
        return new Pointer(this, null, arrayIndex, depth + 1);
    }

    /**
     * Spells the pointer out, member names escaped, without recursion.
     *
     * @return the pointer, empty for the whole document, not null
     */
    @Override
    public String toString() {
        Pointer[] steps = new Pointer[depth];
        Pointer current = this;
        for (int i = depth - 1; i >= 0; i--) {
            steps[i] = current;
            current = current.parent;
        }
        StringBuilder out = new StringBuilder();
        for (Pointer step : steps) {
            out.append('/');
            if (step.name != null) {
                out.append(escape(step.name));
            } else {
                out.append(step.index);
            }
        }
        return out.toString();
    }

    /** Escapes a reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** The array index a reference token spells as RFC 6901 does (no leading zero) in up to nine digits; else -1. */
    static int index(String token) {
        boolean digits = !token.isEmpty() && token.length() <= 9 && token.chars().allMatch(c -> c >= '0' && c <= '9');
        return digits && (token.length() == 1 || token.charAt(0) != '0') ? Integer.parseInt(token) : -1;
    }

    /**
     * Splits a pointer, empty or starting with {@code /}, into its unescaped reference tokens:
     * {@code ~1} becomes {@code /}, then {@code ~0} becomes {@code ~}, so that {@code ~01} is {@code ~1}.
     */
    static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (!pointer.isEmpty()) {
            for (String raw : pointer.substring(1).split("/", -1)) {
                tokens.add(raw.replace("~1", "/").replace("~0", "~"));
            }
        }
        return tokens;
    }
}
