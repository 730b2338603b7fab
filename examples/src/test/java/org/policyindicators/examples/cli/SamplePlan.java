package org.policyindicators.examples.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;

import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.Goal;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Modality;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.QualitativeTarget;
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
                .target(GrowthTarget.of(Comparison.GE, new BigDecimal("7"), Year.of(2025)))
                .build();
        Indicator enterprises = HighTechEnterprisesExample.indicator().toBuilder()
                .observation(Observation.of(Year.of(2023), new BigDecimal("473")))
                .build();
        Indicator incubators = Indicator.builder("maker-spaces-and-incubators")
                .name(Text.zhEn("省级以上众创空间和科技孵化器", "Maker spaces and technology incubators of provincial level"))
                .unit(Units.ESTABLISHMENT)
                .polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Year.of(2020), new BigDecimal("25")))
                .target(LevelTarget.of(Comparison.REACH, new BigDecimal("60"), Year.of(2025)))
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

    /**
     * Returns a plan with the parts of format 1.1, with illustrative figures: GDP growth 年均 &gt; 7 %
     * over 2021–2025 with three years observed; life expectancy +1 year from 2020 (〔1〕) while
     * the table's baseline is of 2019, with an actual 2020 figure; heavy pollution days
     * essentially (基本) at most 1; a female and a total level target with observations of each;
     * people trained in a dated period; and a policy without a unit, observed as "adopted".
     */
    static Plan newParts() {
        Year y2020 = Year.of(2020);
        Year y2021 = Year.of(2021);
        Year y2025 = Year.of(2025);
        Dimensions female = Dimensions.of("sex", "female");
        Indicator growth = Indicator.builder("gdp-growth").name(Text.zhEn("GDP增长", "GDP growth"))
                .unit(Units.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(y2020, new BigDecimal("2.3")))
                .target(new AverageTarget(Comparison.GT, new BigDecimal("7"), Units.PERCENT, y2025, y2021, false,
                        Modality.PLAIN, Text.zh("年均>7%")))
                .observation(Observation.of(y2021, new BigDecimal("8.1")))
                .observation(Observation.of(Year.of(2022), new BigDecimal("3.0")))
                .observation(Observation.of(Year.of(2023), new BigDecimal("8.4")))
                .build();
        Indicator life = Indicator.builder("life-expectancy").name(Text.zhEn("人均预期寿命", "Life expectancy"))
                .unit(Units.YEAR).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Year.of(2019), new BigDecimal("77.3")))
                .target(new ChangeTarget(ChangeMode.ABSOLUTE, Comparison.GE, BigDecimal.ONE, null, y2020, y2025,
                        y2021, false, Modality.ENSURE, Text.zh("〔1〕"), null, Dimensions.TOTAL))
                .observation(Observation.of(y2020, new BigDecimal("77.93")))
                .build();
        Indicator pollution = Indicator.builder("heavy-pollution-days")
                .name(Text.zhEn("重污染天数", "Heavy pollution days")).unit(Units.DAY)
                .polarity(Polarity.LOWER_IS_BETTER)
                .target(new LevelTarget(Comparison.LE, BigDecimal.ONE, null, true, y2025, null, false,
                        Modality.PLAIN, Text.zh("重污染天气基本消除"), null, Dimensions.TOTAL))
                .build();
        Indicator employment = Indicator.builder("employment-rate").name(Text.zhEn("就业率", "Employment rate"))
                .unit(Units.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(y2020, new BigDecimal("60")))
                .baseline(Baseline.of(y2020, new BigDecimal("50")).withDimensions(female))
                .target(LevelTarget.of(Comparison.GE, new BigDecimal("64"), y2025))
                .target(LevelTarget.of(Comparison.GE, new BigDecimal("56"), y2025).withDimensions(female))
                .observation(Observation.of(Year.of(2023), new BigDecimal("65")))
                .observation(Observation.of(Year.of(2023), new BigDecimal("52")).withDimensions(female))
                .build();
        Indicator trained = Indicator.builder("people-trained").name(Text.zhEn("培训人数", "People trained"))
                .unit(Units.PERSON).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(y2020, new BigDecimal("0")))
                .target(LevelTarget.of(Comparison.GE, new BigDecimal("100"), y2021)
                        .withDates(DatePeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30))))
                .observation(Observation.of(y2021, new BigDecimal("120"))
                        .withDates(DatePeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30))))
                .build();
        Indicator policy = Indicator.builder("nutrition-policy")
                .name(Text.of("en", "National nutrition policy adopted"))
                .target(new QualitativeTarget(y2025, null, false, Modality.PLAIN, Text.of("en", "adopted")))
                .observation(Observation.ofState(Year.of(2023), Text.of("en", "adopted")))
                .build();
        return Plan.builder("xx-results", new PlanKind("roadmap"), "cn-140109", YearRange.of(2021, 2025))
                .title(Text.of("en", "A plan with the parts of format 1.1"))
                .goal(Goal.builder("all").title(Text.of("en", "Everything new"))
                        .indicator(growth).indicator(life).indicator(pollution).indicator(employment)
                        .indicator(trained).indicator(policy).build())
                .build();
    }
}
