package org.policyindicators.examples.cli;

import java.util.Locale;

/**
 * The languages the command-line tool speaks: labels, messages and the names it prints.
 */
public enum Language {
    /** English. */
    EN(Locale.ENGLISH),
    /** Chinese. */
    ZH(Locale.CHINESE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /**
     * Returns the BCP 47 language tag ({@code en}, {@code zh}), used to pick texts of the model.
     *
     * @return the tag, not null
     */
    public String tag() {
        return locale.getLanguage();
    }

    /**
     * Returns the locale of the labels and of the validator's messages.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    @Override
    public String toString() {
        return tag();
    }
}
