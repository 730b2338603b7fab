package org.policyindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyJson;

/**
 * Format 1.1 only adds to 1.0: the bundled Taiyuan files, written in 1.0, read as the same model
 * as their text under a 1.1 header, and write back to an equal model.
 */
class FormatOneZeroTest {

    static List<String> taiyuanFiles() {
        List<String> files = new ArrayList<>(Taiyuan.PLANS);
        files.add(Taiyuan.JURISDICTIONS);
        return files;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FormatOneZeroTest.class.getResourceAsStream(Taiyuan.DIRECTORY + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @MethodSource("taiyuanFiles")
    void formatOneZeroFile_isStillWrittenAsOneZero(String name) throws IOException {
        assertThat(resource(name)).contains("\"format\": \"policy-indicators/1.0\"")
                .doesNotContain("policy-indicators/1.1");
    }

    @ParameterizedTest
    @MethodSource("taiyuanFiles")
    void formatOneZeroFile_readsAsTheSameModelAsUnderAOneOneHeader(String name) throws IOException {
        String original = resource(name);
        String asOneOne = original.replace("policy-indicators/1.0", "policy-indicators/1.1");
        PolicyJson json = PolicyJson.standard();

        if (name.equals(Taiyuan.JURISDICTIONS)) {
            assertThat(json.readJurisdictions(original)).isEqualTo(json.readJurisdictions(asOneOne)).isNotEmpty();
        } else {
            assertThat(json.readPlan(original)).isEqualTo(json.readPlan(asOneOne));
        }
    }

    @ParameterizedTest
    @MethodSource("taiyuanFiles")
    void formatOneZeroPlan_equalsItsOneOneCopy(String name) throws IOException {
        if (name.equals(Taiyuan.JURISDICTIONS)) {
            return;
        }
        PolicyJson json = PolicyJson.standard();
        Plan asOneZero = json.readPlan(resource(name));

        assertThat(json.readPlan(json.writePlan(asOneZero))).isEqualTo(asOneZero);
    }
}
