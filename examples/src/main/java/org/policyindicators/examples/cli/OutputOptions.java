package org.policyindicators.examples.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every command that prints a report shares: {@code --format text|json|html} and
 * {@code --lang en|zh}.
 */
final class OutputOptions {

    /** How a report is printed. */
    enum Format {
        /** Aligned text for a terminal. */
        TEXT,
        /** One JSON document. */
        JSON,
        /** One self-contained HTML page with charts; {@code report} only. */
        HTML
    }

    /** The format of the output. */
    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text", converter = FormatConverter.class,
            completionCandidates = FormatCandidates.class,
            description = "Output format: text (default), json, or html (report only).")
    Format format = Format.TEXT;

    /** The language of the output. */
    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", converter = LanguageConverter.class,
            completionCandidates = LanguageCandidates.class,
            description = "Language of labels, names and messages: en (default) or zh.")
    Language language = Language.EN;

    /** Converts {@code en} and {@code zh}, in any case. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            for (Language l : Language.values()) {
                if (l.tag().equalsIgnoreCase(value)) {
                    return l;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a language; use en or zh");
        }
    }

    /** Converts {@code text} and {@code json}, in any case. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.name().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a format; use text, json or html");
        }
    }

    /** The values of {@code --lang}, for help and shell completion. */
    static final class LanguageCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(Language.values()).stream().map(Language::tag).iterator();
        }
    }

    /** The values of {@code --format}, for help and shell completion. */
    static final class FormatCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(Format.values()).stream().map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }
}
