package org.policyindicators.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Unit;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.PolicyJsonException;

import tools.jackson.databind.json.JsonMapper;

/** One regression test for each bug that hostile input found. */
class FoundBugsTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    @Test
    void readPlan_rejectsNullDocumentWithPolicyJsonException() {
        // was a NullPointerException: Jackson returns null for a null root
        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> JSON.readPlan("null"));

        assertThat(e).isNotNull();
        assertThat(e.problem()).isEqualTo("Expected a plan document (a JSON object) but found null");
        assertThat(new long[] {e.line(), e.column()}).containsExactly(1, 1);
        assertThat(e.pointer()).isEmpty();
    }

    @Test
    void readJurisdictions_rejectsNullDocumentWithPolicyJsonException() {
        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> JSON.readJurisdictions(" \nnull"));

        assertThat(e).isNotNull();
        assertThat(e.problem()).isEqualTo("Expected a jurisdiction list (a JSON object) but found null");
        assertThat(new long[] {e.line(), e.column()}).containsExactly(2, 1);
    }

    @Test
    void readCatalog_rejectsNullLineWithItsLineNumber() {
        String minimal = "{\"format\":\"policy-indicators/1.0\",\"id\":\"p\",\"kind\":\"vision\",\"issuer\":\"cn\","
                + "\"horizon\":{\"start\":2021,\"end\":2025}}";
        try (Stream<Plan> plans = JSON.readCatalog(new StringReader(minimal + "\nnull\n" + minimal + "\n"))) {
            PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> plans.toList());

            assertThat(e).isNotNull();
            assertThat(e.problem()).contains("found null");
            assertThat(e.line()).isEqualTo(2);
        }
    }

    @Test
    void writePlan_refusesTheNumberThatItsReaderRefuses() {
        // was written, and the same instance then refused to read the document
        Indicator indicator = Indicator.builder("i").unit(Unit.of("cny"))
                .baseline(Baseline.of(Year.of(2020), new BigDecimal("7".repeat(1_085)))).build();
        Plan plan = Plan.builder("p", PlanKind.OTHER, "j", YearRange.of(2020, 2025))
                .goal(Goal.builder("g").indicator(indicator).build()).build();

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> JSON.writePlan(plan));

        assertThat(e).isNotNull();
        assertThat(e.problem()).isEqualTo("A number of 1085 characters is longer than the reader limit of 1000"
                + " characters; raise maxNumberLength to write it");
        assertThat(e.pointer()).isEqualTo("/goals/0/indicators/0/baselines/0/value");
    }

    @Test
    void schemaIdentifierPattern_agreesWithIsBlankForEveryCharacter() {
        // was \S, which Python's and ECMAScript's engines read differently from String.isBlank:
        // an identifier of no-break spaces was valid in Java and invalid by the schema
        String pattern = JsonMapper.builder().build().readTree(PolicyJson.schema())
                .get("$defs").get("Identifier").get("pattern").asString();
        Pattern identifier = Pattern.compile(pattern);

        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = String.valueOf(c);
            assertThat(identifier.matcher(s).find()).as("U+%04X", (int) c).isEqualTo(!s.isBlank());
        }
        for (String s : List.of("\u00a0", "\u2007", "\u202f", "\u0085", "\ufeff", "\u001c\u00a0", " \t\n\u3000")) {
            assertThat(identifier.matcher(s).find()).as("'%s'", s).isEqualTo(!s.isBlank());
        }
    }
}
