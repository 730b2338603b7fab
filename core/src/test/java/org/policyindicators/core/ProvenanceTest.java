package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProvenanceTest {

    private static final String QUOTE = "到2025 年底,全区高新技术企业达到227 户以上。";

    @Test
    void of_keepsTheQuoteExactlyWithoutLocation() {
        Provenance provenance = Provenance.of("wbl-14fyp", QUOTE);

        assertThat(provenance.document()).isEqualTo("wbl-14fyp");
        assertThat(provenance.quote()).isEqualTo(QUOTE);
        assertThat(provenance.location()).isNull();
    }

    @Test
    void constructor_keepsALocation() {
        assertThat(new Provenance("wbl-14fyp", QUOTE, "第三章").location()).isEqualTo("第三章");
    }

    @Test
    void of_acceptsAnEmptyQuoteButNoBlankDocument() {
        assertThat(Provenance.of("d", "").quote()).isEmpty();
        assertThatThrownBy(() -> Provenance.of(" ", QUOTE)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("document");
    }

    @Test
    void of_rejectsNullNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> Provenance.of(null, QUOTE)).withMessage("document");
        assertThatNullPointerException().isThrownBy(() -> Provenance.of("d", null)).withMessage("quote");
    }

    @Test
    void equals_comparesEveryPart() {
        assertThat(Provenance.of("d", QUOTE)).isEqualTo(new Provenance("d", QUOTE, null))
                .hasSameHashCodeAs(new Provenance("d", QUOTE, null))
                .isNotEqualTo(new Provenance("d", QUOTE, "p. 3"))
                .isNotEqualTo(Provenance.of("e", QUOTE));
    }
}
