package org.policyindicators.core;

import org.jspecify.annotations.Nullable;

/**
 * A code of an indicator in an outside framework, so that tools can match it with their own
 * data: the SDG indicator {@code 3.2.1}, the SDMX series {@code SH_DYN_MORT}, an IATI indicator
 * vocabulary's code.
 *
 * <p>Schemes are open. Those with a meaning of their own here: {@code sdg} (a global SDG
 * indicator number such as {@code 3.2.1}), {@code sdmx-series} (an SDMX series code), and
 * {@code iati-1} to {@code iati-99} for the IATI IndicatorVocabulary codes (1 is WHO
 * Registry, 99 reporting organisation).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param scheme the code list or framework, lower-case kebab case, not null
 * @param code the code in that scheme, exactly as the scheme writes it, not blank
 * @param uri a web address of the indicator's definition, null if none is given
 */
public record IndicatorCode(String scheme, String code, @Nullable String uri) {

    /**
     * Creates a code.
     *
     * @param scheme see the class documentation
     * @param code see the class documentation
     * @param uri see the class documentation
     * @throws PolicyException if the scheme is not kebab case or the code is blank
     */
    public IndicatorCode {
        Checks.notNull(scheme, "scheme");
        if (!Codes.isCode(scheme)) {
            throw new PolicyException("Invalid code scheme '" + scheme + "': use lower-case letters, digits and hyphens");
        }
        Identifiers.requireNotBlank(code, "code");
        if (uri != null) {
            Identifiers.requireNotBlank(uri, "uri");
        }
    }

    /**
     * Obtains a code without a web address.
     *
     * @param scheme the scheme, such as {@code sdg}, not null
     * @param code the code, such as {@code 3.2.1}, not blank
     * @return the code, not null
     */
    public static IndicatorCode of(String scheme, String code) {
        return new IndicatorCode(scheme, code, null);
    }
}
