package org.policyindicators.examples.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * CSV as RFC 4180 writes it: fields separated by commas, quoted with {@code "} when they hold a
 * comma, a quote or a line break, a doubled {@code ""} for a quote inside; UTF-8, with or without
 * a byte-order mark; lines ending in LF or CRLF.
 *
 * <p>Written by hand rather than with a CSV library: the format is small, and the import needs
 * what a general parser does not give, the row a record starts on for every error, the wrong
 * delimiter recognised by name, and a size limit checked before anything is read.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Csv {

    /** The largest file read: 16 MiB, far above any indicator table, far below a heap's worth. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final char BOM = '\uFEFF';

    private Csv() {
    }

    /**
     * One record of a file.
     *
     * @param line the line the record starts on, from 1
     * @param cells the fields, not null
     */
    record Row(long line, List<String> cells) {

        /**
         * Creates a row, copying the cells.
         *
         * @param line see the class documentation
         * @param cells see the class documentation
         */
        Row {
            cells = List.copyOf(cells);
        }

        /**
         * Returns whether every cell is empty or blank.
         *
         * @return true for a blank row
         */
        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /**
     * Reads a stream of at most {@link #MAX_BYTES} bytes as UTF-8 CSV.
     *
     * @param in the stream, not closed, not null
     * @return the records, the header first, not null
     * @throws CsvException if the file is too large, empty, not UTF-8 or not well-formed CSV
     * @throws UncheckedIOException if the stream fails
     */
    static List<Row> read(InputStream in) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw problem("the file is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MiB; an indicator or observation table is far smaller: split it by plan or indicator");
        }
        return parse(decode(bytes));
    }

    private static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw problem("the file is not UTF-8 (at byte " + buffer.position()
                    + "); save it as \"CSV UTF-8\"");
        } catch (CharacterCodingException e) {
            throw problem("the file is not UTF-8; save it as \"CSV UTF-8\"");
        }
    }

    /**
     * Parses CSV text; a leading byte-order mark is skipped. Rows that are wholly blank are
     * dropped; every other row is kept with its line.
     *
     * @param text the text, not null
     * @return the records, the header first, not null
     * @throws CsvException if the text is empty or a quoted field is not closed
     */
    static List<Row> parse(String text) {
        String s = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        if (s.isBlank()) {
            throw problem("the file is empty: it needs a header row and at least one data row");
        }
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        long line = 1;
        long rowLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                addRow(rows, rowLine, cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new CsvException(List.of(new CsvProblem(rowLine, "",
                    "a quoted field is not closed: a \" is missing before the end of the file")));
        }
        if (cell.length() > 0 || !cells.isEmpty() || wasQuoted) {
            cells.add(cell.toString());
            addRow(rows, rowLine, cells);
        }
        return rows;
    }

    private static void addRow(List<Row> rows, long line, List<String> cells) {
        Row row = new Row(line, cells);
        if (!row.isBlank()) {
            rows.add(row);
        }
    }

    /**
     * Writes one record, quoting the fields that need it, and a line feed.
     *
     * @param out where it goes, not null
     * @param cells the fields, not null
     */
    static void write(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i);
            boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0 || !cell.equals(cell.strip());
            if (quote) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append('\n');
    }

    /**
     * Returns the text of a written table, with a byte-order mark in front if asked.
     *
     * @param table the table as written by {@link #write}, not null
     * @param bom whether to start with a byte-order mark, which Excel needs to read UTF-8
     * @return the text, not null
     */
    static String finish(StringBuilder table, boolean bom) {
        return bom ? BOM + table.toString() : table.toString();
    }

    /**
     * Checks the header: it must be the first row, separated by commas, and name every required column.
     *
     * @param rows the records, not empty, not null
     * @param required the columns that must be there, not null
     * @param known every column that may be there, not null
     * @return the index of each known column in the header, -1 where absent; in the order of {@code known}
     * @throws CsvException if the delimiter is not a comma, or the header is missing or names an unknown column
     */
    static int[] header(List<Row> rows, List<String> required, List<String> known) {
        return header(rows, required, known, false);
    }

    /**
     * Checks the header as {@link #header(List, List, List)} does, allowing other columns when
     * asked; the caller finds them as the columns whose index is not in the result.
     *
     * @param rows the records, not empty, not null
     * @param required the columns that must be there, not null
     * @param known every column that the caller knows by name, not null
     * @param others whether a column not in {@code known} is allowed
     * @return the index of each known column in the header, -1 where absent; in the order of {@code known}
     * @throws CsvException if the delimiter is not a comma, the header is missing, or names an
     *     unknown column where none is allowed
     */
    static int[] header(List<Row> rows, List<String> required, List<String> known, boolean others) {
        List<String> header = rows.get(0).cells().stream().map(String::strip).toList();
        if (header.size() == 1) {
            String only = header.get(0);
            for (String delimiter : new String[] {";", "\t", "|"}) {
                if (only.contains(delimiter)) {
                    String name = delimiter.equals("\t") ? "tabs" : "'" + delimiter + "'";
                    throw new CsvException(List.of(new CsvProblem(1, "", "the columns are separated by " + name
                            + "; separate them by commas (,), as in \"CSV UTF-8\"")));
                }
            }
        }
        int[] index = new int[known.size()];
        java.util.Arrays.fill(index, -1);
        List<CsvProblem> problems = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            int k = known.indexOf(header.get(i));
            if (k < 0) {
                unknown.add(header.get(i));
            } else if (index[k] >= 0) {
                problems.add(new CsvProblem(1, header.get(i), "the column appears twice"));
            } else {
                index[k] = i;
            }
        }
        List<String> missing = required.stream().filter(r -> index[known.indexOf(r)] < 0).toList();
        if (!missing.isEmpty() && missing.size() == required.size()) {
            throw new CsvException(List.of(new CsvProblem(1, "", "missing header: the first row must name the "
                    + "columns, at least " + String.join(", ", required) + "; it is " + String.join(", ", header))));
        }
        for (String m : missing) {
            problems.add(new CsvProblem(1, m, "the header has no column '" + m + "'"));
        }
        for (String u : others ? List.<String>of() : unknown) {
            problems.add(new CsvProblem(1, u, "unknown column; the known columns are " + String.join(", ", known)));
        }
        if (!problems.isEmpty()) {
            throw new CsvException(problems);
        }
        return index;
    }

    private static CsvException problem(String reason) {
        return new CsvException(List.of(new CsvProblem(0, "", reason)));
    }
}
