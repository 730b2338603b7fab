package org.policyindicators.io.internal.json;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyIndicatorsModule;
import org.policyindicators.io.PolicyJsonException;
import org.policyindicators.io.SkippedField;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads and writes documents with a mapper configured for the format: the limits, duplicate
 * detection, strict UTF-8, no trailing content, errors as {@link PolicyJsonException}. Immutable
 * and thread-safe.
 */
public final class JsonEngine {

    private static final char NEWLINE = '\n';

    /** The largest document read into memory to be parsed as bytes: the largest array. */
    private static final int MAX_IN_MEMORY = Integer.MAX_VALUE - 8;

    private final Limits limits;
    private final @Nullable Consumer<SkippedField> listener;
    private final ObjectReader planReader;
    private final ObjectReader jurisdictionReader;
    private final ObjectWriter documentWriter;
    private final ObjectWriter lineWriter;

    /**
     * Creates an engine.
     *
     * @param limits the reader limits, not null
     * @param listener the listener for skipped fields, null to fail on unknown fields
     * @param pretty whether documents are indented
     */
    public JsonEngine(Limits limits, @Nullable Consumer<SkippedField> listener, boolean pretty) {
        this.limits = limits;
        this.listener = listener;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                // the writer nests no deeper than the reader reads
                .streamWriteConstraints(StreamWriteConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .build())
                // every deserializer rejects a repeated field itself; the parser's check matters only
                // for what is skipped
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, listener != null)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        SimpleModule roots = new SimpleModule("policy-indicators-roots");
        roots.addSerializer(JurisdictionList.class, Codecs.JURISDICTION_LIST.serializer(JurisdictionList.class));
        roots.addDeserializer(JurisdictionList.class, Codecs.JURISDICTION_LIST.deserializer(JurisdictionList.class));
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(new PolicyIndicatorsModule())
                .addModule(roots)
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        ObjectReader plans = mapper.readerFor(Plan.class);
        ObjectReader jurisdictions = mapper.readerFor(JurisdictionList.class);
        if (listener != null) {
            plans = plans.withAttribute(Reading.SKIPPED_FIELD_LISTENER, listener);
            jurisdictions = jurisdictions.withAttribute(Reading.SKIPPED_FIELD_LISTENER, listener);
        }
        this.planReader = plans;
        this.jurisdictionReader = jurisdictions;
        ObjectWriter writer = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.documentWriter = pretty ? writer.with(prettyPrinter()) : writer;
        this.lineWriter = writer;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    // ---- reading documents

    /**
     * Reads a plan document from bytes.
     *
     * @param in the bytes, not null; not closed
     * @return the plan, not null
     */
    public Plan readPlan(InputStream in) {
        return readBytes(in, planReader, "a plan document");
    }

    /**
     * Reads a plan document from characters.
     *
     * @param in the characters, not null; not closed
     * @return the plan, not null
     */
    public Plan readPlan(Reader in) {
        return readDocument(new LimitedReader(in, limits.maxDocumentSize()), planReader, "a plan document");
    }

    /**
     * Reads a jurisdiction document from bytes.
     *
     * @param in the bytes, not null; not closed
     * @return the jurisdictions, not null
     */
    public List<Jurisdiction> readJurisdictions(InputStream in) {
        JurisdictionList list = readBytes(in, jurisdictionReader, "a jurisdiction list");
        return list.jurisdictions();
    }

    /**
     * Reads a jurisdiction document from characters.
     *
     * @param in the characters, not null; not closed
     * @return the jurisdictions, not null
     */
    public List<Jurisdiction> readJurisdictions(Reader in) {
        JurisdictionList list = readDocument(new LimitedReader(in, limits.maxDocumentSize()), jurisdictionReader,
                "a jurisdiction list");
        return list.jurisdictions();
    }

    /**
     * Reads a document from bytes. A document that fits in memory, is well-formed UTF-8 and reads
     * without error is parsed as bytes by Jackson's byte parser, the fast way. Everything else
     * (bytes that are not UTF-8, a byte-order mark, a document beyond the size limit, any error,
     * a listener for skipped fields) goes through {@link StrictUtf8Reader} and the character
     * parser, which count lines and columns in characters and report the problem exactly where
     * it is; the byte parser counts columns in bytes.
     */
    private <T> T readBytes(InputStream in, ObjectReader reader, String noun) {
        long max = limits.maxDocumentSize();
        if (listener != null) {
            // skipped fields carry their column, which only the character parser counts in characters
            return readDocument(new StrictUtf8Reader(in, max), reader, noun);
        }
        int capacity = (int) Math.min(max, MAX_IN_MEMORY - 1) + 1;
        byte[] bytes;
        int length;
        try {
            bytes = new byte[(int) Math.min(capacity, Math.max(in.available() + 1L, 8192))];
            length = in.readNBytes(bytes, 0, bytes.length);
            while (length == bytes.length && length < capacity) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(capacity, 2L * length));
                length += in.readNBytes(bytes, length, bytes.length - length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayInputStream read = new ByteArrayInputStream(bytes, 0, length);
        if (length == capacity) {
            // beyond the limit, which the strict reader reports, or more than an array holds
            InputStream rest = length > max ? InputStream.nullInputStream() : in;
            return readDocument(new StrictUtf8Reader(new SequenceInputStream(read, rest), max), reader, noun);
        }
        T value = readFast(bytes, 0, length, reader, noun, 0);
        // anything else is read again, so that an error has its position in characters
        return value != null ? value : readDocument(new StrictUtf8Reader(read, max), reader, noun);
    }

    /**
     * Parses bytes with the byte parser if they are well-formed UTF-8 that it takes for UTF-8.
     *
     * @return the value, or null if the bytes are not such UTF-8 or do not read without error:
     *     the caller reads them again the careful way
     */
    private <T> @Nullable T readFast(byte[] bytes, int offset, int length, ObjectReader reader, String noun,
            long catalogLine) {
        if (!startsLikeUtf8(bytes, offset, length) || !Utf8.isWellFormed(bytes, offset, offset + length)) {
            return null;
        }
        JsonParser p;
        try {
            p = reader.createParser(bytes, offset, length);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot create a parser", e);
        }
        try (p) {
            return readRoot(p, reader, noun, catalogLine);
        } catch (PolicyJsonException e) {
            return null;
        }
    }

    /**
     * Tells whether Jackson's byte parser takes the bytes for UTF-8: no byte-order mark, and no zero
     * byte among the first four, from which it would guess UTF-16 or UTF-32.
     */
    private static boolean startsLikeUtf8(byte[] bytes, int offset, int length) {
        if (length >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB
                && bytes[offset + 2] == (byte) 0xBF) {
            return false;
        }
        for (int i = offset; i < offset + Math.min(4, length); i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private <T> T readDocument(Reader in, ObjectReader reader, String noun) {
        JsonParser p;
        try {
            p = reader.createParser(in);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot create a parser", e);
        }
        try (p) {
            return readRoot(p, reader, noun, 0);
        }
    }

    private <T> T readRoot(JsonParser p, ObjectReader reader, String noun, long catalogLine) {
        try {
            if (p.nextToken() == null) {
                throw Errors.at("The document is empty; expected " + noun, p.currentLocation(), catalogLine, "",
                        null);
            }
            if (p.hasToken(JsonToken.VALUE_NULL)) {
                // Jackson returns null for a null root without asking the deserializer
                throw Errors.at("Expected " + noun + " (a JSON object) but found null", p.currentTokenLocation(),
                        catalogLine, "", null);
            }
            T value = reader.readValue(p);
            Objects.requireNonNull(value, "value");
            trailing(p, catalogLine);
            return value;
        } catch (JacksonException e) {
            throw Errors.reading(e, p, catalogLine, limits);
        }
    }

    private static void trailing(JsonParser p, long catalogLine) {
        JsonToken next;
        try {
            next = p.nextToken();
        } catch (StreamReadException e) {
            if (e.getCause() != null) {
                throw e;
            }
            throw Errors.at("Unexpected content after the end of the document; a document holds one JSON value",
                    e.getLocation() == null ? p.currentLocation() : e.getLocation(), catalogLine, "", e);
        }
        if (next != null) {
            throw Errors.at("Unexpected content after the end of the document; a document holds one JSON value",
                    p.currentTokenLocation(), catalogLine, "", null);
        }
    }

    // ---- reading catalogs

    /**
     * Streams the plans of a catalog in JSON Lines, one plan document per line, holding one line
     * at a time.
     *
     * @param in the characters, not null
     * @param utf8Bytes whether the characters were decoded from bytes, so that the size limit of a
     *     line counts bytes
     * @param owned what to close when the stream is closed, null if nothing
     * @return the plans, not null
     */
    public Stream<Plan> readCatalog(Reader in, boolean utf8Bytes, @Nullable Closeable owned) {
        return readCatalog(in, utf8Bytes, owned, 0);
    }

    /**
     * Streams the plans of a catalog file in JSON Lines. Lines are read as bytes and parsed by the
     * byte parser, the fast way, as {@link #readPlan(InputStream)} reads documents. At the first
     * line that is not plainly a well-formed document (not UTF-8, too long, not starting with
     * {@code {}, or any error in it), the file is read again from its start through the strict
     * decoder and the character parser, which pass over the lines already delivered and report
     * the problem exactly as they would have, with its column in characters.
     *
     * @param file the file, not null
     * @return the plans, not null; closing the stream closes the file
     * @throws IOException if the file cannot be opened
     */
    public Stream<Plan> readCatalog(Path file) throws IOException {
        if (listener != null) {
            // skipped fields carry their column, which only the character parser counts in characters
            return charCatalog(file, 0);
        }
        FileCatalog plans = new FileCatalog(file, Files.newInputStream(file));
        return StreamSupport.stream(plans, false).onClose(plans::close);
    }

    /** The plans of a catalog file: the fast way while it lasts, then the careful way. */
    private final class FileCatalog extends Spliterators.AbstractSpliterator<Plan> {

        private final Path file;
        private final InputStream in;
        private final ByteLines lines;
        private long delivered;
        private @Nullable Stream<Plan> careful;
        private @Nullable Spliterator<Plan> rest;

        FileCatalog(Path file, InputStream in) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.file = file;
            this.in = in;
            this.lines = new ByteLines(in, limits.maxDocumentSize());
        }

        @Override
        public boolean tryAdvance(Consumer<? super Plan> action) {
            if (rest == null) {
                Plan plan = fastLine(lines);
                if (plan != null) {
                    delivered++;
                    action.accept(plan);
                    return true;
                }
                if (lines.lastFound() == ByteLines.Found.END) {
                    return false;
                }
                try {
                    in.close();
                    careful = charCatalog(file, delivered);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rest = careful.spliterator();
            }
            return rest.tryAdvance(action);
        }

        void close() {
            try (InputStream closing = in) {
                if (careful != null) {
                    careful.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads the next line the fast way.
     *
     * @return the plan, or null at the end of the input or where the line must be read the
     *     careful way
     */
    private @Nullable Plan fastLine(ByteLines lines) {
        ByteLines.Found found;
        try {
            found = lines.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found != ByteLines.Found.LINE) {
            return null;
        }
        byte[] bytes = lines.bytes();
        int start = lines.start();
        int end = lines.end();
        int first = start;
        while (first < end && (bytes[first] == ' ' || bytes[first] == '\t' || bytes[first] == '\r')) {
            first++;
        }
        // a plan starts with '{'; a blank line, a byte-order mark or anything else is for the careful way
        if (first == end || bytes[first] != '{') {
            return null;
        }
        return readFast(bytes, start, end - start, planReader, "a plan document", lines.lineNumber());
    }

    /** Streams a catalog file through the strict decoder, passing over its first lines unread. */
    private Stream<Plan> charCatalog(Path file, long skip) throws IOException {
        InputStream in = Files.newInputStream(file);
        return readCatalog(new StrictUtf8Reader(in, Long.MAX_VALUE), true, in, skip);
    }

    private Stream<Plan> readCatalog(Reader in, boolean utf8Bytes, @Nullable Closeable owned, long skip) {
        LineReader lines = new LineReader(in, limits.maxDocumentSize(), utf8Bytes);
        Spliterator<Plan> plans = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super Plan> action) {
                String line;
                do {
                    try {
                        line = lines.next();
                    } catch (InputProblem e) {
                        throw new PolicyJsonException(e.getMessage(), lines.currentLine(), lines.column(), "", e);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (line == null) {
                        return false;
                    }
                    // the first lines may have been delivered already, the fast way
                } while (lines.lineNumber() <= skip);
                action.accept(readLine(line, lines.lineNumber()));
                return true;
            }
        };
        Stream<Plan> stream = StreamSupport.stream(plans, false);
        return owned == null ? stream : stream.onClose(() -> {
            try {
                owned.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Reads one line of a catalog.
     *
     * @param line the line, without its terminator
     * @param lineNumber the number of the line, from 1
     * @return the plan, not null
     */
    private Plan readLine(String line, long lineNumber) {
        if (line.isBlank()) {
            throw new PolicyJsonException("Line " + lineNumber
                    + " is blank; a catalog holds one plan document on each line", lineNumber, 1, "", null);
        }
        ObjectReader reader = planReader;
        if (listener != null) {
            Consumer<SkippedField> inner = listener;
            reader = planReader.withAttribute(Reading.SKIPPED_FIELD_LISTENER, (Consumer<SkippedField>) skipped ->
                    inner.accept(new SkippedField(skipped.pointer(), lineNumber, skipped.column())));
        }
        try (JsonParser p = reader.createParser(line)) {
            return readRoot(p, reader, "a plan document", lineNumber);
        }
    }

    // ---- writing

    /**
     * Writes a plan document as UTF-8, ending with a line feed, into a buffer, to be copied where
     * it goes once complete.
     *
     * @param plan the plan, not null
     * @return the bytes, not null
     */
    public CappedBuffer planBytes(Plan plan) {
        return bytes(documentWriter, plan, false);
    }

    /**
     * Writes a plan document as text, ending with a line feed.
     *
     * @param plan the plan, not null
     * @return the text, not null
     */
    public String planText(Plan plan) {
        return text(documentWriter, plan, false);
    }

    /**
     * Writes a jurisdiction document as UTF-8, ending with a line feed, into a buffer, to be
     * copied where it goes once complete.
     *
     * @param jurisdictions the jurisdictions, not null
     * @return the bytes, not null
     */
    public CappedBuffer jurisdictionBytes(List<Jurisdiction> jurisdictions) {
        return bytes(documentWriter, new JurisdictionList(jurisdictions), false);
    }

    /**
     * Writes a jurisdiction document as text, ending with a line feed.
     *
     * @param jurisdictions the jurisdictions, not null
     * @return the text, not null
     */
    public String jurisdictionText(List<Jurisdiction> jurisdictions) {
        return text(documentWriter, new JurisdictionList(jurisdictions), false);
    }

    /**
     * Writes a plan as one compact line of a catalog, ending with a line feed: all of it or, when
     * the plan cannot be written, nothing.
     *
     * @param plan the plan, not null
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public void writeLine(Plan plan, OutputStream out) throws IOException {
        bytes(lineWriter, plan, true).writeTo(out);
    }

    /**
     * Writes a plan as one compact line of a catalog, ending with a line feed.
     *
     * @param plan the plan, not null
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public void writeLine(Plan plan, Writer out) throws IOException {
        out.write(text(lineWriter, plan, true));
    }

    /** Writes into a buffer that keeps no more than the size limit allows, then checks the size. */
    private CappedBuffer bytes(ObjectWriter writer, Object value, boolean line) {
        long max = limits.maxDocumentSize();
        CappedBuffer buffer = new CappedBuffer(line && max < Long.MAX_VALUE ? max + 1 : max);
        write(writer, writer.createGenerator(buffer), value);
        checkSize(buffer.size() - (line ? 1 : 0), line);
        return buffer;
    }

    private String text(ObjectWriter writer, Object value, boolean line) {
        StringWriter buffer = new StringWriter(8192);
        write(writer, writer.createGenerator(buffer), value);
        String text = buffer.toString();
        if (text.length() * 3L > limits.maxDocumentSize()) {
            checkSize(utf8Length(text) - (line ? 1 : 0), line);
        }
        return text;
    }

    private void write(ObjectWriter writer, JsonGenerator generator, Object value) {
        JsonGenerator g = new LimitedGenerator(generator, limits);
        try {
            writer.writeValue(g, value);
            g.writeRaw(NEWLINE);
        } catch (JacksonException e) {
            // translated before closing, which would move the generator's context
            RuntimeException error = Errors.writing(e, g, limits);
            try {
                g.close();
            } catch (JacksonException suppressed) {
                error.addSuppressed(suppressed);
            }
            throw error;
        }
        g.close();
    }

    private void checkSize(long size, boolean line) {
        if (size > limits.maxDocumentSize()) {
            throw Errors.beyondReaderLimit((line ? "The catalog line is " : "The document is ") + size
                    + " bytes, larger than the reader limit of " + limits.maxDocumentSize()
                    + " bytes; raise maxDocumentSize to write it", "", null);
        }
    }

    private static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
