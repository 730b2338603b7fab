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

        assertThat(lines).hasSize(6);
        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isEqualTo(17));
        assertThat(lines.get(0)).isEqualTo("Name" + " ".repeat(8) + "Value");
        assertThat(lines.get(1)).isEqualTo("-".repeat(17));
        assertThat(lines.get(2)).isEqualTo("高新技术…" + " ".repeat(5) + "227");
        assertThat(lines.get(3)).isEqualTo("高新技术" + " ".repeat(6) + "166");
        assertThat(lines.get(4)).isEqualTo("GDP" + " ".repeat(11) + "486");
    }

    @Test
    void row_cutsLongCellsWithAnEllipsisWithoutSplittingAWideCharacter() {
        List<String> lines = table().row(List.of("省级以上众创空间和科技孵化器", "60")).render();

        assertThat(lines.get(2)).isEqualTo("省级以上…" + " ".repeat(6) + "60");
        assertThat(DisplayWidth.of(lines.get(2))).isEqualTo(17);
    }

    @Test
    void row_cutsNumbersTooWideForTheirColumn() {
        List<String> lines = table().row(List.of("x", "1234567")).render();

        assertThat(lines.get(2)).endsWith("12345…");
        assertThat(DisplayWidth.of(lines.get(2))).isEqualTo(17);
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
    void column_rejectsAWidthBelowOne() {
        assertThatThrownBy(() -> new Column("x", 0, Align.LEFT)).isInstanceOf(IllegalArgumentException.class);
    }
}
