package org.policyindicators.io.validation;

import static org.policyindicators.io.validation.Fixtures.d;
import static org.policyindicators.io.validation.Fixtures.year;

import java.time.LocalDate;
import java.util.List;

import org.policyindicators.core.Aspect;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Category;
import org.policyindicators.core.CategoryDefinition;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Disaggregation;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.IndicatorCode;
import org.policyindicators.core.IndicatorReference;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Modality;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Organisation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.QualitativeTarget;
import org.policyindicators.core.RelativeTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.Units;
import org.policyindicators.core.YearRange;

/**
 * A consistent plan beyond the Chinese five-year plans, using every part that format 1.1 added:
 * an organisation as issuer, labelled categories, substances, a qualitative indicator with
 * states, values by sex, calendar dates, an average target, a relative target with its
 * reference aspect and tolerance, a change from its own base year, a hedged level. It yields
 * no finding at all. The numbers are made up for the tests.
 *
 * <p>Paths: goal 0 {@code health} (0 under-five-mortality, 1 population, 2 nutrition-policy);
 * goal 1 {@code economy} (0 gdp-growth, 1 income-growth, 2 gdp, 3 co2-intensity); goal 2
 * {@code project} (0 trained-teachers).
 */
final class WiderFixtures {

    static final String PLAN_ID = "sdg-demo";
    /** Deaths per 1,000 live births. */
    static final Unit PER_1000_LIVE_BIRTHS = new Unit("person", 0, new Unit("person", 3, null, "live-birth"), "death");
    /** Tonnes of CO₂ per 万元 of GDP. */
    static final Unit CO2_PER_10K_CNY = new Unit("tonne", 0, Units.CNY_10K, "co2");
    static final Dimensions FEMALE = Dimensions.of("sex", "female");
    static final Dimensions MALE = Dimensions.of("sex", "male");

    private WiderFixtures() {
    }

    static Plan plan() {
        return Plan.builder(PLAN_ID, PlanKind.GLOBAL_AGENDA, "un", YearRange.of(2016, 2030))
                .title(Text.of("en", "Global indicators"))
                .organisation(Organisation.of("un", Text.of("en", "United Nations")))
                .category(new CategoryDefinition(Category.of("health"), Text.of("en", "Health")))
                .goal(Goal.builder("health").category(Category.of("health"))
                        .indicator(Indicator.builder("under-five-mortality").unit(PER_1000_LIVE_BIRTHS)
                                .polarity(Polarity.LOWER_IS_BETTER)
                                .code(IndicatorCode.of("sdg", "3.2.1"))
                                .disaggregation(new Disaggregation("sex", Text.EMPTY, List.of("female", "male"), false))
                                .baseline(Baseline.of(year(2015), d("43")))
                                .target(LevelTarget.of(Comparison.LE, d("25"), year(2030)))
                                .observation(Observation.of(year(2020), d("37")))
                                .observation(Observation.of(year(2020), d("35")).withDimensions(FEMALE))
                                .observation(Observation.of(year(2020), d("39")).withDimensions(MALE))
                                .build())
                        .indicator(Indicator.builder("population").unit(Units.PERSON_10K)
                                .disaggregation(Disaggregation.ofParts("sex", "female", "male"))
                                .observation(Observation.of(year(2020), d("100.0")))
                                .observation(Observation.of(year(2020), d("49.1")).withDimensions(FEMALE))
                                .observation(Observation.of(year(2020), d("50.9")).withDimensions(MALE))
                                .build())
                        .indicator(Indicator.builder("nutrition-policy")
                                .baseline(state(year(2015), "no policy"))
                                .target(QualitativeTarget.of(year(2030)).withText(Text.of("en", "Policy adopted")))
                                .observation(Observation.ofState(year(2020), Text.of("en", "adopted")))
                                .build())
                        .build())
                .goal(Goal.builder("economy").category(Category.ECONOMIC_DEVELOPMENT)
                        .indicator(Indicator.builder("gdp-growth").unit(Units.PERCENT)
                                .polarity(Polarity.HIGHER_IS_BETTER)
                                .baseline(Baseline.of(year(2015), d("6.9")))
                                .target(new AverageTarget(Comparison.GT, d("7"), null, year(2030), year(2026), false,
                                        Modality.PLAIN, Text.EMPTY))
                                // 1–9月 of 2021
                                .observation(Observation.of(year(2021), d("9.8"))
                                        .withDates(DatePeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 9, 30))))
                                .build())
                        .indicator(Indicator.builder("income-growth").unit(Units.PERCENT)
                                .polarity(Polarity.HIGHER_IS_BETTER)
                                .target(new RelativeTarget(Comparison.APPROX, Aspect.LEVEL,
                                        IndicatorReference.local("gdp"), Text.EMPTY, Aspect.GROWTH, d("0.5"),
                                        year(2030), null, false, Modality.PLAIN, Text.EMPTY, null, Dimensions.TOTAL))
                                .build())
                        .indicator(Indicator.builder("gdp").unit(Units.CNY_100M).polarity(Polarity.HIGHER_IS_BETTER)
                                .baseline(Baseline.of(year(2015), d("100")))
                                .target(new ChangeTarget(ChangeMode.RELATIVE, Comparison.GE, d("50"), Units.PERCENT,
                                        year(2015), year(2030), year(2016), false, Modality.PLAIN, Text.EMPTY, null,
                                        Dimensions.TOTAL))
                                .build())
                        .indicator(Indicator.builder("co2-intensity").unit(CO2_PER_10K_CNY)
                                .polarity(Polarity.LOWER_IS_BETTER)
                                .baseline(Baseline.of(year(2015), d("1.2")))
                                .target(new LevelTarget(Comparison.LE, d("0.9"), null, true, year(2030), null, false,
                                        Modality.PLAIN, Text.EMPTY, null, Dimensions.TOTAL))
                                .observation(new Observation(year(2020), null, d("1100"),
                                        new Unit("kilogram", 0, Units.CNY_10K, "co2"), null, ObservationStatus.ACTUAL,
                                        false, null))
                                .build())
                        .build())
                .goal(Goal.builder("project")
                        .indicator(Indicator.builder("trained-teachers").unit(Units.PERSON)
                                .polarity(Polarity.HIGHER_IS_BETTER)
                                .baseline(Baseline.of(year(2016), d("0")))
                                .target(LevelTarget.of(Comparison.GE, d("100"), year(2017))
                                        .withStartYear(year(2017)).withDates(firstHalf(2017)))
                                .observation(Observation.of(year(2017), d("80")).withDates(firstHalf(2017)))
                                .build())
                        .build())
                .build();
    }

    static DatePeriod firstHalf(int year) {
        return DatePeriod.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
    }

    static Baseline state(java.time.Year year, String english) {
        return new Baseline(year, null, null, null, null, Text.of("en", english), null, Dimensions.TOTAL);
    }

    static Observation stateObservation(java.time.Year year, String english) {
        return Observation.ofState(year, Text.of("en", english));
    }

    /** The indicator with other lists, everything else kept, unit and declared dimensions included. */
    static Indicator with(Indicator i, List<Baseline> baselines, List<Target> targets, List<Observation> observations) {
        return new Indicator(i.id(), i.name(), i.definition(), i.unit(), i.category(), i.attribute(), i.polarity(),
                baselines, targets, observations, i.components(), i.provenance(), i.codes(), i.disaggregations());
    }

    static Indicator withBaselines(Indicator i, Baseline... baselines) {
        return with(i, List.of(baselines), i.targets(), i.observations());
    }

    static Indicator withTargets(Indicator i, Target... targets) {
        return with(i, i.baselines(), List.of(targets), i.observations());
    }

    static Indicator withObservations(Indicator i, Observation... observations) {
        return with(i, i.baselines(), i.targets(), List.of(observations));
    }

    /** The indicator with one observation more, at the end. */
    static Indicator addObservation(Indicator i, Observation observation) {
        return i.toBuilder().observation(observation).build();
    }

    /** The indicator with one observation replaced. */
    static Indicator replaceObservation(Indicator i, int index, Observation observation) {
        List<Observation> list = new java.util.ArrayList<>(i.observations());
        list.set(index, observation);
        return with(i, i.baselines(), i.targets(), list);
    }

    /** A plan with other organisations and category labels, everything else kept. */
    static Plan withOrganisationsAndCategories(Plan p, List<Organisation> organisations,
            List<CategoryDefinition> categories) {
        return new Plan(p.id(), p.kind(), p.title(), p.issuer(), p.horizon(), p.visionHorizon(), p.adopted(),
                p.sources(), p.units(), p.goals(), organisations, categories);
    }
}
