package org.policyindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every number encoded in the bundled plans, Taiyuan's and the other frameworks' (a value, factor, bound, rank or grade of a
 * baseline, target or observation) is stated by the wording it was taken from: the indicator's
 * provenance quotes and the element's own text. A number counts as stated when the wording holds
 * it
 *
 * <ul>
 *   <li>as digits, full-width or not, with grouping commas, with or without a multiplier
 *       (万 = 10⁴, 亿 = 10⁸, 百亿, 千亿, 万亿), compared in the element's unit and its scale
 *       ({@code 486} in {@code cny*1e8} is "486亿元"; {@code 1.15} in {@code mu*1e4} is "1.15万亩");
 *   <li>as a Chinese numeral (一 … 十, 两, 百, 千, 万, 亿 and their combinations: 七纵六横 holds 7 and
 *       6, 第二条 holds 2, 三大商圈 holds 3), a Roman numeral (Ⅲ类 is 3) or a share in tenths (八成
 *       is 80 %);
 *   <li>through a small table of words: a doubling (翻一番, 倍增) is a factor of 2, a quadrupling
 *       (翻两番) 4; coverage of all (全覆盖, 全域, 全面, 全部, 所有…均, 应保尽保: everyone entitled is
 *       covered) is 100 %; removal (消除, 清零, 杜绝, 零…, 全面退出: all have left) is 0; the front
 *       group (前列) and first
 *       place are 1; a decrease (下降, 降低, 减少) states the negative of its numbers too.
 * </ul>
 *
 * Where the wording states no number at all, the number is exempt only with a reason in
 * {@link #EXEMPT}.
 */
class NumbersAgainstWordingTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** The fields of a baseline, target or observation that hold an encoded number. */
    private static final List<String> NUMBER_FIELDS = List.of("value", "factor", "min", "max", "rank", "grade");

    /** Numbers the wording does not state, by "file indicator-id /pointer", with the reason. */
    private static final Map<String, String> EXEMPT = Map.of();

    /**
     * Files whose observations are rows of a data file, not words: each names its data document as
     * its {@code source}, and {@code SdgDataTest} checks every one against the row it comes from.
     */
    private static final Set<String> OBSERVATIONS_FROM_DATA_ROWS = Set.of(Frameworks.UK_ONS_SDG);

    /** Words that turn a stated number into a decrease: 下降 15 is a change of −15. */
    private static final List<String> DECREASE = List.of("下降", "降低", "减少");

    private static final Pattern DIGITS = Pattern.compile(
            "([0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?)\\s*(万亿|千亿|百亿|亿|千万|百万|万)?");
    private static final Pattern CHINESE = Pattern.compile("[零〇一二两三四五六七八九十百千万亿]+");
    private static final Pattern TENTHS = Pattern.compile("([一二两三四五六七八九十]+)成");
    private static final String ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ";

    /** Words that state a number without a numeral, and the number. */
    private static final Map<String, BigDecimal> WORDS = words();

    private static Map<String, BigDecimal> words() {
        Map<String, BigDecimal> words = new LinkedHashMap<>();
        BigDecimal all = new BigDecimal("100");
        words.put("翻一番", new BigDecimal("2"));
        words.put("倍增", new BigDecimal("2"));
        words.put("翻两番", new BigDecimal("4"));
        for (String word : List.of("全覆盖", "全域", "全面", "全部", "所有", "应保尽保")) {
            words.put(word, all);
        }
        // 全面退出: every farm has left the area, so none is left (before 全面 is read as all)
        for (String word : List.of("消除", "清零", "杜绝", "零", "全面退出")) {
            words.put(word, BigDecimal.ZERO);
        }
        words.put("前列", BigDecimal.ONE);
        words.put("首位", BigDecimal.ONE);
        return words;
    }

    @Test
    void everyEncodedNumber_isStatedByItsWording() throws IOException {
        List<String> unstated = new ArrayList<>();
        Set<String> exemptionsUsed = new TreeSet<>();
        int checked = 0;
        List<String> files = new ArrayList<>(Taiyuan.PLANS);
        files.addAll(Frameworks.PLANS);
        for (String file : files) {
            JsonNode plan;
            try (InputStream in = Taiyuan.PLANS.contains(file) ? Taiyuan.open(file) : Frameworks.open(file)) {
                plan = JSON.readTree(in);
            }
            List<String> numbers = new ArrayList<>();
            goals(plan.path("goals"), "/goals", file, numbers);
            for (String entry : numbers) {
                checked++;
                String[] parts = entry.split("\t", 2);
                if (EXEMPT.containsKey(parts[0])) {
                    exemptionsUsed.add(parts[0]);
                } else if (!parts[1].isEmpty()) {
                    unstated.add(parts[0] + ": " + parts[1]);
                }
            }
        }
        assertThat(unstated).as("numbers that their wording does not state").isEmpty();
        assertThat(exemptionsUsed).as("exemptions still needed").isEqualTo(EXEMPT.keySet());
        assertThat(checked).as("numbers checked: 226 of the Taiyuan plans, 173 of the frameworks").isEqualTo(399);
    }

    @Test
    void candidates_readDigitsNumeralsAndWords() {
        assertThat(candidates("到2025 年底,全区高新技术企业达到227 户以上")).contains(n("227"), n("2025"));
        assertThat(candidates("地区生产总值达到486亿元")).contains(n("48600000000"), n("486"));
        assertThat(candidates("实现23 万亩林地绿色全覆盖")).contains(n("230000"), n("100"));
        assertThat(candidates("交付１，２３４套")).contains(n("1234"));
        assertThat(candidates("形成“七纵六横”的主干道路架构")).contains(n("7"), n("6"));
        assertThat(candidates("经济总量向万亿元迈进")).contains(n("1000000000000"));
        assertThat(candidates("打造千亿级信息技术产业集群")).contains(n("100000000000"));
        assertThat(candidates("第十四个五年规划")).contains(n("14"), n("5"));
        assertThat(candidates("支出八成以上")).contains(n("80"));
        assertThat(candidates("达到Ⅲ类水质")).contains(n("3"));
        assertThat(candidates("力争实现地区生产总值翻一番")).contains(n("2"));
        assertThat(candidates("黑臭水体全面消除")).contains(n("0"), n("100"));
        assertThat(candidates("单位GDP能源消耗降低（%） | - | - | [15]")).contains(n("-15"), n("15"));
        assertThat(candidates("地区生产总值增长15")).doesNotContain(n("-15"), n("2"), n("100"), n("0"));
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static void goals(JsonNode goals, String at, String file, List<String> out) {
        for (int g = 0; g < goals.size(); g++) {
            JsonNode goal = goals.get(g);
            String goalAt = at + "/" + g;
            JsonNode indicators = goal.path("indicators");
            for (int i = 0; i < indicators.size(); i++) {
                indicator(indicators.get(i), goalAt + "/indicators/" + i, file, out);
            }
            goals(goal.path("goals"), goalAt + "/goals", file, out);
        }
    }

    /** Adds "file id pointer \t problem" for each number, the problem empty when it is stated. */
    private static void indicator(JsonNode indicator, String at, String file, List<String> out) {
        List<String> quotes = new ArrayList<>();
        indicator.path("provenance").forEach(p -> quotes.add(p.path("quote").asString()));
        for (String list : List.of("baselines", "targets", "observations")) {
            JsonNode elements = indicator.path(list);
            for (int e = 0; e < elements.size(); e++) {
                JsonNode element = elements.get(e);
                if (list.equals("observations") && OBSERVATIONS_FROM_DATA_ROWS.contains(file)) {
                    assertThat(element.path("source").asString()).as("%s %s/%s/%d", file, at, list, e).isNotEmpty();
                    continue;
                }
                List<String> wording = new ArrayList<>(quotes);
                element.path("text").forEach(text -> wording.add(text.asString()));
                JsonNode unit = element.has("unit") ? element.get("unit") : indicator.path("unit");
                int scale = unit.path("scale").asInt(0);
                for (String field : NUMBER_FIELDS) {
                    JsonNode number = element.get(field);
                    if (number == null || !number.isNumber()) {
                        continue;
                    }
                    String pointer = file + " " + indicator.path("id").asString() + " " + at + "/" + list + "/" + e
                            + "/" + field;
                    boolean scaled = !field.equals("factor") && !field.equals("rank") && !field.equals("grade");
                    String problem = stated(number.decimalValue(), scaled ? scale : 0, wording) ? ""
                            : number.decimalValue().toPlainString() + (scale != 0 && scaled ? "e" + scale : "")
                                    + " not in " + wording;
                    out.add(pointer + "\t" + problem);
                }
            }
        }
    }

    /** Whether the wording states the value, as it is or in the base unit of its scale. */
    private static boolean stated(BigDecimal value, int scale, List<String> wording) {
        BigDecimal base = value.scaleByPowerOfTen(scale);
        for (String text : wording) {
            for (BigDecimal candidate : candidates(text)) {
                if (candidate.compareTo(value) == 0 || candidate.compareTo(base) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The numbers a text states: digits, with and without their multiplier, numerals and words. */
    static List<BigDecimal> candidates(String text) {
        List<BigDecimal> numbers = new ArrayList<>();
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            BigDecimal number = new BigDecimal(halfWidth(digits.group(1)).replaceAll("[,，]", ""));
            numbers.add(number);
            if (digits.group(2) != null) {
                numbers.add(number.multiply(multiplier(digits.group(2))));
            }
        }
        Matcher chinese = CHINESE.matcher(text);
        while (chinese.find()) {
            String run = chinese.group();
            numbers.add(chineseNumber(run));
            for (int i = 0; i < run.length(); i++) {
                numbers.add(chineseNumber(run.substring(i, i + 1)));
            }
        }
        Matcher tenths = TENTHS.matcher(text);
        while (tenths.find()) {
            numbers.add(chineseNumber(tenths.group(1)).multiply(BigDecimal.TEN));
        }
        for (int i = 0; i < text.length(); i++) {
            int roman = ROMAN.indexOf(text.charAt(i));
            if (roman >= 0) {
                numbers.add(BigDecimal.valueOf(roman + 1L));
            }
        }
        if (DECREASE.stream().anyMatch(text::contains)) {
            for (BigDecimal number : List.copyOf(numbers)) {
                numbers.add(number.negate());
            }
        }
        WORDS.forEach((word, number) -> {
            if (text.contains(word)) {
                numbers.add(number);
            }
        });
        return numbers;
    }

    private static BigDecimal multiplier(String word) {
        return switch (word) {
            case "万" -> BigDecimal.TEN.pow(4);
            case "百万" -> BigDecimal.TEN.pow(6);
            case "千万" -> BigDecimal.TEN.pow(7);
            case "亿" -> BigDecimal.TEN.pow(8);
            case "百亿" -> BigDecimal.TEN.pow(10);
            case "千亿" -> BigDecimal.TEN.pow(11);
            case "万亿" -> BigDecimal.TEN.pow(12);
            default -> throw new AssertionError("no multiplier " + word);
        };
    }

    private static String halfWidth(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c == '．' ? '.' : c);
        }
        return out.toString();
    }

    /**
     * Reads a Chinese numeral: 七 is 7, 十四 is 14, 二十 is 20, 一百二十 is 120, 千亿 is 10¹¹, 万亿 is
     * 10¹², 两 is 2.
     */
    static BigDecimal chineseNumber(String run) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal digit = null;
        for (char c : run.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                d = 0;
            } else if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = BigDecimal.valueOf(d);
                continue;
            }
            BigDecimal unit = switch (c) {
                case '十' -> BigDecimal.TEN;
                case '百' -> BigDecimal.TEN.pow(2);
                case '千' -> BigDecimal.TEN.pow(3);
                case '万' -> BigDecimal.TEN.pow(4);
                case '亿' -> BigDecimal.TEN.pow(8);
                default -> throw new AssertionError("not a numeral: " + c);
            };
            if (unit.compareTo(BigDecimal.TEN.pow(4)) >= 0) {
                // 万 and 亿 multiply all before them: 千亿 is a thousand 亿, 万亿 ten thousand 亿
                BigDecimal before = section.add(digit == null ? BigDecimal.ZERO : digit);
                BigDecimal so = total.add(before);
                total = (so.signum() == 0 ? BigDecimal.ONE : so).multiply(unit);
                section = BigDecimal.ZERO;
            } else {
                section = section.add((digit == null ? BigDecimal.ONE : digit).multiply(unit));
            }
            digit = null;
        }
        return total.add(section).add(digit == null ? BigDecimal.ZERO : digit);
    }
}
