package org.policyindicators.io.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Year;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Goal;
import org.policyindicators.core.GoalReference;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.JurisdictionLevel;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.SourceDocument;
import org.policyindicators.core.Text;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.Severity;

/**
 * The field constraints as a freshly built engine checks them, the pointers of its findings,
 * the version logger it quiets while it starts, and the templates it keeps as messages.
 */
class ConstraintEngineTest {

    private static FindingSink sink() {
        Map<FindingKind, Severity> all = new EnumMap<>(FindingKind.class);
        for (FindingKind kind : FindingKind.values()) {
            all.put(kind, kind.defaultSeverity());
        }
        return new FindingSink(all);
    }

    @Test
    void aFreshEngine_reportsAnInvalidIdentifierOfAPlanAndOfAListElementAtTheirPointers() {
        Plan plan = Plan.builder("bad id", PlanKind.FIVE_YEAR_PLAN, "cn-140109", YearRange.of(2021, 2025))
                .source(SourceDocument.of("good", Text.zh("纲要")))
                .source(SourceDocument.of("also bad", Text.zh("规划")))
                .build();
        FindingSink sink = sink();

        new ConstraintEngine().validate(plan, "plan.json", Pointer.ROOT, sink);

        assertThat(sink.findings()).extracting(Finding::kind, Finding::path, Finding::severity, f -> f.parameters().get("value"))
                .containsExactlyInAnyOrder(
                        tuple(FindingKind.INVALID_IDENTIFIER, "/id", Severity.ERROR, "bad id"),
                        tuple(FindingKind.INVALID_IDENTIFIER, "/sources/1/id", Severity.ERROR, "also bad"));
    }

    @Test
    void aFreshEngine_reportsAnInvalidJurisdictionCodeBelowThePrefix() {
        Jurisdiction jurisdiction = new Jurisdiction("cn-140109", Text.zh("小店区"), JurisdictionLevel.COUNTY, "14010",
                "cn-140100");
        FindingSink sink = sink();

        new ConstraintEngine().validate(jurisdiction, "jurisdictions.json", Pointer.ROOT.field("jurisdictions").index(2),
                sink);

        assertThat(sink.findings()).extracting(Finding::kind, Finding::path, Finding::document,
                f -> f.parameters().get("value"))
                .containsExactly(tuple(FindingKind.INVALID_JURISDICTION_CODE, "/jurisdictions/2/code",
                        "jurisdictions.json", "14010"));
    }

    @Test
    void aFreshEngine_reportsAnInvalidReferenceInTheAlignmentsOfAGoal() {
        Goal goal = Goal.builder("g1").title(Text.zh("目标"))
                .alignsWith(GoalReference.of("cn-fyp-14", "g1"))
                .alignsWith(GoalReference.of("cn-fyp-14", "g 2"))
                .build();
        FindingSink sink = sink();

        new ConstraintEngine().validate(goal, "plan.json", Pointer.ROOT.field("goals").index(0), sink);

        assertThat(sink.findings()).extracting(Finding::kind, Finding::path)
                .containsExactly(tuple(FindingKind.INVALID_IDENTIFIER, "/goals/0/alignsWith/1/goal"));
    }

    @Test
    void starting_leavesTheVersionLoggerWithoutALevelWhenItHadNone() {
        Logger announcer = Logger.getLogger(ConstraintEngine.VERSION_LOGGER);
        Level before = announcer.getLevel();
        try {
            announcer.setLevel(null);

            new ConstraintEngine();

            assertThat(announcer.getLevel()).isNull();
        } finally {
            announcer.setLevel(before);
        }
    }

    @Test
    void starting_keepsTheLevelAnApplicationSetOnTheVersionLogger() {
        Logger announcer = Logger.getLogger(ConstraintEngine.VERSION_LOGGER);
        Level before = announcer.getLevel();
        try {
            announcer.setLevel(Level.FINE);

            new ConstraintEngine();

            assertThat(announcer.getLevel()).isEqualTo(Level.FINE);
        } finally {
            announcer.setLevel(before);
        }
    }

    @Test
    void templates_areKeptAsTheMessageWhateverTheLocale() {
        ConstraintEngine.TemplateAsMessage interpolator = new ConstraintEngine.TemplateAsMessage();

        assertThat(interpolator.interpolate("invalid-identifier ${value}", null)).isEqualTo("invalid-identifier ${value}");
        assertThat(interpolator.interpolate("invalid-jurisdiction-code {regexp}", null, Locale.CHINA))
                .isEqualTo("invalid-jurisdiction-code {regexp}");
    }
}
