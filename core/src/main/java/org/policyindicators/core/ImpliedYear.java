package org.policyindicators.core;

/**
 * Why a target has a year that its own sentence does not state: the context fixes it. A
 * five-year plan's chapter on 2021–2025 fixes 2025 for 主要目标 without a year; a heading or
 * lead phrase such as 到2025年 governs the sentences under it; a paragraph that opens with
 * 预计到"十四五"末期 governs the sentences that follow in it. The target's own
 * {@link Target#year() year} holds the year; this record says that it was implied and by what.
 *
 * <p>A target without an implied year has {@code null} in its place: its year, if any, is stated.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param basis what in the context fixes the year, not null
 * @param context the exact words of the source that fix the year (到2025年, 预计到"十四五"末期),
 *     empty when none are quoted (the plan's horizon), not null
 */
public record ImpliedYear(Basis basis, String context) {

    /**
     * What in the context of a sentence fixes the year of its target.
     */
    public enum Basis {
        /** The horizon of the plan or of the chapter the sentence sits in (a five-year plan's 2021–2025 chapters). */
        HORIZON,
        /** A heading or lead phrase that governs the sentence, such as 到2025年. */
        HEADING,
        /** The opening of the paragraph the sentence is in, such as 预计到"十四五"末期. */
        PARAGRAPH;

        /**
         * Returns the code used in the JSON format, in kebab case.
         *
         * @return the code, not null
         */
        public String code() {
            return Codes.kebab(this);
        }

        /**
         * Obtains a constant from its code.
         *
         * @param code the kebab-case code, not null
         * @return the constant, not null
         * @throws PolicyException if no constant has that code
         */
        public static Basis ofCode(String code) {
            return Codes.ofCode(Basis.class, code);
        }
    }

    /**
     * Creates an implied year.
     *
     * @param basis see the class documentation
     * @param context see the class documentation
     */
    public ImpliedYear {
        Checks.notNull(basis, "basis");
        Checks.notNull(context, "context");
    }

    /**
     * Obtains an implied year from its basis and the words that fix it.
     *
     * @param basis what fixes the year, not null
     * @param context the exact words of the source, empty if none are quoted, not null
     * @return the implied year, not null
     */
    public static ImpliedYear of(Basis basis, String context) {
        return new ImpliedYear(basis, context);
    }

    /**
     * Obtains a year implied by the horizon of the plan or chapter, with no words quoted.
     *
     * @return the implied year, not null
     */
    public static ImpliedYear ofHorizon() {
        return new ImpliedYear(Basis.HORIZON, "");
    }
}
