package org.policyindicators.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.policyindicators.io.internal.json.RecordCodec.constant;
import static org.policyindicators.io.internal.json.RecordCodec.list;
import static org.policyindicators.io.internal.json.RecordCodec.optional;
import static org.policyindicators.io.internal.json.RecordCodec.required;

import java.time.DateTimeException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.PolicyException;
import org.policyindicators.core.YearRange;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Record codecs built from rows, outside the table: the limit of 64 rows, constant rows, rows that name the codec
 * itself, and what a record's constructor throws.
 */
class RecordCodecTest {

    /** A link of a chain: its next link is read by the same codec. */
    record Chain(String name, @Nullable Chain next) {
    }

    /** A tree: its children are read by the same codec. */
    record Tree(String name, List<Tree> children) {
    }

    /** A record whose constructor refuses some names with the exception that the name says. */
    record Picky(String name) {
        Picky {
            switch (name) {
                case "policy" -> throw new PolicyException("policy refused");
                case "date" -> throw new DateTimeException("date refused");
                case "arithmetic" -> throw new ArithmeticException("arithmetic refused");
                case "argument" -> throw new IllegalArgumentException("argument refused");
                case "null" -> throw new NullPointerException("null refused");
                case "state" -> throw new IllegalStateException("state refused");
                case "memory" -> throw new OutOfMemoryError("memory refused");
                default -> {
                    // accepted
                }
            }
        }
    }

    private static <R> JsonMapper mapperOf(RecordCodec<R> codec) {
        return JsonMapper.builder().addModule(new SimpleModule()
                .addDeserializer(codec.type(), codec.deserializer(codec.type()))
                .addSerializer(codec.type(), codec.serializer(codec.type()))).build();
    }

    private static <R> R read(RecordCodec<R> codec, String json) {
        return mapperOf(codec).readValue(json, codec.type());
    }

    private static DatabindException readError(RecordCodec<?> codec, String json) {
        return catchThrowableOfType(DatabindException.class, () -> read(codec, json));
    }

    /** A year range with {@code constants} constant rows c0, c1… before its two components. */
    private static RecordCodec<YearRange> withConstants(int constants) {
        List<RecordCodec.Field> rows = new ArrayList<>();
        for (int i = 0; i < constants; i++) {
            rows.add(constant("c" + i, Codec.STRING, "x"));
        }
        rows.add(required("start", Codec.YEAR));
        rows.add(required("end", Codec.YEAR));
        return RecordCodec.of(YearRange.class, "a wide range", rows.toArray(new RecordCodec.Field[0]));
    }

    private static final YearRange RANGE = new YearRange(Year.of(2020), Year.of(2025));

    @Test
    void of_takesSixtyFourRows_andTellsTheSixtyFourthApart() {
        RecordCodec<YearRange> codec = withConstants(62);
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 62; i++) {
            json.append("\"c").append(i).append("\": \"x\", ");
        }
        json.append("\"start\": 2020");

        assertThat(codec.fieldNames()).hasSize(64).endsWith("start", "end");
        assertThat(read(codec, json + ", \"end\": 2025}")).isEqualTo(RANGE);
        assertThat(readError(codec, json + "}").getOriginalMessage())
                .isEqualTo("Missing required field 'end' in a wide range");
        assertThat(readError(codec, json + ", \"end\": 2025, \"end\": 2025}").getOriginalMessage())
                .isEqualTo("Duplicate field 'end'");
    }

    @Test
    void of_refusesSixtyFiveRows() {
        assertThatThrownBy(() -> withConstants(63)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at most 64 fields: class org.policyindicators.core.YearRange");
    }

    @Test
    void of_refusesAConstantRowAfterAComponent() {
        assertThatThrownBy(() -> RecordCodec.of(YearRange.class, "a year range", required("start", Codec.YEAR),
                constant("kind", Codec.STRING, "range"), required("end", Codec.YEAR)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("YearRange: constant rows come first");
    }

    @Test
    void constantRow_isRequiredWhenReadAndAlwaysWrittenFirst() {
        RecordCodec<YearRange> codec = RecordCodec.of(YearRange.class, "a tagged range",
                constant("kind", Codec.STRING, "range"), required("start", Codec.YEAR), required("end", Codec.YEAR));

        assertThat(read(codec, "{\"kind\": \"range\", \"start\": 2020, \"end\": 2025}")).isEqualTo(RANGE);
        assertThat(readError(codec, "{\"start\": 2020, \"end\": 2025}").getOriginalMessage())
                .isEqualTo("Missing required field 'kind' in a tagged range");
        assertThat(mapperOf(codec).writeValueAsString(RANGE)).isEqualTo("{\"kind\":\"range\",\"start\":2020,\"end\":2025}");
    }

    @Test
    void selfRow_readsAndWritesTheNestedValueWithTheSameCodec() {
        RecordCodec<Chain> codec = RecordCodec.of(Chain.class, "a chain", required("name", Codec.STRING),
                optional("next", Codec.SELF));
        Chain chain = new Chain("a", new Chain("b", new Chain("c", null)));
        String json = "{\"name\":\"a\",\"next\":{\"name\":\"b\",\"next\":{\"name\":\"c\"}}}";

        assertThat(read(codec, json)).isEqualTo(chain);
        assertThat(mapperOf(codec).writeValueAsString(chain)).isEqualTo(json);
        assertThat(readError(codec, "{\"name\": \"a\", \"next\": {\"nome\": \"b\"}}").getOriginalMessage())
                .isEqualTo("Unknown field 'nome' in a chain; the fields of a chain are: name, next");
    }

    @Test
    void listOfSelfRow_readsAndWritesEachElementWithTheSameCodec() {
        RecordCodec<Tree> codec = RecordCodec.of(Tree.class, "a tree", required("name", Codec.STRING),
                list("children", Codec.SELF));
        Tree tree = new Tree("a", List.of(new Tree("b", List.of()), new Tree("c", List.of(new Tree("d", List.of())))));
        String json = "{\"name\":\"a\",\"children\":[{\"name\":\"b\"},{\"name\":\"c\",\"children\":[{\"name\":\"d\"}]}]}";

        assertThat(read(codec, json)).isEqualTo(tree);
        assertThat(mapperOf(codec).writeValueAsString(tree)).isEqualTo(json);
        assertThat(readError(codec, "{\"name\": \"a\", \"children\": [{\"nome\": \"b\"}]}").getOriginalMessage())
                .isEqualTo("Unknown field 'nome' in a tree; the fields of a tree are: name, children");
    }

    private static final RecordCodec<Picky> PICKY = RecordCodec.of(Picky.class, "a picky record",
            required("name", Codec.STRING));

    static Stream<String> refusalsOfTheModel() {
        return Stream.of("policy", "date", "arithmetic", "argument", "null");
    }

    @ParameterizedTest
    @MethodSource("refusalsOfTheModel")
    void read_whatTheConstructorRefuses_isAnInvalidValueAtTheRecord(String name) {
        String json = "{\"name\": \"" + name + "\"}";

        DatabindException e = readError(PICKY, json);

        assertThat(e).isInstanceOf(ValueInstantiationException.class);
        assertThat(e.getOriginalMessage()).isEqualTo("Invalid picky record: " + name + " refused");
        assertThat(e.getLocation().getColumnNr()).isEqualTo(json.length());
    }

    @Test
    void read_anyOtherRuntimeExceptionOfTheConstructor_reachesTheCallerAsItself() {
        assertThatThrownBy(() -> read(PICKY, "{\"name\": \"state\"}")).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("state refused");
    }

    @Test
    void read_anErrorOfTheConstructor_reachesTheCallerAsItself() {
        assertThatThrownBy(() -> read(PICKY, "{\"name\": \"memory\"}")).isExactlyInstanceOf(OutOfMemoryError.class)
                .hasMessage("memory refused");
    }

    @Test
    void deserializer_namesTheFieldsOfARecordToJackson_andNoneForAScalar() {
        assertThat(Codecs.YEAR_RANGE.deserializer(YearRange.class).getKnownPropertyNames())
                .containsExactly("start", "end");
        assertThat(Codec.STRING.deserializer(String.class).getKnownPropertyNames()).isNull();
    }
}
