package org.policyindicators.io.validation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.policyindicators.core.Jurisdiction;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.GoalEntry;

/**
 * Rules across the documents of a run: plan identifiers are unique, and goal alignments form
 * no cycle. In the list of jurisdictions: identifiers unique; every parent resolves; no
 * jurisdiction is its own ancestor; and a six-digit GB/T 2260 code lies under its parent's
 * code (140109 万柏林区 under 140100 太原市 under 140000 山西省).
 */
final class CatalogRule {

    private static final String DOCUMENT = Finding.JURISDICTIONS;

    void check(Catalog catalog, FindingSink sink) {
        jurisdictions(catalog, sink);
        Map<String, Integer> seen = new HashMap<>();
        for (PlanContext plan : catalog.plans()) {
            Integer first = seen.putIfAbsent(plan.plan().id(), plan.position());
            if (first != null) {
                plan.add(FindingKind.DUPLICATE_PLAN_ID, "/id", "id", plan.plan().id(), "index", plan.position(),
                        "firstIndex", first);
            }
        }
        if (!sink.enabled(FindingKind.REFERENCE_CYCLE)) {
            return;
        }
        // the nodes are the goal entries; an alignment leads to the first goal of that identifier
        Map<GoalEntry, PlanContext> plans = new IdentityHashMap<>();
        List<GoalEntry> roots = new ArrayList<>();
        for (PlanContext plan : catalog.plans()) {
            for (GoalEntry goal : plan.goals()) {
                plans.put(goal, plan);
                if (!goal.goal().alignsWith().isEmpty()) {
                    roots.add(goal);
                }
            }
        }
        CycleFinder.find(roots, goal -> goal.goal().alignsWith(), (goal, reference) -> {
            PlanContext plan = ReferenceRule.target(plans.get(goal), catalog, reference.plan());
            return plan == null ? null : plan.goal(reference.goal());
        }, (from, index, cycle) -> plans.get(from).add(FindingKind.REFERENCE_CYCLE,
                from.path().field("alignsWith").index(index), "type", "goal",
                "cycle", CycleFinder.describe(cycle, goal -> plans.get(goal).plan().id() + ":" + goal.goal().id())));
    }

    private static void jurisdictions(Catalog catalog, FindingSink sink) {
        List<Jurisdiction> list = catalog.jurisdictions();
        if (list == null) {
            return;
        }
        // each position boxed once: the cycle search compares nodes by identity
        Integer[] nodes = new Integer[list.size()];
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            nodes[i] = i;
            Jurisdiction jurisdiction = list.get(i);
            String path = ValidationRun.JURISDICTIONS.index(i).toString();
            int first = catalog.jurisdiction(jurisdiction.id());
            if (first != i) {
                sink.add(FindingKind.DUPLICATE_ID, DOCUMENT, path + "/id", "scope", "jurisdiction",
                        "id", jurisdiction.id(), "first", ValidationRun.JURISDICTIONS.index(first) + "/id");
            }
            String parentId = jurisdiction.parent();
            if (parentId == null) {
                continue;
            }
            roots.add(nodes[i]);
            Integer parent = catalog.jurisdiction(parentId);
            if (parent == null) {
                sink.add(FindingKind.UNRESOLVED_REFERENCE, DOCUMENT, path + "/parent", "type", "jurisdiction",
                        "id", parentId);
            } else {
                codeUnderParent(sink, jurisdiction, list.get(parent), path + "/code");
            }
        }
        // the graph has at most one edge per node: the parent
        CycleFinder.find(roots, i -> list.get(i).parent() == null ? List.of() : List.of(list.get(i).parent()),
                (i, parentId) -> {
                    Integer parent = catalog.jurisdiction(parentId);
                    return parent == null ? null : nodes[parent];
                }, (from, index, cycle) -> sink.add(FindingKind.REFERENCE_CYCLE, DOCUMENT,
                        ValidationRun.JURISDICTIONS.index(from).field("parent").toString(), "type", "jurisdiction",
                        "cycle", CycleFinder.describe(cycle, i -> list.get(i).id())));
    }

    private static void codeUnderParent(FindingSink sink, Jurisdiction child, Jurisdiction parent, String path) {
        String code = child.code();
        String parentCode = parent.code();
        if (code == null || parentCode == null || !isGbCode(code) || !isGbCode(parentCode)) {
            return;
        }
        String prefix = parentCode;
        while (prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        if (!code.startsWith(prefix) || code.equals(parentCode)) {
            sink.add(FindingKind.JURISDICTION_CODE_OUTSIDE_PARENT, DOCUMENT, path, "code", code,
                    "parentCode", parentCode);
        }
    }

    private static boolean isGbCode(String code) {
        return code.length() == 6 && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
