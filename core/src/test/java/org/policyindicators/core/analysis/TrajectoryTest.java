package org.policyindicators.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
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
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.IncompatibleUnitsException;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.PolicyException;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.Target;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.Units;
import org.policyindicators.core.ZeroTarget;
import org.policyindicators.core.analysis.Trajectory.Shape;

class TrajectoryTest {

    private static final Year Y2020 = Year.of(2020);
    private static final Year Y2025 = Year.of(2025);
    private static final BigDecimal WITHIN_1E_30 = new BigDecimal("1e-30");

    private static Quantity enterprises(long n) {
        return Quantity.of(n, Units.ESTABLISHMENT);
    }

    //-----------------------------------------------------------------------
    // linear()
    //-----------------------------------------------------------------------
    @Test
    void linear_from25To60IndustrialEnterprisesAddsSevenAYear() {
        // 全区规上工业企业数由现在的25家增加到60家
        Trajectory path = Trajectory.linear(Y2020, enterprises(25), Y2025, enterprises(60));

        assertThat(path.shape()).isEqualTo(Shape.LINEAR);
        assertThat(path.yearly()).containsExactly(enterprises(25), enterprises(32), enterprises(39), enterprises(46),
                enterprises(53), enterprises(60));
    }

    @ParameterizedTest
    @CsvSource({
        "2015, -10",
        "2019, 18",
        "2026, 67",
        "2030, 95",
    })
    void valueAt_extrapolatesALinearPath(int year, long expected) {
        Trajectory path = Trajectory.linear(Y2020, enterprises(25), Y2025, enterprises(60));

        assertThat(path.valueAt(Year.of(year))).isEqualTo(enterprises(expected));
    }

    @Test
    void valueAt_roundsALinearStepThatDoesNotTerminate() {
        Trajectory path = Trajectory.linear(Y2020, enterprises(0), Year.of(2023), enterprises(1));

        BigDecimal third = path.valueAt(Year.of(2021)).value();

        assertThat(third).isEqualTo(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL128));
    }

    //-----------------------------------------------------------------------
    // compound()
    //-----------------------------------------------------------------------
    @Test
    void compound_doublingOver5YearsGrowsByTheFifthRootOfTwoEachYear() {
        // 翻一番: 486 → 972 亿元 over 2020–2025
        Trajectory path = Trajectory.compound(Y2020, Quantity.of(486, Units.CNY_100M), Y2025,
                Quantity.of(972, Units.CNY_100M));
        BigDecimal factor = Growth.root(BigDecimal.valueOf(2), 5);

        List<Quantity> yearly = path.yearly();

        assertThat(yearly).hasSize(6);
        assertThat(yearly.get(0)).isEqualTo(Quantity.of(486, Units.CNY_100M));
        assertThat(yearly.get(5)).isEqualTo(Quantity.of(972, Units.CNY_100M));
        for (int i = 1; i < 5; i++) {
            BigDecimal expected = new BigDecimal("486").multiply(factor.pow(i, MathContext.DECIMAL128));
            assertThat(GrowthTest.relativeError(yearly.get(i).value(), expected)).as("year %d", 2020 + i)
                    .isLessThanOrEqualTo(WITHIN_1E_30);
            assertThat(yearly.get(i).unit()).isEqualTo(Units.CNY_100M);
        }
    }

    @Test
    void valueAt_extrapolatesACompoundPathBackwards() {
        Trajectory path = Trajectory.compound(Y2020, Quantity.of(100, Units.CNY), Year.of(2022),
                Quantity.of(121, Units.CNY));

        assertThat(path.valueAt(Year.of(2019)).value()).isEqualByComparingTo(
                new BigDecimal("100").divide(new BigDecimal("1.1"), MathContext.DECIMAL128));
        assertThat(path.valueAt(Year.of(2023)).value()).isEqualByComparingTo("133.1");
    }

    @Test
    void valueAt_rejectsACompoundYearMoreThanAThousandYearsAway() {
        Trajectory path = Trajectory.compound(Y2020, enterprises(1), Y2025, enterprises(2));

        assertThatThrownBy(() -> path.valueAt(Year.of(3021))).isInstanceOf(PolicyException.class)
                .hasMessageContaining("3021");
        assertThat(path.valueAt(Year.of(3020)).value().signum()).isPositive();
    }

    //-----------------------------------------------------------------------
    // constructor
    //-----------------------------------------------------------------------
    @Test
    void constructor_convertsTheEndToTheUnitOfTheStart() {
        Trajectory path = Trajectory.linear(Y2020, Quantity.of(486, Units.CNY_100M), Y2025,
                Quantity.of(9_720_000, Units.CNY_10K));

        assertThat(path.end()).isEqualTo(Quantity.of(972, Units.CNY_100M));
    }

    @Test
    void constructor_rejectsIncompatibleUnits() {
        assertThatThrownBy(() -> Trajectory.linear(Y2020, Quantity.of(4, Units.PERCENT), Y2025,
                Quantity.of(1, Units.PERCENTAGE_POINT))).isInstanceOf(IncompatibleUnitsException.class);
    }

    @ParameterizedTest
    @CsvSource({"2020", "2019"})
    void constructor_rejectsAnEndYearNotAfterTheStartYear(int end) {
        assertThatThrownBy(() -> Trajectory.linear(Y2020, enterprises(1), Year.of(end), enterprises(2)))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining(String.valueOf(end));
    }

    @ParameterizedTest
    @CsvSource({"0, 5", "5, 0", "-1, 5"})
    void compound_rejectsValuesThatAreNotPositive(long start, long end) {
        assertThatThrownBy(() -> Trajectory.compound(Y2020, enterprises(start), Y2025, enterprises(end)))
                .isInstanceOf(PolicyException.class);
        assertThat(Trajectory.linear(Y2020, enterprises(start), Y2025, enterprises(end)).shape())
                .isEqualTo(Shape.LINEAR);
    }

    static Stream<Arguments> nullArguments() {
        Quantity q = enterprises(1);
        Trajectory path = Trajectory.linear(Y2020, q, Y2025, q);
        Indicator indicator = Indicator.builder("x").build();
        Target target = ZeroTarget.of(Y2025);
        return Stream.of(
                arguments((ThrowingCallable) () -> Trajectory.linear(null, q, Y2025, q), "startYear"),
                arguments((ThrowingCallable) () -> Trajectory.linear(Y2020, null, Y2025, q), "start"),
                arguments((ThrowingCallable) () -> Trajectory.compound(Y2020, q, null, q), "endYear"),
                arguments((ThrowingCallable) () -> Trajectory.compound(Y2020, q, Y2025, null), "end"),
                arguments((ThrowingCallable) () -> new Trajectory(Y2020, q, Y2025, q, null), "shape"),
                arguments((ThrowingCallable) () -> path.valueAt(null), "year"),
                arguments((ThrowingCallable) () -> Trajectory.of(null, target, UnitCatalog.standard()), "indicator"),
                arguments((ThrowingCallable) () -> Trajectory.of(indicator, null, UnitCatalog.standard()), "target"),
                arguments((ThrowingCallable) () -> Trajectory.of(indicator, target, null), "units"));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void factoriesAndMethods_rejectNullNamingTheParameter(ThrowingCallable call, String parameter) {
        assertThatNullPointerException().isThrownBy(call).withMessage(parameter);
    }

    //-----------------------------------------------------------------------
    // of()
    //-----------------------------------------------------------------------
    private static Indicator withTarget(Target target) {
        return Indicator.builder("gdp").unit(Units.CNY_100M)
                .baseline(Baseline.of(Y2020, Quantity.of(4_860_000, Units.CNY_10K))).target(target).build();
    }

    @Test
    void of_growthOrMultipleTargetIsACompoundPathFromTheBaseline() {
        for (Target target : List.of(GrowthTarget.of(Comparison.GE, BigDecimal.TEN, Y2025),
                MultipleTarget.of(BigDecimal.valueOf(2), Y2025))) {
            Indicator indicator = withTarget(target);

            assertThat(Trajectory.of(indicator, target, UnitCatalog.standard())).hasValueSatisfying(path -> {
                assertThat(path.shape()).isEqualTo(Shape.COMPOUND);
                assertThat(path.startYear()).isEqualTo(Y2020);
                assertThat(path.start()).isEqualTo(Quantity.of(486, Units.CNY_100M));
                assertThat(path.endYear()).isEqualTo(Y2025);
                assertThat(path.end()).isEqualTo(ImpliedTarget.of(indicator, target).orElseThrow().value());
            });
        }
    }

    @Test
    void of_growthToZeroIsALinearPath() {
        // 减少100% (清零): a compound path cannot reach zero, so the way there is a straight line
        Target target = GrowthTarget.of(Comparison.LE, new BigDecimal("-100"), Y2025);

        assertThat(Trajectory.of(withTarget(target), target, UnitCatalog.standard())).hasValueSatisfying(path -> {
            assertThat(path.shape()).isEqualTo(Shape.LINEAR);
            // 486 - 486 · 3/5
            assertThat(path.valueAt(Year.of(2023))).isEqualTo(Quantity.of("194.4", Units.CNY_100M));
        });
    }

    @Test
    void of_levelTargetIsALinearPath() {
        Target target = LevelTarget.of(Comparison.GE, new BigDecimal("600"), Y2025);

        assertThat(Trajectory.of(withTarget(target), target, UnitCatalog.standard())).hasValueSatisfying(path -> {
            assertThat(path.shape()).isEqualTo(Shape.LINEAR);
            assertThat(path.valueAt(Year.of(2023))).isEqualTo(Quantity.of("554.4", Units.CNY_100M));
        });
    }

    @Test
    void of_isEmptyWithoutALevelABaselineOrATargetYearAfterIt() {
        Target noLevel = DirectionTarget.of(Direction.INCREASE, Y2025);
        Target tooEarly = LevelTarget.of(Comparison.GE, BigDecimal.TEN, Y2020);
        Target fine = LevelTarget.of(Comparison.GE, BigDecimal.TEN, Y2025);
        UnitCatalog units = UnitCatalog.standard();

        assertThat(Trajectory.of(withTarget(noLevel), noLevel, units)).isEmpty();
        assertThat(Trajectory.of(withTarget(tooEarly), tooEarly, units)).isEmpty();
        assertThat(Trajectory.of(Indicator.builder("x").target(fine).build(), fine, units)).isEmpty();
    }

    //-----------------------------------------------------------------------
    // randomized: both ends exact, monotone between
    //-----------------------------------------------------------------------
    @Test
    void yearly_hitsBothEndsExactlyAndIsMonotoneBetween() {
        SplittableRandom random = new SplittableRandom(2021_2025L);
        for (int i = 0; i < 400; i++) {
            Year start = Year.of(random.nextInt(1950, 2100));
            Year end = start.plusYears(random.nextInt(1, 31));
            Quantity a = Quantity.of(GrowthTest.positive(random), Units.CNY_10K);
            Quantity b = Quantity.of(a.value().multiply(BigDecimal.valueOf(random.nextInt(1, 1_000)))
                    .movePointLeft(2), Units.CNY_10K);
            Trajectory path = random.nextBoolean()
                    ? Trajectory.linear(start, a, end, b)
                    : Trajectory.compound(start, a, end, b);

            List<Quantity> yearly = path.yearly();

            assertThat(yearly).hasSize(end.getValue() - start.getValue() + 1);
            assertThat(yearly.get(0)).isEqualTo(a);
            assertThat(yearly.get(yearly.size() - 1)).isEqualTo(b);
            int direction = b.compareAmountTo(a);
            for (int k = 1; k < yearly.size(); k++) {
                assertThat(Integer.signum(yearly.get(k).compareAmountTo(yearly.get(k - 1))) * direction)
                        .as("%s, year %d", path, k).isGreaterThanOrEqualTo(0);
            }
            Quantity low = direction >= 0 ? a : b;
            Quantity high = direction >= 0 ? b : a;
            assertThat(yearly).allSatisfy(q -> assertThat(q).isBetween(low, high));
        }
    }

    @Test
    void valueAt_ofACompoundPathGrowsAtTheAverageAnnualRate() {
        SplittableRandom random = new SplittableRandom(486L);
        for (int i = 0; i < 200; i++) {
            BigDecimal a = GrowthTest.positive(random);
            BigDecimal b = a.multiply(BigDecimal.valueOf(random.nextInt(20, 500))).movePointLeft(2);
            int span = random.nextInt(1, 21);
            Trajectory path = Trajectory.compound(Y2020, Quantity.of(a, Units.CNY), Y2020.plusYears(span),
                    Quantity.of(b, Units.CNY));
            BigDecimal rate = Growth.averageAnnualRate(a, b, span);
            int k = random.nextInt(0, span + 1);

            BigDecimal expected = Growth.compound(a, rate, k);

            assertThat(GrowthTest.relativeError(path.valueAt(Y2020.plusYears(k)).value(), expected))
                    .as("%s → %s over %d, year %d", a, b, span, k)
                    .isLessThanOrEqualTo(new BigDecimal("1e-25"));
        }
    }
}
