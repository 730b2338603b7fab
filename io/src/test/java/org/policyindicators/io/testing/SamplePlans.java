package org.policyindicators.io.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.policyindicators.core.Aspect;
import org.policyindicators.core.Attribute;
import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Category;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Conversion;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.Dimension;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.Goal;
import org.policyindicators.core.GoalReference;
import org.policyindicators.core.GradeTarget;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.IndicatorReference;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.JurisdictionLevel;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Modality;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Provenance;
import org.policyindicators.core.QualitativeTarget;
import org.policyindicators.core.QuotaTarget;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.RankKind;
import org.policyindicators.core.RankTarget;
import org.policyindicators.core.RelativeTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.SourceDocument;
import org.policyindicators.core.Target;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.YearRange;
import org.policyindicators.core.ZeroTarget;

/**
 * Hand-written plans for tests: one that sets every field of every type, every kind of target
 * among them, and one with only the required fields.
 */
public final class SamplePlans {

    private SamplePlans() {
    }

    /**
     * Returns one target of every kind, each with every field set, non-default where it has a
     * default.
     *
     * @return the targets, in the order of {@link org.policyindicators.core.TargetKind}
     */
    public static List<Target> everyTargetKind() {
        Year y2025 = Year.of(2025);
        Year y2021 = Year.of(2021);
        Unit yi = Unit.of("cny", 8);
        return List.of(
                new LevelTarget(Comparison.GE, new BigDecimal("227"), Unit.of("household"), y2025, y2021, true,
                        Modality.ENSURE, Text.zh("全区高新技术企业达到227户以上")),
                new RangeTarget(new BigDecimal("3"), new BigDecimal("5"), Unit.of("item"), y2025, y2021, true,
                        Modality.STRIVE, Text.zh("形成3-5个百亿产业集群")),
                new MultipleTarget(new BigDecimal("2"), Comparison.REACH, Year.of(2020), Year.of(2035), y2021, true,
                        Modality.PROJECTED, Text.zh("地区生产总值翻一番")),
                new ChangeTarget(ChangeMode.RELATIVE, Comparison.LE, new BigDecimal("-13.5"), Unit.of("percent"),
                        y2025, y2021, true, Modality.ENSURE, Text.zh("单位地区生产总值能耗降低13.5%")),
                new GrowthTarget(Comparison.GE, new BigDecimal("10"), Unit.of("percent"), y2025, y2021, true,
                        Modality.STRIVE, Text.zh("年均增长10%以上")),
                new AverageTarget(Comparison.GT, new BigDecimal("7"), Unit.of("percent"), y2025, y2021, false,
                        Modality.PLAIN, Text.zh("年均>7")),
                new CumulativeTarget(Comparison.APPROX, new BigDecimal("3"), Unit.of("person", 4), y2025, y2021, true,
                        Modality.PROJECTED, Text.zh("“十四五”期间预计累计培训3万人")),
                new RelativeTarget(Comparison.GT, Aspect.GROWTH, IndicatorReference.of("cn-140100-fyp-14", "gdp"),
                        Text.zhEn("全市平均水平", "the city average"), y2025, y2021, true, Modality.ENSURE,
                        Text.zh("研发经费投入强度超过全市平均水平")),
                new DirectionTarget(Direction.DECREASE, y2025, y2021, true, Modality.STRIVE,
                        Text.zh("单位地区生产总值能耗持续下降")),
                new QualitativeTarget(y2025, y2021, true, Modality.ENSURE, Text.zh("保持在合理区间")),
                new RankTarget(Comparison.LE, 61, RankKind.POSITION, Text.zh("全国百强区"), y2025, y2021, true,
                        Modality.STRIVE, Text.zh("全国百强区第61位")),
                new GradeTarget(Comparison.LE, 3, true, Text.zh("Ⅲ类"), Text.zh("地表水环境质量标准"), y2025, y2021,
                        true, Modality.ENSURE, Text.zh("水质达到Ⅲ类")),
                new ZeroTarget(y2025, y2021, true, Modality.ENSURE, Text.zh("零就业家庭动态清零")),
                new ShareTarget(Comparison.GT, new BigDecimal("30"), Unit.of("percent"), Text.zh("全省地区生产总值"),
                        IndicatorReference.local("province-gdp"), y2025, y2021, true, Modality.STRIVE,
                        Text.zh("首位度超过30%")),
                new QuotaTarget(Comparison.GT, Text.zh("市"), new BigDecimal("1160.1"), yi, y2025, y2021, true,
                        Modality.ENSURE, Text.zh("超额完成市下达任务")));
    }

    /**
     * Returns a plan that sets every field of every type it holds.
     *
     * @return the plan, not null
     */
    public static Plan full() {
        Indicator gdp = new Indicator("gdp", Text.zhEn("地区生产总值", "GDP"),
                Text.zhEn("按当年价格计算", "At current prices"), Unit.of("cny", 8), Category.ECONOMIC_DEVELOPMENT,
                Attribute.INDICATIVE, Polarity.HIGHER_IS_BETTER,
                List.of(new Baseline(Year.of(2020), Year.of(2016), new BigDecimal("486"), Unit.of("cny", 8),
                                Comparison.GT),
                        Baseline.of(Year.of(2015), new BigDecimal("347"))),
                everyTargetKind(),
                List.of(new Observation(Year.of(2023), Year.of(2023), new BigDecimal("4.0"), Unit.of("percent"),
                                Comparison.LE, ObservationStatus.PROVISIONAL, true, "001"),
                        Observation.of(Year.of(2022), new BigDecimal("-13.50"))),
                List.of("gdp-industry", "gdp-services"),
                List.of(new Provenance("003", "地区生产总值从2015年的347亿元增长到2020年的486亿元", "第一章"),
                        Provenance.of("001", "")));
        Indicator perCapita = Indicator.builder("doctors-per-thousand")
                .unit(Unit.of("person").per(Unit.of("person", 3)))
                .polarity(Polarity.WITHIN_RANGE)
                .build();
        Goal subGoal = new Goal("innovation-firms", Text.zh("企业创新"), Text.EMPTY, null, null, List.of(),
                List.of(perCapita), List.of());
        Goal goal = new Goal("innovation", Text.zhEn("创新生态走在前列", "Lead in the innovation ecosystem"),
                Text.zhEn("建设创新型城区", "Build an innovative district"), Category.INNOVATION,
                YearRange.of(2021, 2025), List.of(GoalReference.of("cn-140100-fyp-14", "innovation")), List.of(gdp),
                List.of(subGoal));
        return new Plan("cn-140109-fyp-14", PlanKind.FIVE_YEAR_PLAN,
                Text.zh("太原市万柏林区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"), "cn-140109",
                YearRange.of(2021, 2025), YearRange.of(2021, 2035), LocalDate.of(2021, 3, 1),
                List.of(new SourceDocument("003", Text.zh("万柏林区十四五规划纲要"), Text.zh("太原市万柏林区人民政府"),
                        LocalDate.of(2021, 3, 1), "https://www.wbl.gov.cn/plan"), SourceDocument.of("001", Text.EMPTY)),
                List.of(new BaseUnit("mu", Dimension.AREA, Text.zhEn("亩", "mu"),
                                Conversion.of("square-metre", 2000, 3)),
                        BaseUnit.of("clinic", Dimension.COUNT, "个", "clinic")),
                List.of(goal, Goal.builder("empty").build()));
    }

    /**
     * Returns a plan with only the required fields.
     *
     * @return the plan, not null
     */
    public static Plan minimal() {
        return Plan.builder("p", PlanKind.OTHER, "j", YearRange.of(2024, 2024)).build();
    }

    /**
     * Returns jurisdictions with every field set and with only the required ones.
     *
     * @return the jurisdictions, not null
     */
    public static List<Jurisdiction> jurisdictions() {
        return List.of(
                new Jurisdiction("cn-140000", Text.zhEn("山西省", "Shanxi"), JurisdictionLevel.PROVINCE, "140000", null),
                new Jurisdiction("cn-140100", Text.zhEn("太原市", "Taiyuan"), JurisdictionLevel.CITY, "140100",
                        "cn-140000"),
                new Jurisdiction("cn-140109", Text.zh("万柏林区"), JurisdictionLevel.DISTRICT, "140109", "cn-140100"),
                new Jurisdiction("x", Text.EMPTY, JurisdictionLevel.of("special-zone"), null, null));
    }
}
