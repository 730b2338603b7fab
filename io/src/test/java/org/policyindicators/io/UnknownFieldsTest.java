package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Plan;
import org.policyindicators.io.testing.SamplePlans;

class UnknownFieldsTest {

    private static final String DOCUMENT = """
            {"format": "policy-indicators/1.3", "id": "p", "kind": "other", "issuer": "j", "colour": {"r": [1, 2]},
             "horizon": {"start": 2024, "end": 2024, "note": "x"},
             "goals": [{"id": "g", "indicators": [{"id": "i", "unit": {"code": "cny"}, "polarity": "neutral",
               "targets": [{"factor": 2, "type": "zero", "rank": 1}]}]}]}
            """;

    @Test
    void strictReader_rejectsTheFirstUnknownField() {
        assertThatThrownBy(() -> PolicyJson.standard().readPlan(DOCUMENT)).isInstanceOf(PolicyJsonException.class)
                .hasMessageStartingWith("Unknown field 'colour' in a plan");
    }

    @Test
    void lenientReader_skipsAndReportsEveryUnknownField_inDocumentOrder() {
        List<SkippedField> skipped = new ArrayList<>();
        PolicyJson json = PolicyJson.builder().enable(ReaderOption.ALLOW_UNKNOWN_FIELDS).onSkippedField(skipped::add)
                .build();

        Plan plan = json.readPlan(DOCUMENT);

        assertThat(plan.allIndicators().findFirst().orElseThrow().targets().get(0).kind().code()).isEqualTo("zero");
        assertThat(skipped).containsExactly(
                new SkippedField("/colour", 1, 90),
                new SkippedField("/horizon/note", 2, 50),
                new SkippedField("/goals/0/indicators/0/targets/0/factor", 4, 27),
                new SkippedField("/goals/0/indicators/0/targets/0/rank", 4, 54));
        assertThat(skipped).extracting(SkippedField::name).containsExactly("colour", "note", "factor", "rank");
        assertThat(json.readerOptions()).containsExactly(ReaderOption.ALLOW_UNKNOWN_FIELDS);
    }

    @Test
    void lenientReader_reportsTheCatalogLine() {
        List<SkippedField> skipped = new ArrayList<>();
        PolicyJson json = PolicyJson.builder().enable(ReaderOption.ALLOW_UNKNOWN_FIELDS).onSkippedField(skipped::add)
                .build();
        String line = PolicyJson.builder().outputStyle(OutputStyle.COMPACT).build().writePlan(SamplePlans.minimal())
                .replace("\"id\":\"p\"", "\"id\":\"p\",\"extra\":true");

        try (Stream<Plan> plans = json.readCatalog(new StringReader(line + line))) {
            assertThat(plans).containsExactly(SamplePlans.minimal(), SamplePlans.minimal());
        }
        assertThat(skipped).containsExactly(new SkippedField("/extra", 1, 52), new SkippedField("/extra", 2, 52));
    }

    @Test
    void lenientReader_withoutListener_logsAndReads() {
        PolicyJson json = PolicyJson.builder().enable(ReaderOption.ALLOW_UNKNOWN_FIELDS).build();

        assertThat(json.readPlan(DOCUMENT).id()).isEqualTo("p");
    }

    @Test
    void disable_restoresStrictReading() {
        PolicyJson json = PolicyJson.builder().enable(ReaderOption.ALLOW_UNKNOWN_FIELDS)
                .disable(ReaderOption.ALLOW_UNKNOWN_FIELDS).build();

        assertThat(json.readerOptions()).isEmpty();
        assertThatThrownBy(() -> json.readPlan(DOCUMENT)).isInstanceOf(PolicyJsonException.class);
    }

    @Test
    void skippedField_rejectsAPointerThatNamesNoField() {
        assertThatThrownBy(() -> new SkippedField("", 1, 1)).isInstanceOf(org.policyindicators.core.PolicyException.class);
    }
}
