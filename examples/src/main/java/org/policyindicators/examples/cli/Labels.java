package org.policyindicators.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The labels of the command-line tool in one language, read from the UTF-8 resource bundle
 * {@code org/policyindicators/examples/cli/labels}.
 *
 * <p>Placeholders {@code {0}}, {@code {1}}, … are replaced literally by the given strings; no
 * other character is special, so labels may contain quotes and braces of their own.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Labels {

    private static final String BUNDLE = "org.policyindicators.examples.cli.labels";

    private final Language language;
    private final ResourceBundle bundle;

    private Labels(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /**
     * Loads the labels of a language.
     *
     * @param language the language, not null
     * @return the labels, not null
     */
    public static Labels of(Language language) {
        Objects.requireNonNull(language, "language");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), Labels.class.getClassLoader(),
                new Utf8Control());
        return new Labels(language, bundle);
    }

    /**
     * Returns the language of these labels.
     *
     * @return the language, not null
     */
    public Language language() {
        return language;
    }

    /**
     * Returns a label with its placeholders replaced.
     *
     * @param key the key, not null
     * @param arguments the strings for {@code {0}}, {@code {1}}, …, not null
     * @return the label, not null
     * @throws MissingResourceException if the key is not in the bundle
     */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            int index = close > i + 1 ? argumentIndex(pattern.substring(i + 1, close)) : -1;
            if (index >= 0 && index < arguments.length) {
                // one pass, so that an argument containing "{1}" is never replaced again
                out.append(arguments[index]);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int argumentIndex(String digits) {
        if (digits.length() > 2 || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    /**
     * Returns whether a key is in the bundle.
     *
     * @param key the key, not null
     * @return true if {@link #get} finds it
     */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Reads properties files as UTF-8, whatever the platform's default charset. */
    private static final class Utf8Control extends ResourceBundle.Control {

        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            // English is the root bundle; never fall back to the JVM's default locale
            return null;
        }

        @Override
        public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader,
                boolean reload) throws IOException {
            String resource = toResourceName(toBundleName(baseName, locale), "properties");
            InputStream in = loader.getResourceAsStream(resource);
            if (in == null) {
                return null;
            }
            try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new PropertyResourceBundle(reader);
            }
        }
    }
}
