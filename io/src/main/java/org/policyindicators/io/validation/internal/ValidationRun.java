package org.policyindicators.io.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Plan;
import org.policyindicators.io.internal.json.JurisdictionList;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.Severity;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * One validation: for each plan, the declarative constraints on the plan and its goals and the
 * plan-wide rules, then in one pass over its indicators the constraints and every rule on each;
 * then the rules across documents; the findings sorted into document order. The work is linear
 * in the size of the documents.
 */
public final class ValidationRun {

    static final Pointer JURISDICTIONS = Pointer.ROOT.field("jurisdictions");

    private static final List<PlanRule> PLAN_RULES = List.of(
            new HorizonRule(),
            new TimelineRule(),
            new UnitRule(),
            new QualitativeRule(),
            new RateRule(),
            new UniqueIdRule(),
            new CategoryRule(),
            new ReferenceRule(),
            new DuplicateMeasurementRule(),
            new PolarityRule(),
            new BindingTargetRule(),
            new BreakdownRule(),
            new DisaggregationRule(),
            new ContradictoryTargetsRule());

    private ValidationRun() {
    }

    /**
     * Validates plans and, optionally, jurisdictions.
     *
     * @param plans the plans, in catalogue order, not null
     * @param jurisdictions the jurisdictions, null if none are given (issuers are then not
     *     checked)
     * @param severities the severity of each enabled kind, not null
     * @return the findings in document order, not null
     */
    public static List<Finding> run(List<Plan> plans, @Nullable List<Jurisdiction> jurisdictions,
            Map<FindingKind, Severity> severities) {
        FindingSink sink = new FindingSink(severities);
        DocumentOrder order = new DocumentOrder();
        ConstraintEngine engine = ConstraintEngine.SHARED;
        List<PlanContext> contexts = new ArrayList<>(plans.size());
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            order.addDocument(plan.id(), plan);
            PlanContext context = new PlanContext(plan, i, sink);
            engine.validate(plan, plan.id(), Pointer.ROOT, sink);
            for (PlanContext.GoalEntry entry : context.goals()) {
                engine.validate(entry.goal(), plan.id(), entry.path(), sink);
            }
            contexts.add(context);
        }
        if (jurisdictions != null) {
            order.addDocument(Finding.JURISDICTIONS, new JurisdictionList(jurisdictions));
            for (int i = 0; i < jurisdictions.size(); i++) {
                engine.validate(jurisdictions.get(i), Finding.JURISDICTIONS, JURISDICTIONS.index(i), sink);
            }
        }
        Catalog catalog = new Catalog(contexts, jurisdictions);
        for (PlanContext context : contexts) {
            for (PlanRule rule : PLAN_RULES) {
                rule.check(context, catalog);
            }
            // every rule on one indicator before the next: the model is read once, not once per rule
            for (IndicatorEntry entry : context.indicators()) {
                engine.validate(entry.indicator(), context.plan().id(), entry.path(), sink);
                for (PlanRule rule : PLAN_RULES) {
                    rule.checkIndicator(context, catalog, entry);
                }
            }
        }
        new CatalogRule().check(catalog, sink);
        return order.sort(sink.findings());
    }
}
