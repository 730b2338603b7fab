package org.policyindicators.core;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A text in one or more languages, keyed by BCP 47 language tag ({@code zh}, {@code zh-Hans},
 * {@code en}).
 *
 * <p>Tags are kept as given and ordered alphabetically, so equal texts iterate in the same
 * order. Values are kept exactly, including empty strings and any Unicode.
 * {@link #resolve(String)} looks a language up with fallback: the tag itself, then the tag
 * shortened subtag by subtag ({@code zh-Hans-CN} → {@code zh-Hans} → {@code zh}), then any
 * tag of the same primary language, then the first entry. As in BCP 47, case does not matter
 * there ({@code zh-hans} is found for {@code zh-Hans}), though an exact match is preferred.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param values the texts by language tag, not null, without null keys or values
 */
public record Text(Map<String, String> values) {

    /** The text with no language at all. */
    public static final Text EMPTY = new Text(Map.of());

    /**
     * Creates a text, copying the map.
     *
     * @param values the texts by language tag, not null
     * @throws PolicyException if a tag is blank or contains characters other than letters,
     *     digits and hyphens
     */
    public Text {
        Checks.notNull(values, "values");
        if (values.size() == 1) {
            // most texts hold one language: a map of one entry is sorted as it is
            Map.Entry<String, String> only = values.entrySet().iterator().next();
            values = Map.of(checkedTag(only.getKey(), only.getValue()), only.getValue());
        } else {
            TreeMap<String, String> copy = new TreeMap<>();
            values.forEach((tag, text) -> copy.put(checkedTag(tag, text), text));
            values = Collections.unmodifiableMap(copy);
        }
    }

    private static String checkedTag(String tag, String text) {
        Checks.notNull(tag, "language tag");
        Checks.notNull(text, "text for " + tag);
        if (!isWellFormedTag(tag)) {
            throw new PolicyException("Invalid language tag '" + tag + "'");
        }
        return tag;
    }

    /**
     * Obtains a text in one language.
     *
     * @param tag the BCP 47 language tag, not null
     * @param text the text, not null
     * @return the text, not null
     */
    public static Text of(String tag, String text) {
        return new Text(Map.of(Checks.notNull(tag, "tag"), Checks.notNull(text, "text")));
    }

    /**
     * Obtains a text in two languages.
     *
     * @param tag1 the first language tag, not null
     * @param text1 the text in the first language, not null
     * @param tag2 the second language tag, not null and not equal to {@code tag1}
     * @param text2 the text in the second language, not null
     * @return the text, not null
     * @throws PolicyException if the tags are equal
     */
    public static Text of(String tag1, String text1, String tag2, String text2) {
        Checks.notNull(tag1, "tag1");
        Checks.notNull(text1, "text1");
        Checks.notNull(tag2, "tag2");
        Checks.notNull(text2, "text2");
        if (tag1.equals(tag2)) {
            throw new PolicyException("Language tag '" + tag1 + "' is given twice");
        }
        return new Text(Map.of(tag1, text1, tag2, text2));
    }

    /**
     * Obtains a Chinese ({@code zh}) text.
     *
     * @param text the text, not null
     * @return the text, not null
     */
    public static Text zh(String text) {
        return of("zh", Checks.notNull(text, "text"));
    }

    /**
     * Obtains a Chinese and English text.
     *
     * @param zh the Chinese text, not null
     * @param en the English text, not null
     * @return the text, not null
     */
    public static Text zhEn(String zh, String en) {
        return of("zh", Checks.notNull(zh, "zh"), "en", Checks.notNull(en, "en"));
    }

    /**
     * Returns a copy with the text in one language added or replaced.
     *
     * @param tag the language tag, not null
     * @param text the text, not null
     * @return the changed copy, not null
     */
    public Text with(String tag, String text) {
        TreeMap<String, String> copy = new TreeMap<>(values);
        copy.put(Checks.notNull(tag, "tag"), Checks.notNull(text, "text"));
        return new Text(copy);
    }

    /**
     * Returns whether this text has no language at all.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * Returns the text stored under exactly this tag, without fallback.
     *
     * @param tag the language tag, not null
     * @return the text, empty if that tag is absent
     */
    public Optional<String> get(String tag) {
        return Optional.ofNullable(values.get(Checks.notNull(tag, "tag")));
    }

    /**
     * Looks a language up with fallback, as described in the class documentation.
     *
     * @param tag the wanted language tag, not null
     * @return the best text, empty only if this text is empty
     */
    public Optional<String> resolve(String tag) {
        Checks.notNull(tag, "tag");
        String wanted = tag;
        while (!wanted.isEmpty()) {
            String hit = lookUp(wanted);
            if (hit != null) {
                return Optional.of(hit);
            }
            int dash = wanted.lastIndexOf('-');
            // dash <= 0 would be equivalent: a dash at 0 leaves "" either way (an equivalent mutant)
            wanted = dash < 0 ? "" : wanted.substring(0, dash);
        }
        String primary = primary(tag);
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (primary(entry.getKey()).equalsIgnoreCase(primary)) {
                return Optional.of(entry.getValue());
            }
        }
        return values.values().stream().findFirst();
    }

    /**
     * Looks a locale up with fallback, as {@link #resolve(String)} does for its language tag.
     *
     * @param locale the wanted locale, not null
     * @return the best text, empty only if this text is empty
     */
    public Optional<String> resolve(Locale locale) {
        return resolve(Checks.notNull(locale, "locale").toLanguageTag());
    }

    /**
     * Returns the best text for a language, or the empty string if this text is empty.
     *
     * @param tag the wanted language tag, not null
     * @return the text, not null
     */
    public String best(String tag) {
        return resolve(tag).orElse("");
    }

    /** The text under a tag, exactly or else ignoring case, as BCP 47 tags are case-insensitive. */
    private @Nullable String lookUp(String tag) {
        String exact = values.get(tag);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(tag)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        // dash <= 0 would be equivalent: a stored tag never starts with a dash, and a wanted tag that does is
        // compared only with stored ones, which match neither "" nor it (an equivalent mutant)
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    private static boolean isWellFormedTag(String tag) {
        if (tag.isEmpty() || tag.length() > 64 || tag.startsWith("-") || tag.endsWith("-")) {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            // tag.charAt(i + 1) would be equivalent: a dash follows a dash exactly where one precedes one, and a
            // trailing dash is refused above (an equivalent mutant)
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || (c == '-' && tag.charAt(i - 1) != '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
