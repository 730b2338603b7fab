package org.policyindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.io.PolicyJson;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every bundled framework document (the national table, the SDG data, the IATI activity and the
 * jurisdiction list), as stored and as the library writes it back, is valid against the
 * published JSON Schema when checked by an independent validator.
 */
class FrameworksSchemaTest {

    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static Schema schema;

    @BeforeAll
    static void loadSchema() {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(PolicyJson.schema(), InputFormat.JSON);
    }

    static Stream<String> documents() {
        List<String> names = new ArrayList<>(Frameworks.PLANS);
        names.add(Frameworks.JURISDICTIONS);
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void bundledDocument_isValidAgainstTheSchema(String name) throws IOException {
        String stored;
        try (InputStream in = Frameworks.open(name)) {
            stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(errors(stored)).as(name).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void bundledDocument_asWrittenByTheLibrary_isValidAgainstTheSchema(String name) {
        PolicyJson json = PolicyJson.standard();
        String written = name.equals(Frameworks.JURISDICTIONS)
                ? json.writeJurisdictions(Frameworks.jurisdictions(json))
                : json.writePlan(Frameworks.plan(name, json));

        assertThat(errors(written)).as(name).isEmpty();
    }

    private static List<String> errors(String json) {
        return schema.validate(EXACT.readTree(json)).stream().map(Error::toString).toList();
    }
}
