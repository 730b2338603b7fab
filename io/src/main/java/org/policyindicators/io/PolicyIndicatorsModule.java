package org.policyindicators.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Category;
import org.policyindicators.core.Conversion;
import org.policyindicators.core.Goal;
import org.policyindicators.core.GoalReference;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.IndicatorReference;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Provenance;
import org.policyindicators.core.SourceDocument;
import org.policyindicators.core.Target;
import org.policyindicators.core.TargetKind;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.internal.json.Codec;
import org.policyindicators.io.internal.json.Codecs;
import org.policyindicators.io.internal.json.Reading;
import org.policyindicators.io.internal.json.RecordCodec;

import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
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

    private static final Version VERSION = readVersion();

    /** Creates the module. */
    public PolicyIndicatorsModule() {
    }

    @Override
    public String getModuleName() {
        return "policy-indicators";
    }

    /**
     * Returns the version of this module as built, such as {@code 0.1.0-SNAPSHOT} of
     * {@code org.policyindicators:policy-indicators-io}.
     *
     * @return the module's version; Jackson's unknown version only if the jar lacks its version resource
     */
    @Override
    public Version version() {
        return VERSION;
    }

    private static Version readVersion() {
        try (InputStream in = PolicyIndicatorsModule.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return VersionUtil.parseVersion(properties.getProperty("version"), properties.getProperty("groupId"),
                    properties.getProperty("artifactId"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the module's version resource", e);
        }
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        for (RecordCodec<?> codec : Codecs.RECORDS) {
            add(serializers, deserializers, codec.type(), codec);
        }
        add(serializers, deserializers, Target.class, Codecs.TARGET);
        for (TargetKind kind : TargetKind.values()) {
            add(serializers, deserializers, kind.type(), Codecs.TARGET.oneKind(kind));
        }
        Codecs.VALUES.forEach((type, codec) -> add(serializers, deserializers, type, codec));
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    @SuppressWarnings("unchecked")
    private static <T> void add(SimpleSerializers serializers, SimpleDeserializers deserializers, Class<T> type,
            Codec<?> codec) {
        Codec<T> typed = (Codec<T>) codec;
        serializers.addSerializer(type, typed.serializer(type));
        deserializers.addDeserializer(type, typed.deserializer(type));
    }
}
