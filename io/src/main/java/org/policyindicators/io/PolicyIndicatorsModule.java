package org.policyindicators.io;

import org.policyindicators.core.Aspect;
import org.policyindicators.core.Attribute;
import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Category;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.Comparator;
import org.policyindicators.core.Conversion;
import org.policyindicators.core.Dimension;
import org.policyindicators.core.Direction;
import org.policyindicators.core.Goal;
import org.policyindicators.core.GoalReference;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.IndicatorReference;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.JurisdictionLevel;
import org.policyindicators.core.Modality;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Provenance;
import org.policyindicators.core.RankKind;
import org.policyindicators.core.SourceDocument;
import org.policyindicators.core.Target;
import org.policyindicators.core.TargetKind;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.internal.json.BaseUnitDeserializer;
import org.policyindicators.io.internal.json.BaseUnitSerializer;
import org.policyindicators.io.internal.json.BaselineDeserializer;
import org.policyindicators.io.internal.json.BaselineSerializer;
import org.policyindicators.io.internal.json.CodeDeserializer;
import org.policyindicators.io.internal.json.CodeSerializer;
import org.policyindicators.io.internal.json.ConversionDeserializer;
import org.policyindicators.io.internal.json.ConversionSerializer;
import org.policyindicators.io.internal.json.GoalDeserializer;
import org.policyindicators.io.internal.json.GoalReferenceDeserializer;
import org.policyindicators.io.internal.json.GoalReferenceSerializer;
import org.policyindicators.io.internal.json.GoalSerializer;
import org.policyindicators.io.internal.json.IndicatorDeserializer;
import org.policyindicators.io.internal.json.IndicatorReferenceDeserializer;
import org.policyindicators.io.internal.json.IndicatorReferenceSerializer;
import org.policyindicators.io.internal.json.IndicatorSerializer;
import org.policyindicators.io.internal.json.JurisdictionDeserializer;
import org.policyindicators.io.internal.json.JurisdictionSerializer;
import org.policyindicators.io.internal.json.ObservationDeserializer;
import org.policyindicators.io.internal.json.ObservationSerializer;
import org.policyindicators.io.internal.json.OneKindTargetDeserializer;
import org.policyindicators.io.internal.json.PlanDeserializer;
import org.policyindicators.io.internal.json.PlanSerializer;
import org.policyindicators.io.internal.json.ProvenanceDeserializer;
import org.policyindicators.io.internal.json.ProvenanceSerializer;
import org.policyindicators.io.internal.json.Reading;
import org.policyindicators.io.internal.json.SourceDocumentDeserializer;
import org.policyindicators.io.internal.json.SourceDocumentSerializer;
import org.policyindicators.io.internal.json.TargetDeserializer;
import org.policyindicators.io.internal.json.TargetSerializer;
import org.policyindicators.io.internal.json.TextDeserializer;
import org.policyindicators.io.internal.json.TextSerializer;
import org.policyindicators.io.internal.json.UnitDeserializer;
import org.policyindicators.io.internal.json.UnitSerializer;
import org.policyindicators.io.internal.json.YearRangeDeserializer;
import org.policyindicators.io.internal.json.YearRangeSerializer;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson module of the Policy Indicators JSON format, for use in an application's own
 * {@link tools.jackson.databind.json.JsonMapper}:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PolicyIndicatorsModule()).build();
 * Plan plan = mapper.readValue(json, Plan.class);
 * String text = mapper.writeValueAsString(plan);
 * }</pre>
 *
 * <p>It registers a serializer and a deserializer for every type of the model that has a JSON
 * form ({@link Plan}, {@link Goal}, {@link Indicator}, {@link Baseline}, {@link Observation},
 * {@link Target} and each target record, {@link Unit}, {@link Text}, {@link YearRange},
 * {@link SourceDocument}, {@link Provenance}, {@link Jurisdiction}, {@link BaseUnit},
 * {@link Conversion}, {@link IndicatorReference}, {@link GoalReference}) and for the codes
 * ({@link PlanKind}, {@link Category}, {@link Polarity}… as their kebab-case strings). Targets are
 * told apart by their {@code "type"} field, the {@link TargetKind#code() code} of their kind, never
 * by a class name; no default typing is involved.
 *
 * <p>Reading is as strict as with {@link PolicyJson}, whatever the mapper's own features say: no
 * coercion of scalars, no {@code null} values, duplicate fields and unknown fields are errors,
 * and every value goes through the model's own constructors. Errors are Jackson exceptions that
 * carry the location and the path; what the model rejects arrives as a
 * {@link tools.jackson.databind.exc.ValueInstantiationException} whose cause is the
 * {@link org.policyindicators.core.PolicyException}. To skip unknown fields instead, set the
 * attribute {@link #SKIPPED_FIELD_LISTENER} on the reader to a
 * {@code Consumer<SkippedField>}, which is told about every field skipped:
 *
 * <pre>{@code
 * List<SkippedField> skipped = new ArrayList<>();
 * Plan plan = mapper.readerFor(Plan.class)
 *         .withAttribute(PolicyIndicatorsModule.SKIPPED_FIELD_LISTENER, (Consumer<SkippedField>) skipped::add)
 *         .readValue(json);
 * }</pre>
 *
 * <p>Limits on input size, the rejection of trailing content, of duplicate fields that the model
 * does not know, of a byte-order mark and of invalid UTF-8 belong to the parser and the mapper;
 * {@link PolicyJson} configures all of them, an application's own mapper decides for itself.
 *
 * <p>This class is immutable and thread-safe; its serializers and deserializers hold no state.
 */
public final class PolicyIndicatorsModule extends JacksonModule {

    /**
     * The key of the deserialization attribute that turns unknown fields from errors into skipped
     * fields; its value is a {@code java.util.function.Consumer<SkippedField>}.
     */
    public static final String SKIPPED_FIELD_LISTENER = Reading.SKIPPED_FIELD_LISTENER;

    /** Creates the module. */
    public PolicyIndicatorsModule() {
    }

    @Override
    public String getModuleName() {
        return "policy-indicators";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();

        serializers.addSerializer(Plan.class, PlanSerializer.INSTANCE);
        serializers.addSerializer(Goal.class, GoalSerializer.INSTANCE);
        serializers.addSerializer(Indicator.class, IndicatorSerializer.INSTANCE);
        serializers.addSerializer(Baseline.class, BaselineSerializer.INSTANCE);
        serializers.addSerializer(Observation.class, ObservationSerializer.INSTANCE);
        serializers.addSerializer(Target.class, TargetSerializer.INSTANCE);
        serializers.addSerializer(Unit.class, UnitSerializer.INSTANCE);
        serializers.addSerializer(Text.class, TextSerializer.INSTANCE);
        serializers.addSerializer(YearRange.class, YearRangeSerializer.INSTANCE);
        serializers.addSerializer(SourceDocument.class, SourceDocumentSerializer.INSTANCE);
        serializers.addSerializer(Provenance.class, ProvenanceSerializer.INSTANCE);
        serializers.addSerializer(Jurisdiction.class, JurisdictionSerializer.INSTANCE);
        serializers.addSerializer(BaseUnit.class, BaseUnitSerializer.INSTANCE);
        serializers.addSerializer(Conversion.class, ConversionSerializer.INSTANCE);
        serializers.addSerializer(IndicatorReference.class, IndicatorReferenceSerializer.INSTANCE);
        serializers.addSerializer(GoalReference.class, GoalReferenceSerializer.INSTANCE);

        deserializers.addDeserializer(Plan.class, PlanDeserializer.INSTANCE);
        deserializers.addDeserializer(Goal.class, GoalDeserializer.INSTANCE);
        deserializers.addDeserializer(Indicator.class, IndicatorDeserializer.INSTANCE);
        deserializers.addDeserializer(Baseline.class, BaselineDeserializer.INSTANCE);
        deserializers.addDeserializer(Observation.class, ObservationDeserializer.INSTANCE);
        deserializers.addDeserializer(Target.class, TargetDeserializer.INSTANCE);
        deserializers.addDeserializer(Unit.class, UnitDeserializer.INSTANCE);
        deserializers.addDeserializer(Text.class, TextDeserializer.INSTANCE);
        deserializers.addDeserializer(YearRange.class, YearRangeDeserializer.INSTANCE);
        deserializers.addDeserializer(SourceDocument.class, SourceDocumentDeserializer.INSTANCE);
        deserializers.addDeserializer(Provenance.class, ProvenanceDeserializer.INSTANCE);
        deserializers.addDeserializer(Jurisdiction.class, JurisdictionDeserializer.INSTANCE);
        deserializers.addDeserializer(BaseUnit.class, BaseUnitDeserializer.INSTANCE);
        deserializers.addDeserializer(Conversion.class, ConversionDeserializer.INSTANCE);
        deserializers.addDeserializer(IndicatorReference.class, IndicatorReferenceDeserializer.INSTANCE);
        deserializers.addDeserializer(GoalReference.class, GoalReferenceDeserializer.INSTANCE);

        for (TargetKind kind : TargetKind.values()) {
            addTargetKind(serializers, deserializers, kind.type(), kind);
        }

        addCode(serializers, deserializers, PlanKind.class, PlanKind::code, PlanKind::ofCode);
        addCode(serializers, deserializers, Polarity.class, Polarity::code, Polarity::ofCode);
        addCode(serializers, deserializers, Attribute.class, Attribute::code, Attribute::ofCode);
        addCode(serializers, deserializers, Modality.class, Modality::code, Modality::ofCode);
        addCode(serializers, deserializers, Comparator.class, Comparator::code, Comparator::ofCode);
        addCode(serializers, deserializers, ObservationStatus.class, ObservationStatus::code,
                ObservationStatus::ofCode);
        addCode(serializers, deserializers, Direction.class, Direction::code, Direction::ofCode);
        addCode(serializers, deserializers, ChangeMode.class, ChangeMode::code, ChangeMode::ofCode);
        addCode(serializers, deserializers, Aspect.class, Aspect::code, Aspect::ofCode);
        addCode(serializers, deserializers, RankKind.class, RankKind::code, RankKind::ofCode);
        addCode(serializers, deserializers, Dimension.class, Dimension::code, Dimension::ofCode);
        addCode(serializers, deserializers, TargetKind.class, TargetKind::code, TargetKind::ofCode);
        addCode(serializers, deserializers, Category.class, Category::code, Category::of);
        addCode(serializers, deserializers, JurisdictionLevel.class, JurisdictionLevel::code, JurisdictionLevel::of);

        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    private static <T extends Target> void addTargetKind(SimpleSerializers serializers,
            SimpleDeserializers deserializers, Class<T> type, TargetKind kind) {
        serializers.addSerializer(type, TargetSerializer.INSTANCE);
        deserializers.addDeserializer(type, new OneKindTargetDeserializer<>(type, kind));
    }

    private static <T> void addCode(SimpleSerializers serializers, SimpleDeserializers deserializers, Class<T> type,
            java.util.function.Function<T, String> code, java.util.function.Function<String, T> ofCode) {
        serializers.addSerializer(type, new CodeSerializer<>(type, code));
        deserializers.addDeserializer(type, new CodeDeserializer<>(type, ofCode));
    }
}
