package org.policyindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.Units;
import org.policyindicators.core.analysis.Growth;
import org.policyindicators.core.analysis.ImpliedTarget;
import org.policyindicators.core.analysis.Trajectory;

class GdpDoublingExampleTest {

    private static final BigDecimal BASE = new BigDecimal("486");

    @Test
    void indicator_doublingOf486ImpliesExactly972In2025() {
        Indicator gdp = GdpDoublingExample.indicator(BASE);

        ImpliedTarget implied = ImpliedTarget.of(gdp, gdp.targets().get(0)).orElseThrow();

        assertThat(implied.value()).isEqualTo(Quantity.of("972", Units.CNY_100M));
        assertThat(implied.year()).isEqualTo(Year.of(2025));
        assertThat(implied.comparator()).isEqualTo(Comparison.REACH);
        assertThat(implied.baseline()).isEqualTo(gdp.baselines().get(0));
    }

    @Test
    void indicator_doublingInFiveYearsNeedsAbout14point87PercentAYear() {
        // 2^(1/5) − 1 = 0.148698…
        BigDecimal rate = Growth.averageAnnualRate(BASE, new BigDecimal("972"), 5);

        assertThat(rate.setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("14.87");
        assertThat(rate.doubleValue()).isCloseTo((Math.pow(2, 0.2) - 1) * 100, within(1e-9));
    }

    @Test
    void indicator_trajectoryCompoundsFrom486To972() {
        Indicator gdp = GdpDoublingExample.indicator(BASE);

        List<Quantity> yearly = Trajectory.of(gdp, gdp.targets().get(0), UnitCatalog.standard()).orElseThrow().yearly();

        assertThat(yearly).hasSize(6);
        assertThat(yearly.get(0).value()).isEqualByComparingTo("486");
        assertThat(yearly.get(5).value()).isEqualByComparingTo("972");
        for (int year = 1; year <= 5; year++) {
            double oracle = 486 * Math.pow(2, year / 5.0);
            assertThat(yearly.get(year).value().doubleValue()).as("year %d", 2020 + year).isCloseTo(oracle, within(1e-9));
        }
    }

    @Test
    void main_printsTheLevelTheRateAndTheYearlyPath() {
        String out = StandardOutput.of(GdpDoublingExample::main);

        assertThat(out.lines()).containsExactly(
                "2025 target: 972 亿元",
                "needed growth: 14.87 % a year",
                "2020: 486.0 亿元",
                "2021: 558.3 亿元",
                "2022: 641.3 亿元",
                "2023: 736.6 亿元",
                "2024: 846.2 亿元",
                "2025: 972.0 亿元");
    }

    @Test
    void main_takesAnotherBaselineAsArgument() {
        String out = StandardOutput.of(GdpDoublingExample::main, "100");

        assertThat(out.lines().findFirst()).hasValue("2025 target: 200 亿元");
    }
}
