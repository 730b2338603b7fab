package org.policyindicators.io.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyindicators.io.validation.Fixtures.d;
import static org.policyindicators.io.validation.Fixtures.indicator;
import static org.policyindicators.io.validation.Fixtures.year;
import static org.policyindicators.io.validation.Severity.ERROR;
import static org.policyindicators.io.validation.Severity.INFO;
import static org.policyindicators.io.validation.Severity.WARNING;
import static org.policyindicators.io.validation.WiderFixtures.FEMALE;
import static org.policyindicators.io.validation.WiderFixtures.MALE;
import static org.policyindicators.io.validation.WiderFixtures.addObservation;
import static org.policyindicators.io.validation.WiderFixtures.replaceObservation;
import static org.policyindicators.io.validation.WiderFixtures.withBaselines;
import static org.policyindicators.io.validation.WiderFixtures.withObservations;
import static org.policyindicators.io.validation.WiderFixtures.withTargets;
import static org.policyindicators.io.validation.ValidationAssertions.finding;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Aspect;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Category;
import org.policyindicators.core.CategoryDefinition;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Disaggregation;
import org.policyindicators.core.Goal;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.IndicatorReference;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Modality;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Organisation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.RelativeTarget;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.validation.ValidationAssertions.Expected;

/**
 * The rules on the parts that format 1.1 added, each broken once on the consistent
 * {@link WiderFixtures} plan: the report holds exactly the expected findings, code, severity
 * and pointer together.
 */
class ValidatorWiderRulesTest {

    private static final PlanValidator VALIDATOR = PlanValidator.standard();
    private static final String U5 = "/goals/0/indicators/0";
    private static final String POPULATION = "/goals/0/indicators/1";
    private static final String NUTRITION = "/goals/0/indicators/2";
    private static final String GDP_GROWTH = "/goals/1/indicators/0";
    private static final String INCOME_GROWTH = "/goals/1/indicators/1";
    private static final String GDP = "/goals/1/indicators/2";
    private static final String CO2 = "/goals/1/indicators/3";
    private static final String TEACHERS = "/goals/2/indicators/0";

    private static Supplier<ValidationReport> plan(Supplier<Plan> plan) {
        return () -> VALIDATOR.validate(plan.get());
    }

    private static Plan changed(String indicator, java.util.function.UnaryOperator<Indicator> change) {
        return indicator(WiderFixtures.plan(), indicator, change);
    }

    private static Arguments rule(String name, Supplier<ValidationReport> report, Expected... expected) {
        return Arguments.of(name, report, expected);
    }

    private static RelativeTarget incomeGrowth(Aspect aspect, Aspect referenceAspect, String tolerance) {
        return new RelativeTarget(Comparison.APPROX, aspect, IndicatorReference.local("gdp"), Text.EMPTY,
                referenceAspect, tolerance == null ? null : d(tolerance), year(2030), null, false, Modality.PLAIN,
                Text.EMPTY, null, Dimensions.TOTAL);
    }

    private static DatePeriod dates(String start, String end) {
        return DatePeriod.of(LocalDate.parse(start), LocalDate.parse(end));
    }

    private static Observation population(String value, Dimensions dimensions) {
        return Observation.of(year(2020), d(value)).withDimensions(dimensions);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("dates that start after they end",
                        plan(() -> changed("gdp-growth", i -> withObservations(i, Observation.of(year(2021), d("9.8"))
                                .withDates(dates("2021-09-30", "2021-01-01"))))),
                        finding("dates-out-of-order", ERROR, GDP_GROWTH + "/observations/0/dates/start")),
                rule("dates that end in another year than the value's",
                        plan(() -> changed("gdp-growth", i -> withObservations(i, Observation.of(year(2021), d("9.8"))
                                .withDates(dates("2022-01-01", "2022-09-30"))))),
                        finding("dates-not-in-year", ERROR, GDP_GROWTH + "/observations/0/dates/end")),
                rule("dates that start before the target's start year",
                        plan(() -> changed("trained-teachers", i -> withTargets(i,
                                LevelTarget.of(Comparison.GE, d("100"), year(2017)).withStartYear(year(2017))
                                        .withDates(dates("2016-07-01", "2017-06-30"))))),
                        finding("dates-not-in-year", ERROR, TEACHERS + "/targets/0/dates/start")),
                rule("dated baseline that starts after the dated target period ends",
                        plan(() -> changed("trained-teachers", i -> withTargets(
                                withBaselines(i, Baseline.of(year(2017), d("0")).withDates(dates("2017-07-01", "2017-09-30"))),
                                LevelTarget.of(Comparison.GE, d("100"), year(2017)).withStartYear(year(2016))
                                        .withDates(dates("2016-07-01", "2017-06-30"))))),
                        finding("baseline-not-before-target", ERROR, TEACHERS + "/baselines/0/year")),
                rule("undated baseline of the year a dated target period ends in, which the period's end may follow",
                        plan(() -> changed("trained-teachers", i -> withTargets(
                                withBaselines(i, Baseline.of(year(2017), d("0"))),
                                LevelTarget.of(Comparison.GE, d("100"), year(2017))
                                        .withDates(dates("2017-04-01", "2017-12-31"))))),
                        new Expected[0]),
                rule("undated baseline of the same year as an undated target",
                        plan(() -> changed("trained-teachers", i -> withTargets(
                                withBaselines(i, Baseline.of(year(2017), d("0"))),
                                LevelTarget.of(Comparison.GE, d("100"), year(2017))))),
                        finding("baseline-not-before-target", ERROR, TEACHERS + "/baselines/0/year")),
                rule("number observed on a qualitative indicator",
                        plan(() -> changed("nutrition-policy",
                                i -> withObservations(i, Observation.of(year(2020), d("1"))))),
                        finding("number-on-qualitative-indicator", ERROR, NUTRITION + "/observations/0/value")),
                rule("level target on a qualitative indicator",
                        plan(() -> changed("nutrition-policy",
                                i -> withTargets(i, LevelTarget.of(Comparison.GE, d("1"), year(2030))))),
                        finding("number-on-qualitative-indicator", ERROR, NUTRITION + "/targets/0")),
                rule("state observed on a quantitative indicator",
                        plan(() -> changed("trained-teachers",
                                i -> withObservations(i, WiderFixtures.stateObservation(year(2017), "postponed")))),
                        finding("state-on-quantitative-indicator", WARNING, TEACHERS + "/observations/0/state")),
                rule("state baseline on a quantitative indicator, which the polarity rule leaves out",
                        plan(() -> changed("co2-intensity",
                                i -> withBaselines(i, WiderFixtures.state(year(2015), "not measured")))),
                        finding("state-on-quantitative-indicator", WARNING, CO2 + "/baselines/0/state")),
                rule("flow on a qualitative indicator",
                        plan(() -> changed("nutrition-policy", i -> i.toBuilder().flow(true).build())),
                        finding("flow-without-unit", WARNING, NUTRITION + "/flow")),
                rule("flow with a unit and a level target for a year",
                        plan(() -> changed("trained-teachers", i -> i.toBuilder().flow(true).build()))),
                rule("average target on an indicator in 100 million yuan",
                        plan(() -> changed("gdp", i -> i.toBuilder()
                                .target(AverageTarget.of(Comparison.GT, d("7"), year(2030))).build())),
                        finding("average-target-not-rate", WARNING, GDP + "/targets/1")),
                rule("growth target on a growth rate in percent",
                        plan(() -> changed("gdp-growth", i -> i.toBuilder()
                                .target(GrowthTarget.of(Comparison.GE, d("7"), year(2030))).build())),
                        finding("growth-of-rate", WARNING, GDP_GROWTH + "/targets/1")),
                rule("rate of persons per thousand persons naming no substance",
                        plan(() -> changed("under-five-mortality",
                                i -> i.toBuilder().unit(Unit.parse("person/person*1e3")).build())),
                        finding("rate-without-substance", WARNING, U5 + "/unit")),
                rule("observation in tonnes where the indicator counts tonnes of CO2",
                        plan(() -> changed("co2-intensity", i -> withObservations(i, new Observation(year(2020), null,
                                d("1.1"), Unit.parse("tonne/cny*1e4"), null, ObservationStatus.ACTUAL, false, null)))),
                        finding("incompatible-unit", ERROR, CO2 + "/observations/0/unit")),
                rule("values by sex that miss the total beyond rounding",
                        plan(() -> changed("population", i -> replaceObservation(i, 1, population("40.0", FEMALE)))),
                        finding("dimensions-do-not-add-up", WARNING, POPULATION + "/observations/0/value")),
                rule("values by sex that miss the total within rounding",
                        plan(() -> changed("population", i -> replaceObservation(i, 1, population("49.0", FEMALE)))),
                        finding("parts-differ-within-rounding", INFO, POPULATION + "/observations/0/value")),
                rule("dimension value the indicator does not declare",
                        plan(() -> changed("under-five-mortality", i -> replaceObservation(i, 1,
                                Observation.of(year(2020), d("35")).withDimensions(Dimensions.of("sex", "femal"))))),
                        finding("undeclared-dimension-value", WARNING, U5 + "/observations/1/dimensions/sex")),
                rule("urban values by sex that miss the urban total",
                        plan(() -> changed("population", i -> i.toBuilder()
                                .observation(population("60.0", Dimensions.of("area", "urban")))
                                .observation(population("20.0", FEMALE.with("area", "urban")))
                                .observation(population("30.0", MALE.with("area", "urban"))).build())),
                        finding("dimensions-do-not-add-up", WARNING, POPULATION + "/observations/3/value")),
                rule("target for a dimension value the indicator does not declare",
                        plan(() -> changed("under-five-mortality", i -> withTargets(i,
                                LevelTarget.of(Comparison.LE, d("25"), year(2030))
                                        .withDimensions(Dimensions.of("sex", "x"))))),
                        finding("undeclared-dimension-value", WARNING, U5 + "/targets/0/dimensions/sex")),
                rule("breakdown part stated as a state, which the parts rule leaves out",
                        () -> VALIDATOR.validate(indicator(Fixtures.plan(), "pension-resident",
                                i -> withBaselines(i, WiderFixtures.state(year(2020), "not counted")))),
                        finding("state-on-quantitative-indicator", WARNING,
                                "/goals/2/goals/0/indicators/3/baselines/0/state")),
                rule("breakdown part without a unit, so qualitative, with a number",
                        () -> VALIDATOR.validate(indicator(Fixtures.plan(), "pension-resident",
                                i -> i.toBuilder().unit(null).build())),
                        finding("number-on-qualitative-indicator", ERROR,
                                "/goals/2/goals/0/indicators/3/baselines/0/value")),
                rule("five-year plan of six years whose kind is a new instance, as the reader makes it",
                        plan(() -> {
                            Plan p = Fixtures.plan();
                            return new Plan(p.id(), PlanKind.ofCode("five-year-plan"), p.title(), p.issuer(),
                                    YearRange.of(2021, 2026), p.visionHorizon(), p.adopted(), p.sources(), p.units(),
                                    p.goals());
                        }),
                        finding("five-year-plan-length", ERROR, "/horizon")),
                rule("dimension declared twice",
                        plan(() -> changed("under-five-mortality", i -> i.toBuilder()
                                .disaggregation(Disaggregation.ofParts("sex", "female", "male")).build())),
                        finding("duplicate-id", ERROR, U5 + "/disaggregations/1/dimension")),
                rule("two female observations of one year",
                        plan(() -> changed("under-five-mortality",
                                i -> addObservation(i, Observation.of(year(2020), d("36")).withDimensions(FEMALE)))),
                        finding("duplicate-observation", ERROR, U5 + "/observations/3")),
                rule("about-equal relative target without a tolerance",
                        plan(() -> changed("income-growth",
                                i -> withTargets(i, incomeGrowth(Aspect.LEVEL, Aspect.GROWTH, null)))),
                        finding("approx-without-tolerance", INFO, INCOME_GROWTH + "/targets/0/comparator")),
                rule("growth compared on a growth rate without a reference aspect",
                        plan(() -> changed("income-growth",
                                i -> withTargets(i, incomeGrowth(Aspect.GROWTH, null, "0.5")))),
                        finding("ambiguous-relative-aspect", WARNING, INCOME_GROWTH + "/targets/0/aspect")),
                rule("category of its own without a label",
                        plan(() -> WiderFixtures.withOrganisationsAndCategories(WiderFixtures.plan(),
                                WiderFixtures.plan().organisations(), List.of())),
                        finding("unlabelled-category", WARNING, "/goals/0/category")),
                rule("misspelt standard category of an indicator",
                        plan(() -> changed("gdp-growth", i -> i.toBuilder().category(Category.of("inovation")).build())),
                        finding("unlabelled-category", WARNING, GDP_GROWTH + "/category")),
                rule("organisation named twice",
                        plan(() -> WiderFixtures.withOrganisationsAndCategories(WiderFixtures.plan(),
                                List.of(Organisation.of("un", Text.EMPTY), Organisation.of("un", Text.EMPTY)),
                                WiderFixtures.plan().categories())),
                        finding("duplicate-id", ERROR, "/organisations/1/id")),
                rule("category labelled twice",
                        plan(() -> WiderFixtures.withOrganisationsAndCategories(WiderFixtures.plan(),
                                WiderFixtures.plan().organisations(),
                                List.of(new CategoryDefinition(Category.of("health"), Text.EMPTY),
                                        new CategoryDefinition(Category.of("health"), Text.of("en", "Health"))))),
                        finding("duplicate-id", ERROR, "/categories/1/code")),
                rule("malformed organisation identifier",
                        plan(() -> WiderFixtures.withOrganisationsAndCategories(WiderFixtures.plan(),
                                List.of(Organisation.of("un", Text.EMPTY), Organisation.of("un agency", Text.EMPTY)),
                                WiderFixtures.plan().categories())),
                        finding("invalid-identifier", ERROR, "/organisations/1/id")),
                rule("issuer that is neither a jurisdiction nor an organisation of the plan",
                        () -> VALIDATOR.validate(WiderFixtures.withOrganisationsAndCategories(WiderFixtures.plan(),
                                List.of(), WiderFixtures.plan().categories()), Fixtures.jurisdictions()),
                        finding("unresolved-reference", ERROR, "/issuer")),
                rule("female target above the female baseline of a lower-is-better indicator",
                        plan(() -> changed("under-five-mortality", i -> WiderFixtures.with(i,
                                List.of(Baseline.of(year(2015), d("43")),
                                        Baseline.of(year(2015), d("20")).withDimensions(FEMALE)),
                                List.of(LevelTarget.of(Comparison.LE, d("25"), year(2030)),
                                        LevelTarget.of(Comparison.APPROX, d("30"), year(2030))
                                                .withDimensions(FEMALE)),
                                i.observations()))),
                        finding("target-against-polarity", WARNING, U5 + "/targets/1")),
                rule("disjoint ranges for women and for men of one year, which do not contradict",
                        plan(() -> changed("under-five-mortality", i -> withTargets(i,
                                RangeTarget.of(d("10"), d("20"), year(2030)).withDimensions(FEMALE),
                                RangeTarget.of(d("30"), d("40"), year(2030)).withDimensions(MALE))))),
                rule("a female and a male observation of one year, which are no duplicates",
                        plan(() -> changed("population", i -> withObservations(i, population("49.1", FEMALE),
                                population("50.9", MALE))))),
                rule("observation in kilograms of CO2 where the indicator counts tonnes of CO2",
                        plan(() -> changed("co2-intensity", i -> withObservations(i, new Observation(year(2020), null,
                                d("1100"), Unit.parse("kilogram[co2]/cny*1e4"), null, ObservationStatus.ACTUAL, false,
                                null))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void validate_reportsExactlyTheBrokenRule(String name, Supplier<ValidationReport> report, Expected[] expected) {
        ValidationAssertions.assertThat(report.get()).containsExactlyFindings(expected);
    }

    @Test
    void validate_planUsingEveryNewPartYieldsNoFindings() {
        ValidationAssertions.assertThat(VALIDATOR.validate(WiderFixtures.plan())).hasNoFindings();
    }

    @Test
    void validate_issuerNamingAnOrganisationResolvesWhenJurisdictionsAreGiven() {
        ValidationAssertions.assertThat(VALIDATOR.validate(WiderFixtures.plan(), Fixtures.jurisdictions()))
                .hasNoFindings();
    }

    @Test
    void incompatibleUnit_namesTheSubstanceOfEachSide() {
        Plan plan = changed("co2-intensity", i -> withObservations(i, new Observation(year(2020), null, d("1.1"),
                Unit.parse("tonne/cny*1e4"), null, ObservationStatus.ACTUAL, false, null)));

        Finding f = VALIDATOR.validate(plan).findings().get(0);

        ValidationAssertions.assertThat(f).hasParameter("substance", "none").hasParameter("expectedSubstance", "co2");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("The unit 'tonne/cny*1e4' does not convert into"
                + " 'tonne[co2]/cny*1e4': a conversion needs the same substance on both sides, but they name"
                + " no substance and co2.");
        assertThat(f.message(Locale.CHINESE)).contains("同一物质").contains("未注明物质");
    }

    @Test
    void dimensionsDoNotAddUp_statesTheDimensionAndTheDifference() {
        Plan plan = changed("population", i -> replaceObservation(i, 1, population("40.0", FEMALE)));

        Finding f = VALIDATOR.validate(plan).findings().get(0);

        ValidationAssertions.assertThat(f).hasParameter("dimension", "sex").hasParameter("period", "2020")
                .hasParameter("total", d("100.0")).hasParameter("sum", d("90.9"))
                .hasParameter("difference", d("9.1")).hasParameter("tolerance", d("0.15"))
                .hasParameter("unit", "person*1e4");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("The values by sex add up to 90.9, not to the total 100.0"
                + " (person*1e4, 2020); the difference 9.1 exceeds the rounding allowance 0.15.");
    }

    @Test
    void duplicateObservation_namesTheDimensionsOfThePeriod() {
        Plan plan = changed("under-five-mortality",
                i -> addObservation(i, Observation.of(year(2020), d("36")).withDimensions(FEMALE)));

        Finding f = VALIDATOR.validate(plan).findings().get(0);

        ValidationAssertions.assertThat(f).hasParameter("period", "2020 (sex=female)")
                .hasParameter("first", U5 + "/observations/1");
    }

    @Test
    void qualitativeIndicator_withEveryKindOfTargetAndStates_neverThrows() {
        Indicator qualitative = Indicator.builder("policy").baseline(WiderFixtures.state(year(2015), "none"))
                .observation(WiderFixtures.stateObservation(year(2020), "drafted"))
                .build();
        RandomModels random = new RandomModels(7);
        Indicator.Builder b = qualitative.toBuilder();
        for (int n = 0; n < 60; n++) {
            b.target(random.target());
        }
        Plan plan = WiderFixtures.plan();
        plan = plan.withGoals(List.of(Goal.builder("policy-goal").indicator(b.build()).build()));

        ValidationReport report = VALIDATOR.validate(plan);

        assertThat(report.findings()).extracting(Finding::code)
                .doesNotContain("incompatible-unit", "target-against-polarity",
                        "contradictory-targets", "binding-without-number")
                .contains("number-on-qualitative-indicator");
    }
}
