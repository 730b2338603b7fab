package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Year;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyindicators.core.GradeTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Plan;
import org.policyindicators.core.RankTarget;

/**
 * Where the format wants an integer (years, a unit's scale, a rank, a grade), any JSON number
 * with an integral value is read, as JSON Schema counts 2020.0 an integer; it is written back
 * as a plain integer.
 */
class IntegralNumbersTest {

    private static final PolicyJson JSON = PolicyJson.builder().outputStyle(OutputStyle.COMPACT).build();

    private static String plan(String start, String year, String scale, String rank, String grade) {
        return "{\"format\": \"policy-indicators/1.0\", \"id\": \"p\", \"kind\": \"other\", \"issuer\": \"j\","
                + " \"horizon\": {\"start\": " + start + ", \"end\": 2025}, \"goals\": [{\"id\": \"g\", \"indicators\":"
                + " [{\"id\": \"i\", \"unit\": {\"code\": \"cny\", \"scale\": " + scale + "}, \"polarity\": \"neutral\","
                + " \"baselines\": [{\"year\": " + year + ", \"value\": 486}],"
                + " \"targets\": [{\"type\": \"rank\", \"comparator\": \"le\", \"rank\": " + rank
                + ", \"rankKind\": \"position\"}, {\"type\": \"grade\", \"comparator\": \"le\", \"grade\": " + grade
                + ", \"lowerIsBetter\": true}]}]}]}";
    }

    private static Indicator indicator(Plan plan) {
        return plan.goals().get(0).indicators().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020", "2020.0", "2.02E3", "2.020e+3", "202000E-2", "2020.000"})
    void integralNumberForYear_readsAsThatYear(String year) {
        Plan plan = JSON.readPlan(plan(year, year, "8", "61", "3"));

        assertThat(plan.horizon().start()).isEqualTo(Year.of(2020));
        assertThat(indicator(plan).baselines().get(0).year()).isEqualTo(Year.of(2020));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.0", "8E0", "0.8e1", "800E-2"})
    void integralNumberForScaleRankAndGrade_readsAsThatInteger(String eight) {
        Plan plan = JSON.readPlan(plan("2020", "2020", eight, eight, eight));

        Indicator indicator = indicator(plan);
        assertThat(indicator.unit().scale()).isEqualTo(8);
        assertThat(((RankTarget) indicator.targets().get(0)).rank()).isEqualTo(8);
        assertThat(((GradeTarget) indicator.targets().get(1)).grade()).isEqualTo(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.0", "0E5", "0.000"})
    void zeroWithFractionOrExponent_readsAsZero(String zero) {
        Plan plan = JSON.readPlan(plan("2020", zero, zero, zero, zero));

        assertThat(indicator(plan).baselines().get(0).year()).isEqualTo(Year.of(0));
        assertThat(indicator(plan).unit().scale()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020.0", "2.02E3", "2020"})
    void integralNumbers_areWrittenBackAsPlainIntegers(String year) {
        Plan plan = JSON.readPlan(plan(year, year, "8.0", "61.0", "3E0"));

        String written = JSON.writePlan(plan);

        assertThat(written).contains("\"start\":2020,", "\"year\":2020,", "\"scale\":8}", "\"rank\":61,",
                "\"grade\":3,").doesNotContain("2020.0", "E3", "8.0", "61.0", "3E0");
        assertThat(JSON.readPlan(written)).isEqualTo(plan);
        assertThat(JSON.writePlan(JSON.readPlan(written))).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020.5", "2.0205E3", "202005E-2", "1E-2147483649"})
    void nonIntegralNumberForYear_isAnError(String year) {
        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> JSON.readPlan(plan("2020", year, "8", "61", "3")));

        assertThat(e.getMessage()).contains(
                "Expected a year (a JSON integer such as 2025) for 'year' but found the number " + year);
        assertThat(e.pointer()).isEqualTo("/goals/0/indicators/0/baselines/0/year");
    }

    @ParameterizedTest
    @ValueSource(strings = {"61.5", "6.15E1"})
    void nonIntegralNumberForRank_isAnError(String rank) {
        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> JSON.readPlan(plan("2020", "2020", "8", rank, "3")));

        assertThat(e.getMessage()).contains("Expected a JSON integer for 'rank' but found the number " + rank);
        assertThat(e.pointer()).isEqualTo("/goals/0/indicators/0/targets/0/rank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0E9", "1E9", "-1E9", "99999999999.0", "1E999999999", "1E2147483648"})
    void integralNumberOutOfRangeForYear_isAnError(String year) {
        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> JSON.readPlan(plan("2020", year, "8", "61", "3")));

        assertThat(e.getMessage()).contains("Year ").contains("is out of range");
        assertThat(e.pointer()).isEqualTo("/goals/0/indicators/0/baselines/0/year");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.0E9", "3E9", "-2147483649.0"})
    void integralNumberBeyond32BitsForGrade_isAnError(String grade) {
        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> JSON.readPlan(plan("2020", "2020", "8", "61", grade)));

        assertThat(e.getMessage()).contains("Integer " + grade + " for 'grade' is outside the range of a 32-bit integer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.0", "3.1E1", "-31.0"})
    void integralNumberForScaleBeyondItsRange_isAnError(String scale) {
        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> JSON.readPlan(plan("2020", "2020", scale, "61", "3")));

        assertThat(e.getMessage()).contains("is outside -30 to 30");
    }
}
