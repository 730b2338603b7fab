package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Plan;
import org.policyindicators.io.testing.SamplePlans;

class ReaderLimitsTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    private static final PolicyJson DEEP = PolicyJson.builder().maxNestingDepth(200).build();

    private static Plan nestedGoals(int levels) {
        Goal goal = Goal.builder("g" + levels).build();
        for (int i = levels - 1; i > 0; i--) {
            goal = Goal.builder("g" + i).goal(goal).build();
        }
        return SamplePlans.minimal().withGoals(List.of(goal));
    }

    @Test
    void read_nestingDeeperThanTheLimit_fails() {
        String json = DEEP.writePlan(nestedGoals(60));

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> JSON.readPlan(json));

        assertThat(e.problem()).isEqualTo(
                "The document is nested deeper than the limit of 100 levels (PolicyJson.Builder.maxNestingDepth)");
        assertThat(e.pointer()).startsWith("/goals/0/goals/0/goals/0/");
    }

    @Test
    void read_nestingWithinARaisedLimit_succeeds() {
        Plan plan = nestedGoals(60);

        assertThat(DEEP.readPlan(DEEP.writePlan(plan))).isEqualTo(plan);
    }

    @Test
    void read_hugeNestingInASkippedField_failsFast_withoutStackOverflow() {
        String json = "{\"skipped\": " + "[".repeat(1_000_000);
        PolicyJson lenient = PolicyJson.builder().enable(ReaderOption.ALLOW_UNKNOWN_FIELDS)
                .onSkippedField(skipped -> { }).build();

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> lenient.readPlan(json));

        assertThat(e.problem()).contains("nested deeper than the limit of 100 levels");
    }

    @Test
    void read_stringLongerThanTheLimit_fails() {
        PolicyJson json = PolicyJson.builder().maxStringLength(25).build();
        String document = JSON.writePlan(SamplePlans.minimal()).replace("\"id\": \"p\"", "\"id\": \"" + "x".repeat(26) + "\"");

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> json.readPlan(document));

        assertThat(e.problem()).isEqualTo(
                "A string is longer than the limit of 25 characters (PolicyJson.Builder.maxStringLength)");
        assertThat(e.pointer()).isEqualTo("/id");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void read_numberLongerThanTheLimit_fails() {
        String digits = "1".repeat(1_001);
        String document = JSON.writePlan(SamplePlans.minimal()).replace("\"start\": 2024", "\"start\": " + digits);

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> JSON.readPlan(document));

        assertThat(e.problem()).isEqualTo(
                "A number is longer than the limit of 1000 characters (PolicyJson.Builder.maxNumberLength)");
        assertThat(e.pointer()).isEqualTo("/horizon/start");
    }

    @Test
    void read_documentLargerThanTheLimit_failsInBytesForByteInput() {
        String document = JSON.writePlan(SamplePlans.full());
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        PolicyJson json = PolicyJson.builder().maxDocumentSize(bytes.length - 1L).build();

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> json.readPlan(new ByteArrayInputStream(bytes)));

        assertThat(e.problem()).isEqualTo("The document is larger than the limit of " + (bytes.length - 1)
                + " bytes (PolicyJson.Builder.maxDocumentSize)");
        assertThat(PolicyJson.builder().maxDocumentSize(bytes.length).build()
                .readPlan(new ByteArrayInputStream(bytes))).isEqualTo(SamplePlans.full());
    }

    @Test
    void read_documentLargerThanTheLimit_failsInCharactersForCharacterInput() {
        String document = JSON.writePlan(SamplePlans.full());
        PolicyJson json = PolicyJson.builder().maxDocumentSize(document.length() - 1L).build();

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> json.readPlan(new StringReader(document)));

        assertThat(e.problem()).contains("larger than the limit of " + (document.length() - 1) + " characters");
        assertThat(PolicyJson.builder().maxDocumentSize(document.length()).build().readPlan(document))
                .isEqualTo(SamplePlans.full());
    }

    @Test
    void read_endlessInput_stopsAtTheSizeLimit() {
        InputStream endless = new InputStream() {
            private long position;

            @Override
            public int read() {
                return position++ == 0 ? '{' : ' ';
            }
        };
        PolicyJson json = PolicyJson.builder().maxDocumentSize(100_000).build();

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> json.readPlan(endless));

        assertThat(e.problem()).contains("larger than the limit of 100000 bytes");
    }
}
