package org.policyindicators.examples.cli;

import java.math.BigDecimal;
import java.time.Year;

import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparator;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.Goal;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Text;
import org.policyindicators.core.Units;
import org.policyindicators.core.YearRange;
import org.policyindicators.examples.GdpDoublingExample;
import org.policyindicators.examples.HighTechEnterprisesExample;

/** A small plan built with the core model only, for tests of the layout. */
final class SamplePlan {

    static final Text ISSUER = Text.zhEn("万柏林区", "Wanbailin District");

    private SamplePlan() {
    }

    /**
     * Returns a five-year plan with two goals: GDP (486 亿元 in 2020, to double by 2025, growing
     * 7 % a year), and high-tech enterprises (166 → at least 227, 473 observed in 2023) with an
     * indicator whose name is too long for its column.
     */
    static Plan plan() {
        Indicator gdp = GdpDoublingExample.indicator(new BigDecimal("486")).toBuilder()
                .target(GrowthTarget.of(Comparator.GE, new BigDecimal("7"), Year.of(2025)))
                .build();
        Indicator enterprises = HighTechEnterprisesExample.indicator().toBuilder()
                .observation(Observation.of(Year.of(2023), new BigDecimal("473")))
                .build();
        Indicator incubators = Indicator.builder("maker-spaces-and-incubators")
                .name(Text.zhEn("省级以上众创空间和科技孵化器", "Maker spaces and technology incubators of provincial level"))
                .unit(Units.ESTABLISHMENT)
                .polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Year.of(2020), new BigDecimal("25")))
                .target(LevelTarget.of(Comparator.REACH, new BigDecimal("60"), null, Year.of(2025)))
                .target(DirectionTarget.of(Direction.INCREASE, null))
                .build();
        return Plan.builder("cn-140109-fyp-14", PlanKind.FIVE_YEAR_PLAN, "cn-140109", YearRange.of(2021, 2025))
                .title(Text.zh("太原市万柏林区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"))
                .visionHorizon(YearRange.of(2021, 2035))
                .goal(Goal.builder("economy").title(Text.zhEn("经济实力走在前列", "Lead in economic strength"))
                        .indicator(gdp).build())
                .goal(Goal.builder("innovation").title(Text.zhEn("创新生态走在前列", "Lead in the innovation ecosystem"))
                        .indicator(enterprises).indicator(incubators).build())
                .build();
    }
}
