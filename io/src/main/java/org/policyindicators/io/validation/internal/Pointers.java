package org.policyindicators.io.validation.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON Pointers (RFC 6901): building them from names and indices, and splitting them.
 */
public final class Pointers {

    private Pointers() {
    }

    /**
     * Appends a member name, escaped.
     *
     * @param pointer the pointer so far, not null
     * @param name the member name, not null
     * @return the longer pointer, not null
     */
    public static String field(String pointer, String name) {
        return pointer + "/" + escape(name);
    }

    /**
     * Appends an array index.
     *
     * @param pointer the pointer so far, not null
     * @param index the index, from 0
     * @return the longer pointer, not null
     */
    public static String index(String pointer, int index) {
        return pointer + "/" + index;
    }

    /**
     * Escapes a reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}.
     *
     * @param token the token, not null
     * @return the escaped token, not null
     */
    public static String escape(String token) {
        return token.indexOf('~') < 0 && token.indexOf('/') < 0 ? token
                : token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Splits a pointer into its unescaped reference tokens.
     *
     * @param pointer the pointer, empty or starting with {@code /}, not null
     * @return the tokens, empty for the whole document, not null
     */
    public static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}
