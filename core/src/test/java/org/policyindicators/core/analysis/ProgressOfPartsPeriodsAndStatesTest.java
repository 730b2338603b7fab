package org.policyindicators.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Aspect;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.GradeTarget;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.QualitativeTarget;
import org.policyindicators.core.QuotaTarget;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.RankKind;
import org.policyindicators.core.RankTarget;
import org.policyindicators.core.RelativeTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.TargetKind;
import org.policyindicators.core.Text;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.Units;
import org.policyindicators.core.ZeroTarget;

class ProgressOfPartsPeriodsAndStatesTest {

    private static final Year Y2020 = Year.of(2020);
    private static final Year Y2021 = Year.of(2021);
    private static final Year Y2023 = Year.of(2023);
    private static final Year Y2025 = Year.of(2025);
    private static final Dimensions FEMALE = Dimensions.of("sex", "female");
    private static final Text ADOPTED = Text.of("en", "adopted");

    private static BigDecimal number(String text) {
        return new BigDecimal(text);
    }

    //-----------------------------------------------------------------------
    // dimensions
    //-----------------------------------------------------------------------
    /** Life expectancy: total 70 → ≥ 72, female 73 → ≥ 75, by 2025. */
    private static Indicator lifeExpectancy(Observation... observations) {
        Indicator.Builder b = Indicator.builder("life").unit(Units.YEAR).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Y2020, number("70")))
                .baseline(Baseline.of(Y2020, number("73")).withDimensions(FEMALE))
                .target(LevelTarget.of(Comparison.GE, number("72"), Y2025))
                .target(LevelTarget.of(Comparison.GE, number("75"), Y2025).withDimensions(FEMALE));
        for (Observation o : observations) {
            b.observation(o);
        }
        return b.build();
    }

    @Test
    void assess_aPartAgainstTheTargetOfThatPartFromItsOwnBaseline() {
        Indicator indicator = lifeExpectancy();
        Observation female = Observation.of(Y2023, number("74")).withDimensions(FEMALE);

        Progress progress = Progress.assess(indicator, indicator.targets().get(1), female);

        // female 73 → 75: 74 is half way; against the total baseline 70 it would be 80 %
        assertThat(progress.share()).isEqualByComparingTo("0.5");
        assertThat(progress.status()).isEqualTo(ProgressStatus.BEHIND);
        assertThat(progress.expected().value()).isEqualByComparingTo("74.2");
    }

    @Test
    void assess_aPartAgainstATotalTargetIsNotAssessable() {
        Indicator indicator = lifeExpectancy();
        Observation female = Observation.of(Y2023, number("76")).withDimensions(FEMALE);

        Progress progress = Progress.assess(indicator, indicator.targets().get(0), female);

        assertThat(progress.status()).isEqualTo(ProgressStatus.NOT_ASSESSABLE);
        assertThat(progress.target()).isNull();
    }

    @Test
    void latest_pairsEachTargetWithTheLatestObservationOfItsPart() {
        Indicator indicator = lifeExpectancy(Observation.of(Y2023, number("72.5")),
                Observation.of(Year.of(2024), number("73.5")).withDimensions(FEMALE));

        assertThat(Progress.latest(indicator, indicator.targets().get(0)).map(Progress::status))
                .contains(ProgressStatus.ACHIEVED);
        assertThat(Progress.latest(indicator, indicator.targets().get(1)).map(Progress::status))
                .contains(ProgressStatus.BEHIND);
        assertThat(Pairing.targets(indicator, Dimensions.of("sex", "male")).stream()
                .map(t -> Progress.latest(indicator, t))).isEmpty();
    }

    @Test
    void latest_isEmptyWithoutAnObservationOfThePart() {
        Indicator indicator = lifeExpectancy(Observation.of(Y2023, number("72.5")));

        assertThat(Progress.latest(indicator, indicator.targets().get(1))).isEmpty();
    }

    //-----------------------------------------------------------------------
    // dated periods
    //-----------------------------------------------------------------------
    static Stream<Arguments> iatiPeriods() {
        DatePeriod first = DatePeriod.ofYear(Y2021);
        return Stream.of(
                arguments("the actual of the target's period", DatePeriod.ofYear(Y2021), "120",
                        ProgressStatus.ACHIEVED),
                arguments("a quarter inside the target's period", DatePeriod.ofQuarter(Y2021, 1), "80",
                        ProgressStatus.BEHIND),
                arguments("the actual of the next period", DatePeriod.ofYear(Year.of(2022)), "120",
                        ProgressStatus.NOT_ASSESSABLE));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("iatiPeriods")
    void assess_aDatedObservationOnlyAgainstATargetWhosePeriodHoldsIt(String why, DatePeriod dates, String value,
            ProgressStatus status) {
        // an IATI result: baseline 50 (2020), target 100 for the period 2021-01-01/2021-12-31
        Target target = LevelTarget.of(Comparison.GE, number("100"), Y2021).withDates(DatePeriod.ofYear(Y2021));
        Indicator indicator = Indicator.builder("trained").unit(Units.PERSON).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Y2020, number("50"))).target(target).build();
        Observation actual = new Observation(Year.from(dates.end()), null, number(value), null, null,
                org.policyindicators.core.ObservationStatus.ACTUAL, false, null).withDates(dates);

        assertThat(Progress.assess(indicator, target, actual).status()).isEqualTo(status);
    }

    //-----------------------------------------------------------------------
    // qualitative values
    //-----------------------------------------------------------------------
    static Stream<Arguments> states() {
        return Stream.of(
                arguments("the same words", Text.of("en", "adopted"), ProgressStatus.ACHIEVED),
                arguments("the same words in another case, with blanks", Text.of("en", " Adopted "),
                        ProgressStatus.ACHIEVED),
                arguments("one shared language that agrees", Text.of("zh", "已出台", "en", "adopted"),
                        ProgressStatus.ACHIEVED),
                arguments("other words", Text.of("en", "drafted"), ProgressStatus.NOT_ASSESSABLE),
                arguments("no shared language", Text.zh("已出台"), ProgressStatus.NOT_ASSESSABLE));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("states")
    void assess_aQualitativeTargetIsAchievedOnlyByTheStateItNames(String why, Text state, ProgressStatus status) {
        QualitativeTarget target = new QualitativeTarget(Y2025, null, false,
                org.policyindicators.core.Modality.PLAIN, ADOPTED);
        Indicator policy = Indicator.builder("nutrition-policy").baseline(new Baseline(Y2020, null, null, null, null,
                Text.of("en", "none"), null, Dimensions.TOTAL)).target(target).build();

        Progress progress = Progress.assess(policy, target, Observation.ofState(Y2023, state));

        assertThat(progress.status()).isEqualTo(status);
        assertThat(progress.observed()).isNull();
        assertThat(progress.share()).isNull();
    }

    @Test
    void assess_aQualitativeStateOfAnotherPartIsNotAssessable() {
        QualitativeTarget target = new QualitativeTarget(Y2025, null, false,
                org.policyindicators.core.Modality.PLAIN, ADOPTED);
        Indicator policy = Indicator.builder("nutrition-policy").target(target).build();

        assertThat(Progress.assess(policy, target, Observation.ofState(Y2023, ADOPTED).withDimensions(FEMALE))
                .status()).isEqualTo(ProgressStatus.NOT_ASSESSABLE);
    }

    @Test
    void assess_aNumericTargetAgainstAQualitativeObservationIsNotAssessable() {
        Indicator indicator = lifeExpectancy();

        Progress progress = Progress.assess(indicator, indicator.targets().get(0), Observation.ofState(Y2023, ADOPTED));

        assertThat(progress.status()).isEqualTo(ProgressStatus.NOT_ASSESSABLE);
        assertThat(progress.observed()).isNull();
    }

    static Stream<Target> everyKind() {
        List<Target> targets = List.of(
                LevelTarget.of(Comparison.GE, BigDecimal.TEN, Y2025),
                RangeTarget.of(BigDecimal.ONE, BigDecimal.TEN, Y2025),
                MultipleTarget.of(BigDecimal.valueOf(2), Y2025),
                ChangeTarget.of(ChangeMode.RELATIVE, Comparison.GE, BigDecimal.TEN, Units.PERCENT, Y2025)
                        .withStartYear(Y2021),
                GrowthTarget.of(Comparison.GE, BigDecimal.TEN, Y2025),
                AverageTarget.of(Comparison.GT, BigDecimal.TEN, Y2025),
                CumulativeTarget.of(Comparison.GE, BigDecimal.TEN, Y2025),
                RelativeTarget.of(Comparison.GT, Aspect.GROWTH, Text.zh("全市平均水平"), Y2025),
                DirectionTarget.of(Direction.INCREASE, Y2025),
                QualitativeTarget.of(Y2025),
                RankTarget.of(Comparison.LE, 3, RankKind.POSITION, Text.EMPTY, Y2025),
                GradeTarget.of(Comparison.GE, 5, false, Text.EMPTY, Y2025),
                ZeroTarget.of(Y2025),
                ShareTarget.of(Comparison.GE, BigDecimal.TEN, Text.zh("全省"), Y2025),
                QuotaTarget.of(Comparison.GE, Text.zh("省"), Y2025));
        assertThat(targets.stream().map(Target::kind)).containsExactlyInAnyOrder(TargetKind.values());
        return targets.stream();
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void everyMethod_onAQualitativeIndicatorNeverThrowsAndFindsNothingToCompute(Target target) {
        Indicator policy = Indicator.builder("policy").target(target)
                .baseline(new Baseline(Y2020, null, null, null, null, Text.of("en", "none"), null, Dimensions.TOTAL))
                .observation(Observation.ofState(Y2021, Text.of("en", "drafted")))
                .observation(Observation.ofState(Y2023, ADOPTED))
                .build();
        UnitCatalog units = UnitCatalog.standard();

        assertThat(ImpliedTarget.of(policy, target, units)).isEmpty();
        assertThat(Trajectory.of(policy, target, units)).isEmpty();
        assertThat(Progress.latest(policy, target, units)).hasValueSatisfying(p ->
                assertThat(p.status()).isEqualTo(ProgressStatus.NOT_ASSESSABLE));
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void everyMethod_onANumericIndicatorWithQualitativeValuesNeverThrows(Target target) {
        Indicator mixed = Indicator.builder("mixed").unit(Units.ITEM).target(target)
                .baseline(new Baseline(Y2020, null, null, null, null, Text.of("en", "none"), null, Dimensions.TOTAL))
                .observation(Observation.of(Y2021, BigDecimal.ONE))
                .observation(Observation.ofState(Y2023, ADOPTED))
                .build();
        UnitCatalog units = UnitCatalog.standard();

        assertThatCode(() -> {
            ImpliedTarget.of(mixed, target, units);
            Trajectory.of(mixed, target, units);
            for (Observation o : mixed.observations()) {
                Progress.assess(mixed, target, o, units);
            }
        }).doesNotThrowAnyException();
        assertThat(Trajectory.of(mixed, target, units)).isEmpty();
        assertThat(Progress.assess(mixed, target, mixed.observations().get(1), units).status())
                .isEqualTo(ProgressStatus.NOT_ASSESSABLE);
    }

    @Test
    void assess_aNumberOnAnIndicatorWithoutAUnitIsNotAssessable() {
        LevelTarget target = LevelTarget.of(Comparison.GE, BigDecimal.TEN, Y2025);
        Indicator noUnit = Indicator.builder("x").baseline(Baseline.of(Y2020, BigDecimal.ONE)).target(target).build();

        Progress progress = Progress.assess(noUnit, target, Observation.of(Y2023, number("20")));

        assertThat(progress.status()).isEqualTo(ProgressStatus.NOT_ASSESSABLE);
        assertThat(progress.observed()).isNull();
    }

    static Stream<Target> targetsAtTheEndsOfTime() {
        Year first = Year.of(Year.MIN_VALUE);
        Year last = Year.of(Year.MAX_VALUE);
        return Stream.of(
                ChangeTarget.of(ChangeMode.ABSOLUTE, Comparison.GE, BigDecimal.ONE, Y2025).withStartYear(first),
                ChangeTarget.of(ChangeMode.RELATIVE, Comparison.GE, BigDecimal.ONE, last).withStartYear(last),
                new MultipleTarget(BigDecimal.valueOf(2), Comparison.REACH, first, last, null, false,
                        org.policyindicators.core.Modality.PLAIN, Text.EMPTY),
                AverageTarget.of(Comparison.GT, BigDecimal.ONE, last),
                AverageTarget.of(Comparison.GT, BigDecimal.ONE, last).withStartYear(first),
                GrowthTarget.of(Comparison.GE, BigDecimal.ONE, last),
                MultipleTarget.of(BigDecimal.valueOf(2), last));
    }

    @ParameterizedTest
    @MethodSource("targetsAtTheEndsOfTime")
    void everyMethod_atTheEndsOfTheYearRangeNeverThrows(Target target) {
        Year first = Year.of(Year.MIN_VALUE);
        Year last = Year.of(Year.MAX_VALUE);
        Indicator indicator = Indicator.builder("x").unit(Units.ITEM).target(target)
                .baseline(Baseline.of(first, BigDecimal.ONE)).baseline(Baseline.of(last, BigDecimal.TEN))
                .observation(Observation.of(first, BigDecimal.ONE)).observation(Observation.of(Y2023, BigDecimal.TEN))
                .observation(Observation.of(last, BigDecimal.TEN))
                .build();
        UnitCatalog units = UnitCatalog.standard();

        assertThatCode(() -> {
            ImpliedTarget.of(indicator, target, units);
            Trajectory.of(indicator, target, units);
            Progress.latest(indicator, target, units);
            for (Observation o : indicator.observations()) {
                Progress.assess(indicator, target, o, units);
            }
        }).doesNotThrowAnyException();
    }
}
