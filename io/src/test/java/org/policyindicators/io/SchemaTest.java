package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Aspect;
import org.policyindicators.core.Attribute;
import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Conversion;
import org.policyindicators.core.Dimension;
import org.policyindicators.core.Direction;
import org.policyindicators.core.Goal;
import org.policyindicators.core.GoalReference;
import org.policyindicators.core.ImpliedYear;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.IndicatorReference;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Modality;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Provenance;
import org.policyindicators.core.RankKind;
import org.policyindicators.core.SourceDocument;
import org.policyindicators.core.TargetKind;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.testing.RandomPlans;
import org.policyindicators.io.testing.SamplePlans;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema of the format, checked with an independent validator, against a golden copy,
 * and against the records of the model.
 */
class SchemaTest {

    private static final PolicyJson JSON = PolicyJson.standard();
    private static final PolicyJson COMPACT = PolicyJson.builder().outputStyle(OutputStyle.COMPACT).build();

    private static Schema schema;
    private static JsonNode definitions;

    @BeforeAll
    static void loadSchema() {
        String text = PolicyJson.schema();
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
        definitions = JsonMapper.builder().build().readTree(text).get("$defs");
    }

    /** Reads numbers as exact decimals, so that exponents beyond the range of a double stay numbers. */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static List<String> errors(String json) {
        return schema.validate(EXACT.readTree(json)).stream().map(Error::toString).toList();
    }

    @Test
    void schema_isGoldenFile() throws IOException {
        try (InputStream golden = SchemaTest.class.getResourceAsStream(
                "/org/policyindicators/io/policy-indicators-1.1.schema.golden.json")) {
            assertThat(golden).as("golden copy").isNotNull();
            assertThat(PolicyJson.schema()).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void schema_declaresDraft2020_12AndAVersionedId() {
        JsonNode root = JsonMapper.builder().build().readTree(PolicyJson.schema());

        assertThat(root.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(root.get("$id").asString()).isEqualTo(PolicyJson.SCHEMA_ID).contains("1.1");
    }

    @Test
    void writtenSamples_validate() {
        assertThat(errors(JSON.writePlan(SamplePlans.full()))).isEmpty();
        assertThat(errors(JSON.writePlan(SamplePlans.minimal()))).isEmpty();
        assertThat(errors(JSON.writeJurisdictions(SamplePlans.jurisdictions()))).isEmpty();
        assertThat(errors(JSON.writeJurisdictions(List.of()))).isEmpty();
        for (org.policyindicators.core.Target target : SamplePlans.everyTargetKind()) {
            assertThat(errors(COMPACT.writePlan(PolicyJsonTest.planWith(target)))).as(target.kind().code()).isEmpty();
        }
    }

    @Test
    void writtenRandomPlans_validate() {
        RandomPlans random = new RandomPlans(11L);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String json = COMPACT.writePlan(random.plan());
            List<String> errors = errors(json);
            if (!errors.isEmpty()) {
                failures.add(errors + " in " + json);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(errors(JSON.writeJurisdictions(random.jurisdictions()))).isEmpty();
    }

    static Stream<Arguments> brokenDocuments() {
        String plan = "{\"format\": \"policy-indicators/1.0\", \"id\": \"p\", \"kind\": \"other\", \"issuer\": \"j\","
                + " \"horizon\": {\"start\": 2020, \"end\": 2025}";
        String indicator = plan + ", \"goals\": [{\"id\": \"g\", \"indicators\": [{\"id\": \"i\", \"unit\": {\"code\": \"cny\"},"
                + " \"polarity\": \"neutral\", ";
        return Stream.of(
                Arguments.of("missing format", plan.replace("\"format\": \"policy-indicators/1.0\", ", "") + "}", "", "required", "'format'"),
                Arguments.of("format 2.0", plan.replace("/1.0", "/2.0") + "}", "/format", "pattern", null),
                Arguments.of("missing id", plan.replace("\"id\": \"p\", ", "") + "}", "", "required", "'id'"),
                Arguments.of("blank id", plan.replace("\"id\": \"p\"", "\"id\": \"  \"") + "}", "/id", "pattern", null),
                Arguments.of("unknown field", plan + ", \"colour\": \"red\"}", "", "additionalProperties", "'colour'"),
                Arguments.of("plan kind not in kebab case", plan.replace("\"other\"", "\"Plan\"") + "}", "/kind", "pattern", null),
                Arguments.of("string for year", plan.replace("2020", "\"2020\"") + "}", "/horizon/start", "type", null),
                Arguments.of("fraction for year", plan.replace("2020", "2020.5") + "}", "/horizon/start", "type", null),
                Arguments.of("null for optional field", plan + ", \"visionHorizon\": null}", "/visionHorizon", "type", null),
                Arguments.of("bad language tag", plan + ", \"title\": {\"zh_CN\": \"x\"}}", "/title", "propertyNames", null),
                Arguments.of("number in text", plan + ", \"title\": {\"zh\": 1}}", "/title/zh", "type", null),
                Arguments.of("string for value", indicator + "\"baselines\": [{\"year\": 2020, \"value\": \"486\"}]}]}]}", "/goals/0/indicators/0/baselines/0/value", "type", null),
                Arguments.of("baseline without value or state", indicator + "\"baselines\": [{\"year\": 2020}]}]}]}", "/goals/0/indicators/0/baselines/0", "required", "'value'"),
                Arguments.of("observation with value and state", indicator + "\"observations\": [{\"year\": 2020,"
                        + " \"status\": \"actual\", \"value\": 1, \"state\": {\"en\": \"adopted\"}}]}]}]}", "/goals/0/indicators/0/observations/0", "not", null),
                Arguments.of("date period without end", indicator + "\"observations\": [{\"year\": 2020,"
                        + " \"status\": \"actual\", \"value\": 1, \"dates\": {\"start\": \"2020-01-01\"}}]}]}]}", "/goals/0/indicators/0/observations/0/dates", "required", "'end'"),
                Arguments.of("substance not in kebab case", indicator.replace("{\"code\": \"cny\"}",
                        "{\"code\": \"cny\", \"substance\": \"CO2\"}") + "\"baselines\": []}]}]}", "/goals/0/indicators/0/unit/substance", "pattern", null),
                Arguments.of("unknown target type", indicator + "\"targets\": [{\"type\": \"levels\"}]}]}]}", "/goals/0/indicators/0/targets/0/type", "enum", null),
                Arguments.of("target without type", indicator + "\"targets\": [{\"comparator\": \"ge\", \"value\": 1}]}]}]}", "/goals/0/indicators/0/targets/0", "required", "'type'"),
                Arguments.of("field of another kind", indicator
                        + "\"targets\": [{\"type\": \"zero\", \"factor\": 2}]}]}]}", "/goals/0/indicators/0/targets/0", "additionalProperties", "'factor'"),
                Arguments.of("missing kind field", indicator + "\"targets\": [{\"type\": \"level\", \"value\": 1}]}]}]}", "/goals/0/indicators/0/targets/0", "required", "'comparator'"),
                Arguments.of("unit scale out of range", indicator.replace("{\"code\": \"cny\"}",
                        "{\"code\": \"cny\", \"scale\": 31}") + "\"targets\": []}]}]}", "/goals/0/indicators/0/unit/scale", "maximum", null),
                Arguments.of("denominator with denominator", indicator.replace("{\"code\": \"cny\"}",
                        "{\"code\": \"a\", \"per\": {\"code\": \"b\", \"per\": {\"code\": \"c\"}}}") + "\"targets\": []}]}]}", "/goals/0/indicators/0/unit/per/per", "false", null),
                Arguments.of("bad unit code", indicator.replace("\"cny\"", "\"CNY\"") + "\"targets\": []}]}]}", "/goals/0/indicators/0/unit/code", "pattern", null),
                Arguments.of("non-positive conversion", plan + ", \"units\": [{\"code\": \"mu\", \"dimension\": \"area\","
                        + " \"conversion\": {\"unit\": \"square-metre\", \"numerator\": 0, \"denominator\": 1}}]}", "/units/0/conversion/numerator", "exclusiveMinimum", null),
                Arguments.of("jurisdictions without list", "{\"format\": \"policy-indicators/1.0\"}", "", "required", "'jurisdictions'"),
                Arguments.of("not an object", "[1, 2]", "", "type", null));
    }

    /**
     * The documents that {@link #brokenDocuments()} breaks, whole: a schema that refused them would
     * refuse the broken ones for the wrong reason.
     */
    @Test
    void unbrokenDocuments_validate() {
        String plan = "{\"format\": \"policy-indicators/1.0\", \"id\": \"p\", \"kind\": \"other\", \"issuer\": \"j\","
                + " \"horizon\": {\"start\": 2020, \"end\": 2025}";
        String indicator = plan + ", \"goals\": [{\"id\": \"g\", \"indicators\": [{\"id\": \"i\", \"unit\": {\"code\": \"cny\"},"
                + " \"polarity\": \"neutral\", ";

        assertThat(errors(plan + "}")).isEmpty();
        assertThat(errors(indicator + "\"baselines\": [{\"year\": 2020, \"value\": 486}]}]}]}")).isEmpty();
        assertThat(errors(indicator + "\"targets\": [{\"type\": \"level\", \"comparator\": \"ge\", \"value\": 1}],"
                + " \"observations\": [{\"year\": 2020, \"status\": \"actual\", \"value\": 1,"
                + " \"dates\": {\"start\": \"2020-01-01\", \"end\": \"2020-12-31\"}}]}]}]}")).isEmpty();
        assertThat(errors(plan + ", \"units\": [{\"code\": \"mu\", \"dimension\": \"area\","
                + " \"conversion\": {\"unit\": \"square-metre\", \"numerator\": 2000, \"denominator\": 3}}]}")).isEmpty();
    }

    /**
     * Each broken document is refused for what broke it: an error of the expected keyword at the
     * place broken (an instance location as a JSON Pointer), naming the member where the keyword
     * is about one. A plan is one branch of the schema's root {@code oneOf}, so the other
     * branches' errors come too; the one expected must be among them.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void brokenDocument_isRejected(String name, String json, String location, String keyword, String member) {
        List<Error> errors = schema.validate(EXACT.readTree(json));

        assertThat(errors).as("errors of %s", name).anySatisfy(e -> {
            assertThat(e.getInstanceLocation().toString()).isEqualTo(location);
            assertThat(e.getKeyword()).isEqualTo(keyword);
            if (member != null) {
                assertThat(e.getMessage()).contains(member);
            }
        });
    }

    static Stream<Class<? extends Record>> recordTypes() {
        Stream<Class<? extends Record>> fixed = Stream.of(Plan.class, Goal.class, Indicator.class, Baseline.class,
                Observation.class, Unit.class, YearRange.class, SourceDocument.class, Provenance.class,
                Jurisdiction.class, BaseUnit.class, Conversion.class, IndicatorReference.class, GoalReference.class,
                ImpliedYear.class);
        Stream<Class<? extends Record>> targets = Arrays.stream(TargetKind.values())
                .map(kind -> kind.type().asSubclass(Record.class));
        return Stream.concat(fixed, targets);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordTypes")
    void everyRecordComponent_isAPropertyOfItsDefinition_andNothingElse(Class<? extends Record> type) {
        JsonNode definition = definitions.get(type.getSimpleName());
        assertThat(definition).as("definition of %s", type.getSimpleName()).isNotNull();
        Set<String> expected = new LinkedHashSet<>();
        if (type == Plan.class) {
            expected.add("format");
        }
        if (org.policyindicators.core.Target.class.isAssignableFrom(type)) {
            expected.add("type");
        }
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(expected::add);

        assertThat(definition.get("properties").propertyNames()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(definition.get("additionalProperties").asBoolean(true)).isFalse();
        definition.get("properties").forEach(property ->
                assertThat(property.get("description").asString()).isNotBlank());
        assertThat(definition.get("description").asString()).isNotBlank();
    }

    @Test
    void text_isAMapOfLanguageTagToString() {
        assertThat(Text.class.getRecordComponents()).extracting(RecordComponent::getName).containsExactly("values");
        JsonNode text = definitions.get("Text");

        assertThat(text.get("properties")).isNull();
        assertThat(text.get("additionalProperties").get("type").asString()).isEqualTo("string");
        assertThat(text.get("propertyNames").get("pattern").asString()).isNotBlank();
    }

    @Test
    void everyTargetKind_hasABranch_namedByItsCode() {
        JsonNode target = definitions.get("Target");
        List<String> branches = new ArrayList<>();
        target.get("oneOf").forEach(branch -> branches.add(branch.get("$ref").asString()));
        List<String> codes = new ArrayList<>();
        target.get("properties").get("type").get("enum").forEach(code -> codes.add(code.asString()));

        assertThat(branches).containsExactlyElementsOf(Arrays.stream(TargetKind.values())
                .map(kind -> "#/$defs/" + kind.type().getSimpleName()).toList());
        assertThat(codes).containsExactlyElementsOf(Arrays.stream(TargetKind.values()).map(TargetKind::code).toList());
        for (TargetKind kind : TargetKind.values()) {
            JsonNode definition = definitions.get(kind.type().getSimpleName());
            assertThat(definition.get("properties").get("type").get("const").asString()).isEqualTo(kind.code());
            assertThat(definition.get("required").get(0).asString()).isEqualTo("type");
        }
    }

    static Stream<Arguments> enumerations() {
        return Stream.of(
                enumeration(Polarity.values(), Polarity::code),
                enumeration(Attribute.values(), Attribute::code),
                enumeration(Modality.values(), Modality::code),
                enumeration(Comparison.values(), Comparison::code),
                enumeration(ObservationStatus.values(), ObservationStatus::code),
                enumeration(Direction.values(), Direction::code),
                enumeration(ChangeMode.values(), ChangeMode::code),
                enumeration(Aspect.values(), Aspect::code),
                enumeration(RankKind.values(), RankKind::code),
                enumeration(Dimension.values(), Dimension::code),
                enumeration(ImpliedYear.Basis.values(), ImpliedYear.Basis::code));
    }

    private static <E extends Enum<E>> Arguments enumeration(E[] values, Function<E, String> code) {
        Class<E> type = values[0].getDeclaringClass();
        Class<?> outer = type.getEnclosingClass();
        return Arguments.of(outer == null ? type.getSimpleName() : outer.getSimpleName() + type.getSimpleName(),
                Arrays.stream(values).map(code).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enumerations")
    void everyEnumeration_listsTheCodesOfItsEnum(String name, List<String> codes) {
        List<String> listed = new ArrayList<>();
        definitions.get(name).get("enum").forEach(code -> listed.add(code.asString()));

        assertThat(listed).containsExactlyElementsOf(codes);
    }
}
