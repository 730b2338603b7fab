package org.policyindicators.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table for terminals, laid out by {@linkplain DisplayWidth display width} so that
 * columns of Chinese text line up: every line of a table is exactly {@link #width()} columns
 * wide. Cells longer than their column are cut with an ellipsis.
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
     * @param width the display width, at least 1
     * @param align the alignment, not null
     */
    public record Column(String header, int width, Align align) {

        /**
         * Creates a column.
         *
         * @param header see the class documentation
         * @param width see the class documentation
         * @param align see the class documentation
         */
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(align, "align");
            if (width < 1) {
                throw new IllegalArgumentException("Column width " + width + " is less than 1");
            }
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
     * Adds a row of cells, one per column.
     *
     * @param cells the cells, as many as there are columns, not null
     * @return this table
     * @throws IllegalArgumentException if the number of cells is not the number of columns
     */
    public TextTable row(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("Expected " + columns.size() + " cells, got " + cells.size());
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(GAP);
            }
            line.append(cell(cells.get(i), columns.get(i)));
        }
        lines.add(line.toString());
        return this;
    }

    /**
     * Adds a line that spans the whole table, such as a group heading.
     *
     * @param text the text, not null
     * @return this table
     */
    public TextTable span(String text) {
        lines.add(DisplayWidth.fit(text, width()));
        return this;
    }

    /**
     * Returns the lines: the header, a rule of dashes, then the rows and spans in order.
     *
     * @return the lines, each {@link #width()} columns wide, not null
     */
    public List<String> render() {
        List<String> out = new ArrayList<>(lines.size() + 2);
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                header.append(GAP);
            }
            header.append(cell(columns.get(i).header(), columns.get(i)));
        }
        out.add(header.toString());
        out.add("-".repeat(width()));
        out.addAll(lines);
        return List.copyOf(out);
    }

    private static String cell(String text, Column column) {
        String flat = text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        if (column.align() == Align.RIGHT && DisplayWidth.of(flat) <= column.width()) {
            return DisplayWidth.padLeft(flat, column.width());
        }
        return DisplayWidth.fit(flat, column.width());
    }
}
