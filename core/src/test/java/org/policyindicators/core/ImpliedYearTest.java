package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImpliedYearTest {

    @Test
    void of_keepsTheBasisAndTheExactWords() {
        // 预计到"十四五"末期, opening a paragraph of 003
        ImpliedYear implied = ImpliedYear.of(ImpliedYear.Basis.PARAGRAPH, "预计到\"十四五\"末期");

        assertThat(implied.basis()).isEqualTo(ImpliedYear.Basis.PARAGRAPH);
        assertThat(implied.context()).isEqualTo("预计到\"十四五\"末期");
    }

    @Test
    void ofHorizon_quotesNoWords() {
        ImpliedYear implied = ImpliedYear.ofHorizon();

        assertThat(implied.basis()).isEqualTo(ImpliedYear.Basis.HORIZON);
        assertThat(implied.context()).isEmpty();
    }

    @Test
    void of_rejectsNullNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> ImpliedYear.of(null, "到2025年")).withMessage("basis");
        assertThatNullPointerException().isThrownBy(() -> ImpliedYear.of(ImpliedYear.Basis.HEADING, null))
                .withMessage("context");
    }

    @Test
    void basis_codesAreLowerCase() {
        assertThat(ImpliedYear.Basis.HORIZON.code()).isEqualTo("horizon");
        assertThat(ImpliedYear.Basis.HEADING.code()).isEqualTo("heading");
        assertThat(ImpliedYear.Basis.PARAGRAPH.code()).isEqualTo("paragraph");
        assertThat(ImpliedYear.Basis.ofCode("heading")).isEqualTo(ImpliedYear.Basis.HEADING);
        assertThatThrownBy(() -> ImpliedYear.Basis.ofCode("HEADING")).isInstanceOf(PolicyException.class);
    }

    @Test
    void equals_comparesBasisAndWords() {
        assertThat(ImpliedYear.of(ImpliedYear.Basis.HEADING, "到2025年"))
                .isEqualTo(ImpliedYear.of(ImpliedYear.Basis.HEADING, "到2025年"))
                .hasSameHashCodeAs(ImpliedYear.of(ImpliedYear.Basis.HEADING, "到2025年"))
                .isNotEqualTo(ImpliedYear.of(ImpliedYear.Basis.PARAGRAPH, "到2025年"))
                .isNotEqualTo(ImpliedYear.of(ImpliedYear.Basis.HEADING, "到2023年"));
    }
}
