package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.Fixtures.addTarget;
import static org.policyindicators.io.validation.Fixtures.baseline;
import static org.policyindicators.io.validation.Fixtures.d;
import static org.policyindicators.io.validation.Fixtures.indicator;
import static org.policyindicators.io.validation.Fixtures.withBaselines;
import static org.policyindicators.io.validation.Fixtures.withObservations;
import static org.policyindicators.io.validation.Fixtures.withTarget;
import static org.policyindicators.io.validation.Fixtures.withTargets;
import static org.policyindicators.io.validation.Fixtures.year;
import static org.policyindicators.io.validation.Severity.ERROR;
import static org.policyindicators.io.validation.Severity.INFO;
import static org.policyindicators.io.validation.Severity.WARNING;
import static org.policyindicators.io.validation.ValidationAssertions.assertThat;
import static org.policyindicators.io.validation.ValidationAssertions.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Conversion;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.Dimension;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.GoalReference;
import org.policyindicators.core.GradeTarget;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.ImpliedYear;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Provenance;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.RankTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.Units;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.validation.ValidationAssertions.Expected;

/**
 * Each rule broken once on the consistent fixture plan: the report holds exactly the expected
 * findings, code, severity and pointer together.
 */
class ValidatorRulesTest {

    private static final PlanValidator VALIDATOR = PlanValidator.standard();
    private static final String HIGH_TECH = "/goals/0/indicators/0";
    private static final String GDP = "/goals/1/indicators/0";
    private static final String PENSION = "/goals/2/goals/0/indicators/0";

    private static Supplier<ValidationReport> plan(Supplier<Plan> plan) {
        return () -> VALIDATOR.validate(plan.get());
    }

    private static Supplier<ValidationReport> withJurisdictions(Supplier<List<Jurisdiction>> jurisdictions) {
        return () -> VALIDATOR.validate(Fixtures.plan(), jurisdictions.get());
    }

    private static Arguments rule(String name, Supplier<ValidationReport> report, Expected... expected) {
        return Arguments.of(name, report, expected);
    }

    private static List<Jurisdiction> jurisdictionsWith(int index, Jurisdiction replacement) {
        List<Jurisdiction> list = new ArrayList<>(Fixtures.jurisdictions());
        list.set(index, replacement);
        return list;
    }

    private static Jurisdiction district(String code, String parent) {
        return Jurisdiction.of("cn-140109", Text.zh("万柏林区"), org.policyindicators.core.JurisdictionLevel.DISTRICT,
                code, parent);
    }

    private static Plan planWithHorizon(YearRange horizon) {
        Plan p = Fixtures.plan();
        return new Plan(p.id(), p.kind(), p.title(), p.issuer(), horizon, p.visionHorizon(), p.adopted(), p.sources(),
                p.units(), p.goals());
    }

    /**
     * The pension breakdown with the total, the first two parts and the third component changed:
     * {@code pension-insured} = {@code pension-enterprise} + {@code pension-public} + {@code third}.
     */
    private static Plan pensionBreakdown(Unit unit, String total, String enterprise, String publicSector,
            String third) {
        Plan p = indicator(Fixtures.plan(), "pension-insured", i -> {
            Indicator.Builder b = Indicator.builder(i.id()).unit(unit).polarity(i.polarity())
                    .baseline(baseline(2020, total)).component("pension-enterprise").component("pension-public")
                    .component(third);
            return b.build();
        });
        p = indicator(p, "pension-enterprise", i -> withBaselines(i.toBuilder().unit(unit).build(),
                baseline(2020, enterprise)));
        p = indicator(p, "pension-public", i -> withBaselines(i.toBuilder().unit(unit).build(),
                baseline(2020, publicSector)));
        return indicator(p, "pension-resident", i -> i.toBuilder().unit(unit).build());
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("baseline year equal to the target year",
                        plan(() -> indicator(Fixtures.plan(), "gdp", i -> withBaselines(i, baseline(2025, "486")))),
                        finding("baseline-not-before-target", ERROR, GDP + "/baselines/0/year")),
                rule("target year after the vision horizon",
                        plan(() -> indicator(Fixtures.plan(), "high-tech-enterprises",
                                i -> withTarget(i, 0, t -> t.withYear(year(2036))))),
                        finding("target-outside-horizon", ERROR, HIGH_TECH + "/targets/0/year")),
                rule("observation before the baseline",
                        plan(() -> indicator(Fixtures.plan(), "high-tech-enterprises",
                                i -> withObservations(i, Observation.of(year(2019), d("150"))))),
                        finding("observation-before-baseline", WARNING, HIGH_TECH + "/observations/0/year")),
                rule("target without year",
                        plan(() -> indicator(Fixtures.plan(), "high-tech-enterprises",
                                i -> withTarget(i, 0, t -> t.withYear(null)))),
                        finding("target-without-year", WARNING, HIGH_TECH + "/targets/0")),
                rule("implied year on a target without a year",
                        plan(() -> indicator(Fixtures.plan(), "high-tech-enterprises",
                                i -> withTarget(i, 0, t -> t.withYear(null)
                                        .withYearImplied(ImpliedYear.of(ImpliedYear.Basis.HEADING, "到2025年"))))),
                        finding("target-without-year", WARNING, HIGH_TECH + "/targets/0"),
                        finding("implied-year-without-year", ERROR, HIGH_TECH + "/targets/0/yearImplied")),
                rule("implied year on a target with its year",
                        plan(() -> indicator(Fixtures.plan(), "high-tech-enterprises",
                                i -> withTarget(i, 0, t -> t.withYearImplied(ImpliedYear.ofHorizon()))))),
                rule("target period starting after its year",
                        plan(() -> indicator(Fixtures.plan(), "training",
                                i -> withTarget(i, 0, t -> t.withStartYear(year(2026))))),
                        finding("inverted-period", ERROR, "/goals/2/indicators/0/targets/0/startYear")),
                rule("plan horizon inverted",
                        plan(() -> planWithHorizon(YearRange.of(2025, 2021))),
                        finding("inverted-horizon", ERROR, "/horizon")),
                rule("goal horizon inverted",
                        plan(() -> Fixtures.goal(Fixtures.plan(), "well-being",
                                g -> Fixtures.withHorizon(g, YearRange.of(2025, 2021)))),
                        finding("inverted-horizon", ERROR, "/goals/2/horizon")),
                rule("sub-goal horizon outside its parent's",
                        plan(() -> Fixtures.goal(Fixtures.plan(), "pension",
                                g -> Fixtures.withHorizon(g, YearRange.of(2021, 2027)))),
                        finding("goal-horizon-not-enclosed", ERROR, "/goals/2/goals/0/horizon")),
                rule("goal horizon outside the plan's horizons",
                        plan(() -> Fixtures.goal(Fixtures.plan(), "economy",
                                g -> Fixtures.withHorizon(g, YearRange.of(2016, 2020)))),
                        finding("goal-horizon-not-enclosed", ERROR, "/goals/1/horizon")),
                rule("five-year plan of six years",
                        plan(() -> planWithHorizon(YearRange.of(2021, 2026))),
                        finding("five-year-plan-length", ERROR, "/horizon")),
                rule("unknown unit of an indicator",
                        plan(() -> indicator(Fixtures.plan(), "high-tech-enterprises",
                                i -> i.toBuilder().unit(Unit.of("enterprise")).build())),
                        finding("unknown-unit", ERROR, HIGH_TECH + "/unit")),
                rule("unknown unit in a plan's own unit conversion",
                        plan(() -> {
                            Plan p = Fixtures.plan();
                            return new Plan(p.id(), p.kind(), p.title(), p.issuer(), p.horizon(), p.visionHorizon(),
                                    p.adopted(), p.sources(),
                                    List.of(BaseUnit.of("jin", Dimension.MASS, "斤", "jin")
                                            .withConversion(Conversion.of("liang", 10, 1))),
                                    p.goals());
                        }),
                        finding("unknown-unit", ERROR, "/units/0/conversion/unit")),
                rule("baseline in a unit that does not convert",
                        plan(() -> indicator(Fixtures.plan(), "high-tech-enterprises", i -> withBaselines(i,
                                org.policyindicators.core.Baseline.of(year(2020),
                                        org.policyindicators.core.Quantity.of(166, Units.CNY))))),
                        finding("incompatible-unit", ERROR, HIGH_TECH + "/baselines/0/unit")),
                rule("growth rate in per mille",
                        plan(() -> indicator(Fixtures.plan(), "gdp", i -> withTarget(i, 1, t -> new GrowthTarget(
                                Comparison.GE, d("75"), Units.PER_MILLE, year(2025), null, false,
                                t.modality(), t.text())))),
                        finding("rate-not-percent", ERROR, GDP + "/targets/1/unit")),
                rule("level of a percent indicator in percentage points",
                        plan(() -> indicator(Fixtures.plan(), "unemployment", i -> withTargets(i,
                                LevelTarget.of(Comparison.LE, d("4.0"), Units.PERCENTAGE_POINT, year(2025))))),
                        finding("mixed-percent-and-points", ERROR, "/goals/1/indicators/2/targets/0/unit")),
                rule("absolute change of a percent indicator in percent",
                        plan(() -> indicator(Fixtures.plan(), "urbanization", i -> withTargets(i,
                                ChangeTarget.of(org.policyindicators.core.ChangeMode.ABSOLUTE, Comparison.GE, d("2"),
                                        Units.PERCENT, year(2025))))),
                        finding("mixed-percent-and-points", ERROR, "/goals/1/indicators/3/targets/0/unit")),
                rule("range with its minimum above its maximum",
                        plan(() -> indicator(Fixtures.plan(), "clusters",
                                i -> withTargets(i, RangeTarget.of(d("5"), d("3"), year(2025))))),
                        finding("inverted-range", ERROR, "/goals/2/indicators/5/targets/0/min")),
                rule("share above 100 percent",
                        plan(() -> indicator(Fixtures.plan(), "gdp-share", i -> withTargets(i,
                                ShareTarget.of(Comparison.GE, d("172.1"), Text.zh("全市"), year(2025))))),
                        finding("share-out-of-range", ERROR, "/goals/2/indicators/4/targets/0/value")),
                rule("count with a fraction",
                        plan(() -> indicator(Fixtures.plan(), "high-tech-enterprises",
                                i -> withBaselines(i, baseline(2020, "166.5")))),
                        finding("count-not-whole", ERROR, HIGH_TECH + "/baselines/0/value")),
                rule("negative count",
                        plan(() -> indicator(Fixtures.plan(), "high-tech-enterprises",
                                i -> withObservations(i, Observation.of(year(2023), d("-473"))))),
                        finding("negative-count", ERROR, HIGH_TECH + "/observations/0/value")),
                rule("cumulative count in ten thousands with too many digits",
                        plan(() -> indicator(Fixtures.plan(), "training", i -> withTargets(i,
                                CumulativeTarget.of(Comparison.GE, d("3.00005"), year(2025))
                                        .withStartYear(year(2021))))),
                        finding("count-not-whole", ERROR, "/goals/2/indicators/0/targets/0/value")),
                rule("rank target of zero",
                        plan(() -> indicator(Fixtures.plan(), "national-rank", i -> withTargets(i,
                                RankTarget.of(Comparison.LE, 0, org.policyindicators.core.RankKind.POSITION,
                                        Text.EMPTY, year(2025))))),
                        finding("non-positive-rank", ERROR, "/goals/2/indicators/1/targets/0/rank")),
                rule("rank baseline of zero",
                        plan(() -> indicator(Fixtures.plan(), "national-rank",
                                i -> withBaselines(i, baseline(2020, "0")))),
                        finding("non-positive-rank", ERROR, "/goals/2/indicators/1/baselines/0/value")),
                rule("grade of zero",
                        plan(() -> indicator(Fixtures.plan(), "water-class", i -> withTargets(i,
                                GradeTarget.of(Comparison.LE, 0, true, Text.EMPTY, year(2025))))),
                        finding("non-positive-grade", ERROR, "/goals/2/indicators/2/targets/0/grade")),
                rule("multiple of zero, which also falls below the baseline and the growth target",
                        plan(() -> indicator(Fixtures.plan(), "gdp",
                                i -> withTarget(i, 0, t -> MultipleTarget.of(d("0"), year(2025))))),
                        finding("target-against-polarity", WARNING, GDP + "/targets/0"),
                        finding("non-positive-factor", ERROR, GDP + "/targets/0/factor"),
                        finding("contradictory-targets", WARNING, GDP + "/targets/1")),
                rule("malformed indicator identifier",
                        plan(() -> indicator(Fixtures.plan(), "rd-intensity", i -> Fixtures.withId(i, "rd intensity"))),
                        finding("invalid-identifier", ERROR, "/goals/0/indicators/1/id")),
                rule("malformed component reference",
                        plan(() -> indicator(Fixtures.plan(), "clusters",
                                i -> i.toBuilder().component("no such/part").build())),
                        finding("invalid-identifier", ERROR, "/goals/2/indicators/5/components/0"),
                        finding("unresolved-reference", ERROR, "/goals/2/indicators/5/components/0")),
                rule("jurisdiction code of five digits",
                        withJurisdictions(() -> jurisdictionsWith(2, district("14010", "cn-140100"))),
                        finding("invalid-jurisdiction-code", ERROR, "/jurisdictions/2/code")),
                rule("jurisdiction code outside its parent's",
                        withJurisdictions(() -> jurisdictionsWith(2, district("140209", "cn-140100"))),
                        finding("jurisdiction-code-outside-parent", WARNING, "/jurisdictions/2/code")),
                rule("blank quote",
                        plan(() -> indicator(Fixtures.plan(), "high-tech-enterprises", i -> new Indicator(i.id(),
                                i.name(), i.definition(), i.unit(), i.category(), i.attribute(), i.polarity(),
                                i.baselines(), i.targets(), i.observations(), i.components(),
                                List.of(Provenance.of("003", "  "))))),
                        finding("blank-quote", ERROR, HIGH_TECH + "/provenance/0/quote")),
                rule("indicator identifier used twice",
                        plan(() -> indicator(Fixtures.plan(), "rd-intensity",
                                i -> Fixtures.withId(i, "high-tech-enterprises"))),
                        finding("duplicate-id", ERROR, "/goals/0/indicators/1/id")),
                rule("goal identifier used twice",
                        plan(() -> Fixtures.goal(Fixtures.plan(), "economy", g -> Fixtures.withId(g, "innovation"))),
                        finding("duplicate-id", ERROR, "/goals/1/id")),
                rule("jurisdiction identifier used twice",
                        withJurisdictions(() -> jurisdictionsWith(0, Jurisdiction.of("cn-140109", Text.zh("山西省"),
                                org.policyindicators.core.JurisdictionLevel.PROVINCE, "140000", null))),
                        finding("unresolved-reference", ERROR, "/jurisdictions/1/parent"),
                        finding("duplicate-id", ERROR, "/jurisdictions/2/id")),
                rule("plan identifier used twice in a catalogue",
                        () -> VALIDATOR.validateCatalog(List.of(Fixtures.plan(), Fixtures.plan())),
                        finding("duplicate-plan-id", ERROR, "/id")),
                rule("component that does not exist",
                        plan(() -> indicator(Fixtures.plan(), "pension-insured",
                                i -> i.toBuilder().component("pension-other").build())),
                        finding("unresolved-reference", ERROR, PENSION + "/components/3")),
                rule("provenance naming no source document",
                        plan(() -> indicator(Fixtures.plan(), "high-tech-enterprises", i -> new Indicator(i.id(),
                                i.name(), i.definition(), i.unit(), i.category(), i.attribute(), i.polarity(),
                                i.baselines(), i.targets(), i.observations(), i.components(),
                                List.of(Provenance.of("004", "全区高新技术企业达到227户以上"))))),
                        finding("unresolved-reference", ERROR, HIGH_TECH + "/provenance/0/document")),
                rule("observation naming no source document",
                        plan(() -> indicator(Fixtures.plan(), "unemployment",
                                i -> withObservations(i, Observation.of(year(2023), d("3.9")).withSource("001")))),
                        finding("unresolved-reference", ERROR, "/goals/1/indicators/2/observations/0/source")),
                rule("multiple of a base year without baseline",
                        plan(() -> indicator(Fixtures.plan(), "gdp", i -> withTarget(i, 0, t -> new MultipleTarget(
                                d("2"), Comparison.REACH, year(2015), year(2025), null, false, t.modality(),
                                t.text())))),
                        finding("unresolved-reference", ERROR, GDP + "/targets/0/baseYear")),
                rule("issuer not among the jurisdictions",
                        withJurisdictions(() -> Fixtures.jurisdictions().subList(0, 2)),
                        finding("unresolved-reference", ERROR, "/issuer")),
                rule("relative target naming a missing indicator of the same plan",
                        plan(() -> indicator(Fixtures.plan(), "rd-intensity", i -> withTargets(i,
                                org.policyindicators.core.RelativeTarget.of(Comparison.GT,
                                        org.policyindicators.core.Aspect.LEVEL,
                                        org.policyindicators.core.IndicatorReference.local("gross-output"),
                                        Text.EMPTY, year(2025))))),
                        finding("unresolved-reference", ERROR, "/goals/0/indicators/1/targets/0/reference/indicator")),
                rule("share whole naming an indicator of a plan not validated",
                        plan(() -> indicator(Fixtures.plan(), "gdp-share", i -> withTargets(i, new ShareTarget(
                                Comparison.GE, d("72.1"), null, Text.zh("全市"),
                                org.policyindicators.core.IndicatorReference.of(Fixtures.CITY_PLAN_ID, "gdp"),
                                year(2025), null, false, org.policyindicators.core.Modality.PLAIN, Text.EMPTY)))),
                        finding("unresolved-external-reference", WARNING,
                                "/goals/2/indicators/4/targets/0/wholeIndicator/plan")),
                rule("goal aligned with a plan not validated",
                        plan(() -> Fixtures.goal(Fixtures.plan(), "innovation", g -> Fixtures.withAlignment(g,
                                GoalReference.of(Fixtures.CITY_PLAN_ID, "innovation-city")))),
                        finding("unresolved-external-reference", WARNING, "/goals/0/alignsWith/0/plan")),
                rule("goal aligned with a missing goal of a plan in the catalogue",
                        () -> VALIDATOR.validateCatalog(List.of(Fixtures.cityPlan(),
                                Fixtures.goal(Fixtures.plan(), "innovation", g -> Fixtures.withAlignment(g,
                                        GoalReference.of(Fixtures.CITY_PLAN_ID, "innovation-town"))))),
                        finding("unresolved-reference", ERROR, "/goals/0/alignsWith/0/goal")),
                rule("parent jurisdiction that does not exist",
                        withJurisdictions(() -> jurisdictionsWith(2, district("140109", "cn-140199"))),
                        finding("unresolved-reference", ERROR, "/jurisdictions/2/parent")),
                rule("indicator that is its own component",
                        plan(() -> indicator(Fixtures.plan(), "pension-enterprise",
                                i -> i.toBuilder().component("pension-enterprise").build())),
                        finding("reference-cycle", ERROR, "/goals/2/goals/0/indicators/1/components/0")),
                rule("jurisdictions whose parents form a cycle",
                        withJurisdictions(() -> jurisdictionsWith(0, Jurisdiction.of("cn-140000", Text.zh("山西省"),
                                org.policyindicators.core.JurisdictionLevel.PROVINCE, "140000", "cn-140109"))),
                        finding("jurisdiction-code-outside-parent", WARNING, "/jurisdictions/0/code"),
                        finding("reference-cycle", ERROR, "/jurisdictions/1/parent")),
                rule("goals of two plans aligned with each other",
                        () -> VALIDATOR.validateCatalog(List.of(
                                Fixtures.goal(Fixtures.cityPlan(), "innovation-city", g -> Fixtures.withAlignment(g,
                                        GoalReference.of(Fixtures.PLAN_ID, "innovation"))),
                                Fixtures.goal(Fixtures.plan(), "innovation", g -> Fixtures.withAlignment(g,
                                        GoalReference.of(Fixtures.CITY_PLAN_ID, "innovation-city"))))),
                        finding("reference-cycle", ERROR, "/goals/0/alignsWith/0")),
                rule("two baselines for one year",
                        plan(() -> indicator(Fixtures.plan(), "gdp",
                                i -> withBaselines(i, baseline(2020, "486"), baseline(2020, "486.1")))),
                        finding("duplicate-baseline", ERROR, GDP + "/baselines/1")),
                rule("two actual observations for one year",
                        plan(() -> indicator(Fixtures.plan(), "unemployment", i -> withObservations(i,
                                Observation.of(year(2023), d("3.9")), Observation.of(year(2023), d("3.8"))))),
                        finding("duplicate-observation", ERROR, "/goals/1/indicators/2/observations/1")),
                rule("lower-is-better level of about a value above its baseline",
                        plan(() -> indicator(Fixtures.plan(), "unemployment", i -> withTargets(i,
                                LevelTarget.of(Comparison.APPROX, d("5.0"), year(2025))))),
                        finding("target-against-polarity", WARNING, "/goals/1/indicators/2/targets/0")),
                rule("lower-is-better level to reach above its baseline",
                        plan(() -> indicator(Fixtures.plan(), "unemployment", i -> withTargets(i,
                                LevelTarget.of(Comparison.REACH, d("5.0"), year(2025))))),
                        finding("target-against-polarity", WARNING, "/goals/1/indicators/2/targets/0")),
                rule("lower-is-better floor above its baseline, which forces a rise",
                        plan(() -> indicator(Fixtures.plan(), "unemployment", i -> withTargets(i,
                                LevelTarget.of(Comparison.GE, d("5.0"), year(2025))))),
                        finding("target-against-polarity", WARNING, "/goals/1/indicators/2/targets/0")),
                rule("lower-is-better ceiling below 5.5 above its baseline, a limit",
                        plan(() -> indicator(Fixtures.plan(), "unemployment", i -> withTargets(
                                withBaselines(i, baseline(2020, "5.2")),
                                LevelTarget.of(Comparison.LT, d("5.5"), year(2025)))))),
                rule("lower-is-better ceiling of at most a value above its baseline, a limit",
                        plan(() -> indicator(Fixtures.plan(), "unemployment", i -> withTargets(i,
                                LevelTarget.of(Comparison.LE, d("5.0"), year(2025)))))),
                rule("higher-is-better floor below its baseline, a limit",
                        plan(() -> indicator(Fixtures.plan(), "forest-coverage", i -> withTargets(i,
                                LevelTarget.of(Comparison.GE, d("15.0"), year(2025)))))),
                rule("higher-is-better ceiling below its baseline, which forces a fall",
                        plan(() -> indicator(Fixtures.plan(), "forest-coverage", i -> withTargets(i,
                                LevelTarget.of(Comparison.LT, d("15.0"), year(2025))))),
                        finding("target-against-polarity", WARNING, "/goals/2/indicators/6/targets/0")),
                rule("higher-is-better direction of decrease",
                        plan(() -> indicator(Fixtures.plan(), "forest-coverage",
                                i -> withTargets(i, DirectionTarget.of(Direction.DECREASE, year(2025))))),
                        finding("target-against-polarity", WARNING, "/goals/2/indicators/6/targets/0")),
                rule("binding indicator without a number",
                        plan(() -> indicator(Fixtures.plan(), "energy-intensity",
                                i -> withTargets(i, DirectionTarget.of(Direction.DECREASE, year(2025))))),
                        finding("binding-without-number", WARNING, "/goals/1/indicators/1/attribute")),
                rule("level that contradicts the doubling",
                        plan(() -> indicator(Fixtures.plan(), "gdp",
                                i -> addTarget(i, LevelTarget.of(Comparison.GE, d("1100"), year(2025))))),
                        finding("contradictory-targets", WARNING, GDP + "/targets/3")),
                rule("parts that miss the total within rounding",
                        plan(() -> indicator(Fixtures.plan(), "pension-resident",
                                i -> withBaselines(i, baseline(2020, "6.9")))),
                        finding("parts-differ-within-rounding", INFO, PENSION + "/baselines/0/value")),
                rule("parts that miss the total beyond rounding",
                        plan(() -> indicator(Fixtures.plan(), "pension-resident",
                                i -> withBaselines(i, baseline(2020, "6.0")))),
                        finding("parts-do-not-add-up", ERROR, PENSION + "/baselines/0/value")),
                rule("parts that resolve exceed the total, a third naming no indicator",
                        plan(() -> pensionBreakdown(Units.PERSON_10K, "30.0", "12.4", "27.6", "pension-other")),
                        finding("parts-exceed-total", ERROR, PENSION + "/baselines/0/value"),
                        finding("unresolved-reference", ERROR, PENSION + "/components/2")),
                rule("parts that resolve stay below the total, a third naming no indicator",
                        plan(() -> pensionBreakdown(Units.PERSON_10K, "30.0", "12.4", "17.5", "pension-other")),
                        finding("unresolved-reference", ERROR, "/goals/2/goals/0/indicators/0/components/2")),
                rule("parts that resolve exceed the total only within rounding, a third naming no indicator",
                        plan(() -> pensionBreakdown(Units.PERSON_10K, "30.0", "12.4", "17.7", "pension-other")),
                        finding("unresolved-reference", ERROR, PENSION + "/components/2")),
                rule("parts in money that exceed the total, which a missing part could offset",
                        plan(() -> pensionBreakdown(Units.CNY_100M, "30.0", "12.4", "27.6", "pension-other")),
                        finding("unresolved-reference", ERROR, PENSION + "/components/2")),
                rule("parts that exceed the total where a part states no value for the period",
                        plan(() -> indicator(pensionBreakdown(Units.PERSON_10K, "30.0", "12.4", "27.6",
                                "pension-resident"), "pension-resident", i -> withBaselines(i))),
                        finding("parts-exceed-total", ERROR, PENSION + "/baselines/0/value")),
                rule("part in a unit that does not convert into the total's",
                        plan(() -> indicator(Fixtures.plan(), "pension-public",
                                i -> i.toBuilder().unit(Units.PERCENT).build())),
                        finding("incompatible-unit", ERROR, PENSION + "/components/1")),
                rule("historical observation before the baseline",
                        plan(() -> indicator(Fixtures.plan(), "high-tech-enterprises", i -> withObservations(i,
                                new Observation(year(2015), null, d("60"), null, null,
                                        org.policyindicators.core.ObservationStatus.ACTUAL, true, "003"))))),
                rule("count in ten thousands with a fraction that is whole after its scale",
                        plan(() -> indicator(Fixtures.plan(), "high-tech-enterprises", i -> withBaselines(i,
                                org.policyindicators.core.Baseline.of(year(2020),
                                        org.policyindicators.core.Quantity.of("0.0166", Unit.of("household", 4))))))),
                rule("level target in another scale of the indicator's unit",
                        plan(() -> indicator(Fixtures.plan(), "gdp", i -> withTarget(i, 2,
                                t -> LevelTarget.of(Comparison.REACH, d("0.1"), Units.CNY_1T, year(2035)))))),
                rule("work report of one year is no five-year plan",
                        plan(() -> {
                            Plan p = planWithHorizon(YearRange.of(2024, 2024));
                            return new Plan(p.id(), PlanKind.WORK_REPORT, p.title(), p.issuer(), p.horizon(), null,
                                    null, p.sources(), p.units(), List.of());
                        })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void validate_reportsExactlyTheBrokenRule(String name, Supplier<ValidationReport> report, Expected[] expected) {
        assertThat(report.get()).containsExactlyFindings(expected);
    }
}
