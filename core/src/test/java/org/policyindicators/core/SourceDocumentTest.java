package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SourceDocumentTest {

    private static final Text TITLE = Text.zh("太原市万柏林区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要");

    @Test
    void of_knowsOnlyIdentifierAndTitle() {
        SourceDocument source = SourceDocument.of("wbl-14fyp", TITLE);

        assertThat(source.id()).isEqualTo("wbl-14fyp");
        assertThat(source.title()).isEqualTo(TITLE);
        assertThat(source.publisher()).isEqualTo(Text.EMPTY);
        assertThat(source.date()).isNull();
        assertThat(source.address()).isNull();
    }

    @Test
    void constructor_keepsPublisherDateAndAddress() {
        SourceDocument source = new SourceDocument("wbl-14fyp", TITLE, Text.zh("万柏林区人民政府"),
                LocalDate.of(2021, 4, 1), "https://example.org/plan");

        assertThat(source.date()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(source.address()).isEqualTo("https://example.org/plan");
    }

    @Test
    void of_rejectsABlankIdentifier() {
        assertThatThrownBy(() -> SourceDocument.of("", TITLE)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("id");
    }

    @Test
    void constructor_rejectsNullNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> SourceDocument.of(null, TITLE)).withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> SourceDocument.of("d", null)).withMessage("title");
        assertThatNullPointerException().isThrownBy(() -> new SourceDocument("d", TITLE, null, null, null))
                .withMessage("publisher");
    }
}
