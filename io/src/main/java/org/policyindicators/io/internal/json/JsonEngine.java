package org.policyindicators.io.internal.json;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes documents with a mapper configured for the format: the limits, duplicate
 * detection, strict UTF-8, no trailing content, errors as {@link PolicyJsonException}. Immutable
 * and thread-safe.
 */
public final class JsonEngine {

    private static final String PLAN = "a plan document";
    private static final String JURISDICTIONS = "a jurisdiction list";

    private final Limits limits;
    /** The most bytes of a document read into memory: the size limit, at most one fewer than the largest array. */
    private final int maxBytes;
    private final @Nullable Consumer<SkippedField> listener;
    private final ObjectReader planReader;
    private final ObjectReader jurisdictionReader;
    private final ObjectWriter documentWriter;
    private final ObjectWriter lineWriter;

    /** Creates an engine whose reader fails on unknown fields if the listener is null, else tells it of each. */
    public JsonEngine(Limits limits, @Nullable Consumer<SkippedField> listener, boolean pretty) {
        this.limits = limits;
        this.maxBytes = (int) Math.min(limits.maxDocumentSize(), Integer.MAX_VALUE - 9);
        this.listener = listener;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        // counts characters for a Reader; documents in bytes are parsed from arrays, which it
                        // leaves alone, and counted here
                        .maxDocumentLength(limits.maxDocumentSize())
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
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(new PolicyIndicatorsModule())
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        this.planReader = mapper.readerFor(Plan.class);
        this.jurisdictionReader = mapper.readerFor(JurisdictionList.class);
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

    /** Reads a plan document from a {@code byte[]}, or an {@link InputStream} or {@link Reader} to its end. */
    public Plan readPlan(Object source) {
        return read(source, planReader, PLAN);
    }

    /** Reads a jurisdiction document as {@link #readPlan(Object)} reads a plan. */
    public List<Jurisdiction> readJurisdictions(Object source) {
        return this.<JurisdictionList>read(source, jurisdictionReader, JURISDICTIONS).jurisdictions();
    }

    /** Runs an action on a file or stream, its {@link IOException} thrown as an {@link UncheckedIOException}. */
    public static <T> T unchecked(Io<T> action) {
        try {
            return action.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An action on a file or stream. */
    @FunctionalInterface
    public interface Io<T> {
        T call() throws IOException;
    }

    private <T> T read(Object source, ObjectReader reader, String noun) {
        if (source instanceof Reader chars) {
            return readChars(chars, reader, noun, 0);
        }
        if (source instanceof byte[] bytes) {
            return readBytes(bytes, 0, bytes.length, reader, noun, 0, 0);
        }
        return unchecked(() -> readStream((InputStream) source, reader, noun));
    }

    /** Reads a stream into memory, at most one byte beyond the size limit, and parses it. */
    private <T> T readStream(InputStream in, ObjectReader reader, String noun) throws IOException {
        int capacity = maxBytes + 1;
        byte[] bytes = new byte[(int) Math.min(capacity, Math.max(in.available() + 1L, 8192))];
        int length = in.readNBytes(bytes, 0, bytes.length);
        while (length == bytes.length && length < capacity) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(capacity, 2L * length));
            length += in.readNBytes(bytes, length, bytes.length - length);
        }
        return readBytes(bytes, 0, length, reader, noun, 0, 0);
    }

    /**
     * Parses a document held as bytes with Jackson's byte parser, once. What lies below JSON is
     * checked first, without decoding: a byte-order mark, a zero byte from which the parser would
     * guess UTF-16 or UTF-32, ill-formed UTF-8 (which the parser does not all refuse), more bytes
     * than the limit. Only the bytes before the first such problem are parsed: an error that the
     * parser finds before them comes first; else the problem is reported where the parser stopped,
     * with the JSON Pointer of what it was reading. The parser counts columns in bytes; errors
     * count them in characters.
     *
     * @param catalogLine the line in a catalog, or 0 for a document of its own
     * @param offset the offset of {@code from} in the input, for messages
     */
    private <T> T readBytes(byte[] bytes, int from, int to, ObjectReader reader, String noun, long catalogLine,
            long offset) {
        int end = to;
        String problem = null;
        if (to - from > maxBytes) {
            end = from + maxBytes;
            int start = end;
            while (start > from && (bytes[start] & 0xC0) == 0x80) {
                start--;
            }
            // a well-formed character that begins within the limit and ends beyond it is left out
            // whole; anything else within the limit is checked as it is
            if (Utf8.firstIllFormed(bytes, start, Math.min(to, start + 4)) > end) {
                end = start;
            }
            problem = Errors.tooLarge(maxBytes, "bytes");
        }
        int bad = Utf8.firstIllFormed(bytes, from, end);
        if (bad < end) {
            // in a catalog the line ends, not the input
            problem = Utf8.problem(bytes, bad, catalogLine > 0 ? Integer.MAX_VALUE : to, offset + bad - from);
            end = bad;
        }
        if (from + 2 < to && bytes[from] == (byte) 0xEF && bytes[from + 1] == (byte) 0xBB
                && bytes[from + 2] == (byte) 0xBF) {
            problem = Errors.BYTE_ORDER_MARK;
            end = from;
        }
        for (int i = from; i < Math.min(end, from + 2); i++) {
            if (bytes[i] == 0) {
                problem = "The input is not UTF-8: a zero byte at byte offset " + (offset + i - from)
                        + " is how UTF-16 and UTF-32 begin";
                end = i;
            }
        }
        Errors.Columns columns = Utf8.columns(bytes, from, end);
        ObjectReader listening = listening(reader, catalogLine, columns);
        try (JsonParser p = listening.createParser(bytes, from, end - from)) {
            try {
                T value = readRoot(p, listening, noun, catalogLine, columns);
                if (problem == null) {
                    return value;
                }
            } catch (PolicyJsonException e) {
                if (problem == null || p.currentLocation().getByteOffset() < end - from) {
                    throw e;
                }
                // the parser stopped at the cut, but on a character before it (a control character
                // as the last byte): that error comes first, as it does when characters are read
                PolicyJsonException atCut = Errors.at(problem, p.currentLocation(), catalogLine, Reading.pointer(p),
                        null, columns);
                if (e.line() < atCut.line() || e.line() == atCut.line() && e.column() < atCut.column()) {
                    throw e;
                }
                throw atCut;
            }
            throw Errors.at(problem, p.currentLocation(), catalogLine, Reading.pointer(p), null, columns);
        }
    }

    /** Parses characters as they are read; the parser's constraints count them against the size limit. */
    private <T> T readChars(Reader in, ObjectReader reader, String noun, long catalogLine) {
        PushbackReader chars = new PushbackReader(in, 1);
        int first = unchecked(() -> {
            int c = chars.read();
            if (c >= 0 && c != '\uFEFF') {
                chars.unread(c);
            }
            return c;
        });
        if (first == '\uFEFF') {
            throw new PolicyJsonException(Errors.BYTE_ORDER_MARK, Math.max(catalogLine, 1), 1, "", null);
        }
        ObjectReader listening = listening(reader, catalogLine, Errors.Columns.CHARS);
        try (JsonParser p = listening.createParser(chars)) {
            return readRoot(p, listening, noun, catalogLine, Errors.Columns.CHARS);
        }
    }

    /** Tells the listener for skipped fields, if any, their line in a catalog and their column in characters. */
    private ObjectReader listening(ObjectReader reader, long catalogLine, Errors.Columns columns) {
        if (listener == null) {
            return reader;
        }
        Consumer<SkippedField> inner = listener;
        return reader.withAttribute(Reading.SKIPPED_FIELD_LISTENER, (Consumer<SkippedField>) skipped ->
                inner.accept(new SkippedField(skipped.pointer(), catalogLine > 0 ? catalogLine : skipped.line(),
                        columns.column(skipped.line(), skipped.column()))));
    }

    private <T> T readRoot(JsonParser p, ObjectReader reader, String noun, long catalogLine,
            Errors.Columns columns) {
        try {
            if (p.nextToken() == null) {
                throw Errors.at("The document is empty; expected " + noun, p.currentLocation(), catalogLine, "",
                        null, columns);
            }
            if (p.hasToken(JsonToken.VALUE_NULL)) {
                // Jackson returns null for a null root without asking the deserializer
                throw Errors.at("Expected " + noun + " (a JSON object) but found null", p.currentTokenLocation(),
                        catalogLine, "", null, columns);
            }
            T value = reader.readValue(p);
            Objects.requireNonNull(value, "value");
            trailing(p, catalogLine, columns);
            return value;
        } catch (JacksonException e) {
            throw Errors.reading(e, p, catalogLine, limits, columns);
        }
    }

    private static void trailing(JsonParser p, long catalogLine, Errors.Columns columns) {
        String problem = "Unexpected content after the end of the document; a document holds one JSON value";
        try {
            if (p.nextToken() != null) {
                throw Errors.at(problem, p.currentTokenLocation(), catalogLine, "", null, columns);
            }
        } catch (StreamReadException e) {
            if (e.getCause() != null) {
                throw e;
            }
            throw Errors.at(problem, e.getLocation() == null ? p.currentLocation() : e.getLocation(), catalogLine, "",
                    e, columns);
        }
    }

    // ---- reading catalogs

    /**
     * Streams the plans of a catalog in JSON Lines, one plan document per line, holding one line at
     * a time; each line is read as {@link #readPlan(Object)} reads bytes. The stream is not closed.
     */
    public Stream<Plan> readCatalog(InputStream in) {
        ByteLines lines = new ByteLines(in, maxBytes);
        return catalog(() -> {
            if (!unchecked(lines::next)) {
                return null;
            }
            byte[] bytes = lines.bytes();
            int blank = lines.start();
            while (blank < lines.end() && (bytes[blank] == ' ' || bytes[blank] == '\t' || bytes[blank] == '\r')) {
                blank++;
            }
            if (blank == lines.end()) {
                throw blankLine(lines.lineNumber());
            }
            return readBytes(bytes, lines.start(), lines.end(), planReader, PLAN, lines.lineNumber(), lines.offset());
        });
    }

    /** Streams the plans of a catalog from characters as {@link #readCatalog(InputStream)} does from bytes. */
    public Stream<Plan> readCatalog(Reader in) {
        LineReader lines = new LineReader(in, limits.maxDocumentSize());
        return catalog(() -> {
            String line = unchecked(lines::next);
            if (line == null) {
                return null;
            }
            if (line.isBlank()) {
                throw blankLine(lines.lineNumber());
            }
            return readChars(new StringReader(line), planReader, PLAN, lines.lineNumber());
        });
    }

    private static PolicyJsonException blankLine(long line) {
        return new PolicyJsonException("Line " + line + " is blank; a catalog holds one plan document on each line",
                line, 1, "", null);
    }

    private static Stream<Plan> catalog(Supplier<@Nullable Plan> next) {
        return StreamSupport.stream(new Spliterators.AbstractSpliterator<Plan>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super Plan> action) {
                Plan plan = next.get();
                if (plan == null) {
                    return false;
                }
                action.accept(plan);
                return true;
            }
        }, false);
    }

    // ---- writing

    /**
     * Writes a document as it is generated, ending with a line feed, then flushes the target. A value beyond a
     * limit is refused before it is written; the target may have received what came before it, and
     * receives no more than the size limit (counted in UTF-8 bytes for a writer too). Output is
     * held in a buffer of 8 KiB, passed on when full and when the document is complete, so that a
     * smaller document reaches the target whole or not at all. The model is a {@link Plan} or a
     * {@link JurisdictionList}; the target an {@link OutputStream}, which receives UTF-8, or a
     * {@link Writer}, not closed.
     */
    public void write(Object model, Flushable out) {
        long max = limits.maxDocumentSize();
        if (out instanceof Writer chars) {
            CappedWriter capped = new CappedWriter(new BufferedWriter(chars, 8192), max);
            write(documentWriter, documentWriter.createGenerator(capped), model);
            checkSize(capped.size, false);
        } else {
            Capped capped = new Capped(new BufferedOutputStream((OutputStream) out, 8192), max);
            write(documentWriter, documentWriter.createGenerator(capped), model);
            checkSize(capped.size, false);
        }
        // closing the generator flushed the target through the buffer
    }

    /** Writes a {@link Plan} or a {@link JurisdictionList} as text, ending with a line feed. */
    public String text(Object model) {
        return text(documentWriter, model, false);
    }

    /**
     * Writes a plan as one compact line of a catalog, ending with a line feed, to an
     * {@link OutputStream} in UTF-8 or to a {@link Writer}: all of it or, when the plan cannot be
     * written, nothing.
     */
    public void writeLine(Plan plan, Flushable out) throws IOException {
        if (out instanceof Writer chars) {
            chars.write(text(lineWriter, plan, true));
            return;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
        long max = limits.maxDocumentSize();
        Capped capped = new Capped(line, max == Long.MAX_VALUE ? max : max + 1);
        write(lineWriter, lineWriter.createGenerator(capped), plan);
        checkSize(capped.size - 1, true);
        line.writeTo((OutputStream) out);
    }

    private String text(ObjectWriter writer, Object value, boolean line) {
        SegmentedStringWriter buffer = new SegmentedStringWriter(new BufferRecycler());
        write(writer, writer.createGenerator(buffer), value);
        String text = buffer.getAndClear();
        // equivalent mutant (>=): a character counts at most 3 bytes, so at equality the size is within the limit
        if (text.length() * 3L > limits.maxDocumentSize()) {
            checkSize(CappedWriter.utf8Length(text, 0, text.length()) - (line ? 1 : 0), line);
        }
        return text;
    }

    private void write(ObjectWriter writer, JsonGenerator generator, Object value) {
        JsonGenerator g = new LimitedGenerator(generator, limits);
        try {
            writer.writeValue(g, value);
            g.writeRaw('\n');
        } catch (JacksonException e) {
            // not closed: that would flush what is buffered and close the open arrays and objects
            throw Errors.writing(e, g, limits);
        }
        g.close();
    }

    private void checkSize(long size, boolean line) {
        if (size > limits.maxDocumentSize()) {
            throw Errors.unwritable((line ? "The catalog line is " : "The document is ") + size
                    + " bytes, larger than the reader limit of " + limits.maxDocumentSize()
                    + " bytes; raise maxDocumentSize to write it", "", null);
        }
    }

    /** Passes bytes on while no more than the limit have come, then only counts them. */
    static final class Capped extends OutputStream {

        private final OutputStream out;
        private final long max;
        private long size;

        Capped(OutputStream out, long max) {
            this.out = out;
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            if (++size <= max) {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            size += len;
            if (size <= max) {
                out.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (size <= max) {
                out.flush();
            }
        }
    }

    /** Passes characters on while no more than the limit have come, counted in UTF-8 bytes, then only counts them. */
    static final class CappedWriter extends Writer {

        private final Writer out;
        private final long max;
        private long size;

        CappedWriter(Writer out, long max) {
            this.out = out;
            this.max = max;
        }

        @Override
        public void write(char[] c, int off, int len) throws IOException {
            size += utf8Length(CharBuffer.wrap(c), off, off + len);
            if (size <= max) {
                out.write(c, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (size <= max) {
                out.flush();
            }
        }

        @Override
        public void close() {
            // the owner closes the writer
        }

        /** Counts UTF-8 bytes; a surrogate counts two, so a pair counts four even when split. */
        static long utf8Length(CharSequence s, int from, int to) {
            long bytes = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            }
            return bytes;
        }
    }
}
