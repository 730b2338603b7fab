package org.policyindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.analysis.Progress;
import org.policyindicators.core.analysis.ProgressStatus;

class ProgressExampleTest {

    /**
     * The share of the way from the baseline 166 (2020) to the target 227: (observed − 166) /
     * (227 − 166), rounded to the 16 significant digits that {@link Progress#share()} documents.
     */
    private static BigDecimal shareOfTheWay(int observed) {
        return BigDecimal.valueOf(observed - 166L).divide(BigDecimal.valueOf(227 - 166L), MathContext.DECIMAL64);
    }

    @Test
    void assess_200In2023IsBehindTheLinearPathFrom166To227() {
        // expected in 2023: 166 + (227 − 166) · 3/5 = 202.6; share (200 − 166) / 61
        Progress progress = ProgressExample.assess(new BigDecimal("200"));

        assertThat(progress.status()).isEqualTo(ProgressStatus.BEHIND);
        assertThat(progress.expected().value()).isEqualByComparingTo("202.6");
        assertThat(progress.share()).isEqualByComparingTo(shareOfTheWay(200));
        assertThat(progress.target().value()).isEqualByComparingTo("227");
    }

    @Test
    void assess_205In2023IsOnTrack() {
        Progress progress = ProgressExample.assess(new BigDecimal("205"));

        assertThat(progress.status()).isEqualTo(ProgressStatus.ON_TRACK);
        // (205 − 166) / 61 = 39/61 = 0.639344262295081967…
        assertThat(progress.share()).isEqualByComparingTo(shareOfTheWay(205));
    }

    @Test
    void assess_473In2023HasAlreadyAchievedTheTarget() {
        // 473 is the number of high-tech enterprises reported for 2023
        Progress progress = ProgressExample.assess(new BigDecimal("473"));

        assertThat(progress.status()).isEqualTo(ProgressStatus.ACHIEVED);
        // (473 − 166) / 61 = 307/61 = 5.032786885245901639…
        assertThat(progress.share()).isEqualByComparingTo(shareOfTheWay(473));
    }

    @Test
    void assess_belowTheBaselineIsOffTrack() {
        Progress progress = ProgressExample.assess(new BigDecimal("150"));

        assertThat(progress.status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(progress.share().signum()).isNegative();
    }

    @Test
    void main_printsTheStatusAndTheShareOfTheWay() {
        String out = StandardOutput.of(ProgressExample::main);

        assertThat(out).isEqualTo("2023: 200 → behind, 55.7 % of the way from 166 to 227" + System.lineSeparator());
    }
}
