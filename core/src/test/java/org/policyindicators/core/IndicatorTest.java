package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorTest {

    private static final Baseline GDP_2015 = Baseline.of(Year.of(2015), new BigDecimal("347"));
    private static final Baseline GDP_2020 = Baseline.of(Year.of(2020), new BigDecimal("486"));
    private static final Target DOUBLING = MultipleTarget.of(new BigDecimal("2"), Year.of(2025));
    private static final Provenance QUOTE = Provenance.of("wbl-14fyp",
            "全区地区生产总值从2015 年的347 亿元增长到2020 年的486 亿元");

    /** 地区生产总值 of 万柏林区, with every part set. */
    private static Indicator gdp() {
        return Indicator.builder("gdp")
                .name(Text.zhEn("地区生产总值", "GDP"))
                .definition(Text.zh("按当年价格计算"))
                .unit(Units.CNY_100M)
                .category(Category.ECONOMIC_DEVELOPMENT)
                .attribute(Attribute.INDICATIVE)
                .polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(GDP_2015)
                .baseline(GDP_2020)
                .target(DOUBLING)
                .observation(Observation.of(Year.of(2023), new BigDecimal("560")))
                .component("gdp-services")
                .provenance(QUOTE)
                .build();
    }

    //-----------------------------------------------------------------------
    // builder()
    //-----------------------------------------------------------------------
    @Test
    void builder_startsWithTheDocumentedDefaults() {
        Indicator indicator = Indicator.builder("x").build();

        assertThat(indicator.name()).isEqualTo(Text.EMPTY);
        assertThat(indicator.definition()).isEqualTo(Text.EMPTY);
        // no unit is guessed: without one the indicator is qualitative
        assertThat(indicator.unit()).isNull();
        assertThat(indicator.isQualitative()).isTrue();
        assertThat(indicator.category()).isNull();
        assertThat(indicator.attribute()).isNull();
        assertThat(indicator.polarity()).isEqualTo(Polarity.NEUTRAL);
        assertThat(indicator.flow()).isFalse();
        assertThat(indicator.baselines()).isEmpty();
        assertThat(indicator.targets()).isEmpty();
        assertThat(indicator.observations()).isEmpty();
        assertThat(indicator.components()).isEmpty();
        assertThat(indicator.provenance()).isEmpty();
        assertThat(indicator.codes()).isEmpty();
        assertThat(indicator.disaggregations()).isEmpty();
    }

    @Test
    void builder_producesTheSameIndicatorAsTheConstructor() {
        Indicator built = gdp();
        Indicator constructed = new Indicator("gdp", Text.zhEn("地区生产总值", "GDP"), Text.zh("按当年价格计算"),
                Units.CNY_100M, Category.ECONOMIC_DEVELOPMENT, Attribute.INDICATIVE, Polarity.HIGHER_IS_BETTER,
                List.of(GDP_2015, GDP_2020), List.of(DOUBLING),
                List.of(Observation.of(Year.of(2023), new BigDecimal("560"))), List.of("gdp-services"),
                List.of(QUOTE));

        assertThat(built).isEqualTo(constructed).hasSameHashCodeAs(constructed);
    }

    @Test
    void builder_keepsTheOrderOfAddedElements() {
        Indicator indicator = Indicator.builder("x").baseline(GDP_2020).baseline(GDP_2015).build();

        assertThat(indicator.baselines()).containsExactly(GDP_2020, GDP_2015);
    }

    @Test
    void build_returnsIndependentIndicators() {
        Indicator.Builder builder = Indicator.builder("x").baseline(GDP_2015);
        Indicator first = builder.build();

        builder.baseline(GDP_2020);

        assertThat(first.baselines()).containsExactly(GDP_2015);
        assertThat(builder.build().baselines()).containsExactly(GDP_2015, GDP_2020);
    }

    @Test
    void toBuilder_buildsAnEqualIndicator() {
        Indicator indicator = gdp();

        assertThat(indicator.toBuilder().build()).isEqualTo(indicator);
        assertThat(indicator.toBuilder().polarity(Polarity.NEUTRAL).build().polarity()).isEqualTo(Polarity.NEUTRAL);
        assertThat(indicator.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    }

    @Test
    void flow_isSetByTheBuilderAndKeptByToBuilder() {
        // 新认定高新技术企业…家: a count per year, not the number that exist
        Indicator newlyCertified = Indicator.builder("new-high-tech").unit(Units.ESTABLISHMENT).flow(true).build();

        assertThat(newlyCertified.flow()).isTrue();
        assertThat(newlyCertified.toBuilder().build()).isEqualTo(newlyCertified);
        assertThat(newlyCertified.toBuilder().flow(false).build().flow()).isFalse();
        assertThat(newlyCertified).isNotEqualTo(newlyCertified.toBuilder().flow(false).build());
    }

    @Test
    void isQualitative_isFalseForAnIndicatorWithAUnit() {
        assertThat(gdp().isQualitative()).isFalse();
    }

    @Test
    void constructorsWithoutFlow_giveALevelIndicator() {
        Indicator indicator = gdp();
        Indicator withCodes = new Indicator(indicator.id(), indicator.name(), indicator.definition(), indicator.unit(),
                indicator.category(), indicator.attribute(), indicator.polarity(), indicator.baselines(),
                indicator.targets(), indicator.observations(), indicator.components(), indicator.provenance(),
                indicator.codes(), indicator.disaggregations());

        assertThat(withCodes.flow()).isFalse();
        assertThat(withCodes).isEqualTo(indicator);
    }

    @Test
    void build_rejectsABlankIdentifier() {
        assertThatThrownBy(() -> Indicator.builder(" ").build()).isInstanceOf(PolicyException.class)
                .hasMessageContaining("id");
    }

    //-----------------------------------------------------------------------
    // lists
    //-----------------------------------------------------------------------
    @Test
    void constructor_copiesTheListsDefensively() {
        List<Baseline> baselines = new ArrayList<>(List.of(GDP_2015));
        List<String> components = new ArrayList<>(List.of("a"));
        Indicator indicator = new Indicator("x", Text.EMPTY, Text.EMPTY, Units.ITEM, null, null, Polarity.NEUTRAL,
                baselines, new ArrayList<>(), new ArrayList<>(), components, new ArrayList<>());

        baselines.add(GDP_2020);
        components.clear();

        assertThat(indicator.baselines()).containsExactly(GDP_2015);
        assertThat(indicator.components()).containsExactly("a");
    }

    @TestFactory
    List<DynamicTest> lists_areUnmodifiable() {
        Indicator indicator = gdp();
        Map<String, List<?>> lists = new LinkedHashMap<>();
        lists.put("baselines", indicator.baselines());
        lists.put("targets", indicator.targets());
        lists.put("observations", indicator.observations());
        lists.put("components", indicator.components());
        lists.put("provenance", indicator.provenance());
        return lists.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () ->
                assertThatThrownBy(() -> e.getValue().clear()).isInstanceOf(UnsupportedOperationException.class)))
                .toList();
    }

    @TestFactory
    List<DynamicTest> constructor_rejectsNullNamingTheArgumentOrElement() {
        Text t = Text.EMPTY;
        Polarity p = Polarity.NEUTRAL;
        List<Baseline> nullSecondBaseline = Arrays.asList(GDP_2015, null);
        List<Target> nullTarget = Arrays.asList((Target) null);
        List<Observation> nullObservation = Arrays.asList((Observation) null);
        List<String> nullComponent = Arrays.asList("a", "b", null);
        List<Provenance> nullProvenance = Arrays.asList((Provenance) null);
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("id", () -> new Indicator(null, t, t, Units.ITEM, null, null, p, List.of(), List.of(), List.of(),
                List.of(), List.of()));
        calls.put("name", () -> new Indicator("x", null, t, Units.ITEM, null, null, p, List.of(), List.of(),
                List.of(), List.of(), List.of()));
        calls.put("definition", () -> new Indicator("x", t, null, Units.ITEM, null, null, p, List.of(), List.of(),
                List.of(), List.of(), List.of()));
        calls.put("unit", () -> new Indicator("x", t, t, null, null, null, p, List.of(), List.of(), List.of(),
                List.of(), List.of()));
        calls.put("polarity", () -> new Indicator("x", t, t, Units.ITEM, null, null, null, List.of(), List.of(),
                List.of(), List.of(), List.of()));
        calls.put("baselines", () -> new Indicator("x", t, t, Units.ITEM, null, null, p, null, List.of(), List.of(),
                List.of(), List.of()));
        calls.put("baselines[1]", () -> new Indicator("x", t, t, Units.ITEM, null, null, p, nullSecondBaseline,
                List.of(), List.of(), List.of(), List.of()));
        calls.put("targets[0]", () -> new Indicator("x", t, t, Units.ITEM, null, null, p, List.of(), nullTarget,
                List.of(), List.of(), List.of()));
        calls.put("observations[0]", () -> new Indicator("x", t, t, Units.ITEM, null, null, p, List.of(), List.of(),
                nullObservation, List.of(), List.of()));
        calls.put("components[2]", () -> new Indicator("x", t, t, Units.ITEM, null, null, p, List.of(), List.of(),
                List.of(), nullComponent, List.of()));
        calls.put("provenance[0]", () -> new Indicator("x", t, t, Units.ITEM, null, null, p, List.of(), List.of(),
                List.of(), List.of(), nullProvenance));
        return calls.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () ->
                assertThatNullPointerException().isThrownBy(e.getValue()).withMessage(e.getKey()))).toList();
    }

    @TestFactory
    List<DynamicTest> builder_rejectsNullNamingTheArgument() {
        Indicator.Builder b = Indicator.builder("x");
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("id", () -> Indicator.builder(null));
        calls.put("name", () -> b.name(null));
        calls.put("definition", () -> b.definition(null));
        calls.put("polarity", () -> b.polarity(null));
        calls.put("baseline", () -> b.baseline(null));
        calls.put("target", () -> b.target(null));
        calls.put("observation", () -> b.observation(null));
        calls.put("component", () -> b.component(null));
        calls.put("provenance", () -> b.provenance(null));
        return calls.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () ->
                assertThatNullPointerException().isThrownBy(e.getValue()).withMessage(e.getKey()))).toList();
    }

    @Test
    void builder_acceptsNullForTheOptionalParts() {
        Indicator indicator = gdp().toBuilder().category(null).attribute(null).build();

        assertThat(indicator.category()).isNull();
        assertThat(indicator.attribute()).isNull();
    }

    //-----------------------------------------------------------------------
    // baselineFor()
    //-----------------------------------------------------------------------
    @Test
    void baselineFor_isTheLatestBaselineBeforeTheYear() {
        Indicator indicator = gdp();

        assertThat(indicator.baselineFor(Year.of(2025))).contains(GDP_2020);
        assertThat(indicator.baselineFor(Year.of(2021))).contains(GDP_2020);
        assertThat(indicator.baselineFor(Year.of(2020))).contains(GDP_2015);
        assertThat(indicator.baselineFor(Year.of(2016))).contains(GDP_2015);
    }

    @Test
    void baselineFor_fallsBackToTheEarliestBaseline() {
        Indicator indicator = gdp().toBuilder().baseline(Baseline.of(Year.of(2010), BigDecimal.ONE)).build();

        assertThat(gdp().baselineFor(Year.of(2015))).contains(GDP_2015);
        assertThat(indicator.baselineFor(Year.of(2000))).map(Baseline::year).contains(Year.of(2010));
    }

    @Test
    void baselineFor_withoutAYearIsTheLatestOfAll() {
        Indicator reversedOrder = Indicator.builder("x").baseline(GDP_2020).baseline(GDP_2015).build();

        assertThat(reversedOrder.baselineFor(null)).contains(GDP_2020);
    }

    @Test
    void baselineFor_isEmptyWithoutBaselines() {
        assertThat(Indicator.builder("x").build().baselineFor(Year.of(2025))).isEmpty();
    }

    //-----------------------------------------------------------------------
    // latestObservation()
    //-----------------------------------------------------------------------
    @Test
    void latestObservation_isOfTheLatestYearAndTheLastListedAmongEqualYears() {
        Observation early = Observation.of(Year.of(2021), BigDecimal.ONE);
        Observation first2023 = Observation.of(Year.of(2023), BigDecimal.TEN);
        Observation second2023 = Observation.of(Year.of(2023), BigDecimal.TEN).withStatus(ObservationStatus.ACTUAL)
                .withSource("revised");
        Observation middle = Observation.of(Year.of(2022), BigDecimal.ONE);
        Indicator indicator = Indicator.builder("x").observation(early).observation(first2023)
                .observation(second2023).observation(middle).build();

        assertThat(indicator.latestObservation()).contains(second2023);
        assertThat(Indicator.builder("x").build().latestObservation()).isEmpty();
    }

    @Test
    void latestObservation_takesTheMostFinalOfTheLatestYearButALaterEstimateOverAnEarlierActual() {
        Observation actual2020 = Observation.of(Year.of(2020), BigDecimal.ONE);
        Observation actual2022 = Observation.of(Year.of(2022), BigDecimal.ONE);
        Observation estimate2022 = Observation.of(Year.of(2022), BigDecimal.TEN)
                .withStatus(ObservationStatus.ESTIMATED);

        assertThat(Indicator.builder("x").observation(actual2020).observation(estimate2022).build()
                .latestObservation()).contains(estimate2022);
        assertThat(Indicator.builder("x").observation(actual2022).observation(estimate2022).build()
                .latestObservation()).contains(actual2022);
    }

    //-----------------------------------------------------------------------
    // observationIn()
    //-----------------------------------------------------------------------
    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource({
        "ACTUAL,      ESTIMATED,   first",
        "ESTIMATED,   ACTUAL,      second",
        "PROVISIONAL, ESTIMATED,   first",
        "ESTIMATED,   PROVISIONAL, second",
        "PROJECTED,   ESTIMATED,   second",
        "ACTUAL,      ACTUAL,      second",
    })
    void observationIn_isTheMostFinalOfTheYearThenTheLastListed(ObservationStatus first, ObservationStatus second,
            String expected) {
        Observation a = Observation.of(Year.of(2022), BigDecimal.ONE).withStatus(first);
        Observation b = Observation.of(Year.of(2022), BigDecimal.TEN).withStatus(second);
        Observation later = Observation.of(Year.of(2023), BigDecimal.ONE);
        Indicator indicator = Indicator.builder("x").observation(a).observation(b).observation(later).build();

        assertThat(indicator.observationIn(Year.of(2022))).contains(expected.equals("first") ? a : b);
        assertThat(indicator.observationIn(Year.of(2021))).isEmpty();
    }

    @Test
    void builder_rejectsABlankComponent() {
        assertThatThrownBy(() -> Indicator.builder("jobs").component("urban-jobs").component("\t").build())
                .isInstanceOf(PolicyException.class)
                .hasMessage("component must not be blank");
    }
}
