package org.policyindicators.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void parse_readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        List<Csv.Row> rows = Csv.parse("a,b,c\r\n\"1,5\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nx,,z\n");

        assertThat(rows).extracting(Csv.Row::cells).containsExactly(List.of("a", "b", "c"),
                List.of("1,5", "say \"hi\"", "two\nlines"), List.of("x", "", "z"));
        assertThat(rows).extracting(Csv.Row::line).containsExactly(1L, 2L, 4L);
    }

    @Test
    void parse_skipsAByteOrderMarkAndBlankRows() {
        List<Csv.Row> rows = Csv.parse("\uFEFFYear,Value\n\n,\n2023,1\n");

        assertThat(rows).extracting(Csv.Row::cells).containsExactly(List.of("Year", "Value"), List.of("2023", "1"));
        assertThat(rows.get(1).line()).isEqualTo(4);
    }

    @Test
    void parse_refusesAnEmptyFileAndAnUnclosedQuote() {
        assertThatThrownBy(() -> Csv.parse("")).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> Csv.parse("\uFEFF \n")).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> Csv.parse("a,b\n1,\"open\n")).isInstanceOfSatisfying(CsvException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.row()).isEqualTo(2);
                    assertThat(p.reason()).contains("not closed");
                }));
    }

    @Test
    void read_refusesTextThatIsNotUtf8() {
        byte[] gbk = "指标,单位\n".getBytes(java.nio.charset.Charset.forName("GBK"));

        assertThatThrownBy(() -> Csv.read(new ByteArrayInputStream(gbk))).hasMessageContaining("not UTF-8");
    }

    @Test
    void write_quotesOnlyTheFieldsThatNeedIt() {
        StringBuilder out = new StringBuilder();
        Csv.write(out, List.of("plain", "a,b", "say \"hi\"", " padded", "地区生产总值"));

        assertThat(out).hasToString("plain,\"a,b\",\"say \"\"hi\"\"\",\" padded\",地区生产总值\n");
        assertThat(Csv.parse(out.toString()).get(0).cells())
                .containsExactly("plain", "a,b", "say \"hi\"", " padded", "地区生产总值");
    }

    @Test
    void finish_startsWithAByteOrderMarkOnlyWhenAsked() {
        assertThat(Csv.finish(new StringBuilder("a\n"), true).getBytes(StandardCharsets.UTF_8))
                .startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Csv.finish(new StringBuilder("a\n"), false)).isEqualTo("a\n");
    }
}
