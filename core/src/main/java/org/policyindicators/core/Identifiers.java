package org.policyindicators.core;

/**
 * The rule for identifiers: of plans, goals, indicators, jurisdictions and source documents,
 * and of the references to them.
 *
 * <p>An identifier is {@linkplain #isValid(CharSequence) valid} when it has 1 to
 * {@value #MAX_LENGTH} characters, the first an ASCII letter or digit and the others ASCII
 * letters, digits, {@code .}, {@code _} or {@code -} (the regular expression
 * {@code [A-Za-z0-9][A-Za-z0-9._-]{0,127}}): {@code cn-140109-fyp-14}, {@code 3.2.1},
 * {@code SH_DYN_MORT}. Such identifiers survive every URL, file name, JSON Pointer and
 * spreadsheet unchanged and compare equal whatever the Unicode normalisation; white space,
 * letters outside ASCII and a leading punctuation mark are not allowed.
 *
 * <p>The model's constructors require less: only that an identifier is
 * {@linkplain #requireNotBlank(String, String) not blank}, as the JSON Schema's
 * {@code Identifier} type does. A document with an invalid identifier thus still loads, and the
 * validator reports each invalid one as a finding rather than stopping at the first.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Identifiers {

    /** The most characters a valid identifier has. */
    public static final int MAX_LENGTH = 128;

    private Identifiers() {
    }

    /**
     * Returns whether a string is a valid identifier, as the class documentation defines it.
     * Checked character by character, without a regular expression, because the validator
     * checks every identifier of every document.
     *
     * @param value the string, not null
     * @return true if valid; false for the empty string, for a string longer than
     *     {@value #MAX_LENGTH} characters and for any character other than those allowed
     */
    public static boolean isValid(CharSequence value) {
        int n = Checks.notNull(value, "value").length();
        if (n == 0 || n > MAX_LENGTH || !isAsciiAlphanumeric(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = value.charAt(i);
            if (!isAsciiAlphanumeric(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether a string is not blank: whether it holds a character that is not white
     * space as {@link String#isBlank()} defines it (tab to carriage return, U+001C to U+001F,
     * and the Unicode space, line and paragraph separators except the no-break spaces U+00A0,
     * U+2007 and U+202F). This is all the model requires of an identifier; every
     * {@linkplain #isValid(CharSequence) valid} identifier is not blank.
     *
     * @param value the string, not null
     * @return true if the string holds a character other than white space; false for the
     *     empty string
     */
    public static boolean isNotBlank(String value) {
        return !Checks.notNull(value, "value").isBlank();
    }

    /**
     * Checks that a string can be held as an identifier, that is, is {@linkplain #isNotBlank(String)
     * not blank}, as the model's constructors require.
     *
     * @param value the string, not null
     * @param name the name of the parameter, for the message, not null
     * @return the string, unchanged
     * @throws NullPointerException naming the parameter if the string is null
     * @throws PolicyException if the string is blank
     */
    public static String requireNotBlank(String value, String name) {
        Checks.notNull(value, name);
        if (value.isBlank()) {
            throw new PolicyException(name + " must not be blank");
        }
        return value;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
