package org.policyindicators.examples.csv;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Disaggregation;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PolicyException;
import org.policyindicators.core.Unit;
import org.policyindicators.examples.cli.Language;

/**
 * Observations as CSV in the style of Open SDG's data files: the columns {@code Year},
 * {@code Series} (the indicator's id), one column per disaggregation, {@code Units},
 * {@code Observation status} and {@code Value}, one row per observation. The status is an SDMX
 * {@code OBS_STATUS} code: {@code A} actual, {@code P} provisional, {@code E} estimated,
 * {@code F} projected (a forecast); the words are read too.
 *
 * <p><b>Disaggregations.</b> Every column other than those is a dimension of the observations
 * ({@link Dimensions}): its cell is the value of the dimension, and a blank cell means the total
 * over it, as in Open SDG. A column names a dimension that the row's indicator declares
 * ({@link Disaggregation}) by its code or by its name in any language, in any case ({@code Sex}
 * for {@code sex}); a cell names a declared value in any case ({@code Female} for
 * {@code female}). A column or value that the indicator does not declare is taken as it is
 * written, as the model's dimensions are open codes: the validator's
 * {@code undeclared-dimension-value} rule reports a value outside a declared list. The export
 * writes one column per dimension that the plan's observations use, headed by its code, in the
 * order of the codes, and the value codes in the cells.
 *
 * <p><b>Numbers only.</b> The {@code Value} column holds a number in the row's unit, so the
 * export leaves out what has no number or no unit: the observations of a qualitative indicator
 * (one without a unit) and every observation of a state ({@link Observation#isQualitative()},
 * such as 已完成). They stay in the plan document.
 *
 * <p>A row does not hold an observation's period start, dates, bound (余, 近), whether it is
 * historical, or its source. A {@code Plan} column, as written for a catalog, is refused: import
 * the rows of one plan at a time.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ObservationTable {

    static final String YEAR = "Year";
    static final String SERIES = "Series";
    static final String INDICATOR = "Indicator";
    static final String UNITS = "Units";
    static final String STATUS = "Observation status";
    static final String VALUE = "Value";
    static final String PLAN = "Plan";

    private static final List<String> COLUMNS = List.of(YEAR, SERIES, UNITS, STATUS, VALUE);
    private static final List<String> KNOWN = List.of(YEAR, SERIES, INDICATOR, UNITS, STATUS, VALUE);
    private static final Map<ObservationStatus, String> CODES = Map.of(ObservationStatus.ACTUAL, "A",
            ObservationStatus.PROVISIONAL, "P", ObservationStatus.ESTIMATED, "E", ObservationStatus.PROJECTED, "F");
    private static final Map<String, ObservationStatus> STATUS_WORDS = statusWords();

    private ObservationTable() {
    }

    private static Map<String, ObservationStatus> statusWords() {
        Map<String, ObservationStatus> words = new LinkedHashMap<>();
        CODES.forEach((s, c) -> words.put(c.toLowerCase(Locale.ROOT), s));
        for (ObservationStatus s : ObservationStatus.values()) {
            words.put(s.code(), s);
        }
        words.put("normal value", ObservationStatus.ACTUAL);
        words.put("forecast", ObservationStatus.PROJECTED);
        words.put("正式", ObservationStatus.ACTUAL);
        words.put("初步", ObservationStatus.PROVISIONAL);
        words.put("估计", ObservationStatus.ESTIMATED);
        words.put("预计", ObservationStatus.PROJECTED);
        return Map.copyOf(words);
    }

    /**
     * Writes every numeric observation of a plan, indicator by indicator in plan order; the
     * observations of a qualitative indicator and those of a state are left out, as the class
     * documentation says.
     *
     * @param plan the plan, not null
     * @param language the language of the unit symbols, not null
     * @param bom whether to start with a byte-order mark, so that Excel reads the file as UTF-8
     * @return the CSV text, not null
     */
    public static String write(Plan plan, Language language, boolean bom) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(language, "language");
        List<String> dimensions = List.copyOf(dimensions(plan));
        StringBuilder out = new StringBuilder(4096);
        Csv.write(out, header(dimensions, false));
        rows(out, plan, dimensions, language, false);
        return Csv.finish(out, bom);
    }

    /**
     * Returns the dimensions that the observations of a plan written as rows use, by code.
     *
     * @param plan the plan, not null
     * @return the dimension codes in their order, not null
     */
    public static SortedSet<String> dimensions(Plan plan) {
        SortedSet<String> codes = new TreeSet<>();
        plan.allIndicators().forEach(i -> i.observations().stream().filter(o -> written(i, o))
                .forEach(o -> codes.addAll(o.dimensions().values().keySet())));
        return codes;
    }

    /** Returns whether an observation is written as a row: a number, of an indicator with a unit. */
    private static boolean written(Indicator indicator, Observation o) {
        return !indicator.isQualitative() && !o.isQualitative();
    }

    private static List<String> header(List<String> dimensions, boolean planColumn) {
        List<String> header = new ArrayList<>();
        if (planColumn) {
            header.add(PLAN);
        }
        header.add(YEAR);
        header.add(SERIES);
        header.addAll(dimensions);
        header.addAll(COLUMNS.subList(2, COLUMNS.size()));
        return header;
    }

    /**
     * Writes the header of the observations of several plans, as for a catalog: a first column
     * {@code Plan} names the plan of each row.
     *
     * @param dimensions the dimension codes of all the plans' observations, in order, not null
     * @param bom whether to start with a byte-order mark
     * @return the header line, not null
     */
    public static String catalogHeader(Collection<String> dimensions, boolean bom) {
        StringBuilder out = new StringBuilder();
        Csv.write(out, header(List.copyOf(dimensions), true));
        return Csv.finish(out, bom);
    }

    /**
     * Writes the observations of one plan for a table of several plans, each row starting with the plan's id.
     *
     * @param plan the plan, not null
     * @param dimensions the dimension columns of the table, as given to {@link #catalogHeader}, not null
     * @param language the language of the unit symbols, not null
     * @return the rows, not null
     */
    public static String catalogRows(Plan plan, Collection<String> dimensions, Language language) {
        StringBuilder out = new StringBuilder(1024);
        rows(out, Objects.requireNonNull(plan, "plan"), List.copyOf(dimensions),
                Objects.requireNonNull(language, "language"), true);
        return out.toString();
    }

    private static void rows(StringBuilder out, Plan plan, List<String> dimensions, Language language,
            boolean planColumn) {
        Cells cells = new Cells(plan.unitCatalog());
        plan.allIndicators().forEach(indicator -> {
            for (Observation o : indicator.observations()) {
                if (!written(indicator, o)) {
                    // no number in a unit for the Value column
                    continue;
                }
                Unit unit = o.unit() == null ? indicator.unit() : o.unit();
                List<String> row = new ArrayList<>();
                if (planColumn) {
                    row.add(plan.id());
                }
                row.add(o.year().toString());
                row.add(indicator.id());
                for (String dimension : dimensions) {
                    row.add(o.dimensions().get(dimension).orElse(""));
                }
                row.addAll(List.of(cells.unit(unit, language.tag()), CODES.get(o.status()), Cells.number(o.value())));
                Csv.write(out, row);
            }
        });
    }

    /**
     * Merges observations into a plan. Each row names its indicator by id in {@code Series} (or
     * {@code Indicator}), or all rows belong to {@code indicatorId}; every other column is a
     * dimension, as the class documentation says. A row equal to an observation already in the
     * plan (same year, status and dimensions) is skipped when its value is the same, and is a
     * problem when it differs; other rows are added after the indicator's observations, in file
     * order.
     *
     * @param in the CSV, UTF-8, at most 16 MiB, not closed, not null
     * @param plan the plan, not null
     * @param indicatorId the indicator of every row when the file has no {@code Series} column, or null
     * @return the plan with the observations, not null
     * @throws CsvException listing every row, column and reason that could not be understood
     */
    public static Plan merge(InputStream in, Plan plan, @Nullable String indicatorId) {
        Objects.requireNonNull(plan, "plan");
        List<Csv.Row> rows = Csv.read(in);
        int[] index = Csv.header(rows, List.of(YEAR, VALUE), KNOWN, true);
        List<CsvProblem> problems = new ArrayList<>();
        Map<Integer, String> others = otherColumns(rows.get(0), index);
        int series = index[KNOWN.indexOf(SERIES)] >= 0 ? index[KNOWN.indexOf(SERIES)] : index[KNOWN.indexOf(INDICATOR)];
        String seriesName = index[KNOWN.indexOf(SERIES)] >= 0 ? SERIES : INDICATOR;
        if (series < 0 && indicatorId == null) {
            throw new CsvException(List.of(new CsvProblem(1, "", "the file has no Series column naming each row's "
                    + "indicator; add one, or name the indicator of all rows")));
        }
        int width = rows.get(0).cells().size();
        Cells cells = new Cells(plan.unitCatalog());
        Map<String, Indicator> byId = new LinkedHashMap<>();
        plan.allIndicators().forEach(i -> byId.putIfAbsent(i.id(), i));
        Map<String, List<Observation>> added = new LinkedHashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.cells().size() != width) {
                problems.add(new CsvProblem(row.line(), "", "the row has " + row.cells().size() + " cells, the header "
                        + width + (row.cells().size() > width ? "; a comma inside a value (such as 1,160.1) must be "
                        + "left out or the value quoted" : "")));
                continue;
            }
            int before = problems.size();
            String id = series >= 0 ? row.cells().get(series).strip() : indicatorId;
            Indicator indicator = byId.get(id);
            if (indicator == null) {
                problems.add(new CsvProblem(row.line(), series >= 0 ? seriesName : "",
                        "no indicator '" + id + "' in the plan " + plan.id()));
            }
            Year year = read(problems, row, YEAR, index, () -> Cells.year(cell(row, index, YEAR)));
            BigDecimal value = read(problems, row, VALUE, index, () -> Cells.number(cell(row, index, VALUE)));
            ObservationStatus status = ObservationStatus.ACTUAL;
            String statusText = cell(row, index, STATUS);
            if (!statusText.isEmpty()) {
                status = STATUS_WORDS.get(statusText.toLowerCase(Locale.ROOT));
                if (status == null) {
                    problems.add(new CsvProblem(row.line(), STATUS, "unknown status '" + statusText
                            + "': use A (actual), P (provisional), E (estimated) or F (projected)"));
                }
            }
            Unit unit = null;
            String unitText = cell(row, index, UNITS);
            if (!unitText.isEmpty()) {
                unit = read(problems, row, UNITS, index, () -> cells.unit(unitText));
                if (unit != null && indicator != null) {
                    if (unit.equals(indicator.unit())) {
                        unit = null;
                    } else if (!plan.unitCatalog().isCompatible(unit, indicator.unit())) {
                        problems.add(new CsvProblem(row.line(), UNITS, "the unit '" + unitText
                                + "' does not convert into the indicator's unit"));
                    }
                }
            }
            if (problems.size() > before) {
                continue;
            }
            Dimensions dimensions = dimensions(row, others, indicator, problems);
            if (dimensions == null) {
                continue;
            }
            Observation observation = new Observation(year, null, value, unit, null, status, false, null)
                    .withDimensions(dimensions);
            List<Observation> existing = new ArrayList<>(indicator.observations());
            existing.addAll(added.getOrDefault(id, List.of()));
            boolean duplicate = false;
            for (Observation o : existing) {
                if (o.year().equals(year) && o.status() == status && o.startYear() == null
                        && o.dimensions().equals(dimensions) && o.dates() == null) {
                    duplicate = true;
                    if (o.value() == null || o.value().compareTo(value) != 0 || !Objects.equals(o.unit(), unit)) {
                        problems.add(new CsvProblem(row.line(), VALUE, "the plan already has "
                                + (o.value() == null ? o.state().best("en") : Cells.number(o.value())) + " for " + id
                                + (dimensions.isTotal() ? "" : " [" + dimensions + "]") + " in " + year
                                + " (" + status.code() + ")"));
                    }
                }
            }
            if (!duplicate) {
                added.computeIfAbsent(id, k -> new ArrayList<>()).add(observation);
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvException(problems);
        }
        return plan.withGoals(plan.goals().stream().map(g -> withObservations(g, added)).toList());
    }

    /**
     * Finds the columns that are not known by name, each a dimension.
     *
     * @throws CsvException if one has no name, appears twice, or is the {@code Plan} column of a catalog's table
     */
    private static Map<Integer, String> otherColumns(Csv.Row header, int[] index) {
        Map<Integer, String> others = new LinkedHashMap<>();
        List<CsvProblem> problems = new ArrayList<>();
        List<Integer> known = java.util.Arrays.stream(index).boxed().toList();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip();
            if (known.contains(i)) {
                continue;
            }
            if (name.isEmpty()) {
                problems.add(new CsvProblem(1, "", "column " + (i + 1) + " has no name; name the dimension it holds, "
                        + "such as Sex"));
            } else if (name.equals(PLAN)) {
                problems.add(new CsvProblem(1, PLAN, "this is the table of a catalog; import the rows of one plan at "
                        + "a time, without the Plan column"));
            } else if (others.containsValue(name)) {
                problems.add(new CsvProblem(1, name, "the column appears twice"));
            } else {
                others.put(i, name);
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvException(problems);
        }
        return others;
    }

    /**
     * Reads the dimensions of a row: a declared dimension and value by its code or name in any
     * case, anything else as written; a blank cell is the total over its dimension. Null, with
     * a problem, if two columns give the same dimension a value.
     */
    private static @Nullable Dimensions dimensions(Csv.Row row, Map<Integer, String> others, Indicator indicator,
            List<CsvProblem> problems) {
        Map<String, String> values = new TreeMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> other : others.entrySet()) {
            String column = other.getValue();
            String cell = row.cells().get(other.getKey()).strip();
            if (cell.isEmpty()) {
                continue;
            }
            Disaggregation declared = indicator.disaggregations().stream()
                    .filter(d -> d.dimension().equalsIgnoreCase(column)
                            || d.name().values().values().stream().anyMatch(n -> n.strip().equalsIgnoreCase(column)))
                    .findFirst().orElse(null);
            String dimension = declared == null ? column : declared.dimension();
            String value = declared == null ? cell
                    : declared.values().stream().filter(v -> v.equalsIgnoreCase(cell)).findFirst().orElse(cell);
            String first = columns.putIfAbsent(dimension, column);
            if (first != null) {
                problems.add(new CsvProblem(row.line(), column, "the columns '" + first + "' and '" + column
                        + "' both give the dimension " + dimension + " of " + indicator.id() + "; leave one blank"));
                return null;
            }
            values.put(dimension, value);
        }
        return values.isEmpty() ? Dimensions.TOTAL : new Dimensions(values);
    }

    private static Goal withObservations(Goal goal, Map<String, List<Observation>> added) {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : goal.indicators()) {
            List<Observation> more = added.getOrDefault(i.id(), List.of());
            if (more.isEmpty()) {
                indicators.add(i);
            } else {
                Indicator.Builder b = i.toBuilder();
                more.forEach(b::observation);
                indicators.add(b.build());
            }
        }
        List<Goal> goals = goal.goals().stream().map(g -> withObservations(g, added)).toList();
        return new Goal(goal.id(), goal.title(), goal.description(), goal.category(), goal.horizon(),
                goal.alignsWith(), indicators, goals);
    }

    private static String cell(Csv.Row row, int[] index, String column) {
        int i = index[KNOWN.indexOf(column)];
        return i < 0 ? "" : row.cells().get(i).strip();
    }

    private static <T> @Nullable T read(List<CsvProblem> problems, Csv.Row row, String column, int[] index,
            java.util.function.Supplier<T> reader) {
        if (cell(row, index, column).isEmpty()) {
            problems.add(new CsvProblem(row.line(), column, "the value is missing"));
            return null;
        }
        try {
            return reader.get();
        } catch (PolicyException e) {
            problems.add(new CsvProblem(row.line(), column, e.getMessage()));
            return null;
        }
    }
}
