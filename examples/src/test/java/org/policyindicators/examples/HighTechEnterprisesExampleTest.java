package org.policyindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Units;
import org.policyindicators.core.analysis.ImpliedTarget;

class HighTechEnterprisesExampleTest {

    @Test
    void indicator_holdsTheBaselineOf2020AndTheTargetOfAtLeast227By2025() {
        Indicator indicator = HighTechEnterprisesExample.indicator();

        assertThat(indicator.unit()).isEqualTo(Units.HOUSEHOLD);
        assertThat(indicator.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(indicator.baselines()).singleElement().satisfies(b -> {
            assertThat(b.year()).isEqualTo(Year.of(2020));
            assertThat(b.value()).isEqualByComparingTo("166");
        });
        assertThat(indicator.targets()).singleElement().isInstanceOfSatisfying(LevelTarget.class, t -> {
            assertThat(t.comparator()).isEqualTo(Comparison.GE);
            assertThat(t.value()).isEqualByComparingTo("227");
            assertThat(t.year()).isEqualTo(Year.of(2025));
        });
    }

    @Test
    void indicator_impliesTheStatedLevelWithoutABaselineInvolved() {
        Indicator indicator = HighTechEnterprisesExample.indicator();

        ImpliedTarget implied = ImpliedTarget.of(indicator, indicator.targets().get(0)).orElseThrow();

        assertThat(implied.value().value()).isEqualByComparingTo(new BigDecimal("227"));
        assertThat(implied.value().unit()).isEqualTo(Units.HOUSEHOLD);
        assertThat(implied.comparator()).isEqualTo(Comparison.GE);
        assertThat(implied.baseline()).isNull();
    }

    @Test
    void main_printsTheNameBaselineAndTargetInChinese() {
        String out = StandardOutput.of(HighTechEnterprisesExample::main);

        assertThat(out).isEqualTo("高新技术企业: 166 (2020) → 全区高新技术企业达到227户以上" + System.lineSeparator());
    }
}
