package org.policyindicators.examples.cli;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.ChangeTarget;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Measurement;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.Target;
import org.policyindicators.core.Unit;
import org.policyindicators.core.YearRange;
import org.policyindicators.core.analysis.ImpliedTarget;
import org.policyindicators.core.analysis.Progress;
import org.policyindicators.examples.cli.PlanReport.IndicatorProgress;
import org.policyindicators.examples.cli.PlanReport.Section;
import org.policyindicators.examples.cli.PlanReport.TargetProgress;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a report as JSON: the same content as the text report, with values as exact JSON
 * numbers, codes instead of labels where the JSON format has codes, and names and messages in
 * the chosen language. A qualitative value has a {@code state} instead of a {@code value}, an
 * indicator without a unit a {@code null} unit; dates and dimensions are written where a value
 * or target has them, as in the JSON format. Each plan has its {@code tracking}: the year it is
 * assessed as of and the number of its targets per status for the plan, each top-level goal and
 * each category; each target its {@code assessment}, whose status is also that of its
 * {@code progress}; the summary the number of all targets per status ({@code targetsByStatus}). With a {@link StatusFilter} the goals list only the
 * targets of its statuses, the indicators with such a target and the goals with such an
 * indicator; the root's {@code only} names the statuses, and the counts stay those of the whole plans.
 *
 * <p>This class is immutable and thread-safe.
 */
final class JsonReport {

    /** The mapper for all JSON the tool prints: decimals written as they are, never with an exponent. */
    static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private final Labels labels;
    private final StatusFilter filter;

    /**
     * Creates a writer in the language of the labels, of every target.
     *
     * @param labels the labels, not null
     */
    JsonReport(Labels labels) {
        this(labels, StatusFilter.ALL);
    }

    /**
     * Creates a writer in the language of the labels, of the targets a filter keeps.
     *
     * @param labels the labels, not null
     * @param filter the targets to list, not null
     */
    JsonReport(Labels labels, StatusFilter filter) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.filter = Objects.requireNonNull(filter, "filter");
    }

    /**
     * Writes a whole report.
     *
     * @param reports the reports of the plans, not null
     * @param jurisdictions the number of jurisdictions
     * @param jurisdictionFindings the findings in the jurisdiction list, not null
     * @return the JSON object, not null
     */
    ObjectNode report(List<PlanReport> reports, int jurisdictions, List<ReportFinding> jurisdictionFindings) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("language", labels.language().tag());
        if (!filter.keepsAll()) {
            ArrayNode only = root.putArray("only");
            filter.codes().forEach(only::add);
        }
        ArrayNode plans = root.putArray("plans");
        reports.forEach(r -> plans.add(plan(r)));
        ObjectNode list = root.putObject("jurisdictions");
        list.put("count", jurisdictions);
        list.put("valid", jurisdictionFindings.stream().noneMatch(ReportFinding::isError));
        list.set("findings", findings(jurisdictionFindings));
        root.set("summary", summary(ReportSummary.of(reports, jurisdictions, jurisdictionFindings)));
        return root;
    }

    /**
     * Writes the report of one plan.
     *
     * @param report the report, not null
     * @return the JSON object, not null
     */
    ObjectNode plan(PlanReport report) {
        Plan plan = report.plan();
        Describe describe = new Describe(labels, plan.unitCatalog());
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", plan.id());
        node.put("title", describe.text(plan.title()));
        node.put("kind", plan.kind().code());
        ObjectNode issuer = node.putObject("issuer");
        issuer.put("id", plan.issuer());
        issuer.put("name", describe.text(report.issuerName()));
        node.set("horizon", range(plan.horizon()));
        if (plan.visionHorizon() != null) {
            node.set("visionHorizon", range(plan.visionHorizon()));
        }
        node.put("valid", report.valid());
        ObjectNode counts = node.putObject("counts");
        counts.put("indicators", report.indicatorCount());
        counts.put("targets", report.targetCount());
        counts.put("observations", report.observationCount());
        node.set("tracking", TrackingJson.plan(report.tracking()));
        ArrayNode goals = node.putArray("goals");
        for (Section section : filter.apply(report).sections()) {
            ObjectNode goal = goals.addObject();
            goal.put("id", section.goal().id());
            goal.put("title", describe.text(section.goal().title()));
            ArrayNode indicators = goal.putArray("indicators");
            section.indicators().forEach(i -> indicators.add(indicator(i, describe)));
        }
        node.set("findings", findings(report.findings()));
        return node;
    }

    private ObjectNode indicator(IndicatorProgress row, Describe describe) {
        Indicator indicator = row.indicator();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", indicator.id());
        node.put("name", describe.text(indicator.name()));
        Unit own = indicator.unit();
        if (own == null) {
            // a qualitative indicator: its values are states
            node.putNull("unit");
        } else {
            node.set("unit", unit(own, describe));
        }
        node.put("polarity", indicator.polarity().code());
        if (row.baseline() != null) {
            node.set("baseline", measurement(row.baseline(), indicator.unit(), describe));
        }
        if (row.latest() != null) {
            node.set("latest", measurement(row.latest(), indicator.unit(), describe));
        }
        ArrayNode targets = node.putArray("targets");
        for (TargetProgress t : row.targets()) {
            targets.add(target(t, indicator, row.latest(), describe));
        }
        return node;
    }

    private ObjectNode target(TargetProgress t, Indicator indicator, @Nullable Observation latest,
            Describe describe) {
        Target target = t.target();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", target.kind().code());
        if (target.year() != null) {
            node.put("year", target.year().getValue());
        }
        if (target.startYear() != null) {
            node.put("startYear", target.startYear().getValue());
        }
        if (target.annual()) {
            node.put("annual", true);
        }
        if (target instanceof ChangeTarget c && c.baseYear() != null) {
            node.put("baseYear", c.baseYear().getValue());
        }
        if (target instanceof LevelTarget l && l.essentially()) {
            node.put("essentially", true);
        }
        putPeriod(node, target.dates(), target.dimensions());
        node.put("modality", target.modality().code());
        node.put("text", describe.text(target.text()));
        node.put("description", describe.target(target, t.implied(), indicator.unit()));
        ImpliedTarget implied = t.implied();
        if (implied != null) {
            ObjectNode level = node.putObject("implied");
            level.put("comparator", implied.comparator().code());
            level.put("value", implied.value().value());
            level.put("year", implied.year().getValue());
        }
        Progress progress = t.progress();
        ObjectNode p = node.putObject("progress");
        // the status of the target's assessment, also where no observation counts toward it
        p.put("status", StatusWords.code(t));
        p.put("label", labels.get("status." + StatusWords.code(t)));
        if (progress != null) {
            if (progress.share() != null) {
                p.put("share", progress.share());
            }
            putValue(p, "observed", progress.observed());
            putValue(p, "expected", progress.expected());
            if (progress.yearsInPeriod() > 0) {
                p.put("yearsObserved", progress.yearsObserved());
                p.put("yearsInPeriod", progress.yearsInPeriod());
            }
        }
        node.set("assessment", TrackingJson.assessment(t.assessment(),
                o -> measurement(o, indicator.unit(), describe)));
        Observation observation = t.observation();
        if (observation != null && !observation.equals(latest)) {
            // assessed against an observation of its own part or period, not the indicator's latest
            node.set("observation", measurement(observation, indicator.unit(), describe));
        }
        return node;
    }

    private static void putValue(ObjectNode node, String field, @Nullable Quantity quantity) {
        if (quantity != null) {
            node.put(field, quantity.value());
        }
    }

    private ObjectNode measurement(Measurement m, @Nullable Unit indicatorUnit, Describe describe) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("year", m.year().getValue());
        if (m.startYear() != null) {
            node.put("startYear", m.startYear().getValue());
        }
        if (m.isQualitative()) {
            node.put("state", describe.text(m.state()));
        } else {
            node.put("value", m.value());
        }
        if (m.unit() != null && !m.unit().equals(indicatorUnit)) {
            node.set("unit", unit(m.unit(), describe));
        }
        if (m.bound() != null) {
            node.put("bound", m.bound().code());
        }
        putPeriod(node, m.dates(), m.dimensions());
        if (m instanceof Observation o) {
            node.put("status", o.status().code());
            if (o.historical()) {
                node.put("historical", true);
            }
        }
        return node;
    }

    /** Adds the dates ({@code start}, {@code end}) and the dimensions of a part, when there are any. */
    private static void putPeriod(ObjectNode node, @Nullable DatePeriod dates, Dimensions dimensions) {
        if (dates != null) {
            ObjectNode d = node.putObject("dates");
            d.put("start", dates.start().toString());
            d.put("end", dates.end().toString());
        }
        if (!dimensions.isTotal()) {
            ObjectNode d = node.putObject("dimensions");
            dimensions.values().forEach(d::put);
        }
    }

    /**
     * Writes a unit as in the JSON format, with its symbol in the chosen language.
     *
     * @param unit the unit, not null
     * @param describe the describer of the plan, not null
     * @return the JSON object, not null
     */
    private static ObjectNode unit(Unit unit, Describe describe) {
        ObjectNode node = plainUnit(unit);
        node.put("symbol", describe.unit(unit));
        return node;
    }

    private static ObjectNode plainUnit(Unit unit) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", unit.code());
        if (unit.scale() != 0) {
            node.put("scale", unit.scale());
        }
        if (unit.per() != null) {
            node.set("per", plainUnit(unit.per()));
        }
        return node;
    }

    private static ObjectNode range(YearRange range) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("start", range.start().getValue());
        node.put("end", range.end().getValue());
        return node;
    }

    /**
     * Writes findings: severity, code, path and message; line and column for read errors.
     *
     * @param findings the findings, not null
     * @return the JSON array, not null
     */
    static ArrayNode findings(List<ReportFinding> findings) {
        ArrayNode array = MAPPER.createArrayNode();
        for (ReportFinding f : findings) {
            ObjectNode node = array.addObject();
            node.put("severity", f.severity());
            node.put("code", f.code());
            node.put("path", f.path());
            node.put("message", f.message());
            if (f.line() > 0) {
                node.put("line", f.line());
                node.put("column", f.column());
            }
        }
        return array;
    }

    private static ObjectNode summary(ReportSummary s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("plans", s.plans());
        node.put("validPlans", s.validPlans());
        node.put("indicators", s.indicators());
        node.put("targets", s.targets());
        node.put("observations", s.observations());
        node.put("jurisdictions", s.jurisdictions());
        ObjectNode findings = node.putObject("findings");
        findings.put("error", s.errors());
        findings.put("warning", s.warnings());
        findings.put("info", s.infos());
        node.set("targetsByStatus", TrackingJson.counts(s.statuses()));
        return node;
    }
}
