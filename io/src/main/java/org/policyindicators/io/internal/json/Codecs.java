package org.policyindicators.io.internal.json;

import static org.policyindicators.io.internal.json.Codec.DATE;
import static org.policyindicators.io.internal.json.Codec.DECIMAL;
import static org.policyindicators.io.internal.json.Codec.INT;
import static org.policyindicators.io.internal.json.Codec.STRING;
import static org.policyindicators.io.internal.json.Codec.TEXT;
import static org.policyindicators.io.internal.json.Codec.YEAR;
import static org.policyindicators.io.internal.json.RecordCodec.constant;
import static org.policyindicators.io.internal.json.RecordCodec.flag;
import static org.policyindicators.io.internal.json.RecordCodec.list;
import static org.policyindicators.io.internal.json.RecordCodec.optional;
import static org.policyindicators.io.internal.json.RecordCodec.required;
import static org.policyindicators.io.internal.json.RecordCodec.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.policyindicators.core.Aspect;
import org.policyindicators.core.Attribute;
import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Category;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Conversion;
import org.policyindicators.core.CategoryDefinition;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.Dimension;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Disaggregation;
import org.policyindicators.core.IndicatorCode;
import org.policyindicators.core.Organisation;
import org.policyindicators.core.Direction;
import org.policyindicators.core.Goal;
import org.policyindicators.core.ImpliedYear;
import org.policyindicators.core.GoalReference;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.IndicatorReference;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.JurisdictionLevel;
import org.policyindicators.core.Modality;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Provenance;
import org.policyindicators.core.RankKind;
import org.policyindicators.core.SourceDocument;
import org.policyindicators.core.Target;
import org.policyindicators.core.TargetKind;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.internal.json.RecordCodec.Field;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The table of the format: one row per JSON field of every type. A field's name is written here
 * once; its order is the order in which it is written, which is also the order of the record's
 * components. The JSON Schema describes the same fields, and a test holds the two together.
 */
public final class Codecs {

    private Codecs() {
    }

    /** The format versions read: major version 1, any minor version. */
    private static final Pattern READABLE_FORMAT = Pattern.compile("policy-indicators/1\\.(0|[1-9][0-9]{0,8})");

    /** A document's {@code format} version, checked when read. */
    static final Codec<String> FORMAT = Codec.of((p, ctxt) -> {
        String format = Reading.string(p, ctxt);
        if (!READABLE_FORMAT.matcher(format).matches()) {
            throw Reading.invalid(p, String.class, "Unsupported format " + Reading.excerpt(format)
                    + ": this library reads policy-indicators/1.x documents (it writes " + PolicyJson.FORMAT
                    + ")", format);
        }
        return format;
    }, STRING::write);

    /** The error for a document without its {@code format}. */
    static MismatchedInputException missingFormat(JsonParser p, String noun) {
        return Reading.mismatch(p, String.class, "Missing required field 'format' in " + noun
                + "; a document starts with \"format\": \"" + PolicyJson.FORMAT + "\"");
    }

    /** An open code (a unit's, a substance, a code scheme): a string, checked as kebab case by the model. */
    public static final Codec<String> CODE = Codec.of(Reading::string, STRING::write);

    /** The codes of the model, each read through the model's own factory. */
    static final Codec<PlanKind> PLAN_KIND = Codec.code(PlanKind.class, PlanKind::code, PlanKind::ofCode);
    static final Codec<Polarity> POLARITY = Codec.code(Polarity.class, Polarity::code, Polarity::ofCode);
    static final Codec<Attribute> ATTRIBUTE = Codec.code(Attribute.class, Attribute::code, Attribute::ofCode);
    static final Codec<Modality> MODALITY = Codec.code(Modality.class, Modality::code, Modality::ofCode);
    static final Codec<Comparison> COMPARATOR =
            Codec.code(Comparison.class, Comparison::code, Comparison::ofCode);
    static final Codec<ObservationStatus> OBSERVATION_STATUS =
            Codec.code(ObservationStatus.class, ObservationStatus::code, ObservationStatus::ofCode);
    static final Codec<Direction> DIRECTION = Codec.code(Direction.class, Direction::code, Direction::ofCode);
    static final Codec<ChangeMode> CHANGE_MODE =
            Codec.code(ChangeMode.class, ChangeMode::code, ChangeMode::ofCode);
    static final Codec<Aspect> ASPECT = Codec.code(Aspect.class, Aspect::code, Aspect::ofCode);
    static final Codec<RankKind> RANK_KIND = Codec.code(RankKind.class, RankKind::code, RankKind::ofCode);
    static final Codec<Dimension> DIMENSION = Codec.code(Dimension.class, Dimension::code, Dimension::ofCode);
    static final Codec<TargetKind> TARGET_KIND =
            Codec.code(TargetKind.class, TargetKind::code, TargetKind::ofCode);
    static final Codec<Category> CATEGORY = Codec.code(Category.class, Category::code, Category::of);
    static final Codec<JurisdictionLevel> JURISDICTION_LEVEL =
            Codec.code(JurisdictionLevel.class, JurisdictionLevel::code, JurisdictionLevel::of);
    static final Codec<ImpliedYear.Basis> IMPLIED_YEAR_BASIS =
            Codec.code(ImpliedYear.Basis.class, ImpliedYear.Basis::code, ImpliedYear.Basis::ofCode);

    /** {@code {"start": 2021, "end": 2025}}. */
    public static final RecordCodec<YearRange> YEAR_RANGE = RecordCodec.of(YearRange.class, "a year range",
            required("start", YEAR),
            required("end", YEAR));

    /** {@code {"code": "cny", "scale": 8}}, a rate with {@code "per"}, a substance with {@code "substance"}. */
    public static final RecordCodec<Unit> UNIT = RecordCodec.of(Unit.class, "a unit",
            required("code", CODE),
            optional("scale", INT, 0),
            optional("per", Codec.SELF),
            optional("substance", CODE));

    /** {@code {"start": "2021-01-01", "end": "2021-03-31"}}. */
    public static final RecordCodec<DatePeriod> DATE_PERIOD = RecordCodec.of(DatePeriod.class, "a date period",
            required("start", DATE),
            required("end", DATE));

    /** {@code {"sex": "female", "area": "rural"}}: dimension codes to value codes, in code order. */
    static final Codec<Dimensions> DIMENSIONS = Codec.of((p, ctxt) -> {
        Map<String, String> values = Reading.stringMap(p, ctxt, Dimensions.class, "dimensions (dimension to value)");
        try {
            return values.isEmpty() ? Dimensions.TOTAL : new Dimensions(values);
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, Dimensions.class, "the dimensions", e);
        }
    }, (value, g, ctxt) -> Codec.writeStrings(value, value.values(), g, ctxt));

    /** A reference to an indicator, in the same plan or another. */
    public static final RecordCodec<IndicatorReference> INDICATOR_REFERENCE =
            RecordCodec.of(IndicatorReference.class, "an indicator reference",
                    optional("plan", STRING),
                    required("indicator", STRING));

    /** A reference to a goal of a plan. */
    public static final RecordCodec<GoalReference> GOAL_REFERENCE =
            RecordCodec.of(GoalReference.class, "a goal reference",
                    required("plan", STRING),
                    required("goal", STRING));

    /** A baseline: a value or, for a qualitative indicator, a state. */
    public static final RecordCodec<Baseline> BASELINE = RecordCodec.of(Baseline.class, "a baseline",
            required("year", YEAR),
            optional("startYear", YEAR),
            optional("value", DECIMAL),
            optional("unit", UNIT),
            optional("bound", COMPARATOR),
            text("state"),
            optional("dates", DATE_PERIOD),
            optional("dimensions", DIMENSIONS, Dimensions.TOTAL));

    /** An observation. */
    public static final RecordCodec<Observation> OBSERVATION = RecordCodec.of(Observation.class, "an observation",
            required("year", YEAR),
            optional("startYear", YEAR),
            optional("value", DECIMAL),
            optional("unit", UNIT),
            optional("bound", COMPARATOR),
            required("status", OBSERVATION_STATUS),
            flag("historical"),
            optional("source", STRING),
            text("state"),
            optional("dates", DATE_PERIOD),
            optional("dimensions", DIMENSIONS, Dimensions.TOTAL));

    /** {@code {"basis": "heading", "context": "到2025年"}}: why a target's year is implied; no context for none quoted. */
    public static final RecordCodec<ImpliedYear> IMPLIED_YEAR = RecordCodec.of(ImpliedYear.class, "an implied year",
            required("basis", IMPLIED_YEAR_BASIS),
            optional("context", STRING, ""));

    /** The rows that every kind of target has, after its own. */
    private static final Field[] TARGET_COMMON = {
        optional("year", YEAR),
        optional("startYear", YEAR),
        flag("annual"),
        optional("modality", MODALITY, Modality.PLAIN),
        text("text"),
        optional("dates", DATE_PERIOD),
        optional("dimensions", DIMENSIONS, Dimensions.TOTAL),
        optional("yearImplied", IMPLIED_YEAR),
    };

    /** Targets of every kind, told apart by {@code "type"}. */
    public static final TargetCodec TARGET = new TargetCodec(targetKinds(), TARGET_COMMON.length);

    private static Map<TargetKind, RecordCodec<? extends Target>> targetKinds() {
        Map<TargetKind, RecordCodec<? extends Target>> kinds = new EnumMap<>(TargetKind.class);
        target(kinds, TargetKind.LEVEL, required("comparator", COMPARATOR), required("value", DECIMAL),
                optional("unit", UNIT), flag("essentially"));
        target(kinds, TargetKind.RANGE, required("min", DECIMAL), required("max", DECIMAL), optional("unit", UNIT));
        target(kinds, TargetKind.MULTIPLE, required("factor", DECIMAL), required("comparator", COMPARATOR),
                optional("baseYear", YEAR));
        target(kinds, TargetKind.CHANGE, required("mode", CHANGE_MODE), required("comparator", COMPARATOR),
                required("value", DECIMAL), optional("unit", UNIT), optional("baseYear", YEAR));
        for (TargetKind kind : List.of(TargetKind.GROWTH, TargetKind.AVERAGE, TargetKind.CUMULATIVE)) {
            target(kinds, kind, required("comparator", COMPARATOR), required("value", DECIMAL), optional("unit", UNIT));
        }
        target(kinds, TargetKind.RELATIVE, required("comparator", COMPARATOR), required("aspect", ASPECT),
                optional("reference", INDICATOR_REFERENCE), text("benchmark"), optional("referenceAspect", ASPECT),
                optional("tolerance", DECIMAL));
        target(kinds, TargetKind.DIRECTION, required("direction", DIRECTION));
        target(kinds, TargetKind.QUALITATIVE);
        target(kinds, TargetKind.RANK, required("comparator", COMPARATOR), required("rank", INT),
                required("rankKind", RANK_KIND), text("scope"));
        target(kinds, TargetKind.GRADE, required("comparator", COMPARATOR), required("grade", INT),
                flag("lowerIsBetter"), text("label"), text("scale"));
        target(kinds, TargetKind.ZERO, flag("essentially"));
        target(kinds, TargetKind.SHARE, required("comparator", COMPARATOR), required("value", DECIMAL),
                optional("unit", UNIT), text("whole"), optional("wholeIndicator", INDICATOR_REFERENCE));
        target(kinds, TargetKind.QUOTA, required("comparator", COMPARATOR), text("assignedBy"),
                optional("value", DECIMAL), optional("unit", UNIT));
        return kinds;
    }

    private static void target(Map<TargetKind, RecordCodec<? extends Target>> kinds, TargetKind kind, Field... own) {
        List<Field> rows = new ArrayList<>();
        rows.add(constant("type", TARGET_KIND, kind));
        rows.addAll(Arrays.asList(own));
        rows.addAll(Arrays.asList(TARGET_COMMON));
        kinds.put(kind, new RecordCodec<>(kind.type(), Target.class, "a target of type '" + kind.code() + "'",
                rows.toArray(new Field[0])));
    }

    /** Where a value comes from: a document and the exact quote. */
    public static final RecordCodec<Provenance> PROVENANCE = RecordCodec.of(Provenance.class, "a provenance",
            required("document", STRING),
            required("quote", STRING),
            optional("location", STRING));

    /** A code of an indicator in an outside framework. */
    public static final RecordCodec<IndicatorCode> INDICATOR_CODE = RecordCodec.of(IndicatorCode.class,
            "an indicator code",
            required("scheme", CODE),
            required("code", STRING),
            optional("uri", STRING));

    /** A dimension an indicator is broken down by. */
    public static final RecordCodec<Disaggregation> DISAGGREGATION = RecordCodec.of(Disaggregation.class,
            "a disaggregation",
            required("dimension", STRING),
            text("name"),
            list("values", STRING),
            flag("parts"));

    /** An organisation a plan names. */
    public static final RecordCodec<Organisation> ORGANISATION = RecordCodec.of(Organisation.class,
            "an organisation",
            required("id", STRING),
            text("name"),
            optional("type", STRING),
            optional("ref", STRING));

    /** The label of a category. */
    public static final RecordCodec<CategoryDefinition> CATEGORY_DEFINITION =
            RecordCodec.of(CategoryDefinition.class, "a category definition",
                    required("code", CATEGORY),
                    text("label"));

    /** An indicator. */
    public static final RecordCodec<Indicator> INDICATOR = RecordCodec.of(Indicator.class, "an indicator",
            required("id", STRING),
            text("name"),
            text("definition"),
            optional("unit", UNIT),
            optional("category", CATEGORY),
            optional("attribute", ATTRIBUTE),
            optional("polarity", POLARITY, Polarity.NEUTRAL),
            flag("flow"),
            list("baselines", BASELINE),
            list("targets", TARGET),
            list("observations", OBSERVATION),
            list("components", STRING),
            list("provenance", PROVENANCE),
            list("codes", INDICATOR_CODE),
            list("disaggregations", DISAGGREGATION));

    /** A goal and its sub-goals. */
    public static final RecordCodec<Goal> GOAL = RecordCodec.of(Goal.class, "a goal",
            required("id", STRING),
            text("title"),
            text("description"),
            optional("category", CATEGORY),
            optional("horizon", YEAR_RANGE),
            list("alignsWith", GOAL_REFERENCE),
            list("indicators", INDICATOR),
            list("goals", Codec.SELF));

    /** A source document of a plan. */
    public static final RecordCodec<SourceDocument> SOURCE_DOCUMENT =
            RecordCodec.of(SourceDocument.class, "a source document",
                    required("id", STRING),
                    text("title"),
                    text("publisher"),
                    optional("date", DATE),
                    optional("address", STRING));

    /** How a plan's own unit converts into another unit. */
    public static final RecordCodec<Conversion> CONVERSION = RecordCodec.of(Conversion.class, "a conversion",
            required("unit", CODE),
            required("numerator", DECIMAL),
            required("denominator", DECIMAL));

    /** A unit that a plan defines. */
    public static final RecordCodec<BaseUnit> BASE_UNIT = RecordCodec.of(BaseUnit.class, "a base unit",
            required("code", CODE),
            required("dimension", DIMENSION),
            text("symbol"),
            optional("conversion", CONVERSION));

    /** A plan document: {@code "format"} first. */
    public static final RecordCodec<Plan> PLAN = RecordCodec.of(Plan.class, "a plan",
            constant("format", FORMAT, PolicyJson.FORMAT),
            required("id", STRING),
            required("kind", PLAN_KIND),
            text("title"),
            required("issuer", STRING),
            required("horizon", YEAR_RANGE),
            optional("visionHorizon", YEAR_RANGE),
            optional("adopted", DATE),
            list("sources", SOURCE_DOCUMENT),
            list("units", BASE_UNIT),
            list("goals", GOAL),
            list("organisations", ORGANISATION),
            list("categories", CATEGORY_DEFINITION));

    /** A jurisdiction. */
    public static final RecordCodec<Jurisdiction> JURISDICTION = RecordCodec.of(Jurisdiction.class, "a jurisdiction",
            required("id", STRING),
            text("name"),
            required("level", JURISDICTION_LEVEL),
            optional("code", STRING),
            optional("parent", STRING));

    /** A jurisdiction document: {@code "format"} first; the list is written even when empty. */
    public static final RecordCodec<JurisdictionList> JURISDICTION_LIST =
            RecordCodec.of(JurisdictionList.class, "a jurisdiction list",
                    constant("format", FORMAT, PolicyJson.FORMAT),
                    required("jurisdictions", new Codec.ListOf<>(JURISDICTION)));

    /** Every record codec of the table, for the module and for the test against the schema. */
    public static final List<RecordCodec<?>> RECORDS = List.of(YEAR_RANGE, UNIT, DATE_PERIOD, INDICATOR_REFERENCE,
            GOAL_REFERENCE, BASELINE, OBSERVATION, IMPLIED_YEAR, PROVENANCE, INDICATOR_CODE, DISAGGREGATION, INDICATOR, GOAL,
            SOURCE_DOCUMENT, CONVERSION, BASE_UNIT, ORGANISATION, CATEGORY_DEFINITION, PLAN, JURISDICTION,
            JURISDICTION_LIST);

    /** Every code of the table and the text, with their types, for the module. */
    public static final Map<Class<?>, Codec<?>> VALUES = Map.ofEntries(Map.entry(PlanKind.class, PLAN_KIND),
            Map.entry(Polarity.class, POLARITY), Map.entry(Attribute.class, ATTRIBUTE),
            Map.entry(Modality.class, MODALITY), Map.entry(Comparison.class, COMPARATOR),
            Map.entry(ObservationStatus.class, OBSERVATION_STATUS), Map.entry(Direction.class, DIRECTION),
            Map.entry(ChangeMode.class, CHANGE_MODE), Map.entry(Aspect.class, ASPECT),
            Map.entry(RankKind.class, RANK_KIND), Map.entry(Dimension.class, DIMENSION),
            Map.entry(TargetKind.class, TARGET_KIND), Map.entry(Category.class, CATEGORY),
            Map.entry(JurisdictionLevel.class, JURISDICTION_LEVEL), Map.entry(Text.class, TEXT),
            Map.entry(Dimensions.class, DIMENSIONS), Map.entry(ImpliedYear.Basis.class, IMPLIED_YEAR_BASIS));
}
