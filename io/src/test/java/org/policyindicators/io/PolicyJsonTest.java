package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Goal;
import org.policyindicators.core.ImpliedYear;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Target;
import org.policyindicators.core.TargetKind;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.testing.SamplePlans;

class PolicyJsonTest {

    private static final PolicyJson JSON = PolicyJson.standard();
    private static final PolicyJson COMPACT = PolicyJson.builder().outputStyle(OutputStyle.COMPACT).build();

    @TempDir
    Path dir;

    @Test
    void writePlan_thenReadPlan_givesEqualPlan_throughEverySourceAndTarget() {
        Plan plan = SamplePlans.full();
        Path file = dir.resolve("plan.json");
        JSON.writePlan(plan, file);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JSON.writePlan(plan, bytes);
        StringWriter chars = new StringWriter();
        JSON.writePlan(plan, chars);
        String text = JSON.writePlan(plan);

        assertThat(JSON.readPlan(file)).isEqualTo(plan);
        assertThat(JSON.readPlan(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(plan);
        assertThat(JSON.readPlan(new StringReader(chars.toString()))).isEqualTo(plan);
        assertThat(JSON.readPlan(text)).isEqualTo(plan);
        assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(chars.toString()).isEqualTo(text);
    }

    @Test
    void writePlan_toFile_writesUtf8WithoutByteOrderMark() throws Exception {
        Path file = dir.resolve("plan.json");
        JSON.writePlan(SamplePlans.full(), file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) '{');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("太原市万柏林区");
    }

    @Test
    void writePlan_minimalPlan_writesOnlyRequiredFields() {
        assertThat(JSON.writePlan(SamplePlans.minimal())).isEqualTo("""
                {
                  "format": "policy-indicators/1.1",
                  "id": "p",
                  "kind": "other",
                  "issuer": "j",
                  "horizon": {
                    "start": 2024,
                    "end": 2024
                  }
                }
                """);
        assertThat(COMPACT.writePlan(SamplePlans.minimal())).isEqualTo(
                "{\"format\":\"policy-indicators/1.1\",\"id\":\"p\",\"kind\":\"other\",\"issuer\":\"j\","
                        + "\"horizon\":{\"start\":2024,\"end\":2024}}\n");
    }

    @Test
    void readPlan_explicitDefaults_equalTheOmittedOnes() {
        String json = """
                {"format": "policy-indicators/1.0", "id": "p", "kind": "other", "title": {}, "issuer": "j",
                 "horizon": {"start": 2024, "end": 2024}, "sources": [], "units": [],
                 "goals": [{"id": "g", "title": {}, "description": {}, "alignsWith": [], "goals": [],
                   "indicators": [{"id": "i", "name": {}, "unit": {"code": "cny", "scale": 0}, "polarity": "neutral",
                     "baselines": [], "observations": [], "components": [], "provenance": [],
                     "targets": [{"type": "zero", "annual": false, "modality": "plain", "text": {}}]}]}]}
                """;
        Plan expected = SamplePlans.minimal().withGoals(List.of(Goal.builder("g")
                .indicator(Indicator.builder("i").unit(Unit.of("cny")).polarity(Polarity.NEUTRAL)
                        .target(org.policyindicators.core.ZeroTarget.of(null)).build())
                .build()));

        assertThat(JSON.readPlan(json)).isEqualTo(expected);
    }

    @Test
    void writePlan_leavesDefaultsOut() {
        Plan plan = SamplePlans.minimal().withGoals(List.of(Goal.builder("g")
                .indicator(Indicator.builder("i").unit(Unit.of("cny")).polarity(Polarity.NEUTRAL)
                        .target(org.policyindicators.core.ZeroTarget.of(null)).build())
                .build()));

        assertThat(COMPACT.writePlan(plan)).contains(
                "\"goals\":[{\"id\":\"g\",\"indicators\":[{\"id\":\"i\",\"unit\":{\"code\":\"cny\"},"
                        + "\"targets\":[{\"type\":\"zero\"}]}]}]");
    }

    @Test
    void everyTargetKind_roundTrips_withItsTypeName() {
        List<Target> targets = SamplePlans.everyTargetKind();
        assertThat(targets).extracting(Target::kind).containsExactly(TargetKind.values());
        for (Target target : targets) {
            Plan plan = planWith(target);
            String json = COMPACT.writePlan(plan);

            assertThat(json).contains("\"targets\":[{\"type\":\"" + target.kind().code() + "\"");
            assertThat(COMPACT.readPlan(json)).isEqualTo(plan);
        }
    }

    @Test
    void yearImplied_isWrittenWithItsLowerCaseBasis_andReadBack() {
        Target heading = org.policyindicators.core.LevelTarget.of(org.policyindicators.core.Comparison.GE,
                new BigDecimal("227"), Year.of(2025))
                .withYearImplied(ImpliedYear.of(ImpliedYear.Basis.HEADING, "到2025年"));
        Target horizon = org.policyindicators.core.ZeroTarget.of(Year.of(2025)).withYearImplied(ImpliedYear.ofHorizon());

        String written = COMPACT.writePlan(planWith(heading));
        assertThat(written).contains("\"year\":2025,\"yearImplied\":{\"basis\":\"heading\",\"context\":\"到2025年\"}}");
        assertThat(COMPACT.readPlan(written)).isEqualTo(planWith(heading));
        String quoteless = COMPACT.writePlan(planWith(horizon));
        assertThat(quoteless).contains("\"yearImplied\":{\"basis\":\"horizon\"}}");
        assertThat(COMPACT.readPlan(quoteless)).isEqualTo(planWith(horizon));
        assertThat(COMPACT.writePlan(planWith(heading.withYearImplied(null)))).doesNotContain("yearImplied");
    }

    @Test
    void flow_isWrittenAfterThePolarityOnlyWhenTrue_andReadBack() {
        Indicator flow = Indicator.builder("new-jobs").unit(Unit.of("person", 4)).polarity(Polarity.HIGHER_IS_BETTER)
                .flow(true).build();

        String written = COMPACT.writePlan(planWith(flow));
        assertThat(written).contains("\"polarity\":\"higher-is-better\",\"flow\":true}");
        assertThat(COMPACT.readPlan(written)).isEqualTo(planWith(flow));
        String level = COMPACT.writePlan(planWith(flow.toBuilder().flow(false).build()));
        assertThat(level).doesNotContain("flow");
        assertThat(COMPACT.readPlan(level).goals().get(0).indicators().get(0).flow()).isFalse();
    }

    @Test
    void yearImplied_withAnUnknownBasis_isRejectedWithItsPath() {
        String json = COMPACT.writePlan(planWith(org.policyindicators.core.ZeroTarget.of(Year.of(2025))
                .withYearImplied(ImpliedYear.ofHorizon()))).replace("\"horizon\"}", "\"HORIZON\"}");

        assertThatThrownBy(() -> COMPACT.readPlan(json)).isInstanceOf(PolicyJsonException.class)
                .hasMessageContaining("HORIZON")
                .hasMessageContaining("/goals/0/indicators/0/targets/0/yearImplied/basis");
    }

    static Stream<Arguments> decimals() {
        return Stream.of(
                Arguments.of("486", "486"),
                Arguments.of("1160.1", "1160.1"),
                Arguments.of("4.0", "4.0"),
                Arguments.of("-13.50", "-13.50"),
                Arguments.of("0E-10", "0.0000000000"),
                Arguments.of("-0", "0"),
                Arguments.of("0.000001", "0.000001"),
                Arguments.of("1E+3", "1E+3"),
                Arguments.of("-7.5E+30", "-7.5E+30"),
                Arguments.of("1E-70", "1E-70"),
                Arguments.of("123456789012345678901234567890.123456789", "123456789012345678901234567890.123456789"),
                Arguments.of("1E+999999", "1E+999999"),
                Arguments.of("2.5E-2147483000", "2.5E-2147483000"));
    }

    @ParameterizedTest(name = "{0} is written as {1}")
    @MethodSource("decimals")
    void writePlan_writesDecimalsExactly_andReadsThemBackWithTheirScale(String value, String written) {
        BigDecimal decimal = new BigDecimal(value);
        Plan plan = planWith(Baseline.of(Year.of(2020), decimal));

        String json = COMPACT.writePlan(plan);
        BigDecimal read = COMPACT.readPlan(json).allIndicators().findFirst().orElseThrow().baselines().get(0).value();

        assertThat(json).contains("\"value\":" + written + "}");
        assertThat(read.unscaledValue()).isEqualTo(decimal.unscaledValue());
        assertThat(read.scale()).isEqualTo(decimal.scale());
    }

    @Test
    void writePlan_isDeterministic_forEqualPlansBuiltApart() {
        assertThat(JSON.writePlan(SamplePlans.full())).isEqualTo(JSON.writePlan(SamplePlans.full()));
        assertThat(JSON.writePlan(JSON.readPlan(JSON.writePlan(SamplePlans.full()))))
                .isEqualTo(JSON.writePlan(SamplePlans.full()));
    }

    @Test
    void writePlan_writesTextAsUtf8Characters_andEscapesOnlyWhatJsonRequires() {
        Plan plan = planWith(Baseline.of(Year.of(2020), BigDecimal.ONE)).withGoals(List.of(Goal.builder("g")
                .title(new Text(java.util.Map.of("zh", "地区📈\"\\\n\u0001", "ar", "مؤشر"))).build()));

        String json = COMPACT.writePlan(plan);

        assertThat(json).contains("\"title\":{\"ar\":\"مؤشر\",\"zh\":\"地区📈\\\"\\\\\\n\\u0001\"}");
        assertThat(COMPACT.readPlan(json)).isEqualTo(plan);
    }

    @Test
    void writePlan_rejectsUnpairedSurrogate_withPointer_andWritesNothing() {
        Plan plan = SamplePlans.minimal().withGoals(List.of(Goal.builder("g").title(Text.zh("bad\uD800")).build()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> JSON.writePlan(plan, out));

        assertThat(e.problem()).contains("unpaired surrogate U+D800 at index 3");
        assertThat(e.pointer()).isEqualTo("/goals/0/title/zh");
        assertThat(e.line()).isEqualTo(-1);
        assertThat(out.size()).isZero();
    }

    @Test
    void readPlan_acceptsAnyMinorVersionOfFormatOne() {
        String json = JSON.writePlan(SamplePlans.minimal()).replace("policy-indicators/1.1", "policy-indicators/1.17");

        assertThat(JSON.readPlan(json)).isEqualTo(SamplePlans.minimal());
    }

    @Test
    void readPlan_fromMissingFile_throwsUncheckedIOException() {
        assertThatThrownBy(() -> JSON.readPlan(dir.resolve("missing.json"))).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void readPlan_doesNotCloseTheCallersStream() {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(
                JSON.writePlan(SamplePlans.minimal()).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        assertThat(JSON.readPlan(in)).isEqualTo(SamplePlans.minimal());
        assertThat(closed[0]).isFalse();
    }

    @Test
    void jurisdictions_roundTrip_throughEverySourceAndTarget() {
        List<Jurisdiction> jurisdictions = SamplePlans.jurisdictions();
        Path file = dir.resolve("jurisdictions.json");
        JSON.writeJurisdictions(jurisdictions, file);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JSON.writeJurisdictions(jurisdictions, bytes);
        StringWriter chars = new StringWriter();
        JSON.writeJurisdictions(jurisdictions, chars);
        String text = JSON.writeJurisdictions(jurisdictions);

        assertThat(JSON.readJurisdictions(file)).isEqualTo(jurisdictions);
        assertThat(JSON.readJurisdictions(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(jurisdictions);
        assertThat(JSON.readJurisdictions(new StringReader(chars.toString()))).isEqualTo(jurisdictions);
        assertThat(JSON.readJurisdictions(text)).isEqualTo(jurisdictions);
        assertThat(text).startsWith("{\n  \"format\": \"policy-indicators/1.1\",\n  \"jurisdictions\": [");
    }

    @Test
    void jurisdictions_emptyList_isWrittenAndRead() {
        assertThat(COMPACT.writeJurisdictions(List.of()))
                .isEqualTo("{\"format\":\"policy-indicators/1.1\",\"jurisdictions\":[]}\n");
        assertThat(JSON.readJurisdictions(COMPACT.writeJurisdictions(List.of()))).isEmpty();
    }

    @Test
    void readPlan_rejectsJurisdictionDocument_andTheOtherWayRound() {
        assertThatThrownBy(() -> JSON.readPlan(JSON.writeJurisdictions(SamplePlans.jurisdictions())))
                .isInstanceOf(PolicyJsonException.class).hasMessageContaining("Unknown field 'jurisdictions' in a plan");
        assertThatThrownBy(() -> JSON.readJurisdictions(JSON.writePlan(SamplePlans.minimal())))
                .isInstanceOf(PolicyJsonException.class)
                .hasMessageContaining("Unknown field 'id' in a jurisdiction list");
    }

    @Test
    void schema_isTheResource_withItsId() {
        assertThat(PolicyJson.schema()).contains("\"$id\": \"" + PolicyJson.SCHEMA_ID + "\"");
        assertThat(PolicyJson.class.getResource(PolicyJson.SCHEMA_RESOURCE)).isNotNull();
    }

    @Test
    void standard_hasTheDefaults() {
        PolicyJson json = PolicyJson.standard();

        assertThat(json.readerOptions()).isEmpty();
        assertThat(json.maxNestingDepth()).isEqualTo(PolicyJson.DEFAULT_MAX_NESTING_DEPTH);
        assertThat(json.maxStringLength()).isEqualTo(PolicyJson.DEFAULT_MAX_STRING_LENGTH);
        assertThat(json.maxNumberLength()).isEqualTo(PolicyJson.DEFAULT_MAX_NUMBER_LENGTH);
        assertThat(json.maxDocumentSize()).isEqualTo(PolicyJson.DEFAULT_MAX_DOCUMENT_SIZE);
        assertThat(json.outputStyle()).isEqualTo(OutputStyle.PRETTY);
    }

    @Test
    void builder_rejectsLimitsBelowOne() {
        assertThatThrownBy(() -> PolicyJson.builder().maxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxNestingDepth");
        assertThatThrownBy(() -> PolicyJson.builder().maxStringLength(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PolicyJson.builder().maxNumberLength(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PolicyJson.builder().maxDocumentSize(0)).isInstanceOf(IllegalArgumentException.class);
    }

    static Plan planWith(Target target) {
        return planWith(Indicator.builder("i").unit(Unit.of("cny")).polarity(Polarity.NEUTRAL).target(target).build());
    }

    static Plan planWith(Baseline baseline) {
        return planWith(Indicator.builder("i").unit(Unit.of("cny")).polarity(Polarity.NEUTRAL).baseline(baseline)
                .build());
    }

    static Plan planWith(Indicator indicator) {
        return Plan.builder("p", PlanKind.OTHER, "j", YearRange.of(2021, 2025))
                .goal(Goal.builder("g").indicator(indicator).build()).build();
    }
}
