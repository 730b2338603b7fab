package org.policyindicators.examples.cli;

import java.time.Year;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of {@code report} beyond format and language: {@code --width N}, the width of the
 * terminal for the text format; {@code --only CODES}, the short form that lists only the targets
 * of some statuses; and {@code --as-of YEAR}, the last year taken as over when targets are assessed.
 */
final class ReportOptions {

    /** The width of the terminal, for the text format. */
    @Option(names = "--width", paramLabel = "N", defaultValue = "100", converter = WidthConverter.class,
            description = "Width of the terminal for the text format, at least 60 (default 100); "
                    + "no line is wider than N-1 columns.")
    int width = TextReport.DEFAULT_TERMINAL_WIDTH;

    /** The statuses of the targets to list. */
    @Option(names = "--only", paramLabel = "STATUS[,STATUS...]", converter = StatusFilter.Converter.class,
            description = "List only the indicators with a target of these statuses, and only those targets: "
                    + "achieved, on-track, behind, off-track, missed, not-assessable (such as behind,off-track,missed). "
                    + "The counts and findings stay those of the whole plan.")
    StatusFilter only = StatusFilter.ALL;

    /** The last year taken as over, null for each plan's latest observation. */
    @Option(names = "--as-of", paramLabel = "YEAR",
            description = "Assess targets as of YEAR: every year up to it is taken as over (default: the year "
                    + "of each plan's latest observation).")
    @Nullable Integer asOf;

    /**
     * Returns the year to assess the targets as of.
     *
     * @return the year, null for the year of each plan's latest observation
     */
    @Nullable Year asOf() {
        return asOf == null ? null : Year.of(asOf);
    }

    /** Converts a width, refusing one too narrow for the table. */
    static final class WidthConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int width;
            try {
                width = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a width; use a whole number of columns, "
                        + "at least " + TextReport.MIN_TERMINAL_WIDTH);
            }
            if (width < TextReport.MIN_TERMINAL_WIDTH) {
                throw new TypeConversionException("a width of " + width + " is too narrow for the table; use at least "
                        + TextReport.MIN_TERMINAL_WIDTH);
            }
            return width;
        }
    }
}
