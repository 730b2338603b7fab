package org.policyindicators.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table for terminals, laid out by {@linkplain DisplayWidth display width} so that
 * columns of Chinese text line up: every line of a table is exactly {@link #width()} columns
 * wide. A cell longer than its column is {@linkplain DisplayWidth#wrap(String, int) wrapped}
 * within it, never cut, so that a row may take several lines; the other cells of the row are
 * padded to the same height.
 *
 * <p>A {@linkplain #block block} holds one item with several sub-rows, such as an indicator with
 * its targets: its leading cells (name, unit) run down beside the stacked sub-rows instead of
 * taking lines of their own.
 *
 * <p>Not thread-safe; build it, then {@link #render()} it.
 */
public final class TextTable {

    /** How a column aligns its cells. */
    public enum Align {
        /** Text, padded on the right. */
        LEFT,
        /** Numbers, padded on the left. */
        RIGHT
    }

    /**
     * One column.
     *
     * @param header the header text, not null
     * @param width the display width, at least 2 (so that a wide character fits)
     * @param align the alignment, not null
     * @param hang how many columns the second and later lines of a wrapped cell are indented, so
     *     that they are not read as a new row; 0 or more, less than {@code width - 1}
     */
    public record Column(String header, int width, Align align, int hang) {

        /**
         * Creates a column.
         *
         * @param header see the class documentation
         * @param width see the class documentation
         * @param align see the class documentation
         * @param hang see the class documentation
         */
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(align, "align");
            if (width < 2) {
                throw new IllegalArgumentException("Column width " + width + " is less than 2");
            }
            if (hang < 0 || hang > width - 2) {
                throw new IllegalArgumentException("Hanging indent " + hang + " does not fit a column of " + width);
            }
        }

        /**
         * Creates a column whose wrapped lines are not indented.
         *
         * @param header see the class documentation
         * @param width see the class documentation
         * @param align see the class documentation
         */
        public Column(String header, int width, Align align) {
            this(header, width, align, 0);
        }
    }

    private static final String GAP = " ";

    private final List<Column> columns;
    private final List<String> lines = new ArrayList<>();

    /**
     * Creates an empty table.
     *
     * @param columns the columns, at least one, not null
     */
    public TextTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
        if (this.columns.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column");
        }
    }

    /**
     * Returns the display width of every line: the columns and one space between each two.
     *
     * @return the width in columns
     */
    public int width() {
        return columns.stream().mapToInt(Column::width).sum() + GAP.length() * (columns.size() - 1);
    }

    /**
     * Adds a row of cells, one per column, on as many lines as its longest cell needs.
     *
     * @param cells the cells, as many as there are columns, not null
     * @return this table
     * @throws IllegalArgumentException if the number of cells is not the number of columns
     */
    public TextTable row(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("Expected " + columns.size() + " cells, got " + cells.size());
        }
        lines.addAll(layout(cells, List.of()));
        return this;
    }

    /**
     * Adds a block: leading cells for the first columns, and beside them sub-rows for the
     * remaining columns, stacked one under the other. The block takes as many lines as the
     * taller of the two sides.
     *
     * @param leading the cells of the first columns, not null
     * @param rows the sub-rows, each with a cell for every remaining column, at least one, not null
     * @return this table
     * @throws IllegalArgumentException if there is no sub-row, or the cells do not add up to the columns
     */
    public TextTable block(List<String> leading, List<List<String>> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("A block needs at least one row");
        }
        for (List<String> row : rows) {
            if (leading.size() + row.size() != columns.size()) {
                throw new IllegalArgumentException("Expected " + columns.size() + " cells, got "
                        + leading.size() + " + " + row.size());
            }
        }
        lines.addAll(layout(leading, rows));
        return this;
    }

    /**
     * Adds a text that spans the whole table, such as a group heading, wrapped to its width.
     *
     * @param text the text, not null
     * @return this table
     */
    public TextTable span(String text) {
        for (String line : DisplayWidth.wrap(text, width())) {
            lines.add(pad(line, width(), Align.LEFT));
        }
        return this;
    }

    /**
     * Returns the lines: the header, a rule of dashes, then the rows and spans in order.
     *
     * @return the lines, each {@link #width()} columns wide, not null
     */
    public List<String> render() {
        List<String> out = new ArrayList<>(lines.size() + 2);
        out.addAll(layout(columns.stream().map(Column::header).toList(), List.of()));
        out.add("-".repeat(width()));
        out.addAll(lines);
        return List.copyOf(out);
    }

    /** Lays out leading cells beside stacked sub-rows; with no sub-row, the leading cells are a whole row. */
    private List<String> layout(List<String> leading, List<List<String>> rows) {
        int first = leading.size();
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < first; c++) {
            cells.add(wrap(leading.get(c), columns.get(c)));
        }
        for (int c = first; c < columns.size(); c++) {
            cells.add(new ArrayList<>());
        }
        for (List<String> row : rows) {
            // every sub-row starts on the same line in all its columns: pad them to its height
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int c = first; c < columns.size(); c++) {
                List<String> w = wrap(row.get(c - first), columns.get(c));
                wrapped.add(w);
                height = Math.max(height, w.size());
            }
            for (int c = first; c < columns.size(); c++) {
                List<String> column = cells.get(c);
                column.addAll(wrapped.get(c - first));
                for (int l = wrapped.get(c - first).size(); l < height; l++) {
                    column.add("");
                }
            }
        }
        int height = cells.stream().mapToInt(List::size).max().orElse(1);
        List<String> out = new ArrayList<>(height);
        for (int l = 0; l < height; l++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    line.append(GAP);
                }
                List<String> column = cells.get(c);
                Column spec = columns.get(c);
                line.append(pad(l < column.size() ? column.get(l) : "", spec.width(), spec.align()));
            }
            out.add(line.toString());
        }
        return out;
    }

    /** The lines of a cell: wrapped to the column, later lines indented by the column's hang. */
    private static List<String> wrap(String text, Column column) {
        List<String> wrapped = DisplayWidth.wrap(text, column.width(), column.width() - column.hang());
        List<String> out = new ArrayList<>(wrapped.size());
        for (int i = 0; i < wrapped.size(); i++) {
            out.add(i == 0 ? wrapped.get(i) : " ".repeat(column.hang()) + wrapped.get(i));
        }
        return out;
    }

    private static String pad(String text, int width, Align align) {
        int spaces = width - DisplayWidth.of(text);
        return align == Align.RIGHT ? " ".repeat(spaces) + text : text + " ".repeat(spaces);
    }
}
