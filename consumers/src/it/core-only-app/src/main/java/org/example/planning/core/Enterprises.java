package org.example.planning.core;

import java.math.BigDecimal;
import java.time.Year;

import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Text;
import org.policyindicators.core.Units;

/** An indicator built in code, as a dashboard that holds its data elsewhere would build it. */
public final class Enterprises {

    private Enterprises() {
    }

    /** High-tech enterprises: 166 in 2020, at least 227 by 2025, 210 counted in 2023. */
    public static Indicator indicator() {
        return Indicator.builder("high-tech-enterprises")
                .name(Text.zhEn("高新技术企业", "High-tech enterprises"))
                .unit(Units.HOUSEHOLD)
                .polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Year.of(2020), new BigDecimal("166")))
                .target(LevelTarget.of(Comparison.GE, new BigDecimal("227"), Year.of(2025)))
                .observation(Observation.of(Year.of(2023), new BigDecimal("210")))
                .build();
    }
}
