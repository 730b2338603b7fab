package org.policyindicators.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;

import org.policyindicators.core.Baseline;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Modality;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.Text;
import org.policyindicators.core.Units;
import org.policyindicators.core.analysis.Growth;
import org.policyindicators.core.analysis.ImpliedTarget;
import org.policyindicators.core.analysis.Trajectory;

/**
 * Computes what 小店区's goal to double its GDP (力争实现地区生产总值翻一番) during the 14th
 * five-year plan implies: the level in 2025, the growth rate it needs and the yearly path.
 */
public final class GdpDoublingExample {

    private GdpDoublingExample() {
    }

    /**
     * Builds the GDP indicator from a 2020 baseline with a doubling target for 2025.
     *
     * @param baseline2020 the 2020 GDP in 亿元, not null
     * @return the indicator, not null
     */
    public static Indicator indicator(BigDecimal baseline2020) {
        MultipleTarget doubling = MultipleTarget.of(BigDecimal.valueOf(2), Year.of(2025))
                .withModality(Modality.STRIVE)
                .withText(Text.zh("力争实现地区生产总值翻一番"));
        return Indicator.builder("gdp")
                .name(Text.zhEn("地区生产总值", "Gross regional product"))
                .unit(Units.CNY_100M)
                .polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Year.of(2020), baseline2020))
                .target(doubling)
                .build();
    }

    /**
     * Prints the implied level, the growth rate and the trajectory for a baseline.
     *
     * @param args one optional argument: the 2020 GDP in 亿元 (default 486, the 万柏林区 value)
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BigDecimal base = new BigDecimal(args.length > 0 ? args[0] : "486");
        Indicator gdp = indicator(base);
        ImpliedTarget implied = ImpliedTarget.of(gdp, gdp.targets().get(0)).orElseThrow();
        Quantity level = implied.value();
        BigDecimal rate = Growth.averageAnnualRate(base, level.value(), 5);
        out.println("2025 target: " + level.value().toPlainString() + " 亿元");
        out.println("needed growth: " + rate.setScale(2, java.math.RoundingMode.HALF_EVEN) + " % a year");
        Trajectory path = Trajectory.of(gdp, gdp.targets().get(0), org.policyindicators.core.UnitCatalog.standard())
                .orElseThrow();
        int year = 2020;
        for (Quantity q : path.yearly()) {
            out.println(year++ + ": " + q.value().setScale(1, java.math.RoundingMode.HALF_EVEN) + " 亿元");
        }
    }
}
