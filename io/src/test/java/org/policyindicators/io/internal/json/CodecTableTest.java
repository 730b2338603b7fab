package org.policyindicators.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policyindicators.io.internal.json.RecordCodec.required;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Category;
import org.policyindicators.core.JurisdictionLevel;
import org.policyindicators.core.TargetKind;
import org.policyindicators.core.YearRange;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds the codec table and the published JSON Schema together: every type of the table has a
 * definition in the schema with the same fields, in the same order, the same required fields and
 * values of the same kind. A field added to one and not the other fails here.
 */
class CodecTableTest {

    private static final JsonNode DEFS = schema().get("$defs");

    private static JsonNode schema() {
        try (InputStream in = CodecTableTest.class.getResourceAsStream(
                "/org/policyindicators/io/policy-indicators-1.1.schema.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<RecordCodec<?>> everyRecordCodec() {
        List<RecordCodec<?>> all = new ArrayList<>(Codecs.RECORDS);
        for (TargetKind kind : TargetKind.values()) {
            all.add(Codecs.TARGET.of(kind));
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("everyRecordCodec")
    void schema_hasTheFieldsOfTheTableInItsOrder(RecordCodec<?> codec) {
        JsonNode def = definition(codec);

        assertThat(def.get("properties").propertyNames()).containsExactlyElementsOf(codec.fieldNames());
        assertThat(def.get("additionalProperties").asBoolean(true)).as("additionalProperties").isFalse();
    }

    @ParameterizedTest
    @MethodSource("everyRecordCodec")
    void schema_requiresWhatTheTableRequires(RecordCodec<?> codec) {
        List<String> required = codec.fields().stream().filter(RecordCodec.Field::required)
                .map(RecordCodec.Field::name).toList();
        List<String> inSchema = new ArrayList<>();
        definition(codec).path("required").forEach(n -> inSchema.add(n.asString()));

        assertThat(inSchema).containsExactlyInAnyOrderElementsOf(required);
    }

    @ParameterizedTest
    @MethodSource("everyRecordCodec")
    void schema_describesEachValueAsTheTableReadsIt(RecordCodec<?> codec) {
        JsonNode properties = definition(codec).get("properties");
        for (RecordCodec.Field field : codec.fields()) {
            JsonNode property = properties.get(field.name());
            if (field.constant() instanceof TargetKind kind) {
                assertThat(property.path("const").asString()).as(field.name()).isEqualTo(kind.code());
            } else {
                assertThat(kindOf(property)).as(codec.type().getSimpleName() + "." + field.name())
                        .isIn(expected(field.codec()));
            }
        }
    }

    @Test
    void schema_listsEveryKindOfTargetUnderTarget() {
        List<String> refs = new ArrayList<>();
        DEFS.get("Target").get("oneOf").forEach(n -> refs.add(n.get("$ref").asString()));

        assertThat(refs).containsExactlyElementsOf(Stream.of(TargetKind.values())
                .map(k -> "#/$defs/" + k.type().getSimpleName()).toList());
    }

    @Test
    void of_rejectsRowsThatDoNotFollowTheRecordsComponents() {
        assertThatThrownBy(() -> RecordCodec.of(YearRange.class, "a year range",
                required("end", Codec.YEAR), required("start", Codec.YEAR)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("row 'end' stands where the record has 'start'");
        assertThatThrownBy(() -> RecordCodec.of(YearRange.class, "a year range", required("start", Codec.YEAR)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("components without rows");
    }

    private static JsonNode definition(RecordCodec<?> codec) {
        JsonNode def = DEFS.get(codec.type().getSimpleName());
        assertThat(def).as("schema definition of " + codec.type().getSimpleName()).isNotNull();
        return def;
    }

    /** What a property of the schema holds: a definition's name, "array of …", or a JSON type. */
    private static String kindOf(JsonNode property) {
        if (property.has("$ref")) {
            return property.get("$ref").asString().replace("#/$defs/", "");
        }
        String type = property.path("type").asString();
        if (type.equals("array")) {
            return "array of " + kindOf(property.get("items"));
        }
        return type;
    }

    /** The schema's name of a type: a nested type such as {@code ImpliedYear.Basis} is {@code ImpliedYearBasis}. */
    private static String schemaName(Class<?> type) {
        Class<?> outer = type.getEnclosingClass();
        return outer == null ? type.getSimpleName() : outer.getSimpleName() + type.getSimpleName();
    }

    /** The kinds of schema property that describe what a codec reads. */
    private static List<String> expected(Codec<?> codec) {
        Map<Codec<?>, List<String>> scalars = new IdentityHashMap<>();
        scalars.put(Codec.STRING, List.of("string", "Identifier"));
        scalars.put(Codec.YEAR, List.of("Year"));
        scalars.put(Codec.INT, List.of("Integer32", "integer"));
        scalars.put(Codec.DECIMAL, List.of("Decimal"));
        scalars.put(Codec.BOOLEAN, List.of("boolean"));
        scalars.put(Codec.DATE, List.of("Date"));
        scalars.put(Codec.TEXT, List.of("Text"));
        scalars.put(Codecs.FORMAT, List.of("Format"));
        scalars.put(Codecs.CODE, List.of("Code"));
        scalars.put(Codecs.TARGET, List.of("Target"));
        Codecs.VALUES.forEach((type, code) -> scalars.putIfAbsent(code,
                type == Category.class || type == JurisdictionLevel.class ? List.of("Code")
                        : List.of(schemaName(type))));
        if (scalars.containsKey(codec)) {
            return scalars.get(codec);
        }
        if (codec instanceof RecordCodec<?> record) {
            return List.of(record.type().getSimpleName());
        }
        assertThat(codec).isInstanceOf(Codec.ListOf.class);
        return expected(((Codec.ListOf<?>) codec).element()).stream().map(k -> "array of " + k).toList();
    }
}
