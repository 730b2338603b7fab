package org.policyindicators.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void of_countsWideCharactersTwiceAndCombiningMarksNotAtAll() {
        assertThat(DisplayWidth.of("GDP")).isEqualTo(3);
        assertThat(DisplayWidth.of("地区生产总值")).isEqualTo(12);
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
    }

    @Test
    void wrap_breaksEnglishAtSpacesAndDropsThem() {
        assertThat(DisplayWidth.wrap("Share of industrial enterprises above designated size", 20))
                .containsExactly("Share of industrial", "enterprises above", "designated size");
    }

    @Test
    void wrap_breaksChineseBetweenAnyTwoCharacters() {
        assertThat(DisplayWidth.wrap("规上工业企业研发活动机构覆盖率", 12))
                .containsExactly("规上工业企业", "研发活动机构", "覆盖率");
    }

    @Test
    void wrap_neverStartsALineWithClosingPunctuationNorEndsOneWithAnOpeningBracket() {
        // 8 columns hold four characters; the comma goes down with the character before it
        assertThat(DisplayWidth.wrap("稳中求进，守正创新", 8)).containsExactly("稳中求", "进，守正", "创新");
        // the quotes are one column wide, and stay with the characters they enclose
        assertThat(DisplayWidth.wrap("建设“晋兴版”企业", 6)).containsExactly("建设", "“晋兴", "版”企", "业");
    }

    @Test
    void wrap_keepsIdentifiersAndPathsWholeButBreaksAfterADash() {
        assertThat(DisplayWidth.wrap("at /goals/0/indicators/3/targets/0: text", 36))
                .containsExactly("at /goals/0/indicators/3/targets/0:", "text");
        assertThat(DisplayWidth.wrap("issued by Taiyuan (cn-140100)", 20))
                .containsExactly("issued by Taiyuan", "(cn-140100)");
        assertThat(DisplayWidth.wrap("Grade of the Jinci–Tianlongshan scenic area", 20))
                .containsExactly("Grade of the Jinci–", "Tianlongshan scenic", "area");
    }

    @Test
    void wrap_splitsAWordWiderThanTheLineWithoutSplittingAWideCharacter() {
        assertThat(DisplayWidth.wrap("establishments", 8)).containsExactly("establis", "hments");
        assertThat(DisplayWidth.wrap("a汉汉汉", 4)).containsExactly("a汉", "汉汉");
    }

    @Test
    void wrap_usesTheContinuationWidthAfterTheFirstLine() {
        assertThat(DisplayWidth.wrap("one two three four", 9, 5)).containsExactly("one two", "three", "four");
    }

    @Test
    void wrap_givesOneEmptyLineForEmptyTextAndTreatsLineBreaksAsSpaces() {
        assertThat(DisplayWidth.wrap("", 10)).containsExactly("");
        assertThat(DisplayWidth.wrap("  a\nb\tc  ", 10)).containsExactly("a b c");
    }

    @Test
    void wrap_refusesAWidthTooNarrowForAWideCharacter() {
        assertThatThrownBy(() -> DisplayWidth.wrap("汉", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void widestWord_measuresTheWidestPieceThatWrappingKeepsWhole() {
        assertThat(DisplayWidth.widestWord("1.1654441001770202 (2021-04/2022-03)")).isEqualTo(18);
        assertThat(DisplayWidth.widestWord("7 (2018-04/2019-03)")).isEqualTo(17);
        // Chinese breaks between any two characters, closing punctuation stays with the one before it
        assertThat(DisplayWidth.widestWord("地区生产总值。")).isEqualTo(4);
        assertThat(DisplayWidth.widestWord(" \t")).isZero();
    }
}
