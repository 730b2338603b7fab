package org.policyindicators.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Modality;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.QualitativeTarget;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.RankKind;
import org.policyindicators.core.RankTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.Units;
import org.policyindicators.core.ZeroTarget;

class ProgressTest {

    private static final Year Y2020 = Year.of(2020);
    private static final Year Y2023 = Year.of(2023);
    private static final Year Y2025 = Year.of(2025);

    private static BigDecimal number(String text) {
        return new BigDecimal(text);
    }

    private static Observation observed(Year year, String value) {
        return Observation.of(year, number(value));
    }

    /** 万柏林区高新技术企业: 166 in 2020, 达到227户以上 by 2025. */
    private static Indicator highTech() {
        return Indicator.builder("high-tech").unit(Units.HOUSEHOLD).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Y2020, number("166")))
                .target(LevelTarget.of(Comparison.GE, number("227"), Y2025))
                .build();
    }

    private static Progress assess(Indicator indicator, Observation observation) {
        return Progress.assess(indicator, indicator.targets().get(0), observation);
    }

    //-----------------------------------------------------------------------
    // worked examples
    //-----------------------------------------------------------------------
    @Test
    void assess_highTechEnterprisesIn2023AheadOfTheLinearPathIsOnTrack() {
        Progress progress = assess(highTech(), observed(Y2023, "205"));

        assertThat(progress.status()).isEqualTo(ProgressStatus.ON_TRACK);
        // (205 − 166) / (227 − 166) = 39/61
        assertThat(progress.share()).isEqualTo(number("39").divide(number("61"), MathContext.DECIMAL64));
        assertThat(progress.observed()).isEqualTo(Quantity.of(205, Units.HOUSEHOLD));
        assertThat(progress.target()).isEqualTo(Quantity.of(227, Units.HOUSEHOLD));
        // 166 + 61 · 3/5
        assertThat(progress.expected()).isEqualTo(Quantity.of("202.6", Units.HOUSEHOLD));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
        // observed value, year, status
        "150, 2023, OFF_TRACK",
        "166, 2023, OFF_TRACK",
        "167, 2023, BEHIND",
        "202, 2023, BEHIND",
        "202.6, 2023, ON_TRACK",
        "226, 2023, ON_TRACK",
        "227, 2023, ACHIEVED",
        "300, 2023, ACHIEVED",
        "226, 2025, BEHIND",
        "227, 2025, ACHIEVED",
        "226, 2026, BEHIND",
        "190, 2021, ON_TRACK",
    })
    void assess_highTechEnterprisesByObservation(String value, int year, ProgressStatus expected) {
        assertThat(assess(highTech(), observed(Year.of(year), value)).status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in 2023: {1}")
    @CsvSource({
        "25, OFF_TRACK",
        "45, BEHIND",
        "46, ON_TRACK",
        "60, ACHIEVED",
    })
    void assess_industrialEnterprisesFrom25To60(String value, ProgressStatus expected) {
        // 全区规上工业企业数由现在的25家增加到60家: 7 a year, so 46 in 2023 is on the path
        Indicator indicator = Indicator.builder("industrial-enterprises").unit(Units.ESTABLISHMENT)
                .polarity(Polarity.HIGHER_IS_BETTER).baseline(Baseline.of(Y2020, number("25")))
                .target(LevelTarget.of(Comparison.REACH, number("60"), Y2025)).build();

        Progress progress = assess(indicator, observed(Y2023, value));

        assertThat(progress.status()).isEqualTo(expected);
        assertThat(progress.share()).isEqualByComparingTo(
                number(value).subtract(number("25")).divide(number("35"), MathContext.DECIMAL64));
    }

    @Test
    void assess_lowerIsBetterMeasuresTheWayDown() {
        // 城镇登记失业率控制在4.0%以内, from 4.5 %
        Indicator unemployment = Indicator.builder("unemployment").unit(Units.PERCENT)
                .polarity(Polarity.LOWER_IS_BETTER).baseline(Baseline.of(Y2020, number("4.5")))
                .target(LevelTarget.of(Comparison.LE, number("4.0"), Y2025)).build();

        Progress halfway = assess(unemployment, observed(Y2023, "4.2"));

        assertThat(halfway.share()).isEqualByComparingTo("0.6");
        assertThat(halfway.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(assess(unemployment, observed(Y2023, "4.3")).status()).isEqualTo(ProgressStatus.BEHIND);
        assertThat(assess(unemployment, observed(Y2023, "4.6")).status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(assess(unemployment, observed(Y2023, "4.0")).status()).isEqualTo(ProgressStatus.ACHIEVED);
    }

    @ParameterizedTest(name = "rank {0} in 2023: {1}")
    @CsvSource({
        "62, OFF_TRACK",
        "61, OFF_TRACK",
        "55, BEHIND",
        "54, ON_TRACK",
        "50, ACHIEVED",
        "12, ACHIEVED",
    })
    void assess_rankWhereOneIsBest(int rank, ProgressStatus expected) {
        // 全国百强区第61位 in 2020, at least 50th by 2025: the path is 61 − 11·3/5 = 54.4 in 2023
        Indicator position = Indicator.builder("rank").unit(Units.RANK).polarity(Polarity.LOWER_IS_BETTER)
                .baseline(Baseline.of(Y2020, number("61")))
                .target(RankTarget.of(Comparison.LE, 50, RankKind.POSITION, Text.zh("全国百强区"), Y2025)).build();

        Progress progress = assess(position, Observation.of(Y2023, BigDecimal.valueOf(rank)));

        assertThat(progress.status()).isEqualTo(expected);
        assertThat(progress.share()).isEqualByComparingTo(
                BigDecimal.valueOf(61 - rank).divide(BigDecimal.valueOf(11), MathContext.DECIMAL64));
    }

    @Test
    void assess_doublingMeasuredAgainstACompoundPath() {
        // 地区生产总值翻一番 from 486 亿元: the path is 486·2^(3/5) ≈ 736.6 in 2023
        Indicator gdp = Indicator.builder("gdp").unit(Units.CNY_100M).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Y2020, number("486"))).target(MultipleTarget.of(number("2"), Y2025)).build();

        Progress progress = assess(gdp, observed(Y2023, "700"));

        assertThat(progress.status()).isEqualTo(ProgressStatus.BEHIND);
        // 486 · 2^(3/5) = 486 · 1.51571656651039808234725980130644523868…
        //               = 736.638251324053468020768263434932385999…
        BigDecimal expected = progress.expected().value();
        assertThat(expected).isCloseTo(new BigDecimal("736.638251324053468020768263434932386"),
                within(new BigDecimal("1E-30")));
        // and, from its definition alone, (expected / 486)^5 = 2^3
        assertThat(expected.divide(new BigDecimal("486"), MathContext.DECIMAL128).pow(5, MathContext.DECIMAL128))
                .isCloseTo(new BigDecimal("8"), within(new BigDecimal("1E-30")));
        assertThat(assess(gdp, observed(Y2023, "740")).status()).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @ParameterizedTest
    @CsvSource({
        "2020, 486",
        "2020, 500",
        "2018, 420",
        "2023, 700",
        "2023, 760",
        "2025, 972",
    })
    void assess_measuresFromTheBaselineThatTheTargetStartsFrom(int year, String value) {
        // regression: with an older baseline (347 in 2015) listed too, an observation was measured from
        // the baseline before its own year, not from the 2020 baseline the doubling and its path start from
        Baseline older = Baseline.of(Year.of(2015), number("347"));
        Baseline start = Baseline.of(Y2020, number("486"));
        Target doubling = MultipleTarget.of(number("2"), Y2025);
        Indicator withoutOlder = Indicator.builder("gdp").unit(Units.CNY_100M).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(start).target(doubling).build();
        Indicator withOlder = withoutOlder.toBuilder().baseline(older).build();
        Observation observation = observed(Year.of(year), value);

        Progress progress = Progress.assess(withOlder, doubling, observation);

        assertThat(progress).isEqualTo(Progress.assess(withoutOlder, doubling, observation));
        assertThat(progress.share()).isEqualByComparingTo(
                number(value).subtract(number("486")).divide(number("486"), MathContext.DECIMAL64));
    }

    //-----------------------------------------------------------------------
    // units, annual targets, approximate targets
    //-----------------------------------------------------------------------
    @Test
    void assess_convertsTheObservationToTheUnitOfTheIndicator() {
        Indicator gdp = Indicator.builder("gdp").unit(Units.CNY_100M).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Y2020, number("486"))).target(MultipleTarget.of(number("2"), Y2025)).build();
        Observation inTenThousands = new Observation(Y2025, null, number("9720000"), Units.CNY_10K, null,
                ObservationStatus.PROVISIONAL, false, null);

        Progress progress = assess(gdp, inTenThousands);

        assertThat(progress.observed()).isEqualTo(Quantity.of(972, Units.CNY_100M));
        assertThat(progress.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(progress.share()).isEqualByComparingTo("1");
    }

    @Test
    void assess_annualTargetMissedInAYearIsOffTrack() {
        Indicator rate = Indicator.builder("employment-rate").unit(Units.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Y2020, number("20")))
                .target(LevelTarget.of(Comparison.GE, number("25"), Y2025).withAnnual(true)).build();

        assertThat(assess(rate, observed(Y2023, "24.9")).status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(assess(rate, observed(Y2023, "25")).status()).isEqualTo(ProgressStatus.ACHIEVED);
    }

    @ParameterizedTest
    @CsvSource({
        "HIGHER_IS_BETTER, 120, ACHIEVED",
        "HIGHER_IS_BETTER, 95,  ACHIEVED",
        "NEUTRAL,          120, ON_TRACK",
        "NEUTRAL,          105, ACHIEVED",
    })
    void assess_approximateTargetIsAlsoMetBeyondItInTheBetterDirection(Polarity polarity, String value,
            ProgressStatus expected) {
        Indicator indicator = Indicator.builder("x").unit(Units.ITEM).polarity(polarity)
                .baseline(Baseline.of(Y2020, number("50")))
                .target(LevelTarget.of(Comparison.APPROX, number("100"), Y2025)).build();

        assertThat(assess(indicator, observed(Y2023, value)).status()).isEqualTo(expected);
    }

    //-----------------------------------------------------------------------
    // direction targets
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({
        "DECREASE, 0.79, ACHIEVED",
        "DECREASE, 0.80, OFF_TRACK",
        "INCREASE, 0.81, ACHIEVED",
        "INCREASE, 0.79, OFF_TRACK",
        "MAINTAIN, 0.84, ACHIEVED",
        "MAINTAIN, 0.76, ACHIEVED",
        "MAINTAIN, 0.85, OFF_TRACK",
    })
    void assess_directionTargetComparesWithTheBaseline(Direction direction, String value, ProgressStatus expected) {
        // 单位地区生产总值能耗持续下降, from 0.8
        Indicator intensity = Indicator.builder("energy-intensity").unit(Unit.of("tce").per(Units.CNY_10K))
                .polarity(Polarity.LOWER_IS_BETTER).baseline(Baseline.of(Y2020, number("0.8")))
                .target(DirectionTarget.of(direction, Y2025)).build();

        Progress progress = assess(intensity, observed(Y2023, value));

        assertThat(progress.status()).isEqualTo(expected);
        assertThat(progress.share()).isNull();
        assertThat(progress.target()).isNull();
    }

    @Test
    void assess_directionTargetWithoutBaselineIsNotAssessable() {
        Indicator indicator = Indicator.builder("x").target(DirectionTarget.of(Direction.INCREASE, Y2025)).build();

        assertThat(assess(indicator, observed(Y2023, "1")).status()).isEqualTo(ProgressStatus.NOT_ASSESSABLE);
    }

    //-----------------------------------------------------------------------
    // not assessable
    //-----------------------------------------------------------------------
    @Test
    void assess_isNotAssessableForAnObservationInAnIncompatibleUnit() {
        Observation inPercent = new Observation(Y2023, null, number("5"), Units.PERCENT, null,
                ObservationStatus.ACTUAL, false, null);

        Progress progress = assess(highTech(), inPercent);

        assertThat(progress).isEqualTo(new Progress(ProgressStatus.NOT_ASSESSABLE, null, null, null, null));
    }

    @Test
    void assess_isNotAssessableForATargetWithoutALevelOrYear() {
        Indicator qualitative = highTech().toBuilder().target(QualitativeTarget.of(Y2025))
                .target(LevelTarget.of(Comparison.GE, number("227"), null)).build();

        for (Target target : qualitative.targets().subList(1, 3)) {
            Progress progress = Progress.assess(qualitative, target, observed(Y2023, "200"));
            assertThat(progress.status()).isEqualTo(ProgressStatus.NOT_ASSESSABLE);
            assertThat(progress.observed()).isEqualTo(Quantity.of(200, Units.HOUSEHOLD));
            assertThat(progress.target()).isNull();
        }
    }

    @Test
    void assess_withoutBaselineIsAchievedOrNotAssessable() {
        Indicator noBaseline = Indicator.builder("x").unit(Units.HOUSEHOLD).polarity(Polarity.HIGHER_IS_BETTER)
                .target(LevelTarget.of(Comparison.GE, number("227"), Y2025)).build();

        Progress met = assess(noBaseline, observed(Y2023, "230"));
        Progress notMet = assess(noBaseline, observed(Y2023, "200"));

        assertThat(met.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(met.share()).isNull();
        assertThat(notMet.status()).isEqualTo(ProgressStatus.NOT_ASSESSABLE);
        assertThat(notMet.target()).isEqualTo(Quantity.of(227, Units.HOUSEHOLD));
    }

    @Test
    void assess_targetEqualToTheBaselineIsAchievedOrNotAssessable() {
        Indicator keep = Indicator.builder("x").unit(Units.ITEM).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Y2020, number("10")))
                .target(LevelTarget.of(Comparison.GE, number("10"), Y2025)).build();

        assertThat(assess(keep, observed(Y2023, "10")).status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(assess(keep, observed(Y2023, "9")).status()).isEqualTo(ProgressStatus.NOT_ASSESSABLE);
    }

    //-----------------------------------------------------------------------
    // randomized: monotone in the observation, mirrored by polarity
    //-----------------------------------------------------------------------
    /** A target of a higher-is-better indicator above the baseline, of a random kind. */
    private static Target higherTarget(SplittableRandom random, BigDecimal base, Year year) {
        BigDecimal above = base.multiply(BigDecimal.valueOf(random.nextInt(101, 400))).movePointLeft(2);
        Comparison[] comparators = {Comparison.GE, Comparison.GT, Comparison.REACH, Comparison.APPROX,
            Comparison.TOWARD};
        return switch (random.nextInt(6)) {
            case 0 -> LevelTarget.of(comparators[random.nextInt(comparators.length)], above, year);
            case 1 -> MultipleTarget.of(BigDecimal.valueOf(random.nextInt(11, 40)).movePointLeft(1), year);
            case 2 -> GrowthTarget.of(Comparison.GE, BigDecimal.valueOf(random.nextInt(1, 200)).movePointLeft(1), year);
            case 3 -> ChangeTarget.of(ChangeMode.RELATIVE, Comparison.GE,
                    BigDecimal.valueOf(random.nextInt(1, 300)), year);
            case 4 -> RangeTarget.of(above, above.multiply(BigDecimal.valueOf(2)), year);
            default -> LevelTarget.of(Comparison.GE, above, year).withAnnual(true);
        };
    }

    /** A target of a lower-is-better indicator below the baseline, of a random kind. */
    private static Target lowerTarget(SplittableRandom random, BigDecimal base, Year year) {
        BigDecimal below = base.multiply(BigDecimal.valueOf(random.nextInt(1, 100))).movePointLeft(2);
        Comparison[] comparators = {Comparison.LE, Comparison.LT, Comparison.REACH, Comparison.APPROX,
            Comparison.TOWARD};
        return switch (random.nextInt(5)) {
            case 0 -> LevelTarget.of(comparators[random.nextInt(comparators.length)], below, year);
            case 1 -> GrowthTarget.of(Comparison.GE, BigDecimal.valueOf(-random.nextInt(1, 300)).movePointLeft(1),
                    year);
            case 2 -> ChangeTarget.of(ChangeMode.RELATIVE, Comparison.GE,
                    BigDecimal.valueOf(-random.nextInt(1, 100)), year);
            case 3 -> ZeroTarget.of(year);
            default -> LevelTarget.of(Comparison.LE, below, year).withAnnual(true);
        };
    }

    @Test
    void assess_aBetterObservationNeverGivesAWorseStatusOrShare() {
        SplittableRandom random = new SplittableRandom(20_23L);
        for (int i = 0; i < 300; i++) {
            boolean higher = random.nextBoolean();
            BigDecimal base = GrowthTest.positive(random);
            Year baseYear = Year.of(random.nextInt(2000, 2030));
            Year targetYear = baseYear.plusYears(random.nextInt(1, 16));
            Target target = higher ? higherTarget(random, base, targetYear) : lowerTarget(random, base, targetYear);
            Indicator indicator = Indicator.builder("x").unit(Units.CNY_10K)
                    .polarity(higher ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER)
                    .baseline(Baseline.of(baseYear, base)).target(target).build();
            Year year = baseYear.plusYears(random.nextInt(0, targetYear.getValue() - baseYear.getValue() + 2));

            // observations from worst to best
            List<BigDecimal> values = new ArrayList<>();
            for (int k = 0; k < 40; k++) {
                values.add(base.multiply(BigDecimal.valueOf(random.nextInt(0, 600))).movePointLeft(2));
            }
            values.sort(higher ? java.util.Comparator.naturalOrder() : java.util.Comparator.reverseOrder());

            Progress previous = null;
            for (BigDecimal value : values) {
                Progress progress = Progress.assess(indicator, target, Observation.of(year, value));
                assertThat(progress.status()).as("%s, %s in %s", target, value, year)
                        .isNotEqualTo(ProgressStatus.NOT_ASSESSABLE);
                if (previous != null) {
                    assertThat(progress.status()).as("%s, %s in %s after %s", target, value, year, previous)
                            .isGreaterThanOrEqualTo(previous.status());
                    assertThat(progress.share()).as("%s, %s in %s", target, value, year)
                            .isGreaterThanOrEqualTo(previous.share());
                }
                previous = progress;
            }
        }
    }

    @Test
    void assess_lowerIsBetterMirrorsHigherIsBetter() {
        // a higher-is-better level target from b to t, observed at o, against the lower-is-better one
        // from C − b to C − t, observed at C − o
        BigDecimal c = number("100000");
        Comparison[][] mirrored = {{Comparison.GE, Comparison.LE}, {Comparison.GT, Comparison.LT},
            {Comparison.REACH, Comparison.REACH}, {Comparison.TOWARD, Comparison.TOWARD}};
        SplittableRandom random = new SplittableRandom(4_0L);
        for (int i = 0; i < 1_000; i++) {
            BigDecimal b = BigDecimal.valueOf(random.nextInt(1, 50_000), random.nextInt(0, 3));
            BigDecimal t = b.add(BigDecimal.valueOf(random.nextInt(1, 40_000), random.nextInt(0, 3)));
            BigDecimal o = BigDecimal.valueOf(random.nextInt(0, 99_000), random.nextInt(0, 3));
            Comparison[] pair = mirrored[random.nextInt(mirrored.length)];
            boolean annual = random.nextInt(5) == 0;
            Year baseYear = Year.of(2020);
            Year targetYear = baseYear.plusYears(random.nextInt(1, 12));
            Year year = baseYear.plusYears(random.nextInt(0, 14));

            Progress up = assessLevel(Polarity.HIGHER_IS_BETTER, baseYear, b, pair[0], t, targetYear, annual, year, o);
            Progress down = assessLevel(Polarity.LOWER_IS_BETTER, baseYear, c.subtract(b), pair[1], c.subtract(t),
                    targetYear, annual, year, c.subtract(o));

            assertThat(down.status()).as("%s %s → %s %s, %s in %s", b, pair[0], t, targetYear, o, year)
                    .isEqualTo(up.status());
            assertThat(down.share()).isEqualTo(up.share());
        }
    }

    private static Progress assessLevel(Polarity polarity, Year baseYear, BigDecimal base, Comparison comparator,
            BigDecimal level, Year targetYear, boolean annual, Year year, BigDecimal value) {
        Target target = new LevelTarget(comparator, level, null, targetYear, null, annual, Modality.PLAIN, Text.EMPTY);
        Indicator indicator = Indicator.builder("x").unit(Units.ITEM).polarity(polarity)
                .baseline(Baseline.of(baseYear, base)).target(target).build();
        return Progress.assess(indicator, target, Observation.of(year, value));
    }

    //-----------------------------------------------------------------------
    // null arguments
    //-----------------------------------------------------------------------
    static Stream<Arguments> nullArguments() {
        Indicator indicator = highTech();
        Target target = indicator.targets().get(0);
        Observation observation = observed(Y2023, "200");
        return Stream.of(
                arguments((ThrowingCallable) () -> Progress.assess(null, target, observation), "indicator"),
                arguments((ThrowingCallable) () -> Progress.assess(indicator, null, observation), "target"),
                arguments((ThrowingCallable) () -> Progress.assess(indicator, target, null), "observation"),
                arguments((ThrowingCallable) () -> Progress.assess(indicator, target, observation, null), "units"),
                arguments((ThrowingCallable) () -> new Progress(null, null, null, null, null), "status"));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void assess_rejectsNullNamingTheParameter(ThrowingCallable call, String parameter) {
        assertThatNullPointerException().isThrownBy(call).withMessage(parameter);
    }

    @Test
    void assess_usesTheGivenCatalogue() {
        assertThat(Progress.assess(highTech(), highTech().targets().get(0), observed(Y2023, "205"),
                UnitCatalog.standard())).isEqualTo(assess(highTech(), observed(Y2023, "205")));
    }
}
