package org.policyindicators.io.internal.json;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.policyindicators.core.Aspect;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparator;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.GradeTarget;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.IndicatorReference;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Modality;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.QualitativeTarget;
import org.policyindicators.core.QuotaTarget;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.RankKind;
import org.policyindicators.core.RankTarget;
import org.policyindicators.core.RelativeTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.TargetKind;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.ZeroTarget;
import org.policyindicators.io.SkippedField;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads a {@link Target} of any kind. The {@code "type"} field names the kind by its
 * {@link TargetKind#code() code}; no class name is ever read. A field that belongs to another
 * kind of target is an unknown field. Writers put {@code "type"} first; when it comes later, the
 * fields before it are checked once it is known.
 */
public final class TargetDeserializer extends StdDeserializer<Target> {

    /** The instance; it holds no state. */
    public static final TargetDeserializer INSTANCE = new TargetDeserializer();

    private static final String NOUN = "a target";

    /** Every field of every kind, in the order of their bits. */
    private static final List<String> NAMES = List.of("type", "comparator", "value", "unit", "min", "max", "factor",
            "baseYear", "mode", "aspect", "reference", "benchmark", "direction", "rank", "rankKind", "scope", "grade",
            "lowerIsBetter", "label", "scale", "whole", "wholeIndicator", "assignedBy", "year", "startYear", "annual",
            "modality", "text");

    /** The index of each name in {@link #NAMES}: a lookup per field, where indexOf compared up to 28 strings. */
    private static final Map<String, Integer> INDEX;

    static {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            index.put(NAMES.get(i), i);
        }
        INDEX = Map.copyOf(index);
    }

    private static final List<String> COMMON = List.of("year", "startYear", "annual", "modality", "text");

    /** The fields of each kind, "type" first, in the order they are written. */
    private static final Map<TargetKind, List<String>> FIELDS = new EnumMap<>(TargetKind.class);
    private static final Map<TargetKind, List<String>> REQUIRED = new EnumMap<>(TargetKind.class);
    private static final long[] ALLOWED = new long[TargetKind.values().length];

    static {
        kind(TargetKind.LEVEL, "comparator value unit", "comparator value");
        kind(TargetKind.RANGE, "min max unit", "min max");
        kind(TargetKind.MULTIPLE, "factor comparator baseYear", "factor comparator");
        kind(TargetKind.CHANGE, "mode comparator value unit", "mode comparator value");
        kind(TargetKind.GROWTH, "comparator value unit", "comparator value");
        kind(TargetKind.CUMULATIVE, "comparator value unit", "comparator value");
        kind(TargetKind.RELATIVE, "comparator aspect reference benchmark", "comparator aspect");
        kind(TargetKind.DIRECTION, "direction", "direction");
        kind(TargetKind.QUALITATIVE, "", "");
        kind(TargetKind.RANK, "comparator rank rankKind scope", "comparator rank rankKind");
        kind(TargetKind.GRADE, "comparator grade lowerIsBetter label scale", "comparator grade");
        kind(TargetKind.ZERO, "", "");
        kind(TargetKind.SHARE, "comparator value unit whole wholeIndicator", "comparator value");
        kind(TargetKind.QUOTA, "comparator assignedBy value unit", "comparator");
    }

    private static void kind(TargetKind kind, String own, String required) {
        List<String> names = new ArrayList<>();
        names.add("type");
        if (!own.isEmpty()) {
            names.addAll(Arrays.asList(own.split(" ")));
        }
        names.addAll(COMMON);
        long mask = 0;
        for (String name : names) {
            mask |= bit(NAMES.indexOf(name));
        }
        FIELDS.put(kind, List.copyOf(names));
        REQUIRED.put(kind, required.isEmpty() ? List.of() : List.of(required.split(" ")));
        ALLOWED[kind.ordinal()] = mask;
    }

    private static long bit(int index) {
        if (index < 0) {
            throw new IllegalStateException("no such target field");
        }
        return 1L << index;
    }

    /**
     * Returns the names of the fields of targets of one kind, {@code "type"} first.
     *
     * @param kind the kind, not null
     * @return the field names, not null
     */
    public static List<String> fieldNames(TargetKind kind) {
        return FIELDS.get(kind);
    }

    private TargetDeserializer() {
        super(Target.class);
    }

    /** A field read before {@code "type"}, to check against the kind once it is known. */
    private record Early(String name, long bit, String pointer, TokenStreamLocation location) {
    }

    @Override
    public Target deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.startObject(p, Target.class, NOUN);
        TargetKind kind = null;
        Comparator comparator = null;
        BigDecimal value = null;
        Unit unit = null;
        BigDecimal min = null;
        BigDecimal max = null;
        BigDecimal factor = null;
        Year baseYear = null;
        ChangeMode mode = null;
        Aspect aspect = null;
        IndicatorReference reference = null;
        Text benchmark = Text.EMPTY;
        Direction direction = null;
        Integer rank = null;
        RankKind rankKind = null;
        Text scope = Text.EMPTY;
        Integer grade = null;
        boolean lowerIsBetter = false;
        Text label = Text.EMPTY;
        Text scale = Text.EMPTY;
        Text whole = Text.EMPTY;
        IndicatorReference wholeIndicator = null;
        Text assignedBy = Text.EMPTY;
        Year year = null;
        Year startYear = null;
        boolean annual = false;
        Modality modality = Modality.PLAIN;
        Text text = Text.EMPTY;
        long seen = 0;
        List<Early> early = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            try {
                Integer found = INDEX.get(name);
                if (found == null) {
                    Reading.unknown(p, ctxt, Target.class, kind == null ? NOUN : noun(kind),
                            kind == null ? List.copyOf(NAMES) : List.copyOf(FIELDS.get(kind)));
                    continue;
                }
                int index = found;
                long bit = bit(index);
                if (kind != null && (ALLOWED[kind.ordinal()] & bit) == 0) {
                    notOfKind(p, ctxt, kind);
                    continue;
                }
                seen = Reading.once(p, Target.class, seen, bit);
                if (kind == null && index != 0 && !COMMON.contains(name)) {
                    if (early == null) {
                        early = new ArrayList<>();
                    }
                    early.add(new Early(name, bit, Reading.pointer(p), p.currentTokenLocation()));
                }
                switch (name) {
                    case "type" -> {
                        kind = Reading.code(p, ctxt, TargetKind.class, TargetKind::ofCode);
                        if (early != null) {
                            seen &= ~checkEarly(p, ctxt, kind, early);
                        }
                    }
                    case "comparator" -> comparator = Reading.code(p, ctxt, Comparator.class, Comparator::ofCode);
                    case "value" -> value = Reading.decimal(p, ctxt);
                    case "unit" -> unit = UnitDeserializer.INSTANCE.deserialize(p, ctxt);
                    case "min" -> min = Reading.decimal(p, ctxt);
                    case "max" -> max = Reading.decimal(p, ctxt);
                    case "factor" -> factor = Reading.decimal(p, ctxt);
                    case "baseYear" -> baseYear = Reading.year(p, ctxt);
                    case "mode" -> mode = Reading.code(p, ctxt, ChangeMode.class, ChangeMode::ofCode);
                    case "aspect" -> aspect = Reading.code(p, ctxt, Aspect.class, Aspect::ofCode);
                    case "reference" -> reference = IndicatorReferenceDeserializer.INSTANCE.deserialize(p, ctxt);
                    case "benchmark" -> benchmark = TextDeserializer.INSTANCE.deserialize(p, ctxt);
                    case "direction" -> direction = Reading.code(p, ctxt, Direction.class, Direction::ofCode);
                    case "rank" -> rank = Reading.integer(p, ctxt);
                    case "rankKind" -> rankKind = Reading.code(p, ctxt, RankKind.class, RankKind::ofCode);
                    case "scope" -> scope = TextDeserializer.INSTANCE.deserialize(p, ctxt);
                    case "grade" -> grade = Reading.integer(p, ctxt);
                    case "lowerIsBetter" -> lowerIsBetter = Reading.bool(p, ctxt);
                    case "label" -> label = TextDeserializer.INSTANCE.deserialize(p, ctxt);
                    case "scale" -> scale = TextDeserializer.INSTANCE.deserialize(p, ctxt);
                    case "whole" -> whole = TextDeserializer.INSTANCE.deserialize(p, ctxt);
                    case "wholeIndicator" ->
                        wholeIndicator = IndicatorReferenceDeserializer.INSTANCE.deserialize(p, ctxt);
                    case "assignedBy" -> assignedBy = TextDeserializer.INSTANCE.deserialize(p, ctxt);
                    case "year" -> year = Reading.year(p, ctxt);
                    case "startYear" -> startYear = Reading.year(p, ctxt);
                    case "annual" -> annual = Reading.bool(p, ctxt);
                    case "modality" -> modality = Reading.code(p, ctxt, Modality.class, Modality::ofCode);
                    case "text" -> text = TextDeserializer.INSTANCE.deserialize(p, ctxt);
                    default -> throw new IllegalStateException(name);
                }
            } catch (JacksonException e) {
                throw Reading.wrap(e, Target.class, name);
            }
        }
        if (kind == null) {
            throw Reading.missing(p, Target.class, NOUN, "type");
        }
        for (String required : REQUIRED.get(kind)) {
            if ((seen & bit(NAMES.indexOf(required))) == 0) {
                throw Reading.missing(p, Target.class, noun(kind), required);
            }
        }
        try {
            return switch (kind) {
                case LEVEL -> new LevelTarget(comparator, value, unit, year, startYear, annual, modality, text);
                case RANGE -> new RangeTarget(min, max, unit, year, startYear, annual, modality, text);
                case MULTIPLE ->
                    new MultipleTarget(factor, comparator, baseYear, year, startYear, annual, modality, text);
                case CHANGE -> new ChangeTarget(mode, comparator, value, unit, year, startYear, annual, modality, text);
                case GROWTH -> new GrowthTarget(comparator, value, unit, year, startYear, annual, modality, text);
                case CUMULATIVE ->
                    new CumulativeTarget(comparator, value, unit, year, startYear, annual, modality, text);
                case RELATIVE -> new RelativeTarget(comparator, aspect, reference, benchmark, year, startYear, annual,
                        modality, text);
                case DIRECTION -> new DirectionTarget(direction, year, startYear, annual, modality, text);
                case QUALITATIVE -> new QualitativeTarget(year, startYear, annual, modality, text);
                case RANK -> new RankTarget(comparator, rank, rankKind, scope, year, startYear, annual, modality, text);
                case GRADE -> new GradeTarget(comparator, grade, lowerIsBetter, label, scale, year, startYear, annual,
                        modality, text);
                case ZERO -> new ZeroTarget(year, startYear, annual, modality, text);
                case SHARE -> new ShareTarget(comparator, value, unit, whole, wholeIndicator, year, startYear, annual,
                        modality, text);
                case QUOTA ->
                    new QuotaTarget(comparator, assignedBy, value, unit, year, startYear, annual, modality, text);
            };
        } catch (RuntimeException e) {
            throw Reading.rejected(p, ctxt, Target.class, noun(kind), e);
        }
    }

    /**
     * Checks the fields read before the type against the kind. Returns the bits of those that
     * were skipped and reported, so that their values count as absent.
     */
    private static long checkEarly(JsonParser p, DeserializationContext ctxt, TargetKind kind, List<Early> early) {
        long skipped = 0;
        for (Early field : early) {
            if ((ALLOWED[kind.ordinal()] & field.bit()) == 0) {
                Consumer<SkippedField> listener = Reading.listener(ctxt);
                if (listener == null) {
                    throw new PointedException(p, unknownMessage(field.name(), kind), field.location(),
                            Target.class, field.name(), List.copyOf(FIELDS.get(kind)), field.pointer());
                }
                listener.accept(new SkippedField(field.pointer(), field.location().getLineNr(),
                        field.location().getColumnNr()));
                skipped |= field.bit();
            }
        }
        return skipped;
    }

    private static void notOfKind(JsonParser p, DeserializationContext ctxt, TargetKind kind) {
        Consumer<SkippedField> listener = Reading.listener(ctxt);
        if (listener != null) {
            Reading.skip(p, listener);
            return;
        }
        String name = p.currentName();
        throw new UnrecognizedPropertyException(p, unknownMessage(name, kind), p.currentTokenLocation(),
                Target.class, name, List.copyOf(FIELDS.get(kind)));
    }

    private static String unknownMessage(String name, TargetKind kind) {
        return "Unknown field '" + name + "' in " + noun(kind) + "; the fields of " + noun(kind) + " are: "
                + String.join(", ", FIELDS.get(kind));
    }

    private static String noun(TargetKind kind) {
        return "a target of type '" + kind.code() + "'";
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return List.copyOf(NAMES);
    }
}
