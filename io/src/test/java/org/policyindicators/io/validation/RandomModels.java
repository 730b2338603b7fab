package org.policyindicators.io.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.policyindicators.core.Aspect;
import org.policyindicators.core.AverageTarget;
import org.policyindicators.core.Attribute;
import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Category;
import org.policyindicators.core.CategoryDefinition;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Disaggregation;
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
import org.policyindicators.core.ImpliedYear;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.IndicatorReference;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.JurisdictionLevel;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Modality;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Organisation;
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
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.YearRange;
import org.policyindicators.core.ZeroTarget;

/**
 * Builds arbitrary models through the public constructors, from a seeded {@link Random}:
 * inverted horizons, unknown units, dangling and cyclic references, repeated identifiers,
 * extreme years and numbers with huge digits or exponents; qualitative indicators and values,
 * dates, dimensions and disaggregations, substances, organisations and category labels.
 */
final class RandomModels {

    private static final String[] IDS = {"a", "b", "c", "gdp", "x-1", "003", "bad id", "x/y", "~0", "长", "A.b_c"};
    private static final String[] PLAN_IDS = {"p1", "p2", "p3", "p 4"};
    private static final String[] UNITS = {"cny", "usd", "percent", "per-mille", "times", "percentage-point",
        "household", "person", "item", "mu", "square-metre", "hectare", "kilometre", "year", "day", "tce", "grade",
        "class", "rank", "foo", "own-unit"};
    private static final String[] SUBSTANCES = {"co2", "death", "live-birth"};
    private static final Dimensions[] DIMENSIONS = {Dimensions.of("sex", "female"), Dimensions.of("sex", "male"),
        Dimensions.of("sex", "other"), Dimensions.of("area", "urban"),
        Dimensions.of("sex", "female").with("area", "urban")};
    private static final String[] CATEGORIES = {"economic-development", "innovation", "economy", "inovation"};
    private static final String[] CODES = {"140000", "140100", "140109", "14010", "CN", "CN-SX", "cn", null};

    private final Random random;

    RandomModels(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        return pick(type.getEnumConstants());
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    String id() {
        return pick(IDS);
    }

    Year year() {
        int roll = random.nextInt(100);
        if (roll < 85) {
            return Year.of(2010 + random.nextInt(31));
        } else if (roll < 95) {
            return Year.of(random.nextInt(2_000_000_000) - 999_999_999);
        }
        return random.nextBoolean() ? Year.of(Year.MIN_VALUE) : Year.of(Year.MAX_VALUE);
    }

    Year yearOrNull() {
        return chance(10) ? null : year();
    }

    YearRange range() {
        return new YearRange(year(), year());
    }

    BigDecimal value() {
        int roll = random.nextInt(100);
        if (roll < 50) {
            return BigDecimal.valueOf(random.nextInt(2000) - 100, random.nextInt(3));
        } else if (roll < 60) {
            return BigDecimal.ZERO;
        } else if (roll < 70) {
            return new BigDecimal(new BigInteger(random.nextInt(3000) + 1, random), random.nextInt(400) - 200);
        } else if (roll < 80) {
            int scale = random.nextBoolean() ? Integer.MAX_VALUE - random.nextInt(10) : Integer.MIN_VALUE + 1
                    + random.nextInt(10);
            return BigDecimal.valueOf(random.nextInt(100) - 50, scale);
        } else if (roll < 90) {
            return BigDecimal.valueOf(random.nextLong(), random.nextInt(40) - 20);
        }
        return BigDecimal.ONE.scaleByPowerOfTen(random.nextInt(2_000_000) - 1_000_000);
    }

    Unit unit() {
        int scale = chance(70) ? pick(new Integer[] {0, 0, 0, 4, 8}) : random.nextInt(61) - 30;
        Unit unit = Unit.of(pick(UNITS), scale).withSubstance(substance());
        if (chance(5)) {
            // a rate of a unit per itself, such as person/person*1e3
            return unit.per(Unit.of(unit.code(), random.nextInt(7)).withSubstance(substance()));
        }
        return chance(10) ? unit.per(Unit.of(pick(UNITS), random.nextInt(7)).withSubstance(substance())) : unit;
    }

    private String substance() {
        return chance(85) ? null : pick(SUBSTANCES);
    }

    /** Dates near the years the generator favours, in order or not. */
    DatePeriod dates() {
        return chance(80) ? null : DatePeriod.of(date(), date());
    }

    private LocalDate date() {
        return LocalDate.of(2010 + random.nextInt(31), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    /** An implied year, now and then on a target without a year. */
    ImpliedYear yearImplied() {
        return chance(80) ? null : ImpliedYear.of(pick(ImpliedYear.Basis.class), chance(50) ? "" : "到2025年");
    }

    Dimensions dimensions() {
        return chance(60) ? Dimensions.TOTAL : pick(DIMENSIONS);
    }

    Text state() {
        return Text.zh(chance(50) ? "已出台" : "未出台");
    }

    Unit unitOrNull() {
        return chance(50) ? null : unit();
    }

    Text text() {
        return chance(50) ? Text.EMPTY : Text.zh(chance(20) ? "  " : "文字{0}${x}\n");
    }

    Target target() {
        Comparison c = pick(Comparison.class);
        Year y = yearOrNull();
        Year start = chance(20) ? year() : null;
        boolean annual = chance(10);
        Modality m = pick(Modality.class);
        Text t = text();
        return target(c, y, start, annual, m, t).withDates(dates()).withDimensions(dimensions())
                .withYearImplied(yearImplied());
    }

    private Target target(Comparison c, Year y, Year start, boolean annual, Modality m, Text t) {
        return switch (pick(org.policyindicators.core.TargetKind.class)) {
            case LEVEL -> new LevelTarget(c, value(), unitOrNull(), y, start, annual, m, t);
            case RANGE -> new RangeTarget(value(), value(), unitOrNull(), y, start, annual, m, t);
            case MULTIPLE -> new MultipleTarget(value(), c, chance(30) ? year() : null, y, start, annual, m, t);
            case CHANGE -> new ChangeTarget(pick(ChangeMode.class), c, value(), unitOrNull(), y, start, annual, m, t);
            case GROWTH -> new GrowthTarget(c, value(), unitOrNull(), y, start, annual, m, t);
            case AVERAGE -> new AverageTarget(c, value(), unitOrNull(), y, start, annual, m, t);
            case CUMULATIVE -> new CumulativeTarget(c, value(), unitOrNull(), y, start, annual, m, t);
            case RELATIVE -> new RelativeTarget(c, pick(Aspect.class), chance(70) ? indicatorReference() : null,
                    text(), chance(30) ? pick(Aspect.class) : null, chance(30) ? value() : null, y, start, annual, m,
                    t, null, Dimensions.TOTAL);
            case DIRECTION -> new DirectionTarget(pick(Direction.class), y, start, annual, m, t);
            case QUALITATIVE -> new QualitativeTarget(y, start, annual, m, t);
            case RANK -> new RankTarget(c, random.nextInt(200) - 50, pick(RankKind.class), text(), y, start, annual, m,
                    t);
            case GRADE -> new GradeTarget(c, random.nextInt(10) - 3, random.nextBoolean(), text(), text(), y, start,
                    annual, m, t);
            case ZERO -> new ZeroTarget(y, start, annual, m, t);
            case SHARE -> new ShareTarget(c, value(), unitOrNull(), text(), chance(50) ? indicatorReference() : null, y,
                    start, annual, m, t);
            case QUOTA -> new QuotaTarget(c, text(), chance(50) ? value() : null, unitOrNull(), y, start, annual, m, t);
        };
    }

    IndicatorReference indicatorReference() {
        return chance(50) ? IndicatorReference.local(id()) : IndicatorReference.of(pick(PLAN_IDS), id());
    }

    Indicator indicator() {
        Indicator.Builder b = Indicator.builder(id()).unit(chance(10) ? null : unit()).polarity(pick(Polarity.class))
                .flow(chance(20))
                .attribute(chance(80) ? pick(Attribute.class) : null)
                .category(chance(30) ? Category.of(pick(CATEGORIES)) : null);
        for (int i = random.nextInt(4); i > 0; i--) {
            boolean state = chance(15);
            b.baseline(new Baseline(year(), chance(20) ? year() : null, state ? null : value(), unitOrNull(),
                    chance(20) ? pick(Comparison.class) : null, state ? state() : Text.EMPTY, dates(), dimensions()));
        }
        for (int i = random.nextInt(5); i > 0; i--) {
            b.target(target());
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            boolean state = chance(15);
            b.observation(new Observation(year(), chance(20) ? year() : null, state ? null : value(), unitOrNull(),
                    chance(20) ? pick(Comparison.class) : null, pick(ObservationStatus.class), chance(20),
                    chance(50) ? id() : null, state ? state() : Text.EMPTY, dates(), dimensions()));
        }
        if (chance(15)) {
            // a total and its parts by sex for one year, which may or may not add up
            Year y = Year.of(2010 + random.nextInt(31));
            for (Dimensions d : new Dimensions[] {Dimensions.TOTAL, DIMENSIONS[0], DIMENSIONS[1]}) {
                b.observation(new Observation(y, null, BigDecimal.valueOf(random.nextInt(100), 1), null, null,
                        ObservationStatus.ACTUAL, false, null, Text.EMPTY, null, d));
            }
        }
        for (int i = random.nextInt(3); i > 0 && chance(50); i--) {
            b.disaggregation(new Disaggregation(pick(new String[] {"sex", "area"}), Text.EMPTY,
                    chance(70) ? List.of("female", "male") : List.of(), chance(70)));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            b.component(id());
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            b.provenance(new Provenance(id(), chance(20) ? "" : "引文", chance(30) ? "p. 3" : null));
        }
        return b.build();
    }

    Goal goal(int depth) {
        Goal.Builder b = Goal.builder(id()).horizon(chance(40) ? range() : null);
        for (int i = random.nextInt(3); i > 0; i--) {
            b.alignsWith(GoalReference.of(pick(PLAN_IDS), id()));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            b.indicator(indicator());
        }
        if (chance(10)) {
            // a total in persons whose parts are one indicator and one that may not exist, which may exceed it
            Year y = Year.of(2010 + random.nextInt(31));
            b.indicator(Indicator.builder("total").unit(Unit.of("person", 4))
                    .baseline(Baseline.of(y, BigDecimal.valueOf(random.nextInt(100), 1)))
                    .component("part").component(chance(50) ? "missing-part" : id()).build());
            b.indicator(Indicator.builder("part").unit(Unit.of("person", 4))
                    .baseline(Baseline.of(y, BigDecimal.valueOf(random.nextInt(100), 1))).build());
        }
        if (depth < 3) {
            for (int i = random.nextInt(3); i > 0; i--) {
                b.goal(goal(depth + 1));
            }
        }
        return b.build();
    }

    Plan plan() {
        Plan.Builder b = Plan.builder(pick(PLAN_IDS), pick(PlanKind.values().toArray(new PlanKind[0])),
                pick(new String[] {"j1", "j2", "j9", "org-1"}), range()).visionHorizon(chance(50) ? range() : null);
        for (int i = random.nextInt(3); i > 0; i--) {
            b.source(SourceDocument.of(id(), Text.EMPTY));
        }
        if (chance(30)) {
            b.unit(BaseUnit.of("own-unit", pick(Dimension.class), "单位", "unit")
                    .withConversion(Conversion.of(pick(UNITS), random.nextInt(100) + 1, random.nextInt(7) + 1)));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            b.goal(goal(0));
        }
        Plan plan = b.build();
        List<Organisation> organisations = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            organisations.add(Organisation.of(pick(new String[] {"org-1", "org-2", "bad id"}), Text.EMPTY));
        }
        List<CategoryDefinition> categories = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            categories.add(new CategoryDefinition(Category.of(pick(CATEGORIES)), Text.zh("类别")));
        }
        return new Plan(plan.id(), plan.kind(), plan.title(), plan.issuer(), plan.horizon(), plan.visionHorizon(),
                plan.adopted(), plan.sources(), plan.units(), plan.goals(), organisations, categories);
    }

    List<Plan> plans() {
        List<Plan> plans = new ArrayList<>();
        for (int i = random.nextInt(3) + 1; i > 0; i--) {
            plans.add(plan());
        }
        return plans;
    }

    List<Jurisdiction> jurisdictions() {
        List<Jurisdiction> list = new ArrayList<>();
        String[] ids = {"j1", "j2", "j3", "j 4"};
        for (int i = random.nextInt(5); i > 0; i--) {
            list.add(Jurisdiction.of(pick(ids), Text.zh("某地"), JurisdictionLevel.of("district"), pick(CODES),
                    chance(70) ? pick(ids) : null));
        }
        return list;
    }
}
