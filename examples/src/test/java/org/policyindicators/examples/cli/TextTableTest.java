package org.policyindicators.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyindicators.examples.cli.TextTable.Align;
import org.policyindicators.examples.cli.TextTable.Column;

class TextTableTest {

    private static TextTable table() {
        return new TextTable(List.of(new Column("Name", 10, Align.LEFT), new Column("Value", 6, Align.RIGHT)));
    }

    @Test
    void width_isColumnsPlusOneSpaceBetweenEach() {
        assertThat(table().width()).isEqualTo(17);
    }

    @Test
    void render_padsEveryLineToTheTableWidthByDisplayWidth() {
        List<String> lines = table()
                .row(List.of("高新技术企业", "227"))
                .row(List.of("高新技术", "166"))
                .row(List.of("GDP", "486"))
                .span("【经济实力】")
                .render();

        assertThat(lines).containsExactly(
                "Name" + " ".repeat(8) + "Value",
                "-".repeat(17),
                "高新技术企" + "    227",
                "业        " + "       ",
                "高新技术  " + "    166",
                "GDP       " + "    486",
                "【经济实力】" + " ".repeat(5));
        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isEqualTo(17));
    }

    @Test
    void row_wrapsALongEnglishNameAtSpacesWithAHangingIndent() {
        TextTable table = new TextTable(List.of(new Column("Indicator", 12, Align.LEFT, 2),
                new Column("Unit", 5, Align.LEFT)));

        List<String> lines = table.row(List.of("Gross regional product per capita", "10k USD")).render();

        assertThat(lines.subList(2, lines.size())).containsExactly(
                "Gross        10k  ",
                "  regional   USD  ",
                "  product         ",
                "  per capita      ");
    }

    @Test
    void row_wrapsALongChineseNameBetweenCharactersWithoutSplittingOne() {
        List<String> lines = table().row(List.of("省级以上众创空间和科技孵化器", "60")).render();

        assertThat(lines.subList(2, lines.size())).containsExactly(
                "省级以上众" + "     60",
                "创空间和科" + "       ",
                "技孵化器  " + "       ");
        assertThat(String.join("", lines.subList(2, lines.size())).replace(" ", "").replace("60", ""))
                .isEqualTo("省级以上众创空间和科技孵化器");
    }

    @Test
    void row_wrapsMixedTextAtSpacesAndBetweenChineseCharacters() {
        TextTable table = new TextTable(List.of(new Column("Target", 12, Align.LEFT)));

        List<String> lines = table.row(List.of("> 30% of 全省地区生产总值 (2025)")).render();

        assertThat(lines.subList(2, lines.size())).containsExactly(
                "> 30% of 全 ",
                "省地区生产总",
                "值 (2025)   ");
    }

    @Test
    void row_splitsANumberWiderThanItsColumnRatherThanCutIt() {
        List<String> lines = table().row(List.of("x", "1234567")).render();

        assertThat(lines.subList(2, lines.size())).containsExactly("x          123456", " ".repeat(16) + "7");
        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isEqualTo(17));
    }

    @Test
    void block_runsTheLeadingCellsDownBesideStackedRows() {
        TextTable table = new TextTable(List.of(new Column("Indicator", 10, Align.LEFT, 2),
                new Column("Target", 8, Align.LEFT), new Column("Done", 4, Align.RIGHT)));

        List<String> lines = table.block(List.of("Gross regional product"),
                List.of(List.of(">= 1000 (2025)", "61%"), List.of("x2", ""))).render();

        assertThat(lines.subList(2, lines.size())).containsExactly(
                "Gross      >= 1000   61%",
                "  regional (2025)       ",
                "  product  x2           ");
    }

    @Test
    void block_rejectsRowsThatDoNotCompleteTheColumns() {
        TextTable table = new TextTable(List.of(new Column("a", 4, Align.LEFT), new Column("b", 4, Align.LEFT)));

        assertThatThrownBy(() -> table.block(List.of("x"), List.of(List.of("y", "z"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Expected 2 cells, got 1 + 2");
        assertThatThrownBy(() -> table.block(List.of("x"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void row_replacesLineBreaksAndTabsWithSpaces() {
        List<String> lines = table().row(List.of("a\nb\tc", "1")).render();

        assertThat(lines.get(2)).startsWith("a b c ");
        assertThat(lines.get(2)).doesNotContain("\n", "\t");
    }

    @Test
    void row_rejectsAWrongNumberOfCells() {
        assertThatThrownBy(() -> table().row(List.of("only one")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Expected 2 cells, got 1");
    }

    @Test
    void column_rejectsAWidthTooNarrowForAWideCharacterOrItsIndent() {
        assertThatThrownBy(() -> new Column("x", 1, Align.LEFT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Column("x", 4, Align.LEFT, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
