package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.PolicyException;
import org.policyindicators.core.Target;
import org.policyindicators.io.testing.SamplePlans;

import tools.jackson.core.JacksonException;
import tools.jackson.core.Version;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

class PolicyIndicatorsModuleTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new PolicyIndicatorsModule()).build();

    /** An application's own type that holds model types. */
    record Envelope(String source, Plan plan, List<Target> extra, LevelTarget level, PlanKind kind) {
    }

    @Test
    void version_isTheBuiltVersionOfTheIoArtifact() {
        Version version = new PolicyIndicatorsModule().version();

        assertThat(version.isUnknownVersion()).isFalse();
        assertThat(version.getGroupId()).isEqualTo("org.policyindicators");
        assertThat(version.getArtifactId()).isEqualTo("policy-indicators-io");
        assertThat(version.toString()).isEqualTo(System.getProperty("policyindicators.version"));
    }

    @Test
    void ownMapper_readsAndWritesAPlan_likePolicyJsonCompact() {
        Plan plan = SamplePlans.full();

        String json = MAPPER.writeValueAsString(plan);

        assertThat(json + "\n").isEqualTo(PolicyJson.builder().outputStyle(OutputStyle.COMPACT).build().writePlan(plan));
        assertThat(MAPPER.readValue(json, Plan.class)).isEqualTo(plan);
    }

    @Test
    void ownMapper_readsAndWritesModelTypesInsideItsOwnTypes() {
        List<Target> targets = SamplePlans.everyTargetKind();
        Envelope envelope = new Envelope("test", SamplePlans.minimal(), targets, (LevelTarget) targets.get(0),
                PlanKind.FIVE_YEAR_PLAN);

        String json = MAPPER.writeValueAsString(envelope);

        assertThat(json).contains("\"kind\":\"five-year-plan\"").contains("\"level\":{\"type\":\"level\"");
        assertThat(MAPPER.readValue(json, Envelope.class)).isEqualTo(envelope);
    }

    @Test
    void ownMapper_rejectsUnknownFields_evenIfTheMapperIgnoresThem() {
        String json = "{\"source\": \"s\", \"plan\": " + MAPPER.writeValueAsString(SamplePlans.minimal())
                .replace("\"id\":\"p\"", "\"id\":\"p\",\"colour\":1") + "}";

        UnrecognizedPropertyException e = catchThrowableOfType(UnrecognizedPropertyException.class,
                () -> MAPPER.readValue(json, Envelope.class));

        assertThat(e.getPropertyName()).isEqualTo("colour");
        assertThat(e.getLocation().getColumnNr()).isEqualTo(77);
        assertThat(e.getPath()).extracting(JacksonException.Reference::getPropertyName).containsExactly("plan", "colour");
    }

    @Test
    void ownMapper_skipsUnknownFields_whenTheReaderHasAListener() {
        List<SkippedField> skipped = new ArrayList<>();
        String json = MAPPER.writeValueAsString(SamplePlans.minimal()).replace("\"id\":\"p\"", "\"id\":\"p\",\"colour\":1");

        Plan plan = MAPPER.readerFor(Plan.class)
                .withAttribute(PolicyIndicatorsModule.SKIPPED_FIELD_LISTENER, (Consumer<SkippedField>) skipped::add)
                .readValue(json);

        assertThat(plan).isEqualTo(SamplePlans.minimal());
        assertThat(skipped).containsExactly(new SkippedField("/colour", 1, 53));
    }

    @Test
    void ownMapper_turnsDomainErrorsIntoJacksonErrors_withLocationAndPath() {
        String json = MAPPER.writeValueAsString(SamplePlans.full()).replace("\"id\":\"innovation\"", "\"id\":\" \"");

        ValueInstantiationException e = catchThrowableOfType(ValueInstantiationException.class,
                () -> MAPPER.readValue(json, Plan.class));

        assertThat(e.getCause()).isInstanceOf(PolicyException.class).hasMessage("id must not be blank");
        assertThat(e.getOriginalMessage()).isEqualTo("Invalid goal: id must not be blank");
        assertThat(e.getLocation().getLineNr()).isEqualTo(1);
        assertThat(e.getPath()).extracting(ref -> ref.getPropertyName() == null ? "[" + ref.getIndex() + "]"
                : ref.getPropertyName()).containsExactly("goals", "[0]");
    }

    @Test
    void ownMapper_refusesATargetOfAnotherKind_whereOneKindIsDeclared() {
        String json = "{\"type\":\"zero\"}";

        JacksonException e = catchThrowableOfType(JacksonException.class, () -> MAPPER.readValue(json, LevelTarget.class));

        assertThat(e.getOriginalMessage()).isEqualTo("Expected a target of type 'level' but found one of type 'zero'");
    }

    @Test
    void moduleName_isPolicyIndicators() {
        assertThat(new PolicyIndicatorsModule().getModuleName()).isEqualTo("policy-indicators");
    }

    @Test
    void aMapperBuiltWithTheModule_readsTargetsOfEveryKind_andCodes_inItsOwnTypes() {
        JsonMapper mapper = JsonMapper.builder().addModule(new PolicyIndicatorsModule()).build();
        List<Target> targets = SamplePlans.everyTargetKind();
        Envelope envelope = new Envelope("test", SamplePlans.minimal(), targets, (LevelTarget) targets.get(0),
                PlanKind.FIVE_YEAR_PLAN);

        String json = MAPPER.writeValueAsString(envelope);

        assertThat(mapper.writeValueAsString(envelope)).isEqualTo(json);
        assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(envelope);
    }
}
