package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.io.testing.Messages;

/**
 * Strict reading: one bad input for each rule, with the message, the position and the JSON
 * Pointer that the error must carry.
 */
class StrictReadingTest {

    /** A valid plan without its closing brace. */
    private static final String P = "{\"format\": \"policy-indicators/1.0\", \"id\": \"p\", \"kind\": \"other\","
            + " \"issuer\": \"j\", \"horizon\": {\"start\": 2020, \"end\": 2025}";

    private static final PolicyJson JSON = PolicyJson.standard();

    /** A bad input and the error it must give. */
    record Case(String name, byte[] input, boolean jurisdictions, String fragment, long line, long column,
            String pointer) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A plan whose one indicator has the given fields after its required ones, from line 3. */
    private static String indicator(String fields) {
        return P + ",\n\"goals\": [{\"id\": \"g\", \"indicators\": [{\"id\": \"i\", \"unit\": {\"code\": \"cny\"},"
                + " \"polarity\": \"neutral\",\n" + fields + "}]}]}";
    }

    private static Case text(String name, String json, String fragment, long line, long column, String pointer) {
        return new Case(name, json.getBytes(StandardCharsets.UTF_8), false, fragment, line, column, pointer);
    }

    private static Case bytes(String name, byte[] input, String fragment, long line, long column, String pointer) {
        return new Case(name, input, false, fragment, line, column, pointer);
    }

    private static Case jurisdictions(String name, String json, String fragment, long line, long column,
            String pointer) {
        return new Case(name, json.getBytes(StandardCharsets.UTF_8), true, fragment, line, column, pointer);
    }

    private static byte[] concat(String before, int[] middle, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        for (int i = 0; i < middle.length; i++) {
            all[head.length + i] = (byte) middle[i];
        }
        System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
        return all;
    }

    static Stream<Case> badInputs() {
        return Stream.of(
                text("empty", "",
                        "The document is empty; expected a plan document", 1, 1, ""),
                text("whitespaceOnly", "  \n  ",
                        "The document is empty", 2, 3, ""),
                text("malformedMissingComma", "{\"format\": \"policy-indicators/1.0\" \"id\": \"p\"}",
                        "Malformed JSON: Unexpected character", 1, 36, "/format"),
                text("truncated", P,
                        "Malformed JSON: Unexpected end-of-input", 1, 119, "/horizon"),
                text("trailingDocument", P + "}\n{}",
                        "Unexpected content after the end of the document", 2, 1, ""),
                text("trailingGarbage", P + "} x",
                        "Unexpected content after the end of the document", 1, 121, ""),
                text("leadingZeros", P + ", \"goals\": [{\"id\": \"g\", \"horizon\": {\"start\": 02020, \"end\": 2025}}]}",
                        "Malformed JSON: Invalid numeric value: Leading zeroes not allowed", 1, 165, "/goals/0/horizon/start"),
                text("singleQuotes", "{'format': 'policy-indicators/1.0'}",
                        "Malformed JSON: Unexpected character", 1, 2, ""),
                text("comment", "// plan\n" + P + "}",
                        "Malformed JSON: Unexpected character ('/'", 1, 1, ""),
                text("trailingComma", P + ",}",
                        "Malformed JSON: Unexpected character ('}'", 1, 120, "/horizon"),
                text("duplicateField", P + ", \"id\": \"q\"}",
                        "Duplicate field 'id'", 1, 127, "/id"),
                text("duplicateLanguage", P + ", \"title\": {\"zh\": \"a\", \"zh\": \"b\"}}",
                        "Duplicate field 'zh'", 1, 148, "/title/zh"),
                text("notANumber", indicator("\"baselines\": [{\"year\": 2020, \"value\": NaN}]"),
                        "'NaN' is not a JSON number", 3, 42, "/goals/0/indicators/0/baselines/0/value"),
                text("infinity", indicator("\"baselines\": [{\"year\": 2020, \"value\": Infinity}]"),
                        "'Infinity' is not a JSON number", 3, 47, "/goals/0/indicators/0/baselines/0/value"),
                text("negativeInfinity", indicator("\"baselines\": [{\"year\": 2020, \"value\": -Infinity}]"),
                        "'-Infinity' is not a JSON number", 3, 48, "/goals/0/indicators/0/baselines/0/value"),
                text("stringForNumber", indicator("\"baselines\": [{\"year\": 2020, \"value\": \"486\"}]"),
                        "Expected a number for 'value' but found the string \"486\"", 3, 39, "/goals/0/indicators/0/baselines/0/value"),
                text("fractionForYear", indicator("\"baselines\": [{\"year\": 2020.5, \"value\": 486}]"),
                        "Expected a year (a JSON integer such as 2025) for 'year' but found the number 2020.5", 3, 24, "/goals/0/indicators/0/baselines/0/year"),
                text("exponentWithFractionForYear", indicator("\"baselines\": [{\"year\": 2.0205E3, \"value\": 486}]"),
                        "Expected a year (a JSON integer such as 2025) for 'year' but found the number 2.0205E3", 3, 24, "/goals/0/indicators/0/baselines/0/year"),
                text("stringForYear", indicator("\"baselines\": [{\"year\": \"2020\", \"value\": 486}]"),
                        "Expected a year (a JSON integer such as 2025) for 'year' but found the string \"2020\"", 3, 24, "/goals/0/indicators/0/baselines/0/year"),
                text("yearOutOfRange", indicator("\"baselines\": [{\"year\": 1000000000, \"value\": 486}]"),
                        "Year 1000000000 is out of range", 3, 24, "/goals/0/indicators/0/baselines/0/year"),
                text("numberForBoolean", indicator("\"targets\": [{\"type\": \"zero\", \"annual\": 1}]"),
                        "Expected true or false for 'annual' but found the integer 1", 3, 40, "/goals/0/indicators/0/targets/0/annual"),
                text("stringForBoolean", indicator("\"observations\": [{\"year\": 2023, \"value\": 1, \"status\": \"actual\", \"historical\": \"true\"}]"),
                        "Expected true or false for 'historical' but found the string \"true\"", 3, 79, "/goals/0/indicators/0/observations/0/historical"),
                text("integerOutOfRange", indicator("\"targets\": [{\"type\": \"rank\", \"comparator\": \"le\", \"rank\": 3000000000, \"rankKind\": \"position\"}]"),
                        "Integer 3000000000 for 'rank' is outside the range of a 32-bit integer", 3, 58, "/goals/0/indicators/0/targets/0/rank"),
                text("numberForString", P + ", \"adopted\": 20210301}",
                        "Expected a date (a string such as \"2021-03-01\") for 'adopted' but found the integer 20210301", 1, 132, "/adopted"),
                text("nullValue", P + ", \"visionHorizon\": null}",
                        "Expected a year range (a JSON object) for 'visionHorizon' but found null (leave the field out instead)", 1, 138, "/visionHorizon"),
                text("arrayForObject", P + ", \"visionHorizon\": [2021, 2035]}",
                        "Expected a year range (a JSON object) for 'visionHorizon' but found an array", 1, 138, "/visionHorizon"),
                text("objectForArray", P + ", \"goals\": {\"id\": \"g\"}}",
                        "Expected an array for 'goals' but found an object", 1, 130, "/goals"),
                text("unknownTargetType", indicator("\"targets\": [{\"type\": \"levels\", \"comparator\": \"ge\", \"value\": 1}]"),
                        "Invalid value for 'type': Unknown target type 'levels'; expected one of level, range", 3, 22, "/goals/0/indicators/0/targets/0/type"),
                text("classNameAsTargetType", indicator("\"targets\": [{\"type\": \"org.policyindicators.core.LevelTarget\"}]"),
                        "Unknown target type 'org.policyindicators.core.LevelTarget'", 3, 22, "/goals/0/indicators/0/targets/0/type"),
                text("unknownCode", "{\"format\": \"policy-indicators/1.0\", \"id\": \"p\", \"kind\": \"Plan\", \"issuer\": \"j\", \"horizon\": {\"start\": 2020, \"end\": 2025}}",
                        "Invalid value for 'kind': Invalid plan kind 'Plan': use lower-case letters", 1, 56, "/kind"),
                text("unknownField", P + ", \"colour\": \"red\"}",
                        "Unknown field 'colour' in a plan; the fields of a plan are: format, id, kind", 1, 131, "/colour"),
                text("unknownNestedField", P + ", \"goals\": [{\"id\": \"g\", \"colour\": {\"r\": 1}}]}",
                        "Unknown field 'colour' in a goal", 1, 153, "/goals/0/colour"),
                text("fieldOfAnotherTargetKind", indicator("\"targets\": [{\"type\": \"level\", \"comparator\": \"ge\", \"value\": 1, \"factor\": 2}]"),
                        "Unknown field 'factor' in a target of type 'level'", 3, 73, "/goals/0/indicators/0/targets/0/factor"),
                text("fieldOfAnotherKindBeforeType", indicator("\"targets\": [{\"factor\": 2, \"type\": \"level\", \"comparator\": \"ge\", \"value\": 1}]"),
                        "Unknown field 'factor' in a target of type 'level'", 3, 24, "/goals/0/indicators/0/targets/0/factor"),
                text("missingPlanId", "{\"format\": \"policy-indicators/1.0\", \"kind\": \"other\", \"issuer\": \"j\", \"horizon\": {\"start\": 2020, \"end\": 2025}}",
                        "Missing required field 'id' in a plan", 1, 108, ""),
                text("baselineWithoutValueOrState", indicator("\"baselines\": [{\"year\": 2020}]"),
                        "Invalid baseline: A value or a state is required", 3, 28, "/goals/0/indicators/0/baselines/0"),
                text("observationWithValueAndState", indicator("\"observations\": [{\"year\": 2020, \"status\": \"actual\", \"value\": 1, \"state\": {\"en\": \"adopted\"}}]"),
                        "Invalid observation: A value and a state cannot both be given", 3, 91, "/goals/0/indicators/0/observations/0"),
                text("datesWithoutEnd", indicator("\"observations\": [{\"year\": 2013, \"status\": \"actual\", \"value\": 1, \"dates\": {\"start\": \"2013-01-01\"}}]"),
                        "Missing required field 'end' in a date period", 3, 96, "/goals/0/indicators/0/observations/0/dates"),
                text("blankDimensionValue", indicator("\"targets\": [{\"type\": \"zero\", \"dimensions\": {\"sex\": \" \"}}]"),
                        "Invalid dimensions", 3, 55, "/goals/0/indicators/0/targets/0/dimensions"),
                text("substanceNotKebabCase", indicator("\"baselines\": [{\"year\": 2020, \"value\": 1, \"unit\": {\"code\": \"tonne\", \"substance\": \"CO2\"}}]"),
                        "Invalid unit: Invalid substance code 'CO2'", 3, 86, "/goals/0/indicators/0/baselines/0/unit"),
                text("missingTargetType", indicator("\"targets\": [{\"comparator\": \"ge\", \"value\": 1}]"),
                        "Missing required field 'type' in a target", 3, 44, "/goals/0/indicators/0/targets/0"),
                text("missingTargetComparator", indicator("\"targets\": [{\"type\": \"level\", \"value\": 1}]"),
                        "Missing required field 'comparator' in a target of type 'level'", 3, 41, "/goals/0/indicators/0/targets/0"),
                text("missingFormat", "{\"id\": \"p\", \"kind\": \"other\", \"issuer\": \"j\", \"horizon\": {\"start\": 2020, \"end\": 2025}}",
                        "Missing required field 'format' in a plan; a document starts with \"format\": \"policy-indicators/1.1\"", 1, 84, ""),
                text("unsupportedMajorVersion", "{\"format\": \"policy-indicators/2.0\", \"id\": \"p\", \"kind\": \"other\", \"issuer\": \"j\", \"horizon\": {\"start\": 2020, \"end\": 2025}}",
                        "Unsupported format \"policy-indicators/2.0\": this library reads policy-indicators/1.x documents", 1, 12, "/format"),
                text("malformedVersion", "{\"format\": \"policy-indicators/1\", \"id\": \"p\", \"kind\": \"other\", \"issuer\": \"j\", \"horizon\": {\"start\": 2020, \"end\": 2025}}",
                        "Unsupported format \"policy-indicators/1\"", 1, 12, "/format"),
                text("otherFormat", "{\"format\": \"geojson\", \"id\": \"p\"}",
                        "Unsupported format \"geojson\"", 1, 12, "/format"),
                text("rootNotObject", "[1, 2]",
                        "Expected a plan (a JSON object) but found an array", 1, 1, ""),
                text("blankId", "{\"format\": \"policy-indicators/1.0\", \"id\": \" \", \"kind\": \"other\", \"issuer\": \"j\", \"horizon\": {\"start\": 2020, \"end\": 2025}}",
                        "Invalid plan: id must not be blank", 1, 119, ""),
                text("badCategoryCode", P + ", \"goals\": [{\"id\": \"g\", \"category\": \"Economic Development\"}]}",
                        "Invalid value for 'category': Invalid category code 'Economic Development'", 1, 155, "/goals/0/category"),
                text("badLanguageTag", P + ", \"title\": {\"zh_CN\": \"规划\"}}",
                        "Invalid text: Invalid language tag 'zh_CN'", 1, 144, "/title"),
                text("unitWithNestedDenominator", indicator("\"baselines\": [{\"year\": 2020, \"value\": 1, \"unit\": {\"code\": \"a\", \"per\": {\"code\": \"b\", \"per\": {\"code\": \"c\"}}}}]"),
                        "Invalid unit: The denominator of a unit has no denominator", 3, 106, "/goals/0/indicators/0/baselines/0/unit"),
                text("unitScaleOutOfRange", indicator("\"baselines\": [{\"year\": 2020, \"value\": 1, \"unit\": {\"code\": \"cny\", \"scale\": 31}}]"),
                        "Invalid unit: Unit scale 31 is outside -30 to 30", 3, 77, "/goals/0/indicators/0/baselines/0/unit"),
                text("conversionNotPositive", P + ", \"units\": [{\"code\": \"mu\", \"dimension\": \"area\", \"conversion\": {\"unit\": \"square-metre\", \"numerator\": 0, \"denominator\": 1}}]}",
                        "Invalid conversion: Conversion factor 0/1 must be positive", 1, 238, "/units/0/conversion"),
                text("invalidDate", P + ", \"adopted\": \"2021-02-30\"}",
                        "Invalid date \"2021-02-30\" for 'adopted'", 1, 132, "/adopted"),
                text("unpairedSurrogateEscape", P + ", \"title\": {\"zh\": \"\\ud800\"}}",
                        "The string for 'zh' holds an unpaired surrogate U+D800 at index 0", 1, 137, "/title/zh"),
                text("numberBeyondDecimal", indicator("\"baselines\": [{\"year\": 2020, \"value\": 1e99999999999}]"),
                        "The number 1e99999999999 for 'value' is outside the range of an exact decimal", 3, 39, "/goals/0/indicators/0/baselines/0/value"),
                bytes("byteOrderMark", concat("", new int[] {0xEF, 0xBB, 0xBF}, P + "}"),
                        "byte-order mark (U+FEFF)", 1, 1, ""),
                bytes("invalidUtf8", concat(P + ", \"title\": {\"zh\": \"", new int[] {0xC3, 0x28}, "\"}}"),
                        "The input is not valid UTF-8: invalid UTF-8 (0xC3) at byte offset", 1, 138, "/title/zh"),
                bytes("overlongUtf8", concat(P + ", \"title\": {\"zh\": \"", new int[] {0xC0, 0xAF}, "\"}}"),
                        "The input is not valid UTF-8: invalid UTF-8 (0xC0)", 1, 138, "/title/zh"),
                bytes("encodedSurrogate", concat(P + ", \"title\": {\"zh\": \"", new int[] {0xED, 0xA0, 0x80}, "\"}}"),
                        "The input is not valid UTF-8", 1, 138, "/title/zh"),
                bytes("latin1Byte", concat("{\"format\": \"policy-indicators/1.0\", \"id\": \"caf", new int[] {0xE9},
                        "\"}"), "The input is not valid UTF-8", 1, 47, "/id"),
                bytes("truncatedUtf8", concat(P + "} ", new int[] {0xE4, 0xB8}, ""),
                        "incomplete UTF-8 sequence at the end of the input", 1, 121, ""),
                jurisdictions("jurisdictionsMissingList", "{\"format\": \"policy-indicators/1.0\"}",
                        "Missing required field 'jurisdictions' in a jurisdiction list", 1, 35, ""),
                jurisdictions("jurisdictionMissingLevel",
                        "{\"format\": \"policy-indicators/1.0\", \"jurisdictions\": [\n{\"id\": \"cn\"}]}",
                        "Missing required field 'level' in a jurisdiction", 2, 12, "/jurisdictions/0"),
                jurisdictions("jurisdictionsWrongVersion", "{\"format\": \"policy-indicators/0.9\", \"jurisdictions\": []}",
                        "Unsupported format \"policy-indicators/0.9\"", 1, 12, "/format"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void read_rejectsBadInput_withMessageLineColumnAndPointer(Case bad) {
        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> read(bad));

        assertThat(e).as("error for %s", bad.name()).isNotNull();
        assertThat(e.problem()).contains(bad.fragment());
        assertThat(e.pointer()).isEqualTo(bad.pointer());
        assertThat(e.line()).isEqualTo(bad.line());
        assertThat(e.column()).isEqualTo(bad.column());
        assertThat(e.getMessage()).startsWith(e.problem()).contains("line " + bad.line() + ", column " + bad.column());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void read_rejectsBadInput_withoutNamingTheLibrarysInsides(Case bad) {
        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> read(bad));

        assertThat(e).as("error for %s", bad.name()).isNotNull();
        Messages.assertNamesNoInternals(e.getMessage());
    }

    /** The bad plans that are well-formed UTF-8, so that they can be read as characters too. */
    static Stream<Case> badTexts() {
        return badInputs().filter(bad -> !bad.jurisdictions() && Arrays.equals(
                new String(bad.input(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8), bad.input()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTexts")
    void read_fromCharacters_reportsTheSameError(Case bad) {
        String text = new String(bad.input(), StandardCharsets.UTF_8);
        PolicyJsonException fromBytes = catchThrowableOfType(PolicyJsonException.class, () -> read(bad));
        PolicyJsonException fromText = catchThrowableOfType(PolicyJsonException.class, () -> JSON.readPlan(text));

        assertThat(fromText.getMessage()).isEqualTo(fromBytes.getMessage());
    }

    private static Object read(Case bad) {
        ByteArrayInputStream in = new ByteArrayInputStream(bad.input());
        return bad.jurisdictions() ? JSON.readJurisdictions(in) : JSON.readPlan(in);
    }
}
