package org.policyindicators.io.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Aspect;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Attribute;
import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Category;
import org.policyindicators.core.CategoryDefinition;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Conversion;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.Dimension;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Disaggregation;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.Goal;
import org.policyindicators.core.GoalReference;
import org.policyindicators.core.GradeTarget;
import org.policyindicators.core.ImpliedYear;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.IndicatorCode;
import org.policyindicators.core.IndicatorReference;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.JurisdictionLevel;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Modality;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Organisation;
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

/**
 * Generates plans at random for round-trip, schema, fuzz and benchmark tests. The same seed gives
 * the same plans. The plans cover every kind of target (in turn), nullable fields both null and
 * set, empty and non-empty lists and texts, text in Chinese, Arabic and Hebrew (right to left),
 * emoji outside the Basic Multilingual Plane, control characters, quotes and backslashes, and
 * decimals of every sign and of scales from large negative to large positive, among them
 * {@code 0E-10}, {@code -0}, {@code 1E+3} and exponents in the hundreds of thousands. They are
 * valid for the model's constructors but not necessarily consistent: years, units and references
 * are drawn independently.
 *
 * <p>Not thread-safe: use one instance per thread.
 */
public final class RandomPlans {

    private static final String[] WORDS = {
        "地区生产总值", "高新技术企业", "城镇登记失业率", "万柏林区", "太原市", "创新生态走在前列", "确保", "力争",
        "GDP", "growth", "High-tech enterprises", "unemployment", "per capita", "Lead in innovation",
        "مؤشر", "الناتج المحلي", "מדד", "צמיחה", "📈", "🚀", "👩‍🔬", "🇨🇳", "𠀋", "Ⅲ类", "5A级", "℃", "½",
        "\"quoted\"", "back\\slash", "tab\there", "line\nbreak", "\u0001\u001f", "\u2028\u2029", "e\u0301",
        "", " ", "/slash~tilde", "{\"json\": [1, 2]}", "null", "true", "1.0E+3"
    };

    private static final String[] TAGS = {"zh", "en", "zh-Hans", "zh-Hant-TW", "ar", "he", "ja", "en-US", "x-private"};

    private static final String[] UNIT_CODES = {
        "cny", "usd", "percent", "per-mille", "times", "percentage-point", "establishment", "household", "item",
        "person", "person-time", "square-metre", "mu", "hectare", "kilometre", "year", "tonne", "tce", "grade",
        "rank", "custom-unit-1"
    };

    private static final String[] SPECIAL_DECIMALS = {
        "0", "-0", "0.0", "0E-10", "4.0", "1160.1", "486", "-13.5", "-13.50", "1E+3", "1E-70", "7E+30",
        "123456789012345678901234567890.123456789", "-0.000001", "1E+999999", "-5E-100000", "9.99E+2147483000",
        "1E-2147483000", "0.1000000000000000000000000000000000000000000000000000000000000001"
    };

    private final Random random;
    private long kindCounter;

    /**
     * Creates a generator.
     *
     * @param seed the seed; the same seed gives the same sequence of plans
     */
    public RandomPlans(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Returns the next plans.
     *
     * @param count how many
     * @return the plans, not null
     */
    public List<Plan> plans(int count) {
        List<Plan> plans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            plans.add(plan());
        }
        return plans;
    }

    /**
     * Returns the next plan.
     *
     * @return the plan, not null
     */
    public Plan plan() {
        return new Plan(identifier(), planKind(), text(), identifier(), yearRange(),
                nullable(this::yearRange), nullable(this::date), list(3, this::sourceDocument),
                list(2, this::baseUnit), list(3, () -> goal(1)),
                list(2, () -> new Organisation(identifier(), text(), nullable(this::identifier),
                        nullable(this::identifier))),
                list(2, () -> new CategoryDefinition(category(), text())));
    }

    private PlanKind planKind() {
        return random.nextInt(4) == 0 ? PlanKind.ofCode(code()) : pick(PlanKind.values().toArray(new PlanKind[0]));
    }

    private Dimensions dimensions() {
        TreeMap<String, String> values = new TreeMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            values.put(identifier(), identifier());
        }
        return new Dimensions(values);
    }

    private DatePeriod dates() {
        return new DatePeriod(date(), date());
    }

    /** A value and no state, or (for a qualitative value) a state and no value. */
    private @Nullable BigDecimal valueOrNull(Text state) {
        return state.isEmpty() ? decimal() : null;
    }

    private Text state() {
        return random.nextInt(5) == 0 ? Text.of("en", "state " + string()) : Text.EMPTY;
    }

    /**
     * Returns the next list of jurisdictions.
     *
     * @return the jurisdictions, not null
     */
    public List<Jurisdiction> jurisdictions() {
        return list(6, () -> new Jurisdiction(identifier(), text(), level(), nullable(this::string),
                nullable(this::identifier)));
    }

    /**
     * Returns the next goal.
     *
     * @param depth how many levels of sub-goals it may have
     * @return the goal, not null
     */
    public Goal goal(int depth) {
        return new Goal(identifier(), text(), text(), nullable(this::category), nullable(this::yearRange),
                list(2, () -> GoalReference.of(identifier(), identifier())), list(2, this::indicator),
                depth == 0 ? List.of() : list(2, () -> goal(depth - 1)));
    }

    /**
     * Returns the next indicator.
     *
     * @return the indicator, not null
     */
    public Indicator indicator() {
        List<Target> targets = new ArrayList<>();
        targets.add(target(TargetKind.values()[(int) (kindCounter++ % TargetKind.values().length)]));
        targets.addAll(list(2, () -> target(pick(TargetKind.values()))));
        return new Indicator(identifier(), text(), text(), nullable(this::unit), nullable(this::category),
                nullable(() -> pick(Attribute.values())), pick(Polarity.values()), random.nextBoolean(),
                list(2, () -> {
                    Text state = state();
                    return new Baseline(year(), nullable(this::year), valueOrNull(state), nullable(this::unit),
                            nullable(() -> pick(Comparison.values())), state, nullable(this::dates), dimensions());
                }),
                random.nextInt(4) == 0 ? List.of() : targets,
                list(2, () -> {
                    Text state = state();
                    return new Observation(year(), nullable(this::year), valueOrNull(state), nullable(this::unit),
                            nullable(() -> pick(Comparison.values())), pick(ObservationStatus.values()),
                            random.nextBoolean(), nullable(this::identifier), state, nullable(this::dates),
                            dimensions());
                }),
                list(2, this::identifier),
                list(2, () -> new Provenance(identifier(), string(), nullable(this::string))),
                list(2, () -> new IndicatorCode(code(), identifier(), nullable(this::identifier))),
                list(2, () -> new Disaggregation(identifier(), text(), list(3, this::identifier),
                        random.nextBoolean())));
    }

    /**
     * Returns a target of the given kind with random fields.
     *
     * @param kind the kind, not null
     * @return the target, not null
     */
    public Target target(TargetKind kind) {
        Year year = nullable(this::year);
        Year startYear = nullable(this::year);
        boolean annual = random.nextBoolean();
        Modality modality = pick(Modality.values());
        Text text = text();
        Target target = switch (kind) {
            case LEVEL -> new LevelTarget(comparator(), decimal(), nullable(this::unit), random.nextBoolean(), year,
                    startYear, annual, modality, text, null, Dimensions.TOTAL);
            case RANGE -> new RangeTarget(decimal(), decimal(), nullable(this::unit), year, startYear, annual,
                    modality, text);
            case MULTIPLE -> new MultipleTarget(decimal(), comparator(), nullable(this::year), year, startYear, annual,
                    modality, text);
            case CHANGE -> new ChangeTarget(pick(ChangeMode.values()), comparator(), decimal(), nullable(this::unit),
                    nullable(this::year), year, startYear, annual, modality, text, null, Dimensions.TOTAL);
            case GROWTH -> new GrowthTarget(comparator(), decimal(), nullable(this::unit), year, startYear, annual,
                    modality, text);
            case AVERAGE -> new AverageTarget(comparator(), decimal(), nullable(this::unit), year, startYear, annual,
                    modality, text);
            case CUMULATIVE -> new CumulativeTarget(comparator(), decimal(), nullable(this::unit), year, startYear,
                    annual, modality, text);
            case RELATIVE -> new RelativeTarget(comparator(), pick(Aspect.values()), nullable(this::reference), text(),
                    nullable(() -> pick(Aspect.values())), nullable(this::decimal), year, startYear, annual, modality,
                    text, null, Dimensions.TOTAL);
            case DIRECTION -> new DirectionTarget(pick(Direction.values()), year, startYear, annual, modality, text);
            case QUALITATIVE -> new QualitativeTarget(year, startYear, annual, modality, text);
            case RANK -> new RankTarget(comparator(), integer(), pick(RankKind.values()), text(), year, startYear,
                    annual, modality, text);
            case GRADE -> new GradeTarget(comparator(), integer(), random.nextBoolean(), text(), text(), year,
                    startYear, annual, modality, text);
            case ZERO -> new ZeroTarget(random.nextBoolean(), year, startYear, annual, modality, text);
            case SHARE -> new ShareTarget(comparator(), decimal(), nullable(this::unit), text(),
                    nullable(this::reference), year, startYear, annual, modality, text);
            case QUOTA -> new QuotaTarget(comparator(), text(), nullable(this::decimal), nullable(this::unit), year,
                    startYear, annual, modality, text);
        };
        return target.withDates(nullable(this::dates)).withDimensions(dimensions())
                .withYearImplied(nullable(() -> new ImpliedYear(pick(ImpliedYear.Basis.values()), string())));
    }

    /**
     * Returns a decimal: one of the special values listed in the class documentation, or a random
     * unscaled value of up to 120 bits with a scale from -30 to 80 and either sign.
     *
     * @return the value, not null
     */
    public BigDecimal decimal() {
        if (random.nextInt(5) == 0) {
            return new BigDecimal(pick(SPECIAL_DECIMALS));
        }
        BigInteger unscaled = new BigInteger(1 + random.nextInt(120), random);
        if (random.nextBoolean()) {
            unscaled = unscaled.negate();
        }
        int scale = random.nextInt(4) == 0 ? random.nextInt(111) - 30 : random.nextInt(4);
        return new BigDecimal(unscaled, scale);
    }

    /**
     * Returns a string mixing scripts, emoji and characters that JSON escapes.
     *
     * @return the string, possibly empty, not null
     */
    public String string() {
        StringBuilder s = new StringBuilder();
        int parts = random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            if (random.nextInt(6) == 0) {
                s.appendCodePoint(codePoint());
            } else {
                s.append(pick(WORDS));
            }
        }
        return s.toString();
    }

    /**
     * Returns a text in zero to three languages.
     *
     * @return the text, not null
     */
    public Text text() {
        int languages = random.nextInt(4);
        TreeMap<String, String> values = new TreeMap<>();
        for (int i = 0; i < languages; i++) {
            values.put(pick(TAGS), string());
        }
        return new Text(values);
    }

    private String identifier() {
        return (random.nextInt(3) == 0 ? "标识" : "id-") + random.nextInt(100_000) + string();
    }

    private int codePoint() {
        while (true) {
            int cp = random.nextInt(4) == 0 ? 0x10000 + random.nextInt(0x10FFFF - 0x10000 + 1) : random.nextInt(0x10000);
            if (!Character.isSurrogate((char) cp) || cp >= 0x10000) {
                return cp;
            }
        }
    }

    private Year year() {
        return switch (random.nextInt(20)) {
            case 0 -> Year.of(Year.MIN_VALUE);
            case 1 -> Year.of(Year.MAX_VALUE);
            case 2 -> Year.of(random.nextInt(20_000) - 10_000);
            default -> Year.of(1990 + random.nextInt(50));
        };
    }

    private YearRange yearRange() {
        return new YearRange(year(), year());
    }

    private LocalDate date() {
        return random.nextInt(20) == 0 ? LocalDate.of(10_000 + random.nextInt(1000), 1 + random.nextInt(12), 1)
                : LocalDate.of(1949, 10, 1).plusDays(random.nextInt(55_000));
    }

    private int integer() {
        return switch (random.nextInt(10)) {
            case 0 -> Integer.MIN_VALUE;
            case 1 -> Integer.MAX_VALUE;
            case 2 -> random.nextInt();
            default -> 1 + random.nextInt(100);
        };
    }

    private String code() {
        StringBuilder s = new StringBuilder().append((char) ('a' + random.nextInt(26)));
        int groups = random.nextInt(3);
        for (int i = 0; i < groups; i++) {
            s.append('-').append(random.nextInt(1000));
        }
        return s.toString();
    }

    private Unit unit() {
        Unit plain = Unit.of(random.nextInt(4) == 0 ? code() : pick(UNIT_CODES),
                random.nextInt(3) == 0 ? random.nextInt(61) - 30 : 0);
        Unit named = random.nextInt(6) == 0 ? plain.withSubstance(code()) : plain;
        return random.nextInt(5) == 0 ? named.per(Unit.of(pick(UNIT_CODES), random.nextInt(5))
                .withSubstance(random.nextBoolean() ? code() : null)) : named;
    }

    private Category category() {
        return random.nextBoolean() ? Category.INNOVATION : Category.of(code());
    }

    private JurisdictionLevel level() {
        return random.nextBoolean() ? JurisdictionLevel.DISTRICT : JurisdictionLevel.of(code());
    }

    private Comparison comparator() {
        return pick(Comparison.values());
    }

    private IndicatorReference reference() {
        return new IndicatorReference(nullable(this::identifier), identifier());
    }

    private SourceDocument sourceDocument() {
        return new SourceDocument(identifier(), text(), text(), nullable(this::date), nullable(this::string));
    }

    private BaseUnit baseUnit() {
        return new BaseUnit(code(), pick(Dimension.values()), text(),
                nullable(() -> new Conversion(code(), positive(), positive())));
    }

    private BigDecimal positive() {
        return new BigDecimal(BigInteger.valueOf(1 + random.nextInt(1_000_000)), random.nextInt(8) - 2);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T nullable(Supplier<T> supplier) {
        return random.nextBoolean() ? supplier.get() : null;
    }

    private <T> List<T> list(int max, Supplier<T> element) {
        int size = random.nextInt(max + 1);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }
}
