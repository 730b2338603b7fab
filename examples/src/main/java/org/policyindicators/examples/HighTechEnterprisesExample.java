package org.policyindicators.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;

import org.policyindicators.core.Attribute;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Category;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Provenance;
import org.policyindicators.core.Text;
import org.policyindicators.core.Units;

/**
 * Builds the 万柏林区 target for high-tech enterprises: from 166 in 2020 to at least 227 (227户以上)
 * by the end of 2025.
 */
public final class HighTechEnterprisesExample {

    private HighTechEnterprisesExample() {
    }

    /**
     * Builds the indicator with its baseline, target and provenance.
     *
     * @return the indicator, not null
     */
    public static Indicator indicator() {
        LevelTarget target = LevelTarget.of(Comparison.GE, new BigDecimal("227"), Year.of(2025))
                .withText(Text.zh("全区高新技术企业达到227户以上"));
        return Indicator.builder("high-tech-enterprises")
                .name(Text.zhEn("高新技术企业", "High-tech enterprises"))
                .unit(Units.HOUSEHOLD)
                .category(Category.INNOVATION)
                .attribute(Attribute.INDICATIVE)
                .polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Year.of(2020), new BigDecimal("166")))
                .target(target)
                .provenance(Provenance.of("003", "全区高新技术企业达到227户以上"))
                .build();
    }

    /**
     * Prints the indicator.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Indicator indicator = indicator();
        out.println(indicator.name().best("zh") + ": " + indicator.baselines().get(0).value() + " (2020) → "
                + indicator.targets().get(0).text().best("zh"));
    }
}
