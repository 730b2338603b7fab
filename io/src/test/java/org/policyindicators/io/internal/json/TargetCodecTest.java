package org.policyindicators.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Modality;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Target;
import org.policyindicators.core.TargetKind;
import org.policyindicators.core.Text;
import org.policyindicators.core.ZeroTarget;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.PolicyJsonException;
import org.policyindicators.io.ReaderOption;
import org.policyindicators.io.SkippedField;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Targets read through their {@code "type"}: in the writers' order, with {@code "type"} later, with fields of
 * another kind or of no kind, and the codec built again from the codecs of the kinds.
 */
class TargetCodecTest {

    /** A plan whose one indicator has one target, alone on line 2 from column 1, so that columns count in it. */
    private static String plan(String target) {
        return "{\"format\": \"policy-indicators/1.1\", \"id\": \"p\", \"kind\": \"other\", \"issuer\": \"j\","
                + " \"horizon\": {\"start\": 2020, \"end\": 2025}, \"goals\": [{\"id\": \"g\", \"indicators\":"
                + " [{\"id\": \"i\", \"targets\": [\n" + target + "]}]}]}";
    }

    private static final String AT = "/goals/0/indicators/0/targets/0";

    /** Every field of every kind: "type", the kinds' own fields in the order of the kinds, then the common ones. */
    private static final List<String> EVERY_FIELD = List.of("type",
            "comparator", "value", "unit", "essentially", // level
            "min", "max", // range
            "factor", "baseYear", // multiple
            "mode", // change; growth, average and cumulative add none
            "aspect", "reference", "benchmark", "referenceAspect", "tolerance", // relative
            "direction", // direction; qualitative adds none
            "rank", "rankKind", "scope", // rank
            "grade", "lowerIsBetter", "label", "scale", // grade; zero adds none
            "whole", "wholeIndicator", // share
            "assignedBy", // quota
            "year", "startYear", "annual", "modality", "text", "dates", "dimensions", "yearImplied");

    private static final String LEVEL_FIELDS = "type, comparator, value, unit, essentially, year, startYear, annual,"
            + " modality, text, dates, dimensions, yearImplied";

    private static Target readOne(PolicyJson json, String target) {
        Plan plan = json.readPlan(plan(target));
        return plan.goals().get(0).indicators().get(0).targets().get(0);
    }

    private static PolicyJsonException error(String target) {
        return catchThrowableOfType(PolicyJsonException.class, () -> readOne(PolicyJson.standard(), target));
    }

    /** Column of the first occurrence of a piece of the target on its line, counted from 1. */
    private static long column(String target, String piece) {
        return target.indexOf(piece) + 1;
    }

    private static LevelTarget atLeastFive(Year year) {
        return new LevelTarget(Comparison.GE, new BigDecimal("5"), null, false, year, null, false, Modality.PLAIN,
                Text.EMPTY, null, Dimensions.TOTAL);
    }

    @Test
    void fieldNames_areTypeThenEachKindsOwnFieldsOnceThenTheCommonFields() {
        assertThat(Codecs.TARGET.fieldNames()).containsExactlyElementsOf(EVERY_FIELD);
    }

    @Test
    void oneKind_namesTheFieldsOfThatKindOnly() {
        assertThat(Codecs.TARGET.oneKind(TargetKind.LEVEL).fieldNames())
                .containsExactly(LEVEL_FIELDS.split(", "));
    }

    @Test
    void read_typeBetweenOtherFields_readsTheTarget() {
        Target target = readOne(PolicyJson.standard(),
                "{\"comparator\": \"ge\", \"type\": \"level\", \"value\": 5, \"year\": 2025}");

        assertThat(target).isEqualTo(atLeastFive(Year.of(2025)));
    }

    @Test
    void read_typeLast_givesTheAbsentFieldsTheirDefaults() {
        Target target = readOne(PolicyJson.standard(), "{\"value\": 5, \"comparator\": \"ge\", \"type\": \"level\"}");

        assertThat(target).isEqualTo(atLeastFive(null));
    }

    @Test
    void read_typeLast_stillRequiresTheKindsRequiredFields() {
        String target = "{\"value\": 5, \"type\": \"level\"}";

        PolicyJsonException e = error(target);

        assertThat(e.problem()).isEqualTo("Missing required field 'comparator' in a target of type 'level'");
        assertThat(e.pointer()).isEqualTo(AT);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(target.length());
    }

    @Test
    void read_aFieldBeforeAndAgainAfterTheType_isADuplicate() {
        String target = "{\"value\": 1, \"type\": \"level\", \"comparator\": \"ge\", \"value\": 2}";

        PolicyJsonException e = error(target);

        assertThat(e.problem()).isEqualTo("Duplicate field 'value'");
        assertThat(e.pointer()).isEqualTo(AT + "/value");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(column(target, "2}"));
    }

    @Test
    void read_aFieldTwiceBeforeALateType_isADuplicate() {
        String target = "{\"value\": 1, \"value\": 2, \"type\": \"level\", \"comparator\": \"ge\"}";

        PolicyJsonException e = error(target);

        assertThat(e.problem()).isEqualTo("Duplicate field 'value'");
        assertThat(e.pointer()).isEqualTo(AT + "/value");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(column(target, "2,"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\": \"level\", \"comparator\": \"ge\", \"value\": 5, \"type\": \"range\"}",
        "{\"comparator\": \"ge\", \"type\": \"level\", \"value\": 5, \"type\": \"range\"}"})
    void read_aSecondType_isADuplicateWhetherTheFirstCameFirstOrLate(String target) {
        PolicyJsonException e = error(target);

        assertThat(e.problem()).isEqualTo("Duplicate field 'type'");
        assertThat(e.pointer()).isEqualTo(AT + "/type");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(column(target, "\"range\""));
    }

    @Test
    void read_unknownFieldBeforeTheType_namesEveryFieldOfATarget() {
        String target = "{\"comparator\": \"ge\", \"colour\": \"red\", \"type\": \"level\", \"value\": 5}";

        PolicyJsonException e = error(target);

        assertThat(e.problem()).isEqualTo("Unknown field 'colour' in a target; the fields of a target are: "
                + String.join(", ", EVERY_FIELD));
        assertThat(e.pointer()).isEqualTo(AT + "/colour");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(column(target, "\"red\""));
    }

    @Test
    void read_unknownFieldAfterALateType_namesTheFieldsOfTheKind() {
        String target = "{\"comparator\": \"ge\", \"type\": \"level\", \"colour\": \"red\", \"value\": 5}";

        PolicyJsonException e = error(target);

        assertThat(e.problem()).isEqualTo("Unknown field 'colour' in a target of type 'level'; the fields of a target"
                + " of type 'level' are: " + LEVEL_FIELDS);
        assertThat(e.pointer()).isEqualTo(AT + "/colour");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(column(target, "\"red\""));
    }

    @Test
    void read_notAnObject_isRefusedAsATarget() {
        PolicyJsonException e = error("1");

        assertThat(e.problem()).isEqualTo("Expected a target (a JSON object) but found the integer 1");
        assertThat(e.pointer()).isEqualTo(AT);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void lenientRead_skipsUnknownFieldsAndFieldsOfOtherKindsBeforeALateType_inDocumentOrder() {
        List<SkippedField> skipped = new ArrayList<>();
        PolicyJson json = PolicyJson.builder().enable(ReaderOption.ALLOW_UNKNOWN_FIELDS).onSkippedField(skipped::add)
                .build();
        String target = "{\"colour\": \"red\", \"factor\": 2, \"year\": 2025, \"type\": \"zero\", \"rank\": 1}";

        Target read = readOne(json, target);

        assertThat(read).isEqualTo(new ZeroTarget(Year.of(2025), null, false, Modality.PLAIN, Text.EMPTY));
        assertThat(skipped).containsExactly(
                new SkippedField(AT + "/colour", 2, column(target, "\"red\"")),
                new SkippedField(AT + "/factor", 2, column(target, "2,")),
                new SkippedField(AT + "/rank", 2, column(target, "1}")));
    }

    private static PolicyJson lenient(List<SkippedField> skipped) {
        return PolicyJson.builder().enable(ReaderOption.ALLOW_UNKNOWN_FIELDS).onSkippedField(skipped::add).build();
    }

    @Test
    void lenientRead_aFieldOfAnotherKindIsSkippedWhateverItsValue_whereverTheTypeComes() {
        // "two" is no factor and 5 no indicator id, but a zero target has neither field
        String late = "{\"factor\": \"two\", \"reference\": {\"indicator\": 5, \"x\": [1, {\"y\": 2}]},"
                + " \"year\": 2025, \"type\": \"zero\"}";
        String first = "{\"type\": \"zero\", \"factor\": \"two\", \"reference\": {\"indicator\": 5,"
                + " \"x\": [1, {\"y\": 2}]}, \"year\": 2025}";
        ZeroTarget expected = new ZeroTarget(Year.of(2025), null, false, Modality.PLAIN, Text.EMPTY);

        for (String target : List.of(late, first)) {
            List<SkippedField> skipped = new ArrayList<>();

            assertThat(readOne(lenient(skipped), target)).isEqualTo(expected);
            assertThat(skipped).containsExactly(
                    new SkippedField(AT + "/factor", 2, column(target, "\"two\"")),
                    new SkippedField(AT + "/reference", 2, column(target, "{\"indicator\"")));
        }
    }

    @Test
    void lenientRead_beforeALateType_fieldsSkippedWithinAValueCountOnlyIfTheKindHasIt() {
        String reference = "\"reference\": {\"colour\": \"red\", \"indicator\": \"gdp\"}";
        String zero = "{" + reference + ", \"shade\": 1, \"type\": \"zero\", \"tint\": 2}";
        String relative = "{" + reference + ", \"shade\": 1, \"comparator\": \"gt\", \"aspect\": \"growth\","
                + " \"type\": \"relative\", \"tint\": 2}";
        List<SkippedField> ofZero = new ArrayList<>();
        List<SkippedField> ofRelative = new ArrayList<>();

        readOne(lenient(ofZero), zero);
        readOne(lenient(ofRelative), relative);

        assertThat(ofZero).containsExactly(
                new SkippedField(AT + "/reference", 2, column(zero, "{\"colour\"")),
                new SkippedField(AT + "/shade", 2, column(zero, "1,")),
                new SkippedField(AT + "/tint", 2, column(zero, "2}")));
        assertThat(ofRelative).containsExactly(
                new SkippedField(AT + "/reference/colour", 2, column(relative, "\"red\"")),
                new SkippedField(AT + "/shade", 2, column(relative, "1,")),
                new SkippedField(AT + "/tint", 2, column(relative, "2}")));
    }

    @Test
    void aBadValueOfAFieldTheKindHas_isTheSameErrorBeforeALateTypeAsAfterIt_strictOrLenient() {
        String late = "{\"value\": \"five\", \"comparator\": \"ge\", \"type\": \"level\"}";
        String first = "{\"type\": \"level\", \"value\": \"five\", \"comparator\": \"ge\"}";
        String problem = error(first).problem();

        for (PolicyJson json : List.of(PolicyJson.standard(), lenient(new ArrayList<>()))) {
            for (String target : List.of(late, first)) {
                PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> readOne(json, target));

                assertThat(e.problem()).isEqualTo(problem).contains("number");
                assertThat(e.pointer()).isEqualTo(AT + "/value");
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.column()).isEqualTo(column(target, "\"five\""));
            }
        }
    }

    @Test
    void lenientRead_malformedJsonInAFieldOfAnotherKind_isTheSameErrorBeforeALateTypeAsAfterIt() {
        String value = "{\"indicator\": \"x\", \"plan\": 3.e}";
        String late = "{\"reference\": " + value + ", \"type\": \"zero\"}";
        String first = "{\"type\": \"zero\", \"reference\": " + value + "}";
        PolicyJson json = lenient(new ArrayList<>());

        PolicyJsonException ofLate = catchThrowableOfType(PolicyJsonException.class, () -> readOne(json, late));
        PolicyJsonException ofFirst = catchThrowableOfType(PolicyJsonException.class, () -> readOne(json, first));

        assertThat(ofLate.problem()).isEqualTo(ofFirst.problem()).startsWith("Malformed JSON");
        assertThat(ofLate.pointer()).isEqualTo(ofFirst.pointer()).startsWith(AT + "/reference");
        assertThat(ofLate.line()).isEqualTo(ofFirst.line()).isEqualTo(2);
        assertThat(ofLate.column() - column(late, "3.e")).isEqualTo(ofFirst.column() - column(first, "3.e"));
    }

    @Test
    void aFieldOfAnotherKindBeforeALateType_isRefusedOnceTheTypeIsRead_withThePathOfTheType() {
        String json = "{\"factor\": 2, \"type\": \"level\", \"comparator\": \"ge\", \"value\": 5}";

        UnrecognizedPropertyException e = catchThrowableOfType(UnrecognizedPropertyException.class,
                () -> mapperOf(Codecs.TARGET).readValue(json, Target.class));

        assertThat(e.getPropertyName()).isEqualTo("factor");
        assertThat(e.getKnownPropertyIds()).containsExactly((Object[]) LEVEL_FIELDS.split(", "));
        assertThat(e.getPath()).extracting(JacksonException.Reference::getPropertyName).containsExactly("type");
    }

    /** The codec of targets built again from the codecs of the kinds, as the table builds it. */
    private static TargetCodec builtAgain() {
        Map<TargetKind, RecordCodec<? extends Target>> kinds = new EnumMap<>(TargetKind.class);
        for (TargetKind kind : TargetKind.values()) {
            kinds.put(kind, Codecs.TARGET.of(kind));
        }
        // a qualitative target has no fields of its own: its rows are "type" and the common ones
        int common = Codecs.TARGET.of(TargetKind.QUALITATIVE).fields().size() - 1;
        return new TargetCodec(kinds, common);
    }

    private static JsonMapper mapperOf(TargetCodec codec) {
        return JsonMapper.builder()
                .addModule(new SimpleModule().addDeserializer(Target.class, codec.deserializer(Target.class)))
                .build();
    }

    @Test
    void builtFromTheKinds_namesEveryFieldOnce() {
        assertThat(builtAgain().fieldNames()).containsExactlyElementsOf(EVERY_FIELD);
    }

    @Test
    void builtFromTheKinds_readsATargetWhoseTypeComesLate() {
        Target target = mapperOf(builtAgain()).readValue(
                "{\"comparator\": \"ge\", \"type\": \"level\", \"value\": 5, \"year\": 2025}", Target.class);

        assertThat(target).isEqualTo(atLeastFive(Year.of(2025)));
    }

    @Test
    void builtFromTheKinds_refusesAFieldOfAnotherKindBeforeALateType() {
        String json = "{\"factor\": 2, \"year\": 2025, \"type\": \"level\", \"comparator\": \"ge\", \"value\": 5}";

        DatabindException e = catchThrowableOfType(DatabindException.class,
                () -> mapperOf(builtAgain()).readValue(json, Target.class));

        assertThat(e.getOriginalMessage()).isEqualTo("Unknown field 'factor' in a target of type 'level'; the fields"
                + " of a target of type 'level' are: " + LEVEL_FIELDS);
        assertThat(e.getLocation().getColumnNr()).isEqualTo(column(json, "2,"));
    }
}
