package org.policyindicators.io;

import java.io.BufferedOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Plan;
import org.policyindicators.io.internal.json.JsonEngine;
import org.policyindicators.io.internal.json.JurisdictionList;
import org.policyindicators.io.internal.json.Limits;

/**
 * Reads and writes the Policy Indicators JSON format: plan documents, jurisdiction lists and
 * catalogs of plans in JSON Lines, from and to files, byte streams, character streams and strings.
 *
 * <pre>{@code
 * PolicyJson json = PolicyJson.standard();
 * Plan plan = json.readPlan(Path.of("plan.json"));
 * json.writePlan(plan, Path.of("copy.json"));
 * try (Stream<Plan> plans = json.readCatalog(Path.of("plans.jsonl"))) {
 *     plans.forEach(...);
 * }
 * }</pre>
 *
 * <h2>Documents</h2>
 * A plan document is a JSON object with {@code "format": "policy-indicators/1.1"} and the fields
 * of {@link Plan}; a jurisdiction list is {@code {"format": "policy-indicators/1.1",
 * "jurisdictions": [...]}}; a catalog has one compact plan document on each line. That format,
 * {@value #FORMAT}, is the one written; any {@code policy-indicators/1.x} is read. The
 * {@linkplain #schema() JSON Schema} describes every field.
 *
 * <h2>Reading</h2>
 * Reading is strict. Each of the following is a {@link PolicyJsonException} with the line, the
 * column and the JSON Pointer of the problem: input that is not UTF-8 or starts with a
 * byte-order mark; empty input; malformed JSON; content after the root value; a duplicate field;
 * {@code NaN} or an infinity; a value of the wrong JSON type (no coercion at all: a year is a
 * JSON integer, a decimal a JSON number, a flag {@code true} or {@code false}, a code a string;
 * {@code null} is never a value, absent fields take their defaults); an unknown code or target
 * type; an unknown field, unless {@link ReaderOption#ALLOW_UNKNOWN_FIELDS} is enabled; a missing
 * required field; a format other than {@code policy-indicators/1.x}; what the model's
 * constructors reject; input beyond a limit. Documents of any minor version 1.x are read; fields
 * that a later minor version adds are unknown fields.
 *
 * <p>The limits, each set on the {@link Builder}: the nesting depth of arrays and objects
 * ({@value #DEFAULT_MAX_NESTING_DEPTH} by default), the length of a string or field name
 * ({@value #DEFAULT_MAX_STRING_LENGTH} characters), the length of a number
 * ({@value #DEFAULT_MAX_NUMBER_LENGTH} characters) and the size of a document
 * ({@value #DEFAULT_MAX_DOCUMENT_SIZE} bytes, 16 MiB; counted in bytes for files and byte
 * streams, in characters for character streams and strings; for a catalog, of each line).
 * Reading stops at the first limit exceeded, so memory stays bounded by the limits. A document
 * read from bytes is held in memory, at most {@code maxDocumentSize} bytes, while it is parsed
 * once; a document read from characters is parsed as it is read.
 *
 * <h2>Writing</h2>
 * Output is UTF-8, deterministic (an equal model gives the same bytes) and ends with a line feed.
 * Fields come in the order of the record components ({@code "format"} and a target's
 * {@code "type"} first); a field is left out when it is null, an empty list, an empty text,
 * {@code false}, the modality {@code plain} or a unit scale of 0. Decimals are written exactly as
 * held, keeping their scale: {@code 4.0} stays {@code 4.0}, {@code 1160.1} stays {@code 1160.1}.
 * A value whose scale is from 0 to 64 is written in plain notation ({@code 0E-10} as
 * {@code 0.0000000000}); any other value in scientific notation with an exponent that keeps its
 * scale ({@code 1E+3}, {@code 1E-70}), so that reading gives back the identical
 * {@link java.math.BigDecimal}. A string with an unpaired surrogate cannot be encoded in UTF-8
 * and is an error. An instance never writes what its own reader would refuse: a string or field
 * name, a number, a nesting or a document (for a catalog, a line; counted in UTF-8 bytes) beyond
 * its limits is an error with the JSON Pointer of the value and no line or column. A file is
 * written to a temporary file beside it, moved into its place once complete, so that it is
 * replaced whole or not at all; on failure the file is left as it was and the temporary file is
 * deleted. Streams and writers passed in are written as the document is generated; every value is
 * checked before it is written, so when the model cannot be written they may hold the part of the
 * document before the refused value (never more than {@code maxDocumentSize} bytes) and nothing
 * after it. To get all or nothing there, write to a string or a buffer first.
 *
 * <h2>Sources, targets and errors</h2>
 * Files and bytes are UTF-8. Streams and readers passed in are read to their end, streams and
 * writers written to are flushed, and none is closed. A method that reads throws a
 * {@link PolicyJsonException} when the input is not a valid document of the kind it reads (its
 * column counts characters, UTF-16 code units, for bytes too); a method that writes throws one
 * when the model holds a string that UTF-8 cannot encode or a value beyond a reader limit (for
 * a catalog, with the plans before it written). Failures of the file system or of a stream are
 * {@link UncheckedIOException}s.
 *
 * <p>This class is immutable and thread-safe; build one instance and share it. A listener for
 * skipped fields is called on the reading thread.
 */
public final class PolicyJson {

    /** The format version that written documents carry. */
    public static final String FORMAT = "policy-indicators/1.1";

    /** The {@code $id} of the JSON Schema of the format. */
    public static final String SCHEMA_ID = "https://policyindicators.org/schema/policy-indicators-1.1.schema.json";

    /** The resource that holds the JSON Schema, for {@link Class#getResourceAsStream(String)}. */
    public static final String SCHEMA_RESOURCE = "/org/policyindicators/io/policy-indicators-1.1.schema.json";

    /** The default limit of nesting depth. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 100;

    /** The default limit of the length of a string or field name, in characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

    /** The default limit of the length of a number, in characters. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 1_000;

    /** The default limit of the size of a document or catalog line: 16 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_SIZE = 16_777_216L;

    private static final System.Logger LOGGER = System.getLogger("org.policyindicators.io");

    private static final PolicyJson STANDARD = builder().build();

    private final Set<ReaderOption> options;
    private final Limits limits;
    private final OutputStyle outputStyle;
    private final JsonEngine engine;

    private PolicyJson(Builder builder) {
        this.options = Set.copyOf(builder.options);
        this.limits = new Limits(builder.maxNestingDepth, builder.maxStringLength, builder.maxNumberLength,
                builder.maxDocumentSize);
        this.outputStyle = builder.outputStyle;
        Consumer<SkippedField> listener = !options.contains(ReaderOption.ALLOW_UNKNOWN_FIELDS) ? null
                : builder.listener != null ? builder.listener::accept : PolicyJson::log;
        this.engine = new JsonEngine(limits, listener, outputStyle == OutputStyle.PRETTY);
    }

    private static void log(SkippedField skipped) {
        LOGGER.log(System.Logger.Level.WARNING, "Skipped unknown field {0} (line {1}, column {2})",
                skipped.pointer(), skipped.line(), skipped.column());
    }

    /**
     * Returns the standard instance: strict reading, the default limits, pretty output.
     *
     * @return the instance, not null
     */
    public static PolicyJson standard() {
        return STANDARD;
    }

    /**
     * Starts building an instance with strict reading, the default limits and pretty output.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the format, whose {@code $id} is
     * {@value #SCHEMA_ID}.
     *
     * @return the schema text, not null
     */
    public static String schema() {
        try (InputStream in = PolicyJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- configuration

    /**
     * Returns the reader options enabled.
     *
     * @return the options, not null
     */
    public Set<ReaderOption> readerOptions() {
        return options;
    }

    /**
     * Returns the deepest nesting of arrays and objects that is read.
     *
     * @return the limit, at least 1
     */
    public int maxNestingDepth() {
        return limits.maxNestingDepth();
    }

    /**
     * Returns the length of the longest string or field name that is read, in characters.
     *
     * @return the limit, at least 1
     */
    public int maxStringLength() {
        return limits.maxStringLength();
    }

    /**
     * Returns the length of the longest number that is read, in characters.
     *
     * @return the limit, at least 1
     */
    public int maxNumberLength() {
        return limits.maxNumberLength();
    }

    /**
     * Returns the size of the largest document (or catalog line) that is read, in bytes for byte
     * input and in characters for character input.
     *
     * @return the limit, at least 1
     */
    public long maxDocumentSize() {
        return limits.maxDocumentSize();
    }

    /**
     * Returns how documents are laid out.
     *
     * @return the style, not null
     */
    public OutputStyle outputStyle() {
        return outputStyle;
    }

    // ---- plans and jurisdiction lists; errors as the class describes them

    /**
     * Reads a plan document from a file.
     *
     * @param file the file, not null
     * @return the plan, not null
     */
    public Plan readPlan(Path file) {
        return read(file, engine::readPlan);
    }

    /**
     * Reads a plan document from bytes, parsed where they are, not copied: they must not change
     * meanwhile. Empty is an error, and so are more than {@link #maxDocumentSize()} bytes, a
     * byte-order mark and ill-formed UTF-8.
     *
     * @param bytes the document, not null
     * @return the plan, not null
     */
    public Plan readPlan(byte[] bytes) {
        return engine.readPlan(Objects.requireNonNull(bytes, "bytes"));
    }

    /**
     * Reads a plan document from a byte stream.
     *
     * @param in the stream, not null
     * @return the plan, not null
     */
    public Plan readPlan(InputStream in) {
        return engine.readPlan(Objects.requireNonNull(in, "in"));
    }

    /**
     * Reads a plan document from a character stream.
     *
     * @param in the reader, not null
     * @return the plan, not null
     */
    public Plan readPlan(Reader in) {
        return engine.readPlan(Objects.requireNonNull(in, "in"));
    }

    /**
     * Reads a plan document from a string.
     *
     * @param json the document, not null
     * @return the plan, not null
     */
    public Plan readPlan(String json) {
        return engine.readPlan(new StringReader(Objects.requireNonNull(json, "json")));
    }

    /**
     * Writes a plan document to a string.
     *
     * @param plan the plan, not null
     * @return the document, ending with a line feed, not null
     */
    public String writePlan(Plan plan) {
        return engine.text(Objects.requireNonNull(plan, "plan"));
    }

    /**
     * Writes a plan document to a file, replacing it whole or not at all through a temporary file
     * beside it.
     *
     * @param plan the plan, not null
     * @param file the file, not null
     */
    public void writePlan(Plan plan, Path file) {
        write(Objects.requireNonNull(plan, "plan"), file);
    }

    /**
     * Writes a plan document to a byte stream as it is generated.
     *
     * @param plan the plan, not null
     * @param out the stream, not null
     */
    public void writePlan(Plan plan, OutputStream out) {
        write(Objects.requireNonNull(plan, "plan"), out);
    }

    /**
     * Writes a plan document to a character stream as it is generated.
     *
     * @param plan the plan, not null
     * @param out the writer, not null
     */
    public void writePlan(Plan plan, Writer out) {
        write(Objects.requireNonNull(plan, "plan"), out);
    }

    /**
     * Reads a jurisdiction list from a file.
     *
     * @param file the file, not null
     * @return the jurisdictions, not null
     */
    public List<Jurisdiction> readJurisdictions(Path file) {
        return read(file, engine::readJurisdictions);
    }

    /**
     * Reads a jurisdiction list from bytes as {@link #readPlan(byte[])} reads a plan.
     *
     * @param bytes the document, not null
     * @return the jurisdictions, not null
     */
    public List<Jurisdiction> readJurisdictions(byte[] bytes) {
        return engine.readJurisdictions(Objects.requireNonNull(bytes, "bytes"));
    }

    /**
     * Reads a jurisdiction list from a byte stream.
     *
     * @param in the stream, not null
     * @return the jurisdictions, not null
     */
    public List<Jurisdiction> readJurisdictions(InputStream in) {
        return engine.readJurisdictions(Objects.requireNonNull(in, "in"));
    }

    /**
     * Reads a jurisdiction list from a character stream.
     *
     * @param in the reader, not null
     * @return the jurisdictions, not null
     */
    public List<Jurisdiction> readJurisdictions(Reader in) {
        return engine.readJurisdictions(Objects.requireNonNull(in, "in"));
    }

    /**
     * Reads a jurisdiction list from a string.
     *
     * @param json the document, not null
     * @return the jurisdictions, not null
     */
    public List<Jurisdiction> readJurisdictions(String json) {
        return engine.readJurisdictions(new StringReader(Objects.requireNonNull(json, "json")));
    }

    /**
     * Writes a jurisdiction list to a string.
     *
     * @param jurisdictions the jurisdictions, not null
     * @return the document, ending with a line feed, not null
     */
    public String writeJurisdictions(List<Jurisdiction> jurisdictions) {
        return engine.text(new JurisdictionList(jurisdictions));
    }

    /**
     * Writes a jurisdiction list to a file as {@link #writePlan(Plan, Path)} writes a plan.
     *
     * @param jurisdictions the jurisdictions, not null
     * @param file the file, not null
     */
    public void writeJurisdictions(List<Jurisdiction> jurisdictions, Path file) {
        write(new JurisdictionList(jurisdictions), file);
    }

    /**
     * Writes a jurisdiction list to a byte stream as it is generated.
     *
     * @param jurisdictions the jurisdictions, not null
     * @param out the stream, not null
     */
    public void writeJurisdictions(List<Jurisdiction> jurisdictions, OutputStream out) {
        write(new JurisdictionList(jurisdictions), out);
    }

    /**
     * Writes a jurisdiction list to a character stream as it is generated.
     *
     * @param jurisdictions the jurisdictions, not null
     * @param out the writer, not null
     */
    public void writeJurisdictions(List<Jurisdiction> jurisdictions, Writer out) {
        write(new JurisdictionList(jurisdictions), out);
    }

    // ---- catalogs

    /**
     * Streams the plans of a catalog file in JSON Lines (one plan document per line). The stream
     * holds one plan at a time and reads lazily; close it to close the file. An error in a line
     * ends the stream with a {@link PolicyJsonException} whose line is that line; the plans of the
     * lines before it have been delivered. An empty file is an empty catalog; a blank line is an
     * error.
     *
     * @param file the file, not null
     * @return the plans in the order of the lines, not null
     */
    public Stream<Plan> readCatalog(Path file) {
        InputStream in = JsonEngine.unchecked(() -> Files.newInputStream(file));
        return engine.readCatalog(in).onClose(() -> JsonEngine.unchecked(() -> {
            in.close();
            return null;
        }));
    }

    /**
     * Streams the plans of a catalog from a byte stream as {@link #readCatalog(Path)} does from a
     * file. Closing the returned stream does not close the byte stream.
     *
     * @param in the stream, not null
     * @return the plans in the order of the lines, not null
     */
    public Stream<Plan> readCatalog(InputStream in) {
        return engine.readCatalog(Objects.requireNonNull(in, "in"));
    }

    /**
     * Streams the plans of a catalog from a character stream as {@link #readCatalog(Path)} does
     * from a file; the size limit counts characters. Closing the returned stream does not close
     * the reader.
     *
     * @param in the reader, not null
     * @return the plans in the order of the lines, not null
     */
    public Stream<Plan> readCatalog(Reader in) {
        return engine.readCatalog(Objects.requireNonNull(in, "in"));
    }

    /**
     * Writes plans as a catalog file in JSON Lines, replacing the file if it exists.
     *
     * @param plans the plans, not null
     * @param file the file, not null
     */
    public void writeCatalog(Iterable<? extends Plan> plans, Path file) {
        writeCatalog(Objects.requireNonNull(plans, "plans"), catalogWriter(file));
    }

    /**
     * Writes plans as a catalog in JSON Lines to a byte stream.
     *
     * @param plans the plans, not null
     * @param out the stream, not null
     */
    public void writeCatalog(Iterable<? extends Plan> plans, OutputStream out) {
        writeCatalog(Objects.requireNonNull(plans, "plans"), catalogWriter(out));
    }

    /**
     * Writes plans as a catalog in JSON Lines to a character stream.
     *
     * @param plans the plans, not null
     * @param out the writer, not null
     */
    public void writeCatalog(Iterable<? extends Plan> plans, Writer out) {
        writeCatalog(Objects.requireNonNull(plans, "plans"), catalogWriter(out));
    }

    private static void writeCatalog(Iterable<? extends Plan> plans, CatalogWriter writer) {
        try (writer) {
            plans.forEach(writer::write);
        }
    }

    /**
     * Opens a writer that adds plans one at a time to a catalog file, replacing the file if it
     * exists. Close it to close the file.
     *
     * @param file the file, not null
     * @return the writer, not null
     */
    public CatalogWriter catalogWriter(Path file) {
        Objects.requireNonNull(file, "file");
        return new CatalogWriter(engine,
                JsonEngine.unchecked(() -> new BufferedOutputStream(Files.newOutputStream(file), 65536)), true);
    }

    /**
     * Returns a writer that adds plans one at a time to a catalog on a byte stream. Closing it
     * flushes the stream but does not close it.
     *
     * @param out the stream, not null
     * @return the writer, not null
     */
    public CatalogWriter catalogWriter(OutputStream out) {
        return new CatalogWriter(engine, Objects.requireNonNull(out, "out"), false);
    }

    /**
     * Returns a writer that adds plans one at a time to a catalog on a character stream. Closing it
     * flushes the writer but does not close it.
     *
     * @param out the writer, not null
     * @return the writer, not null
     */
    public CatalogWriter catalogWriter(Writer out) {
        return new CatalogWriter(engine, Objects.requireNonNull(out, "out"), false);
    }

    private static <T> T read(Path file, Function<Object, T> document) {
        Objects.requireNonNull(file, "file");
        return JsonEngine.unchecked(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                return document.apply(in);
            }
        });
    }

    /** Writes a file beside it first, so that it is replaced whole or not at all. */
    private void write(Object model, Path file) {
        Path target = Objects.requireNonNull(file, "file").toAbsolutePath();
        Path temporary = target.resolveSibling("." + target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                engine.write(model, out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private void write(Object model, Flushable out) {
        engine.write(model, Objects.requireNonNull(out, "out"));
    }

    @Override
    public String toString() {
        return "PolicyJson[options=" + options + ", maxNestingDepth=" + limits.maxNestingDepth() + ", maxStringLength="
                + limits.maxStringLength() + ", maxNumberLength=" + limits.maxNumberLength() + ", maxDocumentSize="
                + limits.maxDocumentSize() + ", outputStyle=" + outputStyle + "]";
    }

    /**
     * Builds a {@link PolicyJson}. Not thread-safe; the instances it builds are.
     */
    public static final class Builder {
        private final EnumSet<ReaderOption> options = EnumSet.noneOf(ReaderOption.class);
        private @Nullable Consumer<? super SkippedField> listener;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
        private long maxDocumentSize = DEFAULT_MAX_DOCUMENT_SIZE;
        private OutputStyle outputStyle = OutputStyle.PRETTY;

        private Builder() {
        }

        /**
         * Enables reader options.
         *
         * @param enabled the options, not null
         * @return this builder
         */
        public Builder enable(ReaderOption... enabled) {
            for (ReaderOption option : enabled) {
                options.add(Objects.requireNonNull(option, "option"));
            }
            return this;
        }

        /**
         * Disables reader options.
         *
         * @param disabled the options, not null
         * @return this builder
         */
        public Builder disable(ReaderOption... disabled) {
            for (ReaderOption option : disabled) {
                options.remove(Objects.requireNonNull(option, "option"));
            }
            return this;
        }

        /**
         * Sets the listener told about every field skipped under
         * {@link ReaderOption#ALLOW_UNKNOWN_FIELDS}, in document order, on the reading thread. It
         * must be thread-safe if the instance reads on several threads. Without one, skipped
         * fields are logged.
         *
         * @param value the listener, null to log instead
         * @return this builder
         */
        public Builder onSkippedField(@Nullable Consumer<? super SkippedField> value) {
            this.listener = value;
            return this;
        }

        /**
         * Sets the deepest nesting of arrays and objects that is read; a plan is nested about 8
         * levels deep plus 2 for each level of sub-goals.
         *
         * @param value the limit, at least 1; {@value #DEFAULT_MAX_NESTING_DEPTH} by default
         * @return this builder
         * @throws IllegalArgumentException if the value is less than 1
         */
        public Builder maxNestingDepth(int value) {
            this.maxNestingDepth = (int) positive(value, "maxNestingDepth");
            return this;
        }

        /**
         * Sets the length of the longest string or field name that is read.
         *
         * @param value the limit in characters, at least 1; {@value #DEFAULT_MAX_STRING_LENGTH} by
         *     default
         * @return this builder
         * @throws IllegalArgumentException if the value is less than 1
         */
        public Builder maxStringLength(int value) {
            this.maxStringLength = (int) positive(value, "maxStringLength");
            return this;
        }

        /**
         * Sets the length of the longest number that is read, sign, point and exponent included.
         *
         * @param value the limit in characters, at least 1; {@value #DEFAULT_MAX_NUMBER_LENGTH} by
         *     default
         * @return this builder
         * @throws IllegalArgumentException if the value is less than 1
         */
        public Builder maxNumberLength(int value) {
            this.maxNumberLength = (int) positive(value, "maxNumberLength");
            return this;
        }

        /**
         * Sets the size of the largest document, or of the largest line of a catalog, that is
         * read: in bytes for files and byte streams, in characters for character streams and
         * strings.
         *
         * @param value the limit, at least 1; {@value #DEFAULT_MAX_DOCUMENT_SIZE} (16 MiB) by
         *     default
         * @return this builder
         * @throws IllegalArgumentException if the value is less than 1
         */
        public Builder maxDocumentSize(long value) {
            this.maxDocumentSize = positive(value, "maxDocumentSize");
            return this;
        }

        /**
         * Sets how documents are laid out. Catalog lines are always compact.
         *
         * @param value the style, not null; {@link OutputStyle#PRETTY} by default
         * @return this builder
         */
        public Builder outputStyle(OutputStyle value) {
            this.outputStyle = Objects.requireNonNull(value, "outputStyle");
            return this;
        }

        /**
         * Builds the instance.
         *
         * @return the instance, not null
         */
        public PolicyJson build() {
            return new PolicyJson(this);
        }

        private static long positive(long value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1: " + value);
            }
            return value;
        }
    }
}
