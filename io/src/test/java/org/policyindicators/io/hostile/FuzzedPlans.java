package org.policyindicators.io.hostile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Aspect;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Attribute;
import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Category;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Conversion;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.Dimension;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.Goal;
import org.policyindicators.core.GoalReference;
import org.policyindicators.core.GradeTarget;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.IndicatorReference;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Modality;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Provenance;
import org.policyindicators.core.QualitativeTarget;
import org.policyindicators.core.QuotaTarget;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.RankKind;
import org.policyindicators.core.RankTarget;
import org.policyindicators.core.RelativeTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.SourceDocument;
import org.policyindicators.core.Target;
import org.policyindicators.core.TargetKind;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.YearRange;
import org.policyindicators.core.ZeroTarget;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Builds a {@link Plan} from fuzzer input, reaching every record, every target kind and every
 * optional field of the model.
 *
 * <p>Unlike a generator of realistic plans, this one aims at the edges the JSON format must
 * carry exactly: decimals with large or negative scales and many digits, {@code -0} and
 * {@code 0E-10}, extreme years, strings with any Unicode (control characters, quotes,
 * backslashes, supplementary characters), language tags and codes at their limits. The
 * {@linkplain #plan size} of a plan is bounded so that one run stays fast. When the fuzzer
 * input runs out, {@link FuzzedDataProvider} returns fixed values and the plan simply stops
 * growing.
 *
 * <p>Values that the model's constructors reject (a blank identifier, a malformed code) are
 * never produced, so any exception while building is a finding in the model, not here.
 */
final class FuzzedPlans {

    /** The most elements (goals, indicators, list entries) one plan holds. */
    private static final int BUDGET = 60;

    private static final String[] CODES = {
        "cny", "usd", "percent", "per-mille", "percentage-point", "times", "household", "person",
        "mu", "square-metre", "hectare", "kilometre", "year", "day", "tonne", "tce", "grade", "rank",
    };

    private static final String[] TAGS = {"zh", "en", "zh-Hans", "zh-Hant-TW", "de-CH-1996", "x-private", "en-GB"};

    private final FuzzedDataProvider data;
    private int budget = BUDGET;

    /**
     * A plan built from fuzzer input.
     *
     * @param plan the plan, not null
     * @param encodable false if a string of the plan holds an unpaired surrogate, which UTF-8
     *     cannot encode
     */
    record Fuzzed(Plan plan, boolean encodable) {
    }

    private FuzzedPlans(FuzzedDataProvider data) {
        this.data = data;
    }

    /**
     * Builds a plan from the fuzzer input.
     *
     * @param data the fuzzer input, not null
     * @return the plan and whether it can be encoded, not null
     */
    static Fuzzed plan(FuzzedDataProvider data) {
        Plan plan = new FuzzedPlans(data).plan();
        // judged on the finished plan: a text may have dropped a string when a tag repeated
        return new Fuzzed(plan, !Outcomes.hasUnpairedSurrogate(plan));
    }

    private Plan plan() {
        Plan.Builder plan = Plan.builder(identifier(), pick(PlanKind.values().toArray(new PlanKind[0])), identifier(), yearRange())
                .title(text())
                .visionHorizon(data.consumeBoolean() ? yearRange() : null)
                .adopted(data.consumeBoolean() ? date() : null);
        for (SourceDocument source : list(this::source)) {
            plan.source(source);
        }
        for (BaseUnit unit : list(this::baseUnit)) {
            plan.unit(unit);
        }
        for (Goal goal : list(() -> goal(3))) {
            plan.goal(goal);
        }
        return plan.build();
    }

    private Goal goal(int depth) {
        Goal.Builder goal = Goal.builder(identifier())
                .title(text())
                .description(text())
                .category(data.consumeBoolean() ? Category.of(code()) : null)
                .horizon(data.consumeBoolean() ? yearRange() : null);
        for (GoalReference reference : list(() -> GoalReference.of(identifier(), identifier()))) {
            goal.alignsWith(reference);
        }
        for (Indicator indicator : list(this::indicator)) {
            goal.indicator(indicator);
        }
        if (depth > 0) {
            for (Goal sub : list(() -> goal(depth - 1))) {
                goal.goal(sub);
            }
        }
        return goal.build();
    }

    private Indicator indicator() {
        return new Indicator(identifier(), text(), text(), unit(),
                data.consumeBoolean() ? Category.of(code()) : null,
                data.consumeBoolean() ? pick(Attribute.values()) : null,
                pick(Polarity.values()),
                list(this::baseline),
                list(this::target),
                list(this::observation),
                list(this::identifier),
                list(this::provenance));
    }

    private Baseline baseline() {
        return new Baseline(year(), optionalYear(), decimal(), optionalUnit(), optionalComparator());
    }

    private Observation observation() {
        return new Observation(year(), optionalYear(), decimal(), optionalUnit(), optionalComparator(),
                pick(ObservationStatus.values()), data.consumeBoolean(), data.consumeBoolean() ? identifier() : null);
    }

    private Provenance provenance() {
        return new Provenance(identifier(), string(), data.consumeBoolean() ? string() : null);
    }

    private SourceDocument source() {
        return new SourceDocument(identifier(), text(), text(), data.consumeBoolean() ? date() : null,
                data.consumeBoolean() ? string() : null);
    }

    private BaseUnit baseUnit() {
        Conversion conversion = data.consumeBoolean()
                ? new Conversion(code(), positiveDecimal(), positiveDecimal())
                : null;
        return new BaseUnit(code(), pick(Dimension.values()), text(), conversion);
    }

    private Target target() {
        @Nullable Year year = optionalYear();
        @Nullable Year startYear = optionalYear();
        boolean annual = data.consumeBoolean();
        Modality modality = pick(Modality.values());
        Text text = text();
        switch (pick(TargetKind.values())) {
            case LEVEL:
                return new LevelTarget(comparator(), decimal(), optionalUnit(), year, startYear, annual, modality, text);
            case RANGE:
                return new RangeTarget(decimal(), decimal(), optionalUnit(), year, startYear, annual, modality, text);
            case MULTIPLE:
                return new MultipleTarget(decimal(), comparator(), optionalYear(), year, startYear, annual, modality,
                        text);
            case CHANGE:
                return new ChangeTarget(pick(ChangeMode.values()), comparator(), decimal(), optionalUnit(), year,
                        startYear, annual, modality, text);
            case GROWTH:
                return new GrowthTarget(comparator(), decimal(), optionalUnit(), year, startYear, annual, modality,
                        text);
            case AVERAGE:
                return new AverageTarget(comparator(), decimal(), optionalUnit(), year, startYear, annual, modality,
                        text);
            case CUMULATIVE:
                return new CumulativeTarget(comparator(), decimal(), optionalUnit(), year, startYear, annual, modality,
                        text);
            case RELATIVE:
                return new RelativeTarget(comparator(), pick(Aspect.values()), optionalReference(), text(), year,
                        startYear, annual, modality, text);
            case DIRECTION:
                return new DirectionTarget(pick(Direction.values()), year, startYear, annual, modality, text);
            case QUALITATIVE:
                return new QualitativeTarget(year, startYear, annual, modality, text);
            case RANK:
                return new RankTarget(comparator(), data.consumeInt(), pick(RankKind.values()), text(), year,
                        startYear, annual, modality, text);
            case GRADE:
                return new GradeTarget(comparator(), data.consumeInt(), data.consumeBoolean(), text(), text(), year,
                        startYear, annual, modality, text);
            case ZERO:
                return new ZeroTarget(year, startYear, annual, modality, text);
            case SHARE:
                return new ShareTarget(comparator(), decimal(), optionalUnit(), text(), optionalReference(), year,
                        startYear, annual, modality, text);
            case QUOTA:
                return new QuotaTarget(comparator(), text(), data.consumeBoolean() ? decimal() : null, optionalUnit(),
                        year, startYear, annual, modality, text);
            default:
                throw new AssertionError("A target kind without a case");
        }
    }

    private @Nullable IndicatorReference optionalReference() {
        if (!data.consumeBoolean()) {
            return null;
        }
        return new IndicatorReference(data.consumeBoolean() ? identifier() : null, identifier());
    }

    private <T> List<T> list(Supplier<T> element) {
        List<T> list = new ArrayList<>();
        int wanted = data.consumeInt(0, 3);
        while (list.size() < wanted && budget > 0) {
            budget--;
            list.add(element.get());
        }
        return list;
    }

    private Unit unit() {
        Unit plain = new Unit(code(), scale(), null);
        return data.consumeBoolean() ? plain : plain.per(new Unit(code(), scale(), null));
    }

    private @Nullable Unit optionalUnit() {
        return data.consumeBoolean() ? unit() : null;
    }

    private int scale() {
        return data.consumeInt(-Unit.MAX_SCALE, Unit.MAX_SCALE);
    }

    private Comparison comparator() {
        return pick(Comparison.values());
    }

    private @Nullable Comparison optionalComparator() {
        return data.consumeBoolean() ? comparator() : null;
    }

    /** Returns a decimal, often one that binary floating point or a careless writer would alter. */
    private BigDecimal decimal() {
        switch (data.consumeInt(0, 8)) {
            case 0:
                return new BigDecimal(data.consumeLong());
            case 1:
                return BigDecimal.valueOf(data.consumeLong(), data.consumeInt(-20, 20));
            case 2:
                // trailing zeros that must survive: 4.0, 1160.10, 0E-10
                return BigDecimal.valueOf(data.consumeInt(-1000, 1000), data.consumeInt(0, 12));
            case 3:
                // many digits
                byte[] magnitude = data.consumeBytes(64);
                return new BigDecimal(magnitude.length == 0 ? BigInteger.ZERO : new BigInteger(magnitude),
                        data.consumeInt(-60, 60));
            case 4:
                // exponents far beyond any double, now and then at the ends of int
                return new BigDecimal(BigInteger.valueOf(data.consumeInt()),
                        data.consumeBoolean() ? data.consumeInt(-5000, 5000) : data.consumeInt());
            case 5:
                return BigDecimal.ZERO.setScale(data.consumeInt(-12, 12));
            case 6:
                // as many digits as a reader accepts, and a few more
                return new BigDecimal(digits(data.consumeInt(1, 1100)), data.consumeInt(-3, 3));
            default:
                return BigDecimal.valueOf(data.consumeInt(-100_000, 100_000), data.consumeInt(0, 3));
        }
    }

    private BigInteger digits(int count) {
        StringBuilder s = new StringBuilder(count);
        s.append((char) ('1' + data.consumeInt(0, 8)));
        while (s.length() < count) {
            s.append((char) ('0' + data.consumeInt(0, 9)));
        }
        return new BigInteger(s.toString());
    }

    private BigDecimal positiveDecimal() {
        return BigDecimal.valueOf(data.consumeLong(1, Long.MAX_VALUE), data.consumeInt(-6, 12));
    }

    private Year year() {
        return data.consumeBoolean()
                ? Year.of(data.consumeInt(1949, 2100))
                : Year.of(data.consumeInt(Year.MIN_VALUE, Year.MAX_VALUE));
    }

    private @Nullable Year optionalYear() {
        return data.consumeBoolean() ? year() : null;
    }

    private YearRange yearRange() {
        return new YearRange(year(), year());
    }

    private LocalDate date() {
        return data.consumeBoolean()
                ? LocalDate.ofEpochDay(data.consumeLong(-200_000, 200_000))
                : LocalDate.ofEpochDay(data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
    }

    private Text text() {
        int size = data.consumeInt(0, 3);
        Map<String, String> values = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            values.put(tag(), string());
        }
        return new Text(values);
    }

    private String tag() {
        if (data.consumeBoolean()) {
            return pick(TAGS);
        }
        StringBuilder tag = new StringBuilder();
        int subtags = data.consumeInt(1, 4);
        for (int i = 0; i < subtags; i++) {
            if (i > 0) {
                tag.append('-');
            }
            tag.append(alphanumeric(1, 8, false));
        }
        return tag.length() > 64 ? tag.substring(0, 64).replaceAll("-+$", "") : tag.toString();
    }

    /**
     * Returns a string with any Unicode, now and then with JSON's special characters, and
     * rarely with an unpaired surrogate.
     */
    private String string() {
        switch (data.consumeInt(0, 15)) {
            case 0, 1, 2, 3:
                return data.consumeString(40);
            case 4, 5:
                return "\"\\/\b\f\n\r\t\u0000\u001f\u007f\u2028\u2029\ud83c\udf0f\ufeff" + data.consumeString(8);
            case 6, 7, 8:
                return data.consumeAsciiString(40);
            case 9:
                return data.consumeString(10) + data.consumeChar() + data.consumeString(10);
            case 10:
                return data.consumeString(4000);
            default:
                return "地区生产总值" + data.consumeString(10);
        }
    }

    private String identifier() {
        String id = data.consumeBoolean() ? code() : data.consumeString(24);
        return id.isBlank() ? "id" + id : id;
    }

    private String code() {
        if (data.consumeBoolean()) {
            return pick(CODES);
        }
        StringBuilder code = new StringBuilder(alphanumeric(1, 10, true));
        int more = data.consumeInt(0, 2);
        for (int i = 0; i < more; i++) {
            code.append('-').append(alphanumeric(1, 6, false));
        }
        return code.toString();
    }

    /** Returns lower-case letters and digits, starting with a letter when asked. */
    private String alphanumeric(int min, int max, boolean letterFirst) {
        int length = data.consumeInt(min, max);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int c = data.consumeInt(0, letterFirst && i == 0 ? 25 : 35);
            s.append(c < 26 ? (char) ('a' + c) : (char) ('0' + c - 26));
        }
        return s.toString();
    }

    private <T> T pick(T[] values) {
        return values[data.consumeInt(0, values.length - 1)];
    }
}
