package org.policyindicators.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.IncompatibleUnitsException;
import org.policyindicators.core.PolicyException;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.Units;

class GrowthTest {

    private static final BigDecimal WITHIN_1E_25 = new BigDecimal("1e-25");
    private static final BigDecimal WITHIN_1E_30 = new BigDecimal("1e-30");

    //-----------------------------------------------------------------------
    // averageAnnualRate()
    //-----------------------------------------------------------------------
    @Test
    void averageAnnualRate_ofServicesValueAddedFrom2015To2020IsAbout10Point1Percent() {
        // 服务业增加值从2015年的150.8亿元增长到2020年的244.5亿元, 年均增幅10%以上
        BigDecimal rate = Growth.averageAnnualRate(new BigDecimal("150.8"), new BigDecimal("244.5"), 5);

        assertThat(rate.setScale(1, RoundingMode.HALF_EVEN)).isEqualByComparingTo("10.1");
        assertThat(rate).isGreaterThan(BigDecimal.TEN);
        assertThat(rate.precision()).isLessThanOrEqualTo(34);
    }

    @Test
    void averageAnnualRate_ofGdpFrom347To486IsAbout7Percent() {
        // 地区生产总值从2015年的347亿元增长到2020年的486亿元
        BigDecimal rate = Growth.averageAnnualRate(Quantity.of(347, Units.CNY_100M), Quantity.of(486, Units.CNY_100M),
                5);

        assertThat(rate.setScale(1, RoundingMode.HALF_EVEN)).isEqualByComparingTo("7.0");
        assertThat(rate.setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("6.97");
    }

    @ParameterizedTest
    @CsvSource({
        // from, to, years, exact rate in percent
        "100,  121,     2,  10",
        "100,  100,     7,  0",
        "486,  972,     1,  100",
        "1,    32,      5,  100",
        "100,  81,      2,  -10",
        "10,   0,       3,  -100",
        "1,    1.61051, 5,  10",
        "4,    1,       2,  -50",
    })
    void averageAnnualRate_isExactWhereTheRootIs(String from, String to, int years, String rate) {
        assertThat(Growth.averageAnnualRate(new BigDecimal(from), new BigDecimal(to), years)).isEqualByComparingTo(rate);
    }

    @Test
    void averageAnnualRate_ofQuantitiesConvertsTheEndToTheUnitOfTheStart() {
        BigDecimal inTheSameUnit = Growth.averageAnnualRate(Quantity.of(347, Units.CNY_100M),
                Quantity.of(486, Units.CNY_100M), 5);
        BigDecimal acrossUnits = Growth.averageAnnualRate(Quantity.of(347, Units.CNY_100M),
                Quantity.of(4_860_000, Units.CNY_10K), 5);

        assertThat(acrossUnits).isEqualByComparingTo(inTheSameUnit);
    }

    @Test
    void averageAnnualRate_rejectsIncompatibleQuantities() {
        assertThatThrownBy(() -> Growth.averageAnnualRate(Quantity.of(1, Units.CNY), Quantity.of(2, Units.PERSON), 5))
                .isInstanceOf(IncompatibleUnitsException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "0,    1,   5",
        "-1,   1,   5",
        "1,    -1,  5",
        "1,    2,   0",
        "1,    2,   -1",
    })
    void averageAnnualRate_rejectsValuesWithoutARealRate(String from, String to, int years) {
        assertThatThrownBy(() -> Growth.averageAnnualRate(new BigDecimal(from), new BigDecimal(to), years))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining(from)
                .hasMessageContaining(String.valueOf(years));
    }

    @Test
    void averageAnnualRate_compoundedReproducesTheEndValue() {
        SplittableRandom random = new SplittableRandom(2015_2020L);
        for (int i = 0; i < 1_000; i++) {
            BigDecimal from = positive(random);
            BigDecimal to = from.multiply(BigDecimal.valueOf(random.nextDouble(0.2, 5.0)).round(MathContext.DECIMAL32));
            int years = random.nextInt(1, 51);

            BigDecimal rate = Growth.averageAnnualRate(from, to, years);
            BigDecimal end = Growth.compound(from, rate, years);

            assertThat(relativeError(end, to)).as("%s -> %s over %d years at %s %%", from, to, years, rate)
                    .isLessThanOrEqualTo(WITHIN_1E_25);
        }
    }

    @Test
    void averageAnnualRate_isMonotoneInTheEndValue() {
        SplittableRandom random = new SplittableRandom(7L);
        for (int i = 0; i < 500; i++) {
            BigDecimal from = positive(random);
            BigDecimal lower = from.multiply(BigDecimal.valueOf(random.nextInt(1, 400))).movePointLeft(2);
            BigDecimal higher = lower.add(from.movePointLeft(random.nextInt(1, 6)));
            int years = random.nextInt(1, 30);

            assertThat(Growth.averageAnnualRate(from, higher, years))
                    .isGreaterThan(Growth.averageAnnualRate(from, lower, years));
        }
    }

    //-----------------------------------------------------------------------
    // compound()
    //-----------------------------------------------------------------------
    @Test
    void compound_tenPercentAYearForFiveYearsFromTheGdpBaseline() {
        // 年均增长10%: 486 亿元 × 1.1^5
        assertThat(Growth.compound(new BigDecimal("486"), BigDecimal.TEN, 5)).isEqualByComparingTo("782.70786");
    }

    @ParameterizedTest
    @CsvSource({
        "486,   10,    0,  486",
        "100,   -10,   2,  81",
        "100,   0,     30, 100",
        "1,     100,   10, 1024",
        "200,   -100,  3,  0",
        "2.5,   4,     2,  2.704",
    })
    void compound_isExactWhenShort(String value, String rate, int years, String expected) {
        assertThat(Growth.compound(new BigDecimal(value), new BigDecimal(rate), years)).isEqualByComparingTo(expected);
    }

    @Test
    void compound_isTheExactResultRoundedOnceTo34Digits() {
        SplittableRandom random = new SplittableRandom(1000L);
        for (int i = 0; i < 500; i++) {
            BigDecimal value = positive(random);
            BigDecimal rate = BigDecimal.valueOf(random.nextInt(-9_999, 30_000), random.nextInt(0, 4));
            int years = random.nextInt(0, 60);
            BigDecimal exact = value.multiply(BigDecimal.ONE.add(rate.movePointLeft(2)).pow(years));
            BigDecimal expected = exact.precision() > 34 ? exact.round(MathContext.DECIMAL128) : exact;

            assertThat(Growth.compound(value, rate, years)).as("%s at %s %% for %d years", value, rate, years)
                    .isEqualByComparingTo(expected);
        }
    }

    @Test
    void compound_acceptsAThousandYears() {
        // a rate of zero leaves the value unchanged however long the horizon
        assertThat(Growth.compound(new BigDecimal("486"), BigDecimal.ZERO, 1000)).isEqualByComparingTo("486");
        // 2^1000 = 1.0715086071862673209484250490600018…E+301, rounded half-even to 34 digits
        assertThat(Growth.compound(BigDecimal.ONE, new BigDecimal("100"), 1000))
                .isEqualByComparingTo("1.071508607186267320948425049060002E+301");
    }

    @Test
    void compound_roundsOnceUpToFourThousandDigitsOfPower() {
        // 1.025 has 4 digits: 4 × 1000 years is the largest power still computed exactly. The value is
        // chosen so that the exact product lies just below a rounding midpoint: a power rounded to 44
        // digits first would move it across the midpoint and round the last digit up.
        BigDecimal value = new BigDecimal(
                "1.0000000000000000000000000000000000692005726702543846116173739954282065206406413");
        BigDecimal exact = value.multiply(new BigDecimal("1.025").pow(1000));

        BigDecimal compounded = Growth.compound(value, new BigDecimal("2.5"), 1000);

        assertThat(compounded).isEqualByComparingTo(exact.round(MathContext.DECIMAL128))
                .isEqualByComparingTo("52949930178.99389287707252351789685");
    }

    @Test
    void compound_beyondFourThousandDigitsOfPowerIsStillRightTo34Digits() {
        // 1.0225 has 5 digits, 5 × 1000 > 4000: the power is rounded before the product.
        // 1.0225^1000 = 4605923064.20572987088618745571038696847…, rounded half-even to 34 digits
        assertThat(Growth.compound(BigDecimal.ONE, new BigDecimal("2.25"), 1000))
                .isEqualByComparingTo("4605923064.205729870886187455710387");
    }

    @ParameterizedTest
    @CsvSource({"-1", "1001", "-2147483648"})
    void compound_rejectsYearsOutsideZeroToAThousand(int years) {
        assertThatThrownBy(() -> Growth.compound(BigDecimal.ONE, BigDecimal.TEN, years))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining(String.valueOf(years));
    }

    //-----------------------------------------------------------------------
    // root()
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({
        "32,        5,  2",
        "1,         9,  1",
        "0,         3,  0",
        "1.21,      2,  1.1",
        "0.0001,    4,  0.1",
        "1E+30,     10, 1000",
        "7,         1,  7",
    })
    void root_isExactForPerfectPowers(String value, int n, String expected) {
        assertThat(Growth.root(new BigDecimal(value), n)).isEqualByComparingTo(expected);
    }

    @Test
    void root_raisedToItsDegreeGivesBackTheValue() {
        SplittableRandom random = new SplittableRandom(34L);
        for (int i = 0; i < 1_000; i++) {
            BigDecimal value = positive(random);
            int n = random.nextInt(1, 100);

            BigDecimal root = Growth.root(value, n);

            assertThat(root.precision()).isLessThanOrEqualTo(34);
            assertThat(relativeError(root.pow(n, new MathContext(60)), value)).as("root %d of %s", n, value)
                    .isLessThanOrEqualTo(new BigDecimal("1e-31").multiply(BigDecimal.valueOf(n)));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "1E+100,  1000",
        "1E+300,  100",
        "1E-300,  100",
        "2E+1000, 5",
        "1E+2000, 1000",
    })
    void root_convergesForLargeRatiosAndDegrees(String value, int n) {
        // regression: Newton's method started at the value itself and stopped after 10000 steps, far from the root
        BigDecimal v = new BigDecimal(value);

        BigDecimal root = Growth.root(v, n);

        assertThat(relativeError(root.pow(n, new MathContext(60)), v)).isLessThanOrEqualTo(WITHIN_1E_30);
    }

    @Test
    void root_acceptsTheLargestDegree() {
        // 2^(1/999999999) = exp(ln 2 / 999999999) = 1.000000000693147181493318998165382…
        assertThat(Growth.root(new BigDecimal("2"), 999_999_999))
                .isEqualByComparingTo("1.000000000693147181493318998165382");
    }

    @ParameterizedTest
    @CsvSource({"-1, 2", "4, 0", "4, -2", "4, 1000000000", "4, 2147483647"})
    void root_rejectsNegativeValuesAndDegreesOutOfRange(String value, int n) {
        assertThatThrownBy(() -> Growth.root(new BigDecimal(value), n)).isInstanceOf(PolicyException.class);
    }

    //-----------------------------------------------------------------------
    // null arguments
    //-----------------------------------------------------------------------
    static Stream<Arguments> nullArguments() {
        BigDecimal one = BigDecimal.ONE;
        Quantity q = Quantity.of(1, Units.CNY);
        return Stream.of(
                arguments((ThrowingCallable) () -> Growth.averageAnnualRate(null, one, 1), "from"),
                arguments((ThrowingCallable) () -> Growth.averageAnnualRate(one, null, 1), "to"),
                arguments((ThrowingCallable) () -> Growth.averageAnnualRate((Quantity) null, q, 1), "from"),
                arguments((ThrowingCallable) () -> Growth.averageAnnualRate(q, (Quantity) null, 1), "to"),
                arguments((ThrowingCallable) () -> Growth.compound(null, one, 1), "value"),
                arguments((ThrowingCallable) () -> Growth.compound(one, null, 1), "ratePercent"),
                arguments((ThrowingCallable) () -> Growth.root(null, 2), "value"));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void methods_rejectNullNamingTheParameter(ThrowingCallable call, String parameter) {
        assertThatNullPointerException().isThrownBy(call).withMessage(parameter);
    }

    //-----------------------------------------------------------------------
    // helpers
    //-----------------------------------------------------------------------
    /** A positive decimal of 1 to 20 digits, from about 1e-8 to 1e12. */
    static BigDecimal positive(SplittableRandom random) {
        long unscaled = random.nextLong(1, 100_000_000_000_000_000L) / (long) Math.pow(10, random.nextInt(0, 17));
        return BigDecimal.valueOf(Math.max(1, unscaled), random.nextInt(-4, 9));
    }

    static BigDecimal relativeError(BigDecimal actual, BigDecimal expected) {
        if (expected.signum() == 0) {
            return actual.abs();
        }
        return actual.subtract(expected).abs().divide(expected.abs(), MathContext.DECIMAL64);
    }
}
