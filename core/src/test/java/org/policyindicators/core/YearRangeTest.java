package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.DateTimeException;
import java.time.Year;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class YearRangeTest {

    private static final YearRange FOURTEENTH = YearRange.of(2021, 2025);

    //-----------------------------------------------------------------------
    // of(), ofYear(), constructor
    //-----------------------------------------------------------------------
    @Test
    void of_keepsBothEndsInclusive() {
        assertThat(FOURTEENTH.start()).isEqualTo(Year.of(2021));
        assertThat(FOURTEENTH.end()).isEqualTo(Year.of(2025));
        assertThat(FOURTEENTH.lengthInYears()).isEqualTo(5);
    }

    @Test
    void of_acceptsAnUnorderedRangeSoThatADocumentStillLoads() {
        YearRange reversed = YearRange.of(2025, 2021);

        assertThat(reversed.isOrdered()).isFalse();
        assertThat(reversed.lengthInYears()).isEqualTo(-3);
        assertThat(reversed.years()).isEmpty();
    }

    @Test
    void of_rejectsYearsOutsideTheRangeOfYear() {
        assertThatThrownBy(() -> YearRange.of(Year.MAX_VALUE + 1, 0)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> YearRange.of(0, Year.MIN_VALUE - 1)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void ofYear_isARangeOfOneYear() {
        YearRange range = YearRange.ofYear(Year.of(2024));

        assertThat(range).isEqualTo(YearRange.of(2024, 2024));
        assertThat(range.lengthInYears()).isEqualTo(1);
        assertThat(range.singleYear()).contains(Year.of(2024));
    }

    static Stream<Arguments> nullArguments() {
        return Stream.of(
                arguments((ThrowingCallable) () -> new YearRange(null, Year.of(2025)), "start"),
                arguments((ThrowingCallable) () -> new YearRange(Year.of(2021), null), "end"),
                arguments((ThrowingCallable) () -> YearRange.ofYear(null), "start"),
                arguments((ThrowingCallable) () -> YearRange.parse(null), "text"),
                arguments((ThrowingCallable) () -> FOURTEENTH.contains(null), "year"),
                arguments((ThrowingCallable) () -> FOURTEENTH.encloses(null), "other"));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void factoriesAndMethods_rejectNullNamingTheParameter(ThrowingCallable call, String parameter) {
        assertThatNullPointerException().isThrownBy(call).withMessage(parameter);
    }

    //-----------------------------------------------------------------------
    // ofFiveYearPlan(), fiveYearPlanNumber()
    //-----------------------------------------------------------------------
    /** The national five-year plans as history records them. */
    @ParameterizedTest(name = "plan {0}: {1}–{2}")
    @CsvSource({
        "1,  1953, 1957",
        "2,  1958, 1962",
        "3,  1966, 1970",
        "4,  1971, 1975",
        "5,  1976, 1980",
        "6,  1981, 1985",
        "7,  1986, 1990",
        "8,  1991, 1995",
        "9,  1996, 2000",
        "10, 2001, 2005",
        "11, 2006, 2010",
        "12, 2011, 2015",
        "13, 2016, 2020",
        "14, 2021, 2025",
        "15, 2026, 2030",
    })
    void ofFiveYearPlan_matchesTheKnownHistory(int number, int start, int end) {
        YearRange horizon = YearRange.ofFiveYearPlan(number);

        assertThat(horizon).isEqualTo(YearRange.of(start, end));
        assertThat(horizon.lengthInYears()).isEqualTo(5);
        assertThat(horizon.fiveYearPlanNumber()).hasValue(number);
    }

    @Test
    void ofFiveYearPlan_fromTheThirdOnStartsAt1966PlusFiveYearsPerPlan() {
        IntStream.rangeClosed(3, 200).forEach(n ->
                assertThat(YearRange.ofFiveYearPlan(n).start().getValue()).isEqualTo(1966 + 5 * (n - 3)));
    }

    @Test
    void fiveYearPlanNumber_isTheInverseOfOfFiveYearPlan() {
        for (int n : new int[] {1, 2, 3, 16, 99, 1000, 100_000}) {
            assertThat(YearRange.ofFiveYearPlan(n).fiveYearPlanNumber()).as("plan %d", n).hasValue(n);
        }
    }

    @Test
    void fiveYearPlanNumber_isPresentOnlyForPlanHorizons() {
        // every five-year range from 1900 to 2100: a number exactly when ofFiveYearPlan gives it back
        for (int start = 1900; start <= 2100; start++) {
            YearRange range = YearRange.of(start, start + 4);
            range.fiveYearPlanNumber().ifPresentOrElse(
                    n -> assertThat(YearRange.ofFiveYearPlan(n)).isEqualTo(range),
                    () -> assertThat(IntStream.rangeClosed(1, 40).mapToObj(YearRange::ofFiveYearPlan))
                            .doesNotContain(range));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "1963, 1967",   // the adjustment years
        "1961, 1965",
        "2021, 2024",   // four years
        "2021, 2026",   // six years
        "2020, 2024",   // shifted
        "2025, 2021",   // unordered
    })
    void fiveYearPlanNumber_isEmptyForOtherRanges(int start, int end) {
        assertThat(YearRange.of(start, end).fiveYearPlanNumber()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE, 100_001, Integer.MAX_VALUE})
    void ofFiveYearPlan_rejectsNumbersOutOfRange(int number) {
        assertThatThrownBy(() -> YearRange.ofFiveYearPlan(number))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining(String.valueOf(number));
    }

    //-----------------------------------------------------------------------
    // parse(), toString()
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({
        "2021/2025, 2021, 2025",
        "2024,      2024, 2024",
        "2035/2035, 2035, 2035",
        "2025/2021, 2025, 2021",
        "-5/3,      -5,   3",
        "0,         0,    0",
        "0012/2021, 12,   2021",
    })
    void parse_readsStartAndEnd(String text, int start, int end) {
        assertThat(YearRange.parse(text)).isEqualTo(YearRange.of(start, end));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "2021/", "/2025", "2021-2025", "2021/2025/2030", "二〇二一", "+2021",
        "2021 /2025", " 2021", "2021.0", "1000000000", "99999999999", "-1000000000/0", "2021/2025 "})
    void parse_rejectsOtherText(String text) {
        assertThatThrownBy(() -> YearRange.parse(text))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void toString_isStartSlashEndOrTheSingleYear() {
        assertThat(FOURTEENTH).hasToString("2021/2025");
        assertThat(YearRange.of(2024, 2024)).hasToString("2024");
    }

    @Test
    void parse_readsBackToString() {
        SplittableRandom random = new SplittableRandom(20210101L);
        for (int i = 0; i < 2_000; i++) {
            int start = random.nextInt(Year.MIN_VALUE, Year.MAX_VALUE + 1);
            int end = random.nextBoolean() ? start + random.nextInt(0, 100) : random.nextInt(-3000, 3000);
            end = Math.max(Year.MIN_VALUE, Math.min(Year.MAX_VALUE, end));
            YearRange range = YearRange.of(start, end);

            assertThat(YearRange.parse(range.toString())).isEqualTo(range);
        }
    }

    //-----------------------------------------------------------------------
    // contains(), encloses(), years(), singleYear()
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({
        "2020, false",
        "2021, true",
        "2023, true",
        "2025, true",
        "2026, false",
    })
    void contains_includesBothEnds(int year, boolean expected) {
        assertThat(FOURTEENTH.contains(Year.of(year))).isEqualTo(expected);
    }

    @Test
    void contains_isFalseForEveryYearOfAnUnorderedRange() {
        YearRange reversed = YearRange.of(2025, 2021);

        assertThat(IntStream.rangeClosed(2019, 2027).mapToObj(Year::of).filter(reversed::contains)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "2021, 2025, true",
        "2022, 2024, true",
        "2023, 2023, true",
        "2020, 2025, false",
        "2021, 2026, false",
        "2016, 2020, false",
        "2026, 2030, false",
    })
    void encloses_requiresBothEndsInside(int start, int end, boolean expected) {
        assertThat(FOURTEENTH.encloses(YearRange.of(start, end))).isEqualTo(expected);
    }

    @Test
    void years_listsEveryYearInOrder() {
        assertThat(FOURTEENTH.years()).containsExactly(
                Year.of(2021), Year.of(2022), Year.of(2023), Year.of(2024), Year.of(2025));
    }

    @Test
    void singleYear_isEmptyForLongerRanges() {
        assertThat(FOURTEENTH.singleYear()).isEmpty();
        assertThat(YearRange.of(2025, 2021).singleYear()).isEmpty();
    }

    //-----------------------------------------------------------------------
    // equals() and hashCode()
    //-----------------------------------------------------------------------
    @Test
    void equals_comparesBothEnds() {
        assertThat(YearRange.of(2021, 2025)).isEqualTo(new YearRange(Year.of(2021), Year.of(2025)))
                .hasSameHashCodeAs(new YearRange(Year.of(2021), Year.of(2025)))
                .isNotEqualTo(YearRange.of(2021, 2024))
                .isNotEqualTo(YearRange.of(2020, 2025))
                .isNotEqualTo(YearRange.of(2025, 2021));
    }
}
