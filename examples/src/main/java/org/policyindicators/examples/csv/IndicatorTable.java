package org.policyindicators.examples.csv;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Attribute;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Category;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.Goal;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.PolicyException;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.Units;
import org.policyindicators.examples.cli.Language;

/**
 * The main-indicator table of a plan (主要指标表) as CSV: one row per indicator and target, with
 * its category, goal, name, unit symbol, baseline, target year, comparator, target value,
 * 年均/累计, attribute and polarity; headers in English or Chinese.
 *
 * <p>A table holds the level, range, multiple (×2), growth (年均), cumulative (累计, written
 * 〔3〕) and relative change (变化, in percent) targets; an indicator with none of them has one
 * row without a target. It does not hold observations, definitions, provenance, components,
 * names in a second language, sub-goal nesting, or a target's wording, modality or annual flag.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorTable {

    /** The columns, in order; the header names them in the table's language. */
    enum Column {
        CATEGORY("Category", "类别"),
        GOAL_ID("Goal id", "目标编号"),
        GOAL("Goal", "目标"),
        ID("Id", "指标编号"),
        INDICATOR("Indicator", "指标"),
        UNIT("Unit", "单位"),
        BASELINE_YEAR("Baseline year", "基期年份"),
        BASELINE("Baseline", "基期值"),
        TARGET_YEAR("Target year", "目标年份"),
        COMPARATOR("Comparison", "比较"),
        TARGET("Target", "目标值"),
        BASIS("Average/cumulative", "年均/累计"),
        ATTRIBUTE("Attribute", "属性"),
        POLARITY("Polarity", "方向");

        final String en;
        final String zh;

        Column(String en, String zh) {
            this.en = en;
            this.zh = zh;
        }

        String name(Language language) {
            return language == Language.ZH ? zh : en;
        }
    }

    private static final Pattern RANGE = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?)\\s*[-–~～]\\s*(-?[0-9]+(?:\\.[0-9]+)?)");
    private static final Pattern CUMULATIVE = Pattern.compile("[〔\\[](.*)[〕\\]]");
    private static final Map<Comparison, String> SYMBOLS = Map.of(Comparison.REACH, "", Comparison.GE, "≥",
            Comparison.GT, ">", Comparison.LE, "≤", Comparison.LT, "<", Comparison.APPROX, "≈", Comparison.TOWARD, "→");
    private static final Map<String, Comparison> COMPARATOR_WORDS = comparatorWords();
    private static final Map<String, String> CATEGORY_ZH = Map.of("economic-development", "经济发展", "innovation",
            "创新驱动", "well-being", "民生福祉", "green-ecology", "绿色生态", "security", "安全保障");
    private static final Map<String, String> ATTRIBUTE_ZH = Map.of("binding", "约束性", "indicative", "预期性");
    private static final Map<String, String> POLARITY_ZH = Map.of("higher-is-better", "越高越好", "lower-is-better",
            "越低越好", "within-range", "区间内为好", "neutral", "无方向");
    private static final String[] BASIS_EN = {"average", "cumulative", "change"};
    private static final String[] BASIS_ZH = {"年均", "累计", "变化"};

    private IndicatorTable() {
    }

    private static Map<String, Comparison> comparatorWords() {
        Map<String, Comparison> words = new LinkedHashMap<>();
        SYMBOLS.forEach((c, s) -> words.put(s, c));
        for (Comparison c : Comparison.values()) {
            words.put(c.code(), c);
        }
        words.putAll(Map.of(">=", Comparison.GE, "<=", Comparison.LE, "~", Comparison.APPROX, "达到", Comparison.REACH,
                "以上", Comparison.GE, "不低于", Comparison.GE, "超过", Comparison.GT, "以内", Comparison.LE,
                "不高于", Comparison.LE, "低于", Comparison.LT));
        words.put("左右", Comparison.APPROX);
        return Map.copyOf(words);
    }

    /**
     * Writes the table of a plan.
     *
     * @param plan the plan, not null
     * @param language the language of the header, names and words, not null
     * @param bom whether to start with a byte-order mark, so that Excel reads the file as UTF-8
     * @return the CSV text, not null
     */
    public static String write(Plan plan, Language language, boolean bom) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(language, "language");
        StringBuilder out = new StringBuilder(4096);
        Csv.write(out, header(language, false));
        rows(out, plan, language, false);
        return Csv.finish(out, bom);
    }

    /**
     * Writes the header of a table of several plans, as for a catalog: a first column {@code Plan}
     * (规划编号) names the plan of each row. Such a table is not read back by {@link #read}.
     *
     * @param language the language of the header, not null
     * @param bom whether to start with a byte-order mark
     * @return the header line, not null
     */
    public static String catalogHeader(Language language, boolean bom) {
        StringBuilder out = new StringBuilder();
        Csv.write(out, header(Objects.requireNonNull(language, "language"), true));
        return Csv.finish(out, bom);
    }

    /**
     * Writes the rows of one plan for a table of several plans, each row starting with the plan's id.
     *
     * @param plan the plan, not null
     * @param language the language of names and words, not null
     * @return the rows, not null
     */
    public static String catalogRows(Plan plan, Language language) {
        StringBuilder out = new StringBuilder(4096);
        rows(out, Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(language, "language"), true);
        return out.toString();
    }

    private static List<String> header(Language language, boolean planColumn) {
        List<String> header = new ArrayList<>();
        if (planColumn) {
            header.add(language == Language.ZH ? "规划编号" : "Plan");
        }
        for (Column c : Column.values()) {
            header.add(c.name(language));
        }
        return header;
    }

    private static void rows(StringBuilder out, Plan plan, Language language, boolean planColumn) {
        Cells cells = new Cells(plan.unitCatalog());
        plan.allGoals().forEach(goal -> {
            for (Indicator indicator : goal.indicators()) {
                if (indicator.unit() == null) {
                    // a qualitative indicator has no number for any column of the table
                    continue;
                }
                List<Target> held = indicator.targets().stream().filter(t -> held(t, indicator.unit())).toList();
                List<Target> rows = new ArrayList<>(held);
                if (held.isEmpty()) {
                    rows.add(null);
                }
                for (Target t : rows) {
                    List<String> row = row(goal, indicator, t, language, cells);
                    if (planColumn) {
                        row = new ArrayList<>(row);
                        row.add(0, plan.id());
                    }
                    Csv.write(out, row);
                }
            }
        });
    }

    /**
     * Decides whether a table can hold a target. This switch is the one place to extend when a
     * target kind is added: the compiler rejects it until the new kind has its case.
     */
    private static boolean held(Target target, Unit indicatorUnit) {
        return switch (target.kind()) {
            case LEVEL -> sameUnit(((LevelTarget) target).unit(), indicatorUnit);
            case RANGE -> sameUnit(((RangeTarget) target).unit(), indicatorUnit);
            case CUMULATIVE -> sameUnit(((CumulativeTarget) target).unit(), indicatorUnit);
            case GROWTH -> sameUnit(((GrowthTarget) target).unit(), Units.PERCENT);
            case CHANGE -> ((ChangeTarget) target).mode() == ChangeMode.RELATIVE
                    && sameUnit(((ChangeTarget) target).unit(), Units.PERCENT);
            case MULTIPLE -> ((MultipleTarget) target).baseYear() == null;
            case AVERAGE, RELATIVE, DIRECTION, QUALITATIVE, RANK, GRADE, ZERO, SHARE, QUOTA -> false;
        };
    }

    private static boolean sameUnit(@Nullable Unit own, Unit expected) {
        return own == null || own.equals(expected);
    }

    private static List<String> row(Goal goal, Indicator indicator, @Nullable Target target, Language language,
            Cells cells) {
        String tag = language.tag();
        boolean zh = language == Language.ZH;
        String[] row = new String[Column.values().length];
        java.util.Arrays.fill(row, "");
        if (indicator.category() != null) {
            String code = indicator.category().code();
            row[Column.CATEGORY.ordinal()] = zh ? CATEGORY_ZH.getOrDefault(code, code) : code;
        }
        row[Column.GOAL_ID.ordinal()] = goal.id();
        row[Column.GOAL.ordinal()] = goal.title().get(tag).orElse("");
        row[Column.ID.ordinal()] = indicator.id();
        row[Column.INDICATOR.ordinal()] = indicator.name().get(tag).orElse("");
        row[Column.UNIT.ordinal()] = cells.unit(indicator.unit(), tag);
        Optional<Baseline> baseline = indicator.baselineFor(null);
        if (baseline.isPresent() && baseline.get().value() != null && sameUnit(baseline.get().unit(), indicator.unit())
                && baseline.get().startYear() == null && baseline.get().bound() == null) {
            row[Column.BASELINE_YEAR.ordinal()] = baseline.get().year().toString();
            row[Column.BASELINE.ordinal()] = Cells.number(baseline.get().value());
        }
        if (target != null) {
            Year year = target.year();
            Year start = target.startYear();
            row[Column.TARGET_YEAR.ordinal()] = year == null ? "" : start == null ? year.toString() : start + "-" + year;
            String[] basis = zh ? BASIS_ZH : BASIS_EN;
            if (target instanceof LevelTarget t) {
                row[Column.COMPARATOR.ordinal()] = SYMBOLS.get(t.comparator());
                row[Column.TARGET.ordinal()] = Cells.number(t.value());
            } else if (target instanceof RangeTarget t) {
                row[Column.TARGET.ordinal()] = Cells.number(t.min()) + "-" + Cells.number(t.max());
            } else if (target instanceof MultipleTarget t) {
                row[Column.COMPARATOR.ordinal()] = SYMBOLS.get(t.comparator());
                row[Column.TARGET.ordinal()] = "×" + Cells.number(t.factor());
            } else if (target instanceof GrowthTarget t) {
                row[Column.COMPARATOR.ordinal()] = SYMBOLS.get(t.comparator());
                row[Column.TARGET.ordinal()] = Cells.number(t.value());
                row[Column.BASIS.ordinal()] = basis[0];
            } else if (target instanceof CumulativeTarget t) {
                row[Column.COMPARATOR.ordinal()] = SYMBOLS.get(t.comparator());
                row[Column.TARGET.ordinal()] = "〔" + Cells.number(t.value()) + "〕";
                row[Column.BASIS.ordinal()] = basis[1];
            } else if (target instanceof ChangeTarget t) {
                row[Column.COMPARATOR.ordinal()] = SYMBOLS.get(t.comparator());
                row[Column.TARGET.ordinal()] = Cells.number(t.value());
                row[Column.BASIS.ordinal()] = basis[2];
            }
        }
        if (indicator.attribute() != null) {
            String code = indicator.attribute().code();
            row[Column.ATTRIBUTE.ordinal()] = zh ? ATTRIBUTE_ZH.get(code) : code;
        }
        String polarity = indicator.polarity().code();
        row[Column.POLARITY.ordinal()] = zh ? POLARITY_ZH.get(polarity) : polarity;
        return java.util.Arrays.asList(row);
    }

    /**
     * Reads a table into a plan: the indicators of the rows, under goals in the order they first
     * appear, replace the goals of {@code shell}, which gives the plan's identity, kind, issuer and
     * horizon. Headers may be in English or Chinese. Rows of the same indicator (the same id, or
     * the same name when there is no id column) add its targets.
     *
     * @param in the CSV, UTF-8, at most 16 MiB, not closed, not null
     * @param shell the plan whose metadata the result keeps, not null
     * @param language the language of the names in the table, not null
     * @return the plan, not null
     * @throws CsvException listing every row, column and reason that could not be understood
     */
    public static Plan read(InputStream in, Plan shell, Language language) {
        Objects.requireNonNull(shell, "shell");
        Objects.requireNonNull(language, "language");
        List<Csv.Row> rows = Csv.read(in);
        List<String> known = new ArrayList<>();
        List<String> required = new ArrayList<>();
        List<String> first = rows.get(0).cells().stream().map(String::strip).toList();
        // the header's own language, or else the table's, for the message about a missing header
        boolean chinese = first.contains(Column.INDICATOR.zh)
                || !first.contains(Column.INDICATOR.en) && language == Language.ZH;
        for (Column c : Column.values()) {
            known.add(chinese ? c.zh : c.en);
        }
        required.add(chinese ? Column.INDICATOR.zh : Column.INDICATOR.en);
        required.add(chinese ? Column.UNIT.zh : Column.UNIT.en);
        int[] index = Csv.header(rows, required, known);
        if (rows.size() < 2) {
            throw new CsvException(List.of(new CsvProblem(1, "", "the table has a header but no rows")));
        }
        Reader reader = new Reader(index, known, language.tag(), new Cells(shell.unitCatalog()));
        for (Csv.Row row : rows.subList(1, rows.size())) {
            reader.row(row);
        }
        if (!reader.problems.isEmpty()) {
            throw new CsvException(reader.problems);
        }
        return shell.withGoals(reader.goals());
    }

    /** Collects the rows into goals and indicators, and every problem on the way. */
    private static final class Reader {
        private final int[] index;
        private final List<String> names;
        private final String tag;
        private final Cells cells;
        private final List<CsvProblem> problems = new ArrayList<>();
        private final Map<String, Goal.Builder> goals = new LinkedHashMap<>();
        private final Map<String, List<String>> goalIndicators = new LinkedHashMap<>();
        private final Map<String, Indicator.Builder> indicators = new LinkedHashMap<>();
        private final Map<String, Unit> indicatorUnits = new LinkedHashMap<>();

        Reader(int[] index, List<String> names, String tag, Cells cells) {
            this.index = index;
            this.names = names;
            this.tag = tag;
            this.cells = cells;
        }

        private String cell(Csv.Row row, Column column) {
            int i = index[column.ordinal()];
            return i < 0 || i >= row.cells().size() ? "" : row.cells().get(i).strip();
        }

        private void problem(Csv.Row row, Column column, String reason) {
            problems.add(new CsvProblem(row.line(), names.get(column.ordinal()), reason));
        }

        void row(Csv.Row row) {
            int columns = names.size() - (int) java.util.Arrays.stream(index).filter(i -> i < 0).count();
            if (row.cells().size() != columns) {
                problems.add(new CsvProblem(row.line(), "", "the row has " + row.cells().size() + " cells, the header "
                        + columns + (row.cells().size() > columns ? "; a comma inside a value (such as 1,160.1) must "
                        + "be left out or the value quoted" : "")));
                return;
            }
            int before = problems.size();
            String name = cell(row, Column.INDICATOR);
            String id = cell(row, Column.ID);
            if (id.isEmpty()) {
                id = name.isEmpty() ? "" : "indicator-" + (indicators.size() + 1);
                for (var e : indicators.entrySet()) {
                    if (e.getValue().build().name().get(tag).orElse("").equals(name)) {
                        id = e.getKey();
                    }
                }
            }
            if (name.isEmpty() && id.isEmpty()) {
                problem(row, Column.INDICATOR, "the indicator has no name");
                return;
            }
            Unit unit = null;
            String unitText = cell(row, Column.UNIT);
            if (unitText.isEmpty()) {
                problem(row, Column.UNIT, "the unit is missing");
            } else {
                unit = attempt(row, Column.UNIT, () -> cells.unit(unitText));
            }
            Target target = target(row);
            if (problems.size() > before || unit == null) {
                return;
            }
            Indicator.Builder builder = indicators.get(id);
            if (builder == null) {
                builder = newIndicator(row, id, name, unit);
                if (builder == null) {
                    return;
                }
            } else if (!unit.equals(indicatorUnits.get(id))) {
                problem(row, Column.UNIT, "the unit differs from an earlier row of the indicator '" + id + "'");
                return;
            }
            if (target != null) {
                builder.target(target);
            }
        }

        private Indicator.@Nullable Builder newIndicator(Csv.Row row, String id, String name, Unit unit) {
            int before = problems.size();
            Indicator.Builder builder = attempt(row, Column.ID, () -> Indicator.builder(id));
            if (builder == null) {
                return null;
            }
            builder.unit(unit);
            if (!name.isEmpty()) {
                builder.name(Text.of(tag, name));
            }
            String category = cell(row, Column.CATEGORY);
            if (!category.isEmpty()) {
                String code = CATEGORY_ZH.entrySet().stream().filter(e -> e.getValue().equals(category))
                        .map(Map.Entry::getKey).findFirst().orElse(category);
                Category c = attempt(row, Column.CATEGORY, () -> Category.of(code));
                if (c != null) {
                    builder.category(c);
                }
            }
            String attribute = cell(row, Column.ATTRIBUTE);
            if (!attribute.isEmpty()) {
                String code = reverse(ATTRIBUTE_ZH, attribute);
                Attribute a = attempt(row, Column.ATTRIBUTE, () -> Attribute.ofCode(code));
                if (a != null) {
                    builder.attribute(a);
                }
            }
            String polarity = cell(row, Column.POLARITY);
            if (!polarity.isEmpty()) {
                String code = reverse(POLARITY_ZH, polarity);
                Polarity p = attempt(row, Column.POLARITY, () -> Polarity.ofCode(code));
                if (p != null) {
                    builder.polarity(p);
                }
            }
            String baselineYear = cell(row, Column.BASELINE_YEAR);
            String baseline = cell(row, Column.BASELINE);
            if (!baselineYear.isEmpty() || !baseline.isEmpty()) {
                Year y = baselineYear.isEmpty() ? missing(row, Column.BASELINE_YEAR)
                        : attempt(row, Column.BASELINE_YEAR, () -> Cells.year(baselineYear));
                BigDecimal v = baseline.isEmpty() ? missing(row, Column.BASELINE)
                        : attempt(row, Column.BASELINE, () -> Cells.number(baseline));
                if (y != null && v != null) {
                    builder.baseline(Baseline.of(y, v));
                }
            }
            if (problems.size() > before) {
                return null;
            }
            String goalId = cell(row, Column.GOAL_ID).isEmpty() ? "indicators" : cell(row, Column.GOAL_ID);
            String goalTitle = cell(row, Column.GOAL);
            if (!goals.containsKey(goalId)) {
                Goal.Builder goal = attempt(row, Column.GOAL_ID, () -> Goal.builder(goalId));
                if (goal == null) {
                    return null;
                }
                if (!goalTitle.isEmpty()) {
                    goal.title(Text.of(tag, goalTitle));
                }
                goals.put(goalId, goal);
                goalIndicators.put(goalId, new ArrayList<>());
            }
            goalIndicators.get(goalId).add(id);
            indicators.put(id, builder);
            indicatorUnits.put(id, unit);
            return builder;
        }

        private @Nullable Target target(Csv.Row row) {
            String value = cell(row, Column.TARGET);
            String yearText = cell(row, Column.TARGET_YEAR);
            String comparatorText = cell(row, Column.COMPARATOR);
            String basis = cell(row, Column.BASIS);
            if (value.isEmpty()) {
                if (!comparatorText.isEmpty() || !basis.isEmpty()) {
                    problem(row, Column.TARGET, "the target value is missing");
                }
                return null;
            }
            int before = problems.size();
            Comparison comparator = COMPARATOR_WORDS.get(comparatorText);
            if (comparator == null) {
                problem(row, Column.COMPARATOR, "unknown comparator '" + comparatorText + "': use ≥, >, ≤, <, ≈, → "
                        + "or leave it empty for reach");
            }
            Year start = null;
            Year year = null;
            if (!yearText.isEmpty()) {
                Matcher period = Pattern.compile("([0-9]{4})\\s*[-–]\\s*([0-9]{4})").matcher(yearText);
                if (period.matches()) {
                    start = Year.of(Integer.parseInt(period.group(1)));
                    year = Year.of(Integer.parseInt(period.group(2)));
                } else {
                    year = attempt(row, Column.TARGET_YEAR, () -> Cells.year(yearText));
                }
            }
            int kind = basis.isEmpty() ? -1 : indexOf(basis);
            if (!basis.isEmpty() && kind < 0) {
                problem(row, Column.BASIS, "unknown '" + basis + "': use 年均 (average), 累计 (cumulative), "
                        + "变化 (change) or leave it empty");
            }
            Matcher cumulative = CUMULATIVE.matcher(value);
            Matcher range = RANGE.matcher(value);
            Target target = null;
            if (problems.size() > before) {
                return null;
            }
            if (cumulative.matches() || kind == 1) {
                String number = cumulative.matches() ? cumulative.group(1).strip() : value;
                BigDecimal v = attempt(row, Column.TARGET, () -> Cells.number(number));
                target = v == null ? null : CumulativeTarget.of(comparator, v, year);
            } else if (kind == 0) {
                BigDecimal v = attempt(row, Column.TARGET, () -> Cells.number(value));
                target = v == null ? null : GrowthTarget.of(comparator, v, year);
            } else if (kind == 2) {
                BigDecimal v = attempt(row, Column.TARGET, () -> Cells.number(value));
                target = v == null ? null : ChangeTarget.of(ChangeMode.RELATIVE, comparator, v, year);
            } else if (value.startsWith("×") || value.startsWith("x")) {
                BigDecimal v = attempt(row, Column.TARGET, () -> Cells.number(value.substring(1).strip()));
                target = v == null ? null : MultipleTarget.of(v, year);
                if (target != null && comparator != Comparison.REACH) {
                    target = new MultipleTarget(v, comparator, null, year, null, false,
                            target.modality(), Text.EMPTY);
                }
            } else if (range.matches() && comparator == Comparison.REACH) {
                target = RangeTarget.of(new BigDecimal(range.group(1)), new BigDecimal(range.group(2)), year);
            } else {
                BigDecimal v = attempt(row, Column.TARGET, () -> Cells.number(value));
                target = v == null ? null : LevelTarget.of(comparator, v, year);
            }
            if (target != null && start != null) {
                target = target.withStartYear(start);
            }
            return target;
        }

        private static int indexOf(String basis) {
            for (int i = 0; i < BASIS_EN.length; i++) {
                if (basis.equalsIgnoreCase(BASIS_EN[i]) || basis.equals(BASIS_ZH[i])) {
                    return i;
                }
            }
            return -1;
        }

        private <T> @Nullable T missing(Csv.Row row, Column column) {
            problem(row, column, "the value is missing");
            return null;
        }

        private <T> @Nullable T attempt(Csv.Row row, Column column, java.util.function.Supplier<T> read) {
            try {
                return read.get();
            } catch (PolicyException e) {
                problem(row, column, e.getMessage());
                return null;
            }
        }

        private static String reverse(Map<String, String> zh, String text) {
            return zh.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey).findFirst()
                    .orElse(text);
        }

        List<Goal> goals() {
            List<Goal> out = new ArrayList<>();
            for (var e : goals.entrySet()) {
                Goal.Builder goal = e.getValue();
                for (String id : goalIndicators.get(e.getKey())) {
                    goal.indicator(indicators.get(id).build());
                }
                out.add(goal.build());
            }
            return out;
        }
    }
}
