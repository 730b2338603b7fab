package org.policyindicators.io.validation;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.policyindicators.core.Attribute;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Category;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.Goal;
import org.policyindicators.core.GradeTarget;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.JurisdictionLevel;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Modality;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Observation;
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
import org.policyindicators.core.Aspect;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.SourceDocument;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.Units;
import org.policyindicators.core.YearRange;
import org.policyindicators.core.ZeroTarget;

/**
 * A consistent plan of 万柏林区 with every kind of target, its jurisdictions and a city plan,
 * and helpers that change one part of them. The plan yields no finding at all.
 *
 * <p>Paths in the plan: goal 0 {@code innovation} (indicators 0 high-tech-enterprises,
 * 1 rd-intensity); goal 1 {@code economy} (0 gdp with targets multiple, growth, level 2035;
 * 1 energy-intensity; 2 unemployment; 3 urbanization); goal 2 {@code well-being} (0 training,
 * 1 national-rank, 2 water-class, 3 zero-employment-households, 4 gdp-share, 5 clusters,
 * 6 forest-coverage, 7 social-harmony, 8 assigned-task) with sub-goal 0 {@code pension}
 * (0 pension-insured = 1 pension-enterprise + 2 pension-public + 3 pension-resident).
 */
final class Fixtures {

    static final String PLAN_ID = "cn-140109-fyp-14";
    static final String CITY_PLAN_ID = "cn-140100-fyp-14";
    static final Unit PERSON_10K = Unit.of("person", 4);

    private Fixtures() {
    }

    static Year year(int y) {
        return Year.of(y);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Baseline baseline(int year, String value) {
        return Baseline.of(Year.of(year), d(value));
    }

    /** A city plan with a title and nothing else, for tests that build only the part they check. */
    static Plan.Builder bare(String id) {
        return Plan.builder(id, PlanKind.FIVE_YEAR_PLAN, "cn-140100", YearRange.of(2021, 2025))
                .title(Text.zh("规划"));
    }

    static Plan plan() {
        return Plan.builder(PLAN_ID, PlanKind.FIVE_YEAR_PLAN, "cn-140109", YearRange.of(2021, 2025))
                .title(Text.zh("太原市万柏林区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"))
                .visionHorizon(YearRange.of(2021, 2035))
                .source(SourceDocument.of("003", Text.zh("万柏林区“十四五”规划纲要")))
                .goal(Goal.builder("innovation").title(Text.zhEn("创新生态走在前列", "Lead in innovation"))
                        .indicator(Indicator.builder("high-tech-enterprises")
                                .name(Text.zhEn("高新技术企业", "High-tech enterprises"))
                                .unit(Units.HOUSEHOLD).category(Category.INNOVATION).attribute(Attribute.INDICATIVE)
                                .polarity(Polarity.HIGHER_IS_BETTER)
                                .baseline(baseline(2020, "166"))
                                .target(LevelTarget.of(Comparison.GE, d("227"), year(2025))
                                        .withText(Text.zh("全区高新技术企业达到227户以上")))
                                .observation(Observation.of(year(2023), d("473")).withSource("003"))
                                .provenance(Provenance.of("003", "到2025 年底,全区高新技术企业达到227 户以上"))
                                .build())
                        .indicator(Indicator.builder("rd-intensity").unit(Units.PERCENT)
                                .polarity(Polarity.HIGHER_IS_BETTER)
                                .baseline(baseline(2020, "1.5"))
                                .target(RelativeTarget.of(Comparison.GT, Aspect.LEVEL, Text.zh("全市平均水平"),
                                        year(2025)))
                                .build())
                        .build())
                .goal(Goal.builder("economy").category(Category.ECONOMIC_DEVELOPMENT)
                        .indicator(Indicator.builder("gdp").name(Text.zhEn("地区生产总值", "GDP"))
                                .unit(Units.CNY_100M).polarity(Polarity.HIGHER_IS_BETTER)
                                .attribute(Attribute.INDICATIVE)
                                .baseline(baseline(2020, "486"))
                                .target(MultipleTarget.of(d("2"), year(2025)))
                                .target(GrowthTarget.of(Comparison.GE, d("7.5"), year(2025)))
                                .target(LevelTarget.of(Comparison.REACH, d("1000"), year(2035))
                                        .withModality(Modality.STRIVE))
                                .build())
                        .indicator(Indicator.builder("energy-intensity")
                                .unit(Unit.of("tce").per(Units.CNY_10K)).polarity(Polarity.LOWER_IS_BETTER)
                                .attribute(Attribute.BINDING)
                                .baseline(baseline(2020, "0.8"))
                                .target(ChangeTarget.of(ChangeMode.RELATIVE, Comparison.GE, d("-13.5"), Units.PERCENT,
                                        year(2025)))
                                .build())
                        .indicator(Indicator.builder("unemployment").unit(Units.PERCENT)
                                .polarity(Polarity.LOWER_IS_BETTER).attribute(Attribute.BINDING)
                                .baseline(baseline(2020, "4.2"))
                                .target(LevelTarget.of(Comparison.LE, d("4.0"), year(2025)))
                                .observation(Observation.of(year(2023), d("3.9")))
                                .build())
                        .indicator(Indicator.builder("urbanization").unit(Units.PERCENT)
                                .polarity(Polarity.HIGHER_IS_BETTER)
                                .baseline(baseline(2020, "85.0"))
                                .target(ChangeTarget.of(ChangeMode.ABSOLUTE, Comparison.GE, d("2"),
                                        Units.PERCENTAGE_POINT, year(2025)))
                                .build())
                        .build())
                .goal(Goal.builder("well-being").horizon(YearRange.of(2021, 2025))
                        .indicator(Indicator.builder("training").unit(PERSON_10K).polarity(Polarity.HIGHER_IS_BETTER)
                                .target(CumulativeTarget.of(Comparison.GE, d("3"), year(2025))
                                        .withStartYear(year(2021)))
                                .build())
                        .indicator(Indicator.builder("national-rank").unit(Units.RANK)
                                .polarity(Polarity.LOWER_IS_BETTER)
                                .baseline(baseline(2020, "70"))
                                .target(RankTarget.of(Comparison.LE, 61, RankKind.POSITION, Text.zh("全国百强区"),
                                        year(2025)))
                                .build())
                        .indicator(Indicator.builder("water-class").unit(Unit.of("class"))
                                .polarity(Polarity.LOWER_IS_BETTER)
                                .target(GradeTarget.of(Comparison.LE, 3, true, Text.zh("Ⅲ类"), year(2025)))
                                .build())
                        .indicator(Indicator.builder("zero-employment-households").unit(Units.HOUSEHOLD)
                                .polarity(Polarity.LOWER_IS_BETTER)
                                .baseline(baseline(2020, "5"))
                                .target(ZeroTarget.of(year(2025)))
                                .build())
                        .indicator(Indicator.builder("gdp-share").unit(Units.PERCENT)
                                .polarity(Polarity.HIGHER_IS_BETTER)
                                .baseline(baseline(2020, "70.0"))
                                .target(ShareTarget.of(Comparison.GE, d("72.1"), Text.zh("全市"), year(2025)))
                                .build())
                        .indicator(Indicator.builder("clusters").unit(Units.ITEM).polarity(Polarity.HIGHER_IS_BETTER)
                                .baseline(baseline(2020, "1"))
                                .target(RangeTarget.of(d("3"), d("5"), year(2025)))
                                .build())
                        .indicator(Indicator.builder("forest-coverage").unit(Units.PERCENT)
                                .polarity(Polarity.HIGHER_IS_BETTER)
                                .baseline(baseline(2020, "20.0"))
                                .target(DirectionTarget.of(Direction.INCREASE, year(2025)))
                                .build())
                        .indicator(Indicator.builder("social-harmony")
                                .target(QualitativeTarget.of(year(2025)).withText(Text.zh("社会大局和谐稳定")))
                                .build())
                        .indicator(Indicator.builder("assigned-task").polarity(Polarity.HIGHER_IS_BETTER)
                                .target(QuotaTarget.of(Comparison.GT, Text.zh("市"), year(2025)))
                                .build())
                        .goal(Goal.builder("pension").horizon(YearRange.of(2021, 2023))
                                .indicator(Indicator.builder("pension-insured").unit(PERSON_10K)
                                        .polarity(Polarity.HIGHER_IS_BETTER)
                                        .baseline(baseline(2020, "17.9"))
                                        .component("pension-enterprise").component("pension-public")
                                        .component("pension-resident")
                                        .build())
                                .indicator(part("pension-enterprise", "9.8"))
                                .indicator(part("pension-public", "1.1"))
                                .indicator(part("pension-resident", "7.0"))
                                .build())
                        .build())
                .build();
    }

    private static Indicator part(String id, String value) {
        return Indicator.builder(id).unit(PERSON_10K).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(baseline(2020, value)).build();
    }

    static List<Jurisdiction> jurisdictions() {
        return List.of(
                Jurisdiction.of("cn-140000", Text.zh("山西省"), JurisdictionLevel.PROVINCE, "140000", null),
                Jurisdiction.of("cn-140100", Text.zh("太原市"), JurisdictionLevel.CITY, "140100", "cn-140000"),
                Jurisdiction.of("cn-140109", Text.zh("万柏林区"), JurisdictionLevel.DISTRICT, "140109", "cn-140100"));
    }

    static Plan cityPlan() {
        return Plan.builder(CITY_PLAN_ID, PlanKind.FIVE_YEAR_PLAN, "cn-140100", YearRange.of(2021, 2025))
                .goal(Goal.builder("innovation-city").title(Text.zh("创新驱动"))
                        .build())
                .build();
    }

    /** Changes the first indicator with an identifier, wherever it is in the goal tree. */
    static Plan indicator(Plan plan, String id, UnaryOperator<Indicator> change) {
        return plan.withGoals(mapGoals(plan.goals(), g -> {
            List<Indicator> indicators = new ArrayList<>();
            for (Indicator i : g.indicators()) {
                indicators.add(i.id().equals(id) ? change.apply(i) : i);
            }
            return withIndicators(g, indicators);
        }));
    }

    /** Changes the goals with an identifier, wherever they are in the goal tree. */
    static Plan goal(Plan plan, String id, UnaryOperator<Goal> change) {
        return plan.withGoals(mapGoals(plan.goals(), g -> g.id().equals(id) ? change.apply(g) : g));
    }

    private static List<Goal> mapGoals(List<Goal> goals, UnaryOperator<Goal> change) {
        List<Goal> out = new ArrayList<>();
        for (Goal g : goals) {
            Goal changed = change.apply(g);
            out.add(new Goal(changed.id(), changed.title(), changed.description(), changed.category(),
                    changed.horizon(), changed.alignsWith(), changed.indicators(), mapGoals(changed.goals(), change)));
        }
        return out;
    }

    static Goal withIndicators(Goal g, List<Indicator> indicators) {
        return new Goal(g.id(), g.title(), g.description(), g.category(), g.horizon(), g.alignsWith(), indicators,
                g.goals());
    }

    static Goal withHorizon(Goal g, YearRange horizon) {
        return new Goal(g.id(), g.title(), g.description(), g.category(), horizon, g.alignsWith(), g.indicators(),
                g.goals());
    }

    static Goal withId(Goal g, String id) {
        return new Goal(id, g.title(), g.description(), g.category(), g.horizon(), g.alignsWith(), g.indicators(),
                g.goals());
    }

    static Goal withAlignment(Goal g, org.policyindicators.core.GoalReference reference) {
        List<org.policyindicators.core.GoalReference> list = new ArrayList<>(g.alignsWith());
        list.add(reference);
        return new Goal(g.id(), g.title(), g.description(), g.category(), g.horizon(), list, g.indicators(),
                g.goals());
    }

    static Indicator withId(Indicator i, String id) {
        return new Indicator(id, i.name(), i.definition(), i.unit(), i.category(), i.attribute(), i.polarity(),
                i.baselines(), i.targets(), i.observations(), i.components(), i.provenance());
    }

    static Indicator withBaselines(Indicator i, Baseline... baselines) {
        return new Indicator(i.id(), i.name(), i.definition(), i.unit(), i.category(), i.attribute(), i.polarity(),
                List.of(baselines), i.targets(), i.observations(), i.components(), i.provenance());
    }

    static Indicator withTargets(Indicator i, org.policyindicators.core.Target... targets) {
        return new Indicator(i.id(), i.name(), i.definition(), i.unit(), i.category(), i.attribute(), i.polarity(),
                i.baselines(), List.of(targets), i.observations(), i.components(), i.provenance());
    }

    static Indicator withObservations(Indicator i, Observation... observations) {
        return new Indicator(i.id(), i.name(), i.definition(), i.unit(), i.category(), i.attribute(), i.polarity(),
                i.baselines(), i.targets(), List.of(observations), i.components(), i.provenance());
    }

    static Indicator withTarget(Indicator i, int index, UnaryOperator<org.policyindicators.core.Target> change) {
        List<org.policyindicators.core.Target> targets = new ArrayList<>(i.targets());
        targets.set(index, change.apply(targets.get(index)));
        return withTargets(i, targets.toArray(org.policyindicators.core.Target[]::new));
    }

    static Indicator addTarget(Indicator i, org.policyindicators.core.Target target) {
        return i.toBuilder().target(target).build();
    }
}
