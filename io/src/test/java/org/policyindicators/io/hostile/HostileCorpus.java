package org.policyindicators.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.policyindicators.core.Baseline;
import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.ReaderOption;
import org.policyindicators.io.hostile.HostileCase.Accepted;
import org.policyindicators.io.hostile.HostileCase.Rejected;
import org.policyindicators.io.hostile.HostileCase.Span;

/**
 * The hostile documents and their expected outcomes. Small documents are edits of
 * {@code base-plan.json}, a plan that reads and touches every record of the model; large ones
 * are generated as streams when a test opens them and are never held in memory.
 */
final class HostileCorpus {

    /** The strict reader with the default limits. */
    static final PolicyJson STRICT = PolicyJson.standard();

    /** A reader that skips unknown fields, so that a hostile value can hide in one. */
    static final PolicyJson LENIENT = PolicyJson.builder()
            .enable(ReaderOption.ALLOW_UNKNOWN_FIELDS)
            .onSkippedField(skipped -> { })
            .build();

    /** The document every small case is an edit of. */
    static final String BASE = resource("base-plan.json");

    private static final String HEAD = "{\"format\": \"policy-indicators/1.0\", \"id\": \"p\", \"kind\": \"vision\","
            + " \"issuer\": \"cn\", \"horizon\": {\"start\": 2021, \"end\": 2025}";
    /** The largest buffer segment of the parser's text buffer, in characters. */
    private static final int SEGMENT = 65_536;
    private static final String BASELINE_PATH = "/goals/0/indicators/0/baselines/0";
    private static final String TARGET_PATH = "/goals/0/indicators/0/targets/0";

    private final List<HostileCase> cases = new ArrayList<>();

    private HostileCorpus() {
    }

    /**
     * Returns every case.
     *
     * @return the cases, not null
     */
    static List<HostileCase> cases() {
        HostileCorpus corpus = new HostileCorpus();
        corpus.duplicateKeys();
        corpus.wrongTypes();
        corpus.malformedJson();
        corpus.encodings();
        corpus.numbers();
        corpus.limits();
        corpus.modelRules();
        return List.copyOf(corpus.cases);
    }

    // ---- duplicate keys at every level

    private void duplicateKeys() {
        String baseline = BASELINE_PATH;
        String target = TARGET_PATH;
        duplicate("root", "\"id\": \"cn-140109-fyp-14\",", " \"id\": \"again\",", "/id");
        duplicate("year range", "\"horizon\": {\"start\": 2021,", " \"start\": 2020,", "/horizon/start");
        duplicate("text", "\"title\": {\"zh\": \"万柏林区国民经济和社会发展第十四个五年规划纲要\",", " \"zh\": \"again\",", "/title/zh");
        duplicate("source document", "[{\"id\": \"003\",", " \"id\": \"004\",", "/sources/0/id");
        duplicate("base unit", "\"dimension\": \"count\",", " \"dimension\": \"area\",", "/units/0/dimension");
        duplicate("conversion", "\"numerator\": 1,", " \"numerator\": 2,", "/units/0/conversion/numerator");
        duplicate("goal", "    \"category\": \"innovation\",", " \"category\": \"security\",", "/goals/0/category");
        duplicate("goal reference", "\"goal\": \"innovation\"", ", \"goal\": \"again\"", "/goals/0/alignsWith/0/goal");
        duplicate("indicator", "      \"polarity\": \"higher-is-better\",", " \"polarity\": \"neutral\",",
                "/goals/0/indicators/0/polarity");
        duplicate("unit", "\"unit\": {\"code\": \"household\"", ", \"code\": \"cny\"",
                "/goals/0/indicators/0/unit/code");
        duplicate("baseline", "[{\"year\": 2020,", " \"year\": 2019,", baseline + "/year");
        duplicate("target type", "{\"type\": \"level\",", " \"type\": \"zero\",", target + "/type");
        duplicate("target value", "\"value\": 227,", " \"value\": 228,", target + "/value");
        duplicate("indicator reference", "{\"indicator\": \"gdp\"", ", \"indicator\": \"again\"",
                "/goals/0/indicators/0/targets/1/reference/indicator");
        duplicate("observation", "\"status\": \"actual\",", " \"status\": \"estimated\",",
                "/goals/0/indicators/0/observations/0/status");
        duplicate("provenance", "\"document\": \"003\",", " \"document\": \"004\",",
                "/goals/0/indicators/0/provenance/0/document");
    }

    /** Repeats a key right after its first occurrence. */
    private void duplicate(String where, String first, String second, String pointer) {
        String key = pointer.substring(pointer.lastIndexOf('/') + 1);
        edit("duplicate key in " + where, first, first + second, second.replaceFirst("^[ ,]+", ""),
                "Duplicate field '" + key + "'", pointer);
    }

    // ---- every kind of wrong type

    private void wrongTypes() {
        String year = "[{\"year\": 2020,";
        String baseline = BASELINE_PATH;
        value("year as a string", year, "\"2020\"", "Expected a year", baseline + "/year");
        value("year with a fraction", year, "2020.5", "Expected a year", baseline + "/year");
        value("year beyond 32 bits", year, "99999999999", "out of range", baseline + "/year");
        value("year beyond java.time", year, "1000000000", "out of range", baseline + "/year");
        String value = "\"value\": 166}";
        value("value as a string", value, "\"166\"", "Expected a number", baseline + "/value");
        value("value as true", value, "true", "Expected a number", baseline + "/value");
        value("value as null", value, "null", "found null (leave the field out instead)", baseline + "/value");
        value("value as an object", value, "{\"amount\": 166}", "Expected a number", baseline + "/value");
        value("identifier as a number", "\"id\": \"cn-140109-fyp-14\",", "140109", "Expected a string", "/id");
        value("text as an array", "\"title\": {\"zh\": \"万柏林区国民经济和社会发展第十四个五年规划纲要\", \"en\": \"Wanbailin 14th"
                + " Five-Year Plan\"},", "[\"万柏林区\"]", "Expected a text", "/title");
        value("text value as a number", "\"name\": {\"zh\": \"高新技术企业\",", "{\"zh\": 1", "Expected a string",
                "/goals/0/indicators/0/name/zh");
        value("list as an object", "\"sources\": [{\"id\": \"003\", \"title\": {\"zh\": \"纲要\"}, \"date\":"
                + " \"2021-03-01\"}],", "{\"id\": \"003\"}", "Expected an array for 'sources'", "/sources");
        value("list element as a string", "\"alignsWith\": [{\"plan\": \"cn-140100-vision-2035\", \"goal\":"
                + " \"innovation\"}],", "[\"cn-140100-vision-2035\"]", "Expected a goal reference",
                "/goals/0/alignsWith/0");
        value("unit as a string", "\"unit\": {\"code\": \"household\"},", "\"household\"", "Expected a unit",
                "/goals/0/indicators/0/unit");
        value("flag as a string", "\"annual\": true}", "\"true\"", "Expected true or false",
                "/goals/0/indicators/1/targets/0/annual");
        value("flag as a number", "\"annual\": true}", "1", "Expected true or false",
                "/goals/0/indicators/1/targets/0/annual");
        value("date as a number", "\"adopted\": \"2021-03-01\",", "20210301", "Expected a date", "/adopted");
        value("impossible date", "\"adopted\": \"2021-03-01\",", "\"2021-02-30\"", "2021-02-30", "/adopted");
        value("enum code in Java style", "\"kind\": \"five-year-plan\",", "\"FIVE_YEAR_PLAN\"",
                "Invalid plan kind 'FIVE_YEAR_PLAN': use lower-case letters",
                "/kind");
        value("unknown target type", "{\"type\": \"level\",", "\"percentile\"", "'percentile'; expected one of level",
                TARGET_PATH + "/type");
        value("class name as target type", "{\"type\": \"level\",", "\"LevelTarget\"", "'LevelTarget'; expected one of level",
                TARGET_PATH + "/type");
        value("unsupported format version", "\"format\": \"policy-indicators/1.0\",", "\"policy-indicators/2.0\"",
                "Unsupported format \"policy-indicators/2.0\"", "/format");
        value("unit scale out of range", "\"unit\": {\"code\": \"cny\", \"scale\": 8},",
                "{\"code\": \"cny\", \"scale\": 31}", "Unit scale 31 is outside -30 to 30", "/goals/0/indicators/1/unit");
        edit("unknown field", "\"issuer\": \"cn-140109\",", "\"colour\": \"red\", \"issuer\": \"cn-140109\",",
                "\"colour\": \"red\"", "Unknown field 'colour' in a plan", "/colour");
        String noStatus = replaceOnce(BASE, ", \"status\": \"actual\"", "");
        int end = noStatus.indexOf("}", noStatus.indexOf("\"value\": 473"));
        rejected("missing required field", noStatus, "Missing required field 'status' in an observation", "/goals/0/indicators/0/observations/0", Span.of(noStatus, end, 1));
        rejected("root is an array", "[" + BASE + "]", "Expected a plan", "", Span.at(1, 1));
        rejected("root is a string", "\"plan\"", "Expected a plan", "", Span.at(1, 1));
        rejected("root is null", "null", "Expected a plan", "", Span.at(1, 1));
    }

    /**
     * Replaces a value: the fragment is a key, a colon and a space, the value and optionally a
     * comma or closing brace after it.
     */
    private void value(String what, String fragment, String replacement, String problem, String pointer) {
        int start = fragment.indexOf(": ") + 2;
        int end = fragment.endsWith(",") || fragment.endsWith("}") ? fragment.length() - 1 : fragment.length();
        String edited = fragment.substring(0, start) + replacement + fragment.substring(end);
        edit(what, fragment, edited, replacement, problem, pointer);
    }

    // ---- malformed JSON

    private void malformedJson() {
        syntax("NaN", "166", "NaN", "NaN");
        syntax("Infinity", "166", "Infinity", "Infinity");
        syntax("minus infinity", "166", "-Infinity", "Infinity");
        syntax("leading zero", "166", "0166", "Malformed JSON");
        syntax("plus sign", "166", "+166", "Malformed JSON");
        syntax("fraction without integer part", "166", ".5", "Malformed JSON");
        syntax("point without fraction", "166", "166.", "Malformed JSON");
        syntax("hexadecimal number", "166", "0x10", "Malformed JSON");
        syntax("single quotes", "166", "'166'", "Malformed JSON");
        String trailingComma = replaceOnce(BASE, "\"value\": 166}", "\"value\": 166,}");
        rejected("trailing comma in an object", trailingComma, "Malformed JSON", BASELINE_PATH + "/value",
                Span.of(trailingComma, trailingComma.indexOf("166,}") + 4, 1));
        String comment = replaceOnce(BASE, "\"value\": 166}", "\"value\": 166 /* 166 */}");
        rejected("comment", comment, "Malformed JSON", BASELINE_PATH + "/value",
                Span.of(comment, comment.indexOf("/*"), 2));
        String unquoted = replaceOnce(BASE, "\"value\": 166}", "value: 166}");
        rejected("unquoted key", unquoted, "Malformed JSON", BASELINE_PATH + "/year",
                Span.of(unquoted, unquoted.indexOf("value: 166"), 1));
        String trailing = BASE + "{}";
        rejected("content after the root", trailing, "after the end of the document", "",
                Span.of(trailing, BASE.length(), 1));
        rejected("empty document", "", "empty", "", Span.at(1, 1));
        rejected("white space only", " \n\t\n ", "empty", "", new Span(3, 1, 2));
        String tab = replaceOnce(BASE, "\"quote\": \"到2025 年底", "\"quote\": \"到2025\t年底");
        rejected("raw tab in a string", tab, "Malformed JSON", "/goals/0/indicators/0/provenance/0/quote",
                Span.of(tab, tab.indexOf('\t'), 1));
        String bad = replaceOnce(BASE, "\"quote\": \"到2025 年底", "\"quote\": \"到2025\\x41年底");
        rejected("invalid escape", bad, "Malformed JSON", "/goals/0/indicators/0/provenance/0/quote",
                Span.of(bad, bad.indexOf("\\x41"), 2));
        String shortEscape = replaceOnce(BASE, "\"quote\": \"到2025 年底", "\"quote\": \"到2025\\u12 年底");
        rejected("short unicode escape", shortEscape, "Malformed JSON", "/goals/0/indicators/0/provenance/0/quote",
                Span.of(shortEscape, shortEscape.indexOf("\\u12"), 5));
    }

    private void syntax(String what, String original, String replacement, String problem) {
        String doc = replaceOnce(BASE, "\"value\": " + original + "}", "\"value\": " + replacement + "}");
        int start = doc.indexOf("\"value\": " + replacement) + "\"value\": ".length();
        rejected(what + " as a value", doc, problem, BASELINE_PATH + "/value", Span.of(doc, start,
                replacement.length()));
    }

    // ---- encodings: invalid UTF-8, surrogates, byte-order marks, NUL

    private void encodings() {
        String before = BASE.substring(0, BASE.indexOf("高新技术企业\", \"en\""));
        String after = BASE.substring(before.length());
        invalidUtf8("lone continuation byte", before, new byte[] {(byte) 0x80}, after);
        invalidUtf8("truncated two-byte sequence", before, new byte[] {(byte) 0xC3, 0x28}, after);
        invalidUtf8("overlong encoding of a slash", before, new byte[] {(byte) 0xC0, (byte) 0xAF}, after);
        invalidUtf8("byte 0xFF", before, new byte[] {(byte) 0xFF}, after);
        invalidUtf8("surrogate encoded as bytes (CESU-8)", before, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                after);
        invalidUtf8("code point beyond U+10FFFF", before,
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, after);
        String cut = BASE.substring(0, BASE.length() - 3);
        cases.add(new HostileCase("multi-byte sequence cut by the end of input", GeneratedInput.of().text(cut)
                .bytes((byte) 0xE4, (byte) 0xB8), STRICT,
                new Rejected("UTF-8", new Span(Truncations.lineAt(cut), Truncations.columnAt(cut),
                        Truncations.columnAt(cut) + 1), "/goals")));

        surrogate("unpaired high surrogate escape", "\\ud800");
        surrogate("unpaired low surrogate escape", "\\udc00");
        surrogate("surrogates in the wrong order", "\\udc00\\ud800");
        surrogate("high surrogate before a letter", "\\ud800A");
        String pair = replaceOnce(BASE, "\"name\": {\"zh\": \"高新技术企业\"", "\"name\": {\"zh\": \"\\ud83c\\udf0f高新技术企业\"");
        accepted("escaped surrogate pair", pair, plan -> assertThat(plan.findIndicator("high-tech-enterprises")
                .orElseThrow().name().best("zh")).isEqualTo("\ud83c\udf0f高新技术企业"));

        cases.add(new HostileCase("byte-order mark", GeneratedInput.of().bytes((byte) 0xEF, (byte) 0xBB, (byte) 0xBF)
                .text(BASE), STRICT, new Rejected("byte-order mark", new Span(1, 1, 2), "")));
        byte[] utf16 = ("\ufeff" + BASE).getBytes(StandardCharsets.UTF_16LE);
        cases.add(new HostileCase("UTF-16LE with byte-order mark", GeneratedInput.of().bytes(utf16), STRICT,
                new Rejected("not valid UTF-8: invalid UTF-8 (0xFF) at byte offset 0", new Span(1, 1, 2), "")));
        String bomInside = replaceOnce(BASE, "\"name\": {\"zh\": \"高新技术企业\"", "\"name\": {\"zh\": \"\ufeff高新技术企业\"");
        accepted("byte-order mark inside a string", bomInside, plan -> assertThat(plan
                .findIndicator("high-tech-enterprises").orElseThrow().name().best("zh")).startsWith("\ufeff"));

        String nulInString = replaceOnce(BASE, "\"quote\": \"到2025 年底", "\"quote\": \"到2025\u0000年底");
        rejected("NUL byte inside a string", nulInString, "Illegal unquoted character ((CTRL-CHAR, code 0))",
                "/goals/0/indicators/0/provenance/0/quote", Span.of(nulInString, nulInString.indexOf('\u0000'), 1));
        String nulBetween = replaceOnce(BASE, "\"value\": 166}", "\"value\": 166\u0000}");
        rejected("NUL byte between tokens", nulBetween, "Illegal character ((CTRL-CHAR, code 0))", BASELINE_PATH + "/value",
                Span.of(nulBetween, nulBetween.indexOf('\u0000'), 1));
        String nulEscaped = replaceOnce(BASE, "\"quote\": \"到2025 年底", "\"quote\": \"到2025\\u0000年底");
        accepted("escaped NUL inside a string", nulEscaped, plan -> assertThat(plan
                .findIndicator("high-tech-enterprises").orElseThrow().provenance().get(0).quote())
                .contains("2025\u0000年底"));
    }

    private void invalidUtf8(String what, String before, byte[] bad, String after) {
        cases.add(new HostileCase("invalid UTF-8: " + what, GeneratedInput.of().text(before).bytes(bad).text(after),
                STRICT, new Rejected("The input is not valid UTF-8", new Span(Truncations.lineAt(before), Truncations.columnAt(before),
                        Truncations.columnAt(before) + 1), "/goals/0/indicators/0/name/zh")));
    }

    private void surrogate(String what, String escape) {
        String doc = replaceOnce(BASE, "\"name\": {\"zh\": \"高新技术企业\"", "\"name\": {\"zh\": \"高新" + escape + "技术企业\"");
        int start = doc.indexOf("\"高新" + escape);
        rejected(what, doc, "unpaired surrogate", "/goals/0/indicators/0/name/zh",
                Span.of(doc, start, escape.length() + 8));
    }

    // ---- numbers

    private void numbers() {
        accepted("minus zero and zero with a negative exponent read exactly", baselines("-0", "0E-10", "-0.0", "4.0"),
                plan -> assertThat(values(plan)).extracting(BigDecimal::toString)
                        .containsExactly("0", "0E-10", "0.0", "4.0"));
        accepted("exponent of a billion reads exactly", baselines("1e999999999", "-1E+999999999", "1e-999999999"),
                plan -> assertThat(values(plan)).extracting(BigDecimal::scale)
                        .containsExactly(-999_999_999, -999_999_999, 999_999_999));
        accepted("longest number the limit allows", baselines("1" + "0".repeat(PolicyJson.DEFAULT_MAX_NUMBER_LENGTH - 1)),
                plan -> assertThat(values(plan).get(0).precision()).isEqualTo(PolicyJson.DEFAULT_MAX_NUMBER_LENGTH));
        String overflow = baselines("1e2147483648");
        rejected("exponent beyond 32 bits", overflow, "outside the range", BASELINE_PATH + "/value",
                Span.of(overflow, overflow.indexOf("1e2147483648"), 12));
        String oneTooLong = baselines("1" + "0".repeat(PolicyJson.DEFAULT_MAX_NUMBER_LENGTH));
        rejected("number one digit longer than the limit", oneTooLong, "longer than the limit",
                BASELINE_PATH + "/value", Span.of(oneTooLong, oneTooLong.indexOf("10000"),
                        PolicyJson.DEFAULT_MAX_NUMBER_LENGTH + 1));
        String head = HEAD + ", \"goals\": [{\"id\": \"g\", \"indicators\": [{\"id\": \"i\", \"unit\": {\"code\": \"cny\"},"
                + " \"polarity\": \"neutral\", \"baselines\": [{\"year\": 2020, \"value\": ";
        cases.add(new HostileCase("number with a million digits", GeneratedInput.of().text(head + "1")
                .repeat("7", 1_000_000).text("}]}]}]}"), STRICT, new Rejected("longer than the limit",
                        new Span(1, head.length() + 1, head.length() + 1_000_002), BASELINE_PATH + "/value")));
    }

    /** Returns a document with one indicator whose baselines have the given values. */
    private static String baselines(String... values) {
        StringBuilder doc = new StringBuilder(HEAD).append(", \"goals\": [{\"id\": \"g\", \"indicators\": [{\"id\": \"i\","
                + " \"unit\": {\"code\": \"cny\"}, \"polarity\": \"neutral\", \"baselines\": [");
        for (int i = 0; i < values.length; i++) {
            doc.append(i == 0 ? "" : ", ").append("{\"year\": ").append(2000 + i).append(", \"value\": ")
                    .append(values[i]).append('}');
        }
        return doc.append("]}]}]}").toString();
    }

    private static List<BigDecimal> values(Plan plan) {
        return plan.allIndicators().flatMap(i -> i.baselines().stream()).map(Baseline::value).toList();
    }

    // ---- limits: nesting, string, name and document size

    private void limits() {
        int depth = PolicyJson.DEFAULT_MAX_NESTING_DEPTH;
        cases.add(new HostileCase("arrays nested 100,000 deep as the root", GeneratedInput.of().repeat("[", 100_000),
                STRICT, new Rejected("Expected a plan", Span.at(1, 1), "")));
        String field = HEAD + ", \"extra\": ";
        cases.add(new HostileCase("arrays nested 100,000 deep in a skipped field", GeneratedInput.of().text(field)
                .repeat("[", 100_000), LENIENT, new Rejected("nested deeper than the limit of " + depth,
                        new Span(1, field.length() + depth - 1, field.length() + depth + 1),
                        "/extra" + "/0".repeat(depth - 1))));
        cases.add(new HostileCase("objects nested 100,000 deep in a skipped field", GeneratedInput.of().text(field)
                .repeat("{\"a\": ", 100_000), LENIENT, new Rejected("nested deeper than the limit of " + depth,
                        new Span(1, field.length() + 6L * (depth - 1) + 1, field.length() + 6L * depth),
                        "/extra" + "/a".repeat(depth - 1))));
        String goals = "{\"format\": \"policy-indicators/1.0\", \"id\": \"p\", \"kind\": \"vision\", \"issuer\": \"cn\","
                + " \"horizon\": {\"start\": 2021, \"end\": 2025}, ";
        cases.add(new HostileCase("goal tree 100,000 deep", GeneratedInput.of().text(goals)
                .repeat("\"goals\": [{\"id\": \"g\", ", 100_000), STRICT,
                new Rejected("nested deeper than the limit of " + depth, new Span(1, 1, Long.MAX_VALUE),
                        "/goals/0".repeat(depth / 2))));

        // the parser notices a long string within one buffer segment (at most 64K characters) of the limit
        long strings = PolicyJson.DEFAULT_MAX_STRING_LENGTH;
        String id = "{\"format\": \"policy-indicators/1.0\", \"id\": \"";
        cases.add(new HostileCase("string of 50 MB", GeneratedInput.of().text(id).repeat("x", 50_000_000)
                .text("\"}"), STRICT, new Rejected("A string is longer than the limit of " + strings,
                        new Span(1, id.length() + strings, id.length() + strings + SEGMENT + 1), "/id")));
        String name = "{\"format\": \"policy-indicators/1.0\", \"";
        cases.add(new HostileCase("field name of 50 MB", GeneratedInput.of().text(name).repeat("k", 50_000_000)
                .text("\": 1}"), LENIENT, new Rejected("A field name is longer than the limit of " + strings,
                        new Span(1, name.length() + strings, name.length() + strings + SEGMENT + 1), "")));
        long documentLimit = PolicyJson.DEFAULT_MAX_DOCUMENT_SIZE;
        String sources = HEAD + ", \"sources\": [";
        String source = "{\"id\": \"s\", \"title\": {\"zh\": \"来源文件\", \"en\": \"source document\"}},\n";
        long prefixBytes = sources.getBytes(StandardCharsets.UTF_8).length;
        long sourceBytes = source.getBytes(StandardCharsets.UTF_8).length;
        // the line that holds the first byte beyond the limit; the reader notices within a few buffers of it
        long lineBeyond = (documentLimit + 1 - prefixBytes + sourceBytes - 1) / sourceBytes;
        long buffers = 4 * 8192 / sourceBytes + 1;
        cases.add(new HostileCase("document of 100 MB of valid structure", GeneratedInput.of().text(sources)
                .repeat(source, 100_000_000L / sourceBytes).text("{\"id\": \"last\"}]}"), STRICT,
                new Rejected("larger than the limit of " + documentLimit + " bytes",
                        new Span(lineBeyond - buffers, lineBeyond, 1, source.length() + 1),
                        Pattern.compile("/sources/[0-9]+(/.*)?"))));
    }

    // ---- rules of the model and of the validator

    private void modelRules() {
        String blankId = replaceOnce(BASE, "\"id\": \"innovation\"", "\"id\": \" \\t \"");
        // the error of an object as a whole is at its closing brace
        rejected("blank identifier", blankId, "id must not be blank", "/goals/0", Span.of(blankId, blankId.lastIndexOf("\n  }]") + 3, 1));

        // a goal of level k is an object at depth 2k + 1 and its horizon at 2k + 2
        int depth = PolicyJson.DEFAULT_MAX_NESTING_DEPTH;
        int deepest = (depth - 2) / 2;
        accepted("goal tree as deep as the nesting limit allows", goalTree(deepest).toString(),
                plan -> assertThat(plan.allGoals().count()).isEqualTo(deepest), deepest, "inverted-horizon");
        StringBuilder beyond = goalTree(deepest + 1);
        String levelBeyond = "\"goals\": [{\"id\": \"g" + (deepest + 1) + "\"";
        int at = beyond.indexOf(levelBeyond) + "\"goals\": [".length();
        rejected("goal tree one level deeper than the nesting limit allows", beyond.toString(),
                "nested deeper than the limit of " + depth, "/goals/0".repeat(deepest + 1), Span.of(beyond.toString(),
                        at, levelBeyond.length()));

        // the deepest values of a plan lie 6 levels below their goal: the per of a baseline's unit
        int deepestWithIndicators = (depth - 7) / 2;
        accepted("plan with indicators as deep as the nesting limit allows",
                goalTreeWithIndicator(deepestWithIndicators),
                plan -> assertThat(plan.allIndicators().findFirst().orElseThrow().baselines().get(0).unit())
                        .hasToString("sheet/person*1e3"));
        String oneTooDeep = goalTreeWithIndicator(deepestWithIndicators + 1);
        int per = oneTooDeep.indexOf("{\"code\": \"person\"");
        rejected("plan with indicators one level deeper than the nesting limit allows", oneTooDeep,
                "nested deeper than the limit of " + depth, "/goals/0".repeat(deepestWithIndicators + 1)
                        + "/indicators/0/baselines/0/unit/per", Span.of(oneTooDeep, per, 2));

        accepted("indicators whose components form cycles", indicators(3, i -> List.of("i" + (i == 2 ? 2 : 1 - i)), ""),
                plan -> assertThat(plan.allIndicators().count()).isEqualTo(3), 2, "reference-cycle");
        int many = 10_000;
        accepted("components forming one cycle through 10,000 indicators",
                indicators(many, i -> List.of("i" + (i + 1) % many), ""),
                plan -> assertThat(plan.allIndicators().count()).isEqualTo(many), 1, "reference-cycle");
        accepted("10,000 findings in one document", indicators(many, i -> List.of(),
                ", \"targets\": [{\"type\": \"range\", \"min\": 5, \"max\": 1, \"year\": 2025}]"),
                plan -> assertThat(plan.allIndicators().count()).isEqualTo(many), many, "inverted-range");
        String same = indicators(many, i -> List.of(), "").replaceAll("\"id\": \"i[0-9]+\"", "\"id\": \"same\"");
        accepted("10,000 indicators with the same identifier", same,
                plan -> assertThat(plan.allIndicators().map(i -> i.id()).distinct()).containsExactly("same"), many - 1,
                "duplicate-id");
    }

    /** Returns a plan whose goals nest to the given level, each with an inverted horizon. */
    private static StringBuilder goalTree(int levels) {
        StringBuilder doc = new StringBuilder(HEAD);
        for (int level = 1; level <= levels; level++) {
            doc.append(", \"goals\": [{\"id\": \"g").append(level)
                    .append("\", \"horizon\": {\"start\": 2025, \"end\": 2021}");
        }
        doc.append("}]".repeat(levels)).append('}');
        return doc;
    }

    /** Returns a plan whose goals nest to the given level, the deepest with an indicator in a rate unit. */
    private static String goalTreeWithIndicator(int levels) {
        StringBuilder doc = new StringBuilder(HEAD);
        for (int level = 1; level <= levels; level++) {
            doc.append(", \"goals\": [{\"id\": \"g").append(level).append('"');
        }
        doc.append(", \"indicators\": [{\"id\": \"beds\", \"unit\": {\"code\": \"sheet\"}, \"polarity\":"
                + " \"higher-is-better\", \"baselines\": [{\"year\": 2020, \"value\": 6.5, \"unit\": {\"code\":"
                + " \"sheet\", \"per\": {\"code\": \"person\", \"scale\": 3}}}]}]");
        doc.append("}]".repeat(levels)).append('}');
        return doc.toString();
    }

    /** Returns a plan with one goal of indicators i0, i1, ... with the given components and fields. */
    private static String indicators(int count, java.util.function.IntFunction<List<String>> components,
            String fields) {
        StringBuilder doc = new StringBuilder(HEAD).append(", \"goals\": [{\"id\": \"g\", \"indicators\": [\n");
        for (int i = 0; i < count; i++) {
            doc.append(i == 0 ? "" : ",\n").append("{\"id\": \"i").append(i)
                    .append("\", \"unit\": {\"code\": \"item\"}, \"polarity\": \"neutral\"");
            List<String> parts = components.apply(i);
            if (!parts.isEmpty()) {
                doc.append(", \"components\": [\"").append(String.join("\", \"", parts)).append("\"]");
            }
            doc.append(fields).append('}');
        }
        return doc.append("]}]}").toString();
    }

    // ---- helpers

    /**
     * Replaces the first occurrence of a fragment of the base document; the expected position is
     * the first occurrence of a token in the replacement.
     */
    private void edit(String name, String find, String replacement, String token, String problem, String pointer) {
        String doc = replaceOnce(BASE, find, replacement);
        int start = BASE.indexOf(find) + replacement.indexOf(token);
        if (replacement.indexOf(token) < 0) {
            throw new IllegalArgumentException("No '" + token + "' in '" + replacement + "'");
        }
        rejected(name, doc, problem, pointer, Span.of(doc, start, token.length()));
    }

    private void rejected(String name, String doc, String problem, String pointer, Span at) {
        cases.add(new HostileCase(name, GeneratedInput.of().text(doc), STRICT, new Rejected(problem, at, pointer)));
    }

    private void accepted(String name, String doc, Consumer<Plan> check, String... codes) {
        accepted(name, doc, check, -1, codes);
    }

    /** Expects a plan whose report holds the codes, the first of them the given number of times. */
    private void accepted(String name, String doc, Consumer<Plan> check, int count, String... codes) {
        cases.add(new HostileCase(name, GeneratedInput.of().text(doc), STRICT,
                new Accepted(check, Arrays.asList(codes), count)));
    }

    static String replaceOnce(String text, String find, String replacement) {
        int at = text.indexOf(find);
        if (at < 0) {
            throw new IllegalArgumentException("No '" + find + "' in the document");
        }
        return text.substring(0, at) + replacement + text.substring(at + find.length());
    }

    static String resource(String name) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
