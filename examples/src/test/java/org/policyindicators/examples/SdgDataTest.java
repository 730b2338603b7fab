package org.policyindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Direction;
import org.policyindicators.core.DirectionTarget;
import org.policyindicators.core.Disaggregation;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.IndicatorCode;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Modality;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Unit;
import org.policyindicators.core.analysis.Progress;
import org.policyindicators.core.analysis.ProgressStatus;
import org.policyindicators.io.PolicyJson;

/**
 * The UK data for SDG indicators 3.2.1 and 16.1.1: in English only, every observation one row of
 * the quoted ONS data, rates in units that name what they count, and target 3.2 as worded.
 */
class SdgDataTest {

    /** A 3.2.1 row: Year,Country,Sex,Observation status,Unit multiplier,Unit measure,GeoCode,Value. */
    private static final Pattern ROW_3_2_1 = Pattern.compile(
            "^(\\d{4}),([^,]*),(Male|Female|),Normal value,Units,\"Rate per 1,000 live births\",[A-Z0-9]*,([0-9.]+)$");
    /** A 16.1.1 row with its file line number: N:Year,Age,Sex,Unit measure,Unit multiplier,Observation status,Value. */
    private static final Pattern ROW_16_1_1 = Pattern.compile(
            "^(\\d+):(\\d{4})/(\\d{2}),,(Male|Female|),\"Rate per 100,000 population\",Units,Undefined,([0-9.]+)$");

    private static Plan plan;
    private static String sources;

    @BeforeAll
    static void read() {
        plan = Frameworks.plan(Frameworks.UK_ONS_SDG, PolicyJson.standard());
        sources = Frameworks.text(Frameworks.SOURCES.get(Frameworks.UK_ONS_SDG));
    }

    private static Indicator indicator(String id) {
        return plan.findIndicator(id).orElseThrow();
    }

    @Test
    void documentAndSources_areInEnglishOnly() throws Exception {
        String document;
        try (var in = Frameworks.open(Frameworks.UK_ONS_SDG)) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Pattern cjk = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\u3000-\\u303f\\uff00-\\uffef]");

        assertThat(cjk.matcher(document).find()).isFalse();
        assertThat(cjk.matcher(sources).find()).isFalse();
        assertThat(document).doesNotContain("\"zh\"");
    }

    @Test
    void plan_isAResultsFrameworkIssuedByTheOns() {
        assertThat(plan.kind()).isEqualTo(PlanKind.RESULTS_FRAMEWORK);
        assertThat(plan.issuer()).isEqualTo("ons");
        assertThat(plan.organisations()).anySatisfy(o -> {
            assertThat(o.id()).isEqualTo("ons");
            assertThat(o.name().best("en")).isEqualTo("Office for National Statistics (ONS)");
        });
    }

    @Test
    void under5Mortality_isARatePerThousandLiveBirthsBySex() {
        Indicator u5 = indicator("under-5-mortality-rate");

        assertThat(u5.unit()).isEqualTo(Unit.parse("person[death]/person[live-birth]*1e3"));
        assertThat(u5.codes()).containsExactly(new IndicatorCode("sdg", "3.2.1",
                "https://unstats.un.org/sdgs/metadata/files/Metadata-03-02-01.pdf"));
        assertThat(u5.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(u5.disaggregations()).extracting(Disaggregation::dimension).containsExactly("sex", "country");
        assertThat(u5.disaggregations()).noneMatch(Disaggregation::parts);
        assertThat(u5.observations()).filteredOn(o -> o.year().equals(Year.of(2021)))
                .extracting(Observation::dimensions, Observation::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Dimensions.of("sex", "male"), new BigDecimal("4.59711")),
                        org.assertj.core.groups.Tuple.tuple(Dimensions.of("sex", "female"), new BigDecimal("3.86419")),
                        org.assertj.core.groups.Tuple.tuple(Dimensions.TOTAL, new BigDecimal("4.2398")),
                        org.assertj.core.groups.Tuple.tuple(Dimensions.of("country", "england-and-wales"),
                                new BigDecimal("4.17715")));
        assertThat(u5.observations()).allSatisfy(o -> assertThat(o.status()).isEqualTo(ObservationStatus.ACTUAL));
    }

    @Test
    void target32_isAtMost25PerThousandBy2030AsWorded() {
        String folded = sources.replace("\n  ", " ");

        assertThat(indicator("under-5-mortality-rate").targets()).singleElement()
                .isInstanceOfSatisfying(LevelTarget.class, t -> {
                    assertThat(t.comparator()).isEqualTo(Comparison.LE);
                    assertThat(t.value()).isEqualByComparingTo("25");
                    assertThat(t.unit()).isNull();
                    assertThat(t.year()).isEqualTo(Year.of(2030));
                    // "with all countries aiming to reduce ..."
                    assertThat(t.modality()).isEqualTo(Modality.STRIVE);
                    assertThat(folded).contains("3-2-title: " + t.text().best("en") + "\n");
                });
        assertThat(plan.findGoal("sdg-target-3-2").orElseThrow().title())
                .isEqualTo(indicator("under-5-mortality-rate").targets().get(0).text());
    }

    @Test
    void ukTotalOf2021_meetsTarget32() {
        Indicator u5 = indicator("under-5-mortality-rate");
        Observation total2021 = u5.observations().stream()
                .filter(o -> o.year().equals(Year.of(2021)) && o.dimensions().isTotal()).findFirst().orElseThrow();

        Progress progress = Progress.assess(u5, u5.targets().get(0), total2021);

        assertThat(total2021.value()).isEqualByComparingTo("4.2398");
        assertThat(progress.status()).isEqualTo(ProgressStatus.ACHIEVED);
    }

    @Test
    void homicide_isARatePerHundredThousandByFinancialYearAndSex() {
        Indicator homicide = indicator("homicide-rate");

        assertThat(homicide.unit()).isEqualTo(Unit.parse("person[death]/person*1e5"));
        assertThat(homicide.codes()).containsExactly(new IndicatorCode("sdg", "16.1.1",
                "https://unstats.un.org/sdgs/metadata/files/Metadata-16-01-01.pdf"));
        assertThat(homicide.disaggregations()).singleElement().satisfies(d -> {
            assertThat(d.dimension()).isEqualTo("sex");
            assertThat(d.parts()).isFalse();
        });
        assertThat(homicide.targets()).singleElement().isInstanceOfSatisfying(DirectionTarget.class,
                t -> assertThat(t.direction()).isEqualTo(Direction.DECREASE));
        // "figures are subject to revision": provisional, although the CSV says "Undefined"
        assertThat(homicide.observations()).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(ObservationStatus.PROVISIONAL);
            assertThat(o.dates()).isEqualTo(new DatePeriod(LocalDate.of(o.year().getValue() - 1, 4, 1),
                    LocalDate.of(o.year().getValue(), 3, 31)));
        });
    }

    @Test
    void everyUnder5Observation_isARowOfTheQuotedCsv_andEveryRowIsUsed() {
        List<String> rows = new ArrayList<>();
        for (String line : sources.split("\r?\n")) {
            Matcher m = ROW_3_2_1.matcher(line);
            if (m.matches()) {
                rows.add(key(Integer.parseInt(m.group(1)), m.group(2).isEmpty() ? null : "england-and-wales",
                        m.group(3), m.group(4)));
            }
        }
        List<String> observations = new ArrayList<>();
        for (Observation o : indicator("under-5-mortality-rate").observations()) {
            observations.add(key(o.year().getValue(), o.dimensions().get("country").orElse(null),
                    o.dimensions().get("sex").orElse(""), o.value().toPlainString()));
        }

        assertThat(rows).hasSize(66 + 58);
        assertThat(observations).containsExactlyElementsOf(rows);
    }

    @Test
    void everyHomicideObservation_isARowOfTheQuotedCsv_exceptTheMislabelledTotal() {
        List<String> rows = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (String line : sources.split("\r?\n")) {
            Matcher m = ROW_16_1_1.matcher(line);
            if (m.matches()) {
                String row = key(Integer.parseInt(m.group(2)) + 1, null, m.group(4), m.group(5));
                // line 34 is a total labelled 2012/13 among 2011/12's rows; 2012/13 has its own total at line 67
                (m.group(1).equals("34") ? left : rows).add(row);
            }
        }
        List<String> observations = new ArrayList<>();
        for (Observation o : indicator("homicide-rate").observations()) {
            observations.add(key(o.year().getValue(), null, o.dimensions().get("sex").orElse(""),
                    o.value().toPlainString()));
        }

        assertThat(left).containsExactly(key(2013, null, "", "0.9346459917039042"));
        assertThat(rows).hasSize(32);
        assertThat(observations).containsExactlyElementsOf(rows);
        Map<String, Long> totals2013 = Map.of("2013", indicator("homicide-rate").observations().stream()
                .filter(o -> o.year().equals(Year.of(2013)) && o.dimensions().isTotal()).count());
        assertThat(totals2013).containsEntry("2013", 1L);
    }

    private static String key(int year, String country, String sex, String value) {
        return year + "|" + (country == null ? "" : country) + "|" + sex.toLowerCase(java.util.Locale.ROOT) + "|"
                + value;
    }
}
