package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyindicators.io.testing.RandomPlans;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.exc.JsonNodeException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Differential test of the published schema against the Java reader: a document is valid
 * against the schema (networknt, Draft 2020-12) if and only if {@code PolicyJson.standard()}
 * reads it. The documents are written random plans and jurisdiction lists, and mutations of
 * them: values of another JSON type, fields removed and added, blank and odd strings, integral
 * numbers with a fraction or an exponent, non-integral, negative and huge numbers. Seeds are
 * fixed.
 *
 * <p>The only disagreements allowed are those of {@link Exception}: what JSON Schema cannot
 * express. Each is named with its reason.
 */
class SchemaReaderAgreementTest {

    /** What JSON Schema cannot express, and so the only disagreements the test allows. */
    enum Exception {
        /**
         * A field given twice: JSON Schema validates the data model, in which an object has each
         * name once (the last value wins in most parsers), so it never sees the duplicate that the
         * reader refuses.
         */
        DUPLICATE_KEYS(Kind.DUPLICATE_KEY, false, true);

        final Kind kind;
        final boolean javaReads;
        final boolean schemaAccepts;

        Exception(Kind kind, boolean javaReads, boolean schemaAccepts) {
            this.kind = kind;
            this.javaReads = javaReads;
            this.schemaAccepts = schemaAccepts;
        }

        static Exception allowing(Mutation mutation, boolean javaReads, boolean schemaAccepts) {
            for (Exception e : values()) {
                if (e.kind == mutation.kind() && e.javaReads == javaReads && e.schemaAccepts == schemaAccepts) {
                    return e;
                }
            }
            return null;
        }
    }

    /** The kinds of mutation. */
    enum Kind {
        NONE, RETYPE, REMOVE_FIELD, ADD_FIELD, ODD_STRING, ODD_NAME, INTEGRAL_DECIMAL, NON_INTEGRAL, EXTREME_NUMBER,
        DUPLICATE_KEY
    }

    /** One change to a document: its kind, where, and what it put there. */
    record Mutation(Kind kind, String pointer, String change) {
        @Override
        public String toString() {
            return kind + " at " + (pointer.isEmpty() ? "/" : pointer) + ": " + change;
        }
    }

    private static final PolicyJson JSON = PolicyJson.standard();
    private static final PolicyJson COMPACT = PolicyJson.builder().outputStyle(OutputStyle.COMPACT).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Keeps numbers exact, 2020.0 and 2.02E+3 as written. */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final List<String> ODD_STRINGS = List.of("", " ", "\u3000", "\t", "\u0001", "\u0000", "\n",
            "a\n", "\u00a0", "\u2028", "x y", "-", "A", "policy-indicators/1.0\n", "2021-02-29", "+2021-03-01",
            "2020", "ge ", "\ud83c\udf0f");
    private static final List<String> ODD_DATES = List.of("2021-02-29", "2020-02-29", "2100-02-29", "2000-02-29",
            "2021-04-31", "2021-13-01", "2021-00-10", "+2021-03-01", "-2021-03-01", "+10000-01-01", "10000-01-01",
            "-0000-01-01", "2021-3-1", "2021-03-01\n", "2021-03-01T00:00");
    private static final List<String> ODD_NAMES = List.of("", " ", "zh_CN", "zh\n", "-zh", "zh-", "zh--cn", "Zh-HANS",
            "a".repeat(65), "type", "per", "id");
    private static final List<String> EXTREME_NUMBERS = List.of("-1", "0", "-0", "-2147483649", "2147483648",
            "999999999", "-999999999", "1000000000", "-1000000000", "99999999999999999999", "1E+400", "-1E+400",
            "1E-400", "31", "-31", "30", "-30", "0.0", "1E+999999999");

    private static Schema planSchema;
    private static Schema jurisdictionsSchema;

    @BeforeAll
    static void loadSchema() {
        planSchema = rootedAt("Plan");
        jurisdictionsSchema = rootedAt("JurisdictionList");
    }

    /** The published schema with its root narrowed to one kind of document. */
    private static Schema rootedAt(String definition) {
        ObjectNode schema = (ObjectNode) EXACT.readTree(PolicyJson.schema());
        schema.remove("oneOf");
        schema.put("$ref", "#/$defs/" + definition);
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(EXACT.writeValueAsString(schema), InputFormat.JSON);
    }

    @Test
    void schemaAndReader_agreeOnWrittenPlansAndTheirMutations() {
        RandomPlans random = new RandomPlans(20_260_515L);
        Random mutations = new Random(515L);
        Outcome outcome = new Outcome();
        for (int i = 0; i < 20; i++) {
            String written = COMPACT.writePlan(random.plan());
            check(written, new Mutation(Kind.NONE, "", "as written"), planSchema, JSON::readPlan, outcome);
            for (int m = 0; m < 15; m++) {
                mutateAndCheck(written, mutations, planSchema, JSON::readPlan, outcome);
            }
        }
        outcome.assertAgreement(EnumSet.allOf(Exception.class));
    }

    @Test
    void schemaAndReader_agreeOnWrittenJurisdictionListsAndTheirMutations() {
        RandomPlans random = new RandomPlans(4_242L);
        Random mutations = new Random(4_243L);
        Outcome outcome = new Outcome();
        for (int i = 0; i < 30; i++) {
            String written = COMPACT.writeJurisdictions(random.jurisdictions());
            check(written, new Mutation(Kind.NONE, "", "as written"), jurisdictionsSchema, JSON::readJurisdictions,
                    outcome);
            for (int m = 0; m < 12; m++) {
                mutateAndCheck(written, mutations, jurisdictionsSchema, JSON::readJurisdictions, outcome);
            }
        }
        outcome.assertAgreement(EnumSet.allOf(Exception.class));
    }

    @Test
    void integralNumbersWhereIntegersAreWanted_areAcceptedByBoth() {
        String plan = "{\"format\":\"policy-indicators/1.0\",\"id\":\"p\",\"kind\":\"other\",\"issuer\":\"j\","
                + "\"horizon\":{\"start\":%s,\"end\":2025},\"goals\":[{\"id\":\"g\",\"indicators\":[{\"id\":\"i\","
                + "\"unit\":{\"code\":\"cny\",\"scale\":%s},\"polarity\":\"neutral\",\"targets\":[{\"type\":\"rank\","
                + "\"comparator\":\"le\",\"rank\":%s,\"rankKind\":\"position\"}]}]}]}";
        Outcome outcome = new Outcome();
        for (String[] numbers : List.of(new String[] {"2020.0", "8.0", "61.0"}, new String[] {"2.02E3", "8E0", "6.1E1"},
                new String[] {"2020.5", "8", "61"}, new String[] {"2020", "8.5", "61"}, new String[] {"2020", "8", "6.15E1"},
                new String[] {"2.0205E3", "8", "61"}, new String[] {"1E9", "8", "61"}, new String[] {"2020", "3.1E1", "61"})) {
            String document = String.format(java.util.Locale.ROOT, plan, (Object[]) numbers);
            check(document, new Mutation(Kind.INTEGRAL_DECIMAL, "", String.join(", ", numbers)), planSchema,
                    JSON::readPlan, outcome);
        }
        outcome.assertAgreement(EnumSet.noneOf(Exception.class));
        assertThat(outcome.accepted).isEqualTo(2);
    }

    // ---- mutations

    /** A place in a document: an object's field or an array's element. */
    private record Slot(JsonNode parent, String name, int index, String pointer) {
        JsonNode value() {
            return name != null ? parent.get(name) : parent.get(index);
        }

        void set(JsonNode value) {
            if (name != null) {
                ((ObjectNode) parent).set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static void slots(JsonNode node, String pointer, List<Slot> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String at = pointer + "/" + field.getKey();
                into.add(new Slot(node, field.getKey(), -1, at));
                slots(field.getValue(), at, into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                into.add(new Slot(node, null, i, pointer + "/" + i));
                slots(node.get(i), pointer + "/" + i, into);
            }
        }
    }

    private static void mutateAndCheck(String written, Random random, Schema schema, Function<String, ?> reader,
            Outcome outcome) {
        JsonNode root = EXACT.readTree(written);
        List<Slot> slots = new ArrayList<>();
        slots(root, "", slots);
        Kind kind = Kind.values()[1 + random.nextInt(Kind.values().length - 1)];
        Mutation mutation = mutate(root, slots, kind, random);
        if (mutation == null) {
            return;
        }
        String document = EXACT.writeValueAsString(root);
        if (kind == Kind.DUPLICATE_KEY) {
            // the tree cannot hold a duplicate: the field is written a second time in front
            document = "{" + mutation.change() + "," + document.substring(1);
        }
        check(document, mutation, schema, reader, outcome);
    }

    private static Mutation mutate(JsonNode root, List<Slot> slots, Kind kind, Random random) {
        switch (kind) {
            case RETYPE -> {
                Slot slot = pick(slots, random, s -> true);
                JsonNode[] others = {NODES.stringNode("x"), NODES.numberNode(BigDecimal.ONE), NODES.booleanNode(true),
                    NODES.objectNode(), NODES.arrayNode(), NODES.nullNode(), NODES.stringNode("2020"),
                    NODES.numberNode(new BigDecimal("2020"))};
                JsonNode other = others[random.nextInt(others.length)];
                if (other.getNodeType() == slot.value().getNodeType()) {
                    return null;
                }
                slot.set(other);
                return new Mutation(kind, slot.pointer(), "now " + other);
            }
            case REMOVE_FIELD -> {
                Slot slot = pick(slots, random, s -> s.name() != null);
                if (slot == null) {
                    return null;
                }
                ((ObjectNode) slot.parent()).remove(slot.name());
                return new Mutation(kind, slot.pointer(), "removed");
            }
            case ADD_FIELD -> {
                List<JsonNode> objects = new ArrayList<>();
                objects.add(root);
                slots.stream().map(Slot::value).filter(JsonNode::isObject).forEach(objects::add);
                ObjectNode object = (ObjectNode) objects.get(random.nextInt(objects.size()));
                String[] names = {"colour", "unit", "per", "type", "year", "value", "id", "source", "components", "zh"};
                String name = names[random.nextInt(names.length)];
                if (object.has(name)) {
                    return null;
                }
                object.set(name, NODES.stringNode("x"));
                return new Mutation(kind, "(object with fields " + object.propertyNames() + ")", "added \"" + name
                        + "\": \"x\"");
            }
            case ODD_STRING -> {
                Slot slot = pick(slots, random, s -> s.value().isString());
                if (slot == null) {
                    return null;
                }
                List<String> strings = slot.pointer().endsWith("/adopted") || slot.pointer().endsWith("/date")
                        ? ODD_DATES : ODD_STRINGS;
                String odd = strings.get(random.nextInt(strings.size()));
                slot.set(NODES.stringNode(odd));
                return new Mutation(kind, slot.pointer(), "now " + NODES.stringNode(odd));
            }
            case ODD_NAME -> {
                Slot slot = pick(slots, random, s -> s.name() != null);
                if (slot == null) {
                    return null;
                }
                String odd = ODD_NAMES.get(random.nextInt(ODD_NAMES.size()));
                ObjectNode parent = (ObjectNode) slot.parent();
                if (parent.has(odd)) {
                    return null;
                }
                parent.set(odd, parent.remove(slot.name()));
                return new Mutation(kind, slot.pointer(), "renamed to " + NODES.stringNode(odd));
            }
            case INTEGRAL_DECIMAL -> {
                Slot slot = pick(slots, random, s -> s.value().isIntegralNumber());
                if (slot == null) {
                    return null;
                }
                // 2020 becomes 2020.0, 2020.00 or 2020.000, or 2.02E+3 where it has trailing zeros
                BigDecimal value = slot.value().decimalValue();
                BigDecimal stripped = value.stripTrailingZeros();
                BigDecimal integral = random.nextBoolean() && stripped.scale() < 0 ? stripped
                        : value.setScale(1 + random.nextInt(3));
                return setNumber(slot, integral, kind);
            }
            case NON_INTEGRAL -> {
                Slot slot = pick(slots, random, s -> s.value().isIntegralNumber());
                if (slot == null) {
                    return null;
                }
                BigDecimal half = random.nextBoolean() ? new BigDecimal("0.5") : new BigDecimal("1E-20");
                return setNumber(slot, slot.value().decimalValue().add(half), kind);
            }
            case EXTREME_NUMBER -> {
                Slot slot = pick(slots, random, s -> s.value().isNumber());
                if (slot == null) {
                    return null;
                }
                return setNumber(slot, new BigDecimal(EXTREME_NUMBERS.get(random.nextInt(EXTREME_NUMBERS.size()))),
                        kind);
            }
            case DUPLICATE_KEY -> {
                if (!root.isObject() || !root.has("format")) {
                    return null;
                }
                return new Mutation(kind, "/format", "\"format\":\"policy-indicators/1.0\"");
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
    }

    private static Mutation setNumber(Slot slot, BigDecimal value, Kind kind) {
        slot.set(NODES.numberNode(value));
        return new Mutation(kind, slot.pointer(), "now " + value);
    }

    private static Slot pick(List<Slot> slots, Random random, java.util.function.Predicate<Slot> filter) {
        List<Slot> candidates = slots.stream().filter(filter).toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    // ---- verdicts

    private static void check(String document, Mutation mutation, Schema schema, Function<String, ?> reader,
            Outcome outcome) {
        String javaVerdict;
        boolean javaReads;
        try {
            reader.apply(document);
            javaReads = true;
            javaVerdict = "read";
        } catch (PolicyJsonException e) {
            javaReads = false;
            javaVerdict = "refused: " + e.getMessage();
        }
        List<String> errors = validate(schema, EXACT.readTree(document));
        boolean schemaAccepts = errors.isEmpty();
        String schemaVerdict = schemaAccepts ? "valid" : "invalid: " + errors;
        outcome.record(document, mutation, javaReads, javaVerdict, schemaAccepts, schemaVerdict);
    }

    private static List<String> validate(Schema schema, JsonNode document) {
        try {
            return schema.validate(document).stream().map(Error::toString).toList();
        } catch (JsonNodeException e) {
            // networknt 3.0.9 turns an integral decimal beyond 64 bits (1E+400) into a long for
            // minimum and fails; every bound of the schema lies within 32 bits, so the same number
            // as a 31-digit integer of the same sign gets the same judgement
            return schema.validate(withHugeIntegralsAsIntegers(document)).stream().map(Error::toString).toList();
        }
    }

    private static JsonNode withHugeIntegralsAsIntegers(JsonNode node) {
        if (node.isBigDecimal() && node.canConvertToExactIntegral() && !node.canConvertToLong()) {
            return NODES.numberNode(java.math.BigInteger.TEN.pow(30).multiply(
                    java.math.BigInteger.valueOf(node.decimalValue().signum())));
        }
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.properties().forEach(field -> copy.set(field.getKey(), withHugeIntegralsAsIntegers(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(withHugeIntegralsAsIntegers(element)));
            return copy;
        }
        return node;
    }

    /** What the checks found: the disagreements, and the exceptions that allowed others. */
    private static final class Outcome {
        final List<String> disagreements = new ArrayList<>();
        final Set<Exception> used = EnumSet.noneOf(Exception.class);
        int checked;
        int accepted;

        void record(String document, Mutation mutation, boolean javaReads, String javaVerdict, boolean schemaAccepts,
                String schemaVerdict) {
            checked++;
            if (javaReads && schemaAccepts) {
                accepted++;
            }
            if (javaReads == schemaAccepts) {
                return;
            }
            Exception allowed = Exception.allowing(mutation, javaReads, schemaAccepts);
            if (allowed != null) {
                used.add(allowed);
                return;
            }
            disagreements.add("mutation: " + mutation + "\n  document: " + excerpt(document, mutation.pointer())
                    + "\n  Java reader: " + javaVerdict + "\n  schema: " + schemaVerdict);
        }

        void assertAgreement(Set<Exception> expectedToBeUsed) {
            assertThat(disagreements).as("disagreements between schema and reader in %d documents", checked).isEmpty();
            assertThat(used).as("exceptions that allowed a disagreement").isEqualTo(expectedToBeUsed);
            assertThat(accepted).as("documents both accept").isPositive();
            assertThat(checked - accepted).as("documents both refuse").isPositive();
        }
    }

    /** The part of a document around the mutated value. */
    private static String excerpt(String document, String pointer) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        int at = last.isEmpty() ? -1 : document.indexOf("\"" + last + "\"");
        int from = Math.max(0, (at < 0 ? 0 : at) - 150);
        int to = Math.min(document.length(), from + 400);
        return (from > 0 ? "…" : "") + document.substring(from, to) + (to < document.length() ? "…" : "");
    }
}
