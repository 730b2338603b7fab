package org.policyindicators.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.PolicyJsonException;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.Severity;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * One file given on the command line, read: a plan document, a jurisdiction list, or the reason
 * it cannot be read.
 *
 * @param file the file as given, not null
 * @param plan the plan, null if the file is not a readable plan document
 * @param jurisdictions the jurisdictions, null if the file is not a readable jurisdiction list
 * @param readError why the file cannot be read, null if it was read
 */
record InputFile(Path file, @Nullable Plan plan, @Nullable List<Jurisdiction> jurisdictions,
        @Nullable ReadError readError) {

    /** The code of the finding for a file that cannot be read. */
    static final String UNREADABLE = FindingKind.UNREADABLE_DOCUMENT.code();

    /**
     * Why a file cannot be read.
     *
     * @param problem what is wrong, not null
     * @param line the line, from 1; 0 if not known
     * @param column the column, from 1; 0 if not known
     * @param pointer the JSON Pointer of the value concerned, empty for the whole document, not null
     */
    record ReadError(String problem, long line, long column, String pointer) {

        /**
         * Creates a read error.
         *
         * @param problem see the class documentation
         * @param line see the class documentation
         * @param column see the class documentation
         * @param pointer see the class documentation
         */
        ReadError {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(pointer, "pointer");
        }
    }

    /**
     * Creates an input file.
     *
     * @param file see the class documentation
     * @param plan see the class documentation
     * @param jurisdictions see the class documentation
     * @param readError see the class documentation
     */
    InputFile {
        Objects.requireNonNull(file, "file");
        jurisdictions = jurisdictions == null ? null : List.copyOf(jurisdictions);
    }

    /**
     * Reads a file: a jurisdiction list when its root object has a {@code jurisdictions} field,
     * a plan document otherwise.
     *
     * @param file the file, not null
     * @param json the reader, not null
     * @param labels the labels for file-system problems, not null
     * @return the input, with a read error if it cannot be read; not null
     */
    static InputFile read(Path file, PolicyJson json, Labels labels) {
        if (Files.isDirectory(file)) {
            return failed(file, labels.get("read.directory"));
        }
        try {
            if (isJurisdictionList(file)) {
                return new InputFile(file, null, json.readJurisdictions(file), null);
            }
            return new InputFile(file, json.readPlan(file), null, null);
        } catch (PolicyJsonException e) {
            return new InputFile(file, null, null,
                    new ReadError(e.problem(), Math.max(0, e.line()), Math.max(0, e.column()), e.pointer()));
        } catch (NoSuchFileException e) {
            return failed(file, labels.get("read.missing"));
        } catch (AccessDeniedException e) {
            return failed(file, labels.get("read.denied"));
        } catch (IOException e) {
            return failed(file, labels.get("read.failed", Main.describe(e)));
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            String problem = cause instanceof NoSuchFileException ? labels.get("read.missing")
                    : cause instanceof AccessDeniedException ? labels.get("read.denied")
                    : labels.get("read.failed", Main.describe(cause));
            return failed(file, problem);
        }
    }

    private static InputFile failed(Path file, String problem) {
        return new InputFile(file, null, null, new ReadError(problem, 0, 0, ""));
    }

    /**
     * Looks at the fields of the root object only. Anything that is not well-formed is left to
     * the plan reader, which reports it with its position.
     */
    private static boolean isJurisdictionList(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = JsonReport.MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                if ("jurisdictions".equals(p.currentName())) {
                    return true;
                }
                p.nextToken();
                p.skipChildren();
            }
            return false;
        } catch (JacksonException notWellFormed) {
            return false;
        }
    }

    /**
     * Returns the finding that says why the file cannot be read, with the validator's message for
     * {@link FindingKind#UNREADABLE_DOCUMENT} in a language.
     *
     * @param locale the language of the message, not null
     * @return the finding, empty if the file was read
     */
    Optional<ReportFinding> readFinding(Locale locale) {
        if (readError == null) {
            return Optional.empty();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("problem", readError.problem());
        if (readError.line() > 0 && readError.column() > 0) {
            parameters.put("line", (int) Math.min(Integer.MAX_VALUE, readError.line()));
            parameters.put("column", (int) Math.min(Integer.MAX_VALUE, readError.column()));
        }
        String pointer = readError.pointer();
        String message = new Finding(FindingKind.UNREADABLE_DOCUMENT, Severity.ERROR, file.toString(), pointer,
                parameters).message(locale);
        return Optional.of(new ReportFinding(ReportFinding.ERROR, UNREADABLE, pointer, message,
                (int) Math.min(Integer.MAX_VALUE, readError.line()),
                (int) Math.min(Integer.MAX_VALUE, readError.column())));
    }

    /**
     * Writes the read error as one line for standard error: {@code file:line:column: error:
     * problem (at pointer)}, the position and pointer left out where not known.
     *
     * @return the line, empty if the file was read
     */
    Optional<String> errorLine() {
        if (readError == null) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder(file.toString());
        if (readError.line() > 0) {
            line.append(':').append(readError.line()).append(':').append(readError.column());
        }
        line.append(": error: ").append(readError.problem());
        if (!readError.pointer().isEmpty()) {
            line.append(" (at ").append(readError.pointer()).append(')');
        }
        return Optional.of(line.toString());
    }
}
