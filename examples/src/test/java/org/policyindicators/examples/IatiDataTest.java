package org.policyindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyindicators.core.Category;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.IndicatorCode;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Provenance;
import org.policyindicators.core.Units;
import org.policyindicators.core.analysis.Progress;
import org.policyindicators.core.analysis.ProgressStatus;
import org.policyindicators.io.PolicyJson;

/**
 * The results of IATI's annotated example activity: the reporting organisation as issuer, the
 * output result as a goal, its indicator with measure and ascending as unit and polarity, the
 * baseline, and the one period's target and actual paired by their dates.
 */
class IatiDataTest {

    private static final DatePeriod PERIOD = new DatePeriod(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 3, 31));
    private static final Dimensions FEMALE_ADULT = new Dimensions(Map.of("sex", "female", "age", "adult"));

    private static Plan plan;
    private static String sources;

    @BeforeAll
    static void read() {
        plan = Frameworks.plan(Frameworks.IATI_EXAMPLE, PolicyJson.standard());
        sources = Frameworks.text(Frameworks.SOURCES.get(Frameworks.IATI_EXAMPLE));
    }

    @Test
    void plan_isTheActivityIssuedByItsReportingOrganisation() {
        assertThat(plan.id()).isEqualTo("AA-AAA-123456789-ABC123");
        assertThat(sources).contains("<iati-identifier>" + plan.id() + "</iati-identifier>");
        assertThat(plan.kind()).isEqualTo(PlanKind.PROJECT);
        assertThat(plan.title().best("en")).isEqualTo("Activity title");
        assertThat(plan.title().get("fr")).contains("Titre de l'activité");
        assertThat(plan.organisations()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(plan.issuer());
            assertThat(o.ref()).isEqualTo("AA-AAA-123456789");
            assertThat(o.type()).isEqualTo("40");
            assertThat(o.name().best("en")).isEqualTo("Organisation name");
            assertThat(sources).contains("<reporting-org ref=\"" + o.ref() + "\" type=\"" + o.type() + "\"");
        });
    }

    @Test
    void result_isAGoalInTheOutputCategory() {
        Goal result = plan.goals().get(0);

        assertThat(plan.goals()).hasSize(1);
        assertThat(result.title().best("en")).isEqualTo("Result title");
        assertThat(result.description().best("en")).isEqualTo("Result description text");
        assertThat(result.category()).isEqualTo(Category.of("output"));
        // ResultType 1 is Output
        assertThat(plan.categories()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(Category.of("output"));
            assertThat(c.label().best("en")).isEqualTo("Output");
        });
        assertThat(sources).contains("<result type=\"1\" aggregation-status=\"1\">");
    }

    @Test
    void indicator_mapsMeasureUnitToACountAndAscendingToHigherIsBetter() {
        Indicator indicator = indicator();

        assertThat(sources).contains("<indicator measure=\"1\" ascending=\"1\" aggregation-status=\"1\">");
        assertThat(indicator.name().best("en")).isEqualTo("Indicator title");
        assertThat(indicator.definition().best("en")).isEqualTo("Indicator description text");
        assertThat(indicator.unit()).isEqualTo(Units.ITEM);
        assertThat(indicator.isQualitative()).isFalse();
        assertThat(indicator.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(indicator.codes()).containsExactly(IndicatorCode.of("iati-1", "3429"),
                IndicatorCode.of("iati-7", "861"),
                new IndicatorCode("iati-99", "B1", "http://example.com/indicators.html"));
    }

    @Test
    void baseline_is10In2012ForFemaleAdults() {
        assertThat(indicator().baselines()).singleElement().satisfies(b -> {
            assertThat(b.year()).isEqualTo(Year.of(2012));
            assertThat(b.value()).isEqualByComparingTo("10");
            assertThat(b.dates()).isEqualTo(new DatePeriod(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 1, 1)));
            assertThat(b.dimensions()).isEqualTo(FEMALE_ADULT);
        });
    }

    @Test
    void period_isATargetOf10AndAnActualOf11ForTheSameDatesAndDimensions() {
        Indicator indicator = indicator();

        assertThat(indicator.targets()).singleElement().isInstanceOfSatisfying(LevelTarget.class, t -> {
            assertThat(t.comparator()).isEqualTo(Comparison.REACH);
            assertThat(t.value()).isEqualByComparingTo("10");
            assertThat(t.year()).isEqualTo(Year.of(2013));
            assertThat(t.dates()).isEqualTo(PERIOD);
            assertThat(t.dimensions()).isEqualTo(FEMALE_ADULT);
        });
        assertThat(indicator.observations()).singleElement().satisfies(o -> {
            assertThat(o.value()).isEqualByComparingTo("11");
            assertThat(o.status()).isEqualTo(ObservationStatus.ACTUAL);
            assertThat(o.year()).isEqualTo(Year.of(2013));
            assertThat(o.dates()).isEqualTo(PERIOD);
            assertThat(o.dimensions()).isEqualTo(FEMALE_ADULT);
        });
    }

    @Test
    void actual_meetsTheTargetOfItsPeriod() {
        Indicator indicator = indicator();

        Progress progress = Progress.assess(indicator, indicator.targets().get(0), indicator.observations().get(0));

        assertThat(progress.status()).isEqualTo(ProgressStatus.ACHIEVED);
    }

    @Test
    void comments_areProvenanceQuotes() {
        assertThat(indicator().provenance()).extracting(Provenance::quote)
                .contains("Baseline comment text", "Target comment text", "Actual comment text");
    }

    /** IATI's example has no qualitative indicator (measure 5), so none is made up here. */
    @Test
    void noIndicator_isQualitative() {
        assertThat(plan.allIndicators()).noneMatch(Indicator::isQualitative);
        assertThat(sources).doesNotContain("measure=\"5\"");
    }

    private static Indicator indicator() {
        List<Indicator> all = plan.allIndicators().toList();
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}
