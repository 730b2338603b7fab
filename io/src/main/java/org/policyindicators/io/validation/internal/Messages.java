package org.policyindicators.io.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.DecimalText;

/**
 * The message bundles of the validator, read as UTF-8 whatever the platform's default
 * charset, and the rendering of templates.
 *
 * <p>A template holds placeholders {@code {name}}, replaced by the parameter's value as plain
 * text, and {@code {#name}}, replaced by the bundle's translation of the value under
 * {@code term.<value>} (for codes such as {@code indicator} or {@code lower-is-better}). A key
 * may have variants for findings that carry other parameters, {@code key.2}, {@code key.3} and
 * so on; the first whose placeholders the parameters all fill is used. A
 * value is inserted once and never read as a template; control characters in it are escaped
 * and long values are shortened, so user data cannot change a message's form.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Messages {

    private static final String BASE = "/org/policyindicators/io/validation/Messages";
    private static final int MAX_VALUE_LENGTH = 120;
    /** A placeholder, {@code {name}} or {@code {#name}}: a brace, and all up to the first closing brace after it. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(#?)([^}]*)}");
    private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();

    private final List<ResourceBundle> chain;

    private Messages(List<ResourceBundle> chain) {
        this.chain = List.copyOf(chain);
    }

    /**
     * Returns the messages for a locale: its language and country bundle, its language
     * bundle, then the root (English) bundle, looked up key by key in that order.
     *
     * @param locale the locale, not null
     * @return the messages, not null
     */
    public static Messages forLocale(Locale locale) {
        String language = locale.getLanguage();
        String country = locale.getCountry();
        return CACHE.computeIfAbsent(language + "_" + country, k -> load(BASE, language, country));
    }

    /**
     * Reads the bundles of a base name afresh, without the cache: the language and country
     * bundle, the language bundle, then the root bundle, each where present.
     *
     * @param base the resource name of the root bundle without {@code .properties}, not null
     * @param language the language code, empty for none
     * @param country the country code, empty for none
     * @return the messages, not null
     * @throws MissingResourceException if there is no root bundle
     */
    static Messages load(String base, String language, String country) {
        List<ResourceBundle> chain = new ArrayList<>(3);
        if (!language.isEmpty() && !country.isEmpty()) {
            addIfPresent(chain, base + "_" + language + "_" + country + ".properties");
        }
        if (!language.isEmpty()) {
            addIfPresent(chain, base + "_" + language + ".properties");
        }
        if (!addIfPresent(chain, base + ".properties")) {
            throw new MissingResourceException("No message bundle " + base, Messages.class.getName(), "");
        }
        return new Messages(chain);
    }

    private static boolean addIfPresent(List<ResourceBundle> chain, String resource) {
        InputStream in = Messages.class.getResourceAsStream(resource);
        if (in == null) {
            return false;
        }
        // closing the reader closes the stream
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            chain.add(new PropertyResourceBundle(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return true;
    }

    /**
     * Looks a key up through the chain of bundles.
     *
     * @param key the key, not null
     * @return the text, null if no bundle has the key
     */
    public @Nullable String find(String key) {
        for (ResourceBundle bundle : chain) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return null;
    }

    /**
     * Chooses the template for a key and parameters: the first of the key and its variants
     * ({@code key.2}, {@code key.3}…) whose placeholders the parameters all fill, or the key's
     * own template if none does.
     *
     * @param key the key, not null
     * @param parameters the values by name, not null
     * @return the template, null if no bundle has the key
     */
    public @Nullable String template(String key, Map<String, ?> parameters) {
        String first = find(key);
        String candidate = first;
        for (int variant = 2; candidate != null; variant++) {
            if (parameters.keySet().containsAll(placeholders(candidate))) {
                return candidate;
            }
            candidate = find(key + "." + variant);
        }
        return first;
    }

    /**
     * Returns the names in the placeholders of a template, {@code #} removed.
     *
     * @param template the template, not null
     * @return the names in order of first use, not null
     */
    public static List<String> placeholders(String template) {
        List<String> names = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        while (placeholder.find()) {
            if (!names.contains(placeholder.group(2))) {
                names.add(placeholder.group(2));
            }
        }
        return names;
    }

    /**
     * Renders the template under a key with parameters, choosing among its variants as
     * {@link #template(String, Map)} does.
     *
     * @param key the key of the template, not null
     * @param parameters the values by name, not null
     * @return the rendered text; the key and the parameters when no bundle has the key
     */
    public String render(String key, Map<String, ?> parameters) {
        String template = template(key, parameters);
        if (template == null) {
            return key + " " + parameters;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        Matcher placeholder = PLACEHOLDER.matcher(template);
        int copied = 0;
        while (placeholder.find()) {
            out.append(template, copied, placeholder.start());
            Object value = parameters.get(placeholder.group(2));
            if (value == null) {
                out.append(placeholder.group());
            } else {
                String text = format(value);
                String translated = placeholder.group(1).isEmpty() ? null : find("term." + text);
                out.append(translated != null ? translated : escape(text));
            }
            copied = placeholder.end();
        }
        return out.append(template, copied, template.length()).toString();
    }

    /**
     * Formats a parameter value without regard to locale: decimals in the
     * {@linkplain DecimalText.Style#MESSAGE message style}, years and counts without grouping.
     *
     * @param value the value, not null
     * @return the text, not null
     */
    public static String format(Object value) {
        if (value instanceof BigDecimal d) {
            return DecimalText.format(d, DecimalText.Style.MESSAGE);
        }
        return String.valueOf(value);
    }

    /**
     * Escapes control and bidirectional-override characters and shortens long text, so that a
     * value from a document stays on one line and cannot reorder the text around it.
     *
     * @param text the text, not null
     * @return the escaped text, at most 121 characters, not null
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_VALUE_LENGTH) + 8);
        text.codePoints().limit(MAX_VALUE_LENGTH).forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202a && cp <= 0x202e)
                    || (cp >= 0x2066 && cp <= 0x2069)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (text.codePoints().skip(MAX_VALUE_LENGTH).findAny().isPresent()) {
            out.append('…');
        }
        return out.toString();
    }
}
