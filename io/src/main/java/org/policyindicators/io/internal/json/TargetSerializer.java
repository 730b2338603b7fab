package org.policyindicators.io.internal.json;

import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.Comparator;
import org.policyindicators.core.CumulativeTarget;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.GradeTarget;
import org.policyindicators.core.GrowthTarget;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Modality;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.QuotaTarget;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.RankTarget;
import org.policyindicators.core.RelativeTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Target;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Target} of any kind: {@code "type"} (the {@link org.policyindicators.core.TargetKind}
 * code) first, then the record's components; modality {@code plain} is left out.
 */
public final class TargetSerializer extends StdSerializer<Target> {

    /** The instance; it holds no state. */
    public static final TargetSerializer INSTANCE = new TargetSerializer();

    private TargetSerializer() {
        super(Target.class);
    }

    @Override
    public void serialize(Target value, JsonGenerator g, SerializationContext ctxt) {
        write(value, g, ctxt);
    }

    /**
     * Writes a target.
     *
     * @param value the target, not null
     * @param g the generator
     * @param ctxt the context
     */
    public static void write(Target value, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        g.writeStringProperty("type", value.kind().code());
        switch (value.kind()) {
            case LEVEL -> {
                LevelTarget t = (LevelTarget) value;
                comparator(g, t.comparator());
                Writing.decimal(g, "value", t.value());
                Writing.object(g, ctxt, "unit", t.unit(), UnitSerializer::write);
            }
            case RANGE -> {
                RangeTarget t = (RangeTarget) value;
                Writing.decimal(g, "min", t.min());
                Writing.decimal(g, "max", t.max());
                Writing.object(g, ctxt, "unit", t.unit(), UnitSerializer::write);
            }
            case MULTIPLE -> {
                MultipleTarget t = (MultipleTarget) value;
                Writing.decimal(g, "factor", t.factor());
                comparator(g, t.comparator());
                Writing.year(g, "baseYear", t.baseYear());
            }
            case CHANGE -> {
                ChangeTarget t = (ChangeTarget) value;
                g.writeStringProperty("mode", t.mode().code());
                comparator(g, t.comparator());
                Writing.decimal(g, "value", t.value());
                Writing.object(g, ctxt, "unit", t.unit(), UnitSerializer::write);
            }
            case GROWTH -> {
                GrowthTarget t = (GrowthTarget) value;
                comparator(g, t.comparator());
                Writing.decimal(g, "value", t.value());
                Writing.object(g, ctxt, "unit", t.unit(), UnitSerializer::write);
            }
            case CUMULATIVE -> {
                CumulativeTarget t = (CumulativeTarget) value;
                comparator(g, t.comparator());
                Writing.decimal(g, "value", t.value());
                Writing.object(g, ctxt, "unit", t.unit(), UnitSerializer::write);
            }
            case RELATIVE -> {
                RelativeTarget t = (RelativeTarget) value;
                comparator(g, t.comparator());
                g.writeStringProperty("aspect", t.aspect().code());
                Writing.object(g, ctxt, "reference", t.reference(), IndicatorReferenceSerializer::write);
                Writing.text(g, ctxt, "benchmark", t.benchmark());
            }
            case DIRECTION -> g.writeStringProperty("direction", ((DirectionTarget) value).direction().code());
            case QUALITATIVE, ZERO -> {
                // only the fields common to all targets
            }
            case RANK -> {
                RankTarget t = (RankTarget) value;
                comparator(g, t.comparator());
                g.writeNumberProperty("rank", t.rank());
                g.writeStringProperty("rankKind", t.rankKind().code());
                Writing.text(g, ctxt, "scope", t.scope());
            }
            case GRADE -> {
                GradeTarget t = (GradeTarget) value;
                comparator(g, t.comparator());
                g.writeNumberProperty("grade", t.grade());
                Writing.flag(g, "lowerIsBetter", t.lowerIsBetter());
                Writing.text(g, ctxt, "label", t.label());
                Writing.text(g, ctxt, "scale", t.scale());
            }
            case SHARE -> {
                ShareTarget t = (ShareTarget) value;
                comparator(g, t.comparator());
                Writing.decimal(g, "value", t.value());
                Writing.object(g, ctxt, "unit", t.unit(), UnitSerializer::write);
                Writing.text(g, ctxt, "whole", t.whole());
                Writing.object(g, ctxt, "wholeIndicator", t.wholeIndicator(), IndicatorReferenceSerializer::write);
            }
            case QUOTA -> {
                QuotaTarget t = (QuotaTarget) value;
                comparator(g, t.comparator());
                Writing.text(g, ctxt, "assignedBy", t.assignedBy());
                Writing.optionalDecimal(g, "value", t.value());
                Writing.object(g, ctxt, "unit", t.unit(), UnitSerializer::write);
            }
        }
        Writing.year(g, "year", value.year());
        Writing.year(g, "startYear", value.startYear());
        Writing.flag(g, "annual", value.annual());
        if (value.modality() != Modality.PLAIN) {
            g.writeStringProperty("modality", value.modality().code());
        }
        Writing.text(g, ctxt, "text", value.text());
        g.writeEndObject();
    }

    private static void comparator(JsonGenerator g, Comparator comparator) {
        g.writeStringProperty("comparator", comparator.code());
    }
}
