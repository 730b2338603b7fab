package org.policyindicators.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Year;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyindicators.core.GradeTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.PolicyJsonException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scalar readers: years around the years made once, integers at the limits of 32 bits, codes named for people,
 * and the excerpts of what was found instead.
 */
class ReadingTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    /** A plan whose one indicator has the given fields after its id, alone on line 2 from column 1. */
    private static String plan(String fields) {
        return "{\"format\": \"policy-indicators/1.1\", \"id\": \"p\", \"kind\": \"other\", \"issuer\": \"j\","
                + " \"horizon\": {\"start\": 2020, \"end\": 2025}, \"goals\": [{\"id\": \"g\", \"indicators\":"
                + " [{\"id\": \"i\",\n" + fields + "}]}]}";
    }

    private static Indicator indicator(String fields) {
        return JSON.readPlan(plan(fields)).goals().get(0).indicators().get(0);
    }

    private static PolicyJsonException error(String fields) {
        return catchThrowableOfType(PolicyJsonException.class, () -> JSON.readPlan(plan(fields)));
    }

    private static final String INDICATOR = "/goals/0/indicators/0";

    @ParameterizedTest
    @ValueSource(ints = {-1800, 0, 1899, 1900, 1901, 2025, 2199, 2200, 2201, 999_999_999})
    void year_readsAsThatYear_insideAndOutsideTheYearsMadeOnce(int year) {
        Indicator indicator = indicator("\"baselines\": [{\"year\": " + year + ", \"value\": 1}]");

        assertThat(indicator.baselines().get(0).year()).isEqualTo(Year.of(year));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3000000000", "-3000000000", "2147483648"})
    void year_beyondThirtyTwoBits_isOutOfRange(String year) {
        String fields = "\"baselines\": [{\"year\": " + year + ", \"value\": 1}]";

        PolicyJsonException e = error(fields);

        assertThat(e.problem()).isEqualTo("Year " + year + " is out of range");
        assertThat(e.pointer()).isEqualTo(INDICATOR + "/baselines/0/year");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(fields.indexOf(year) + 1);
    }

    @ParameterizedTest
    @CsvSource({"2147483647.0, 2147483647", "-2147483648.0, -2147483648", "2.147483647E9, 2147483647"})
    void integer_integralNumberAtTheLimitsOfThirtyTwoBits_reads(String number, int expected) {
        Indicator indicator = indicator("\"targets\": [{\"type\": \"grade\", \"comparator\": \"le\", \"grade\": "
                + number + "}]");

        assertThat(((GradeTarget) indicator.targets().get(0)).grade()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648.0", "-2147483649.0", "2.147483648E9"})
    void integer_integralNumberJustBeyondThirtyTwoBits_isOutOfRange(String number) {
        String fields = "\"targets\": [{\"type\": \"grade\", \"comparator\": \"le\", \"grade\": " + number + "}]";

        PolicyJsonException e = error(fields);

        assertThat(e.problem()).isEqualTo("Integer " + number
                + " for 'grade' is outside the range of a 32-bit integer");
        assertThat(e.pointer()).isEqualTo(INDICATOR + "/targets/0/grade");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(fields.indexOf(number) + 1);
    }

    @Test
    void code_unknownCodeOfATwoWordType_namesTheTypeInWords() {
        String fields = "\"observations\": [{\"year\": 2020, \"value\": 1, \"status\": \"done\"}]";

        PolicyJsonException e = error(fields);

        assertThat(e.problem()).isEqualTo("Invalid value for 'status': Unknown observation status 'done'; expected"
                + " one of actual, provisional, estimated, projected");
        assertThat(e.pointer()).isEqualTo(INDICATOR + "/observations/0/status");
        assertThat(e.column()).isEqualTo(fields.indexOf("\"done\"") + 1);
    }

    /** The error for a string where a baseline's value should be. */
    private static String foundForValue(String string) {
        return error("\"baselines\": [{\"year\": 2020, \"value\": \"" + string + "\"}]").problem();
    }

    @Test
    void found_aStringOfFortyCharacters_isQuotedWhole() {
        String forty = "0123456789".repeat(4);

        assertThat(foundForValue(forty)).isEqualTo("Expected a number for 'value' but found the string \"" + forty
                + "\"");
    }

    @Test
    void found_aLongerString_isCutAfterFortyCharacters() {
        String fortyOne = "0123456789".repeat(4) + "x";

        assertThat(foundForValue(fortyOne)).isEqualTo("Expected a number for 'value' but found the string \""
                + "0123456789".repeat(4) + "…\"");
    }

    @Test
    void found_aLongerStringWithASurrogatePairAtTheCut_isCutBeforeThePair() {
        String thirtyNine = "a".repeat(39);

        assertThat(foundForValue(thirtyNine + "😀b")).isEqualTo("Expected a number for 'value' but found the string \""
                + thirtyNine + "…\"");
    }

    @Test
    void found_aLongInteger_isCutAfterFortyDigits() {
        String digits = "1234567890".repeat(5);

        PolicyJsonException e = error("\"provenance\": [{\"document\": " + digits + ", \"quote\": \"q\"}]");

        assertThat(e.problem()).isEqualTo("Expected a string for 'document' but found the integer "
                + digits.substring(0, 40) + "…");
    }

    private static JsonParser parserAt(String json, int tokens) {
        JsonParser p = JsonMapper.builder().build().createParser(json);
        for (int i = 0; i < tokens; i++) {
            p.nextToken();
        }
        return p;
    }

    @Test
    void found_namesTheEndOfTheInput_whenNoTokenIsLeft() {
        JsonParser p = parserAt("", 0);

        assertThat(p.currentToken()).isNull();
        assertThat(Reading.found(p)).isEqualTo("the end of the input");
    }

    @Test
    void found_namesATokenWithoutTextByItsName_andOneWithTextByItsText() {
        JsonParser name = parserAt("{\"a\": 1}", 2);
        JsonParser end = parserAt("[]", 2);

        assertThat(name.currentToken()).isEqualTo(JsonToken.PROPERTY_NAME);
        assertThat(Reading.found(name)).isEqualTo("PROPERTY_NAME");
        assertThat(end.currentToken()).isEqualTo(JsonToken.END_ARRAY);
        assertThat(Reading.found(end)).isEqualTo("]");
    }
}
