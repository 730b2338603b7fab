package org.policyindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Category;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Provenance;
import org.policyindicators.core.QualitativeTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Unit;
import org.policyindicators.core.Units;
import org.policyindicators.core.analysis.Pairing;
import org.policyindicators.core.analysis.Progress;
import org.policyindicators.core.analysis.ProgressStatus;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.Severity;
import org.policyindicators.io.validation.PlanValidator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The results of the published IATI activity NL-KVK-41152786-5069a of SNV: six results (one
 * output, five outcomes), 28 indicators, 80 periods, checked against the bundled extract of the
 * activity's XML. Every goal, indicator, baseline, target and actual is compared with the element
 * it was encoded from, every provenance quote is found at its location, and the progress of a few
 * indicators is derived by hand.
 *
 * <p>A quote that starts with {@code <} is markup as the file writes it; any other quote is part
 * of the text of the narrative or attribute its location names, with XML references decoded and
 * the line breaks and tabs written in an attribute kept (an XML parser turns each into a space).
 */
class IatiResultsDataTest {

    private static final String EXTRACT = "/org/policyindicators/examples/iati/NL-KVK-41152786-5069a.xml";
    private static final String DOCUMENT = "snv-iati-activity";
    private static final String QUALITATIVE_TARGET =
            "C'est un indicateur qualitatif. On vise une amélioration par rapport à l'année précédente.";

    private static Plan plan;
    private static String raw;
    private static String decoded;
    private static Document xml;

    @BeforeAll
    static void read() throws IOException, ParserConfigurationException, SAXException {
        plan = Frameworks.plan(Frameworks.IATI_RESULTS, PolicyJson.standard());
        try (InputStream in = IatiResultsDataTest.class.getResourceAsStream(EXTRACT)) {
            assertThat(in).as(EXTRACT).isNotNull();
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(raw)));
        decoded = decode(raw);
    }

    @Test
    void extract_isTheActivityOfThePlanAndItsReportingOrganisation() {
        assertThat(text("iati-identifier")).isEqualTo(plan.id());
        assertThat(plan.kind()).isEqualTo(PlanKind.PROJECT);
        assertThat(plan.title().get("fr")).contains(text("title/narrative"));
        assertThat(plan.organisations()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(plan.issuer());
            assertThat(o.ref()).isEqualTo(text("reporting-org/@ref")).isEqualTo("NL-KVK-41152786");
            assertThat(o.type()).isEqualTo(text("reporting-org/@type")).isEqualTo("21");
            assertThat(o.name().get("fr")).contains(text("reporting-org/narrative"));
        });
        // planned start (type 1) and planned end (type 3)
        assertThat(plan.horizon().start())
                .isEqualTo(Year.of(LocalDate.parse(text("activity-date[@type='1']/@iso-date")).getYear()));
        assertThat(plan.horizon().end())
                .isEqualTo(Year.of(LocalDate.parse(text("activity-date[@type='3']/@iso-date")).getYear()));
    }

    /**
     * No finding at all. Nine baselines are dated only by a year (2018, 2019 for the inclusion
     * indicator) that a dated first period also falls in; the baseline may start before that
     * period ends, and the activity's description says the baseline study was carried out in
     * November and December 2018, inside the first period (2018-04-01 to 2018-12-31).
     */
    @Test
    void validation_findsNothing_andTheBaselinesInTheYearOfTheFirstPeriodAreAccepted() {
        List<Finding> findings = PlanValidator.standard()
                .readAndValidate(Frameworks.text(Frameworks.IATI_RESULTS), PolicyJson.standard()).findings();

        assertThat(findings).isEmpty();
        List<String> sameYear = new java.util.ArrayList<>();
        for (int g = 0; g < plan.goals().size(); g++) {
            List<Indicator> indicators = plan.goals().get(g).indicators();
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                for (Baseline baseline : indicator.baselines()) {
                    Target first = indicator.targets().stream().filter(t -> t.year() != null)
                            .min(java.util.Comparator.comparing(Target::year)).orElse(null);
                    if (first != null && first.year().equals(baseline.year())) {
                        assertThat(baseline.dates()).isNull();
                        assertThat(first.dates().start().getYear()).isEqualTo(baseline.year().getValue());
                        sameYear.add("/goals/" + g + "/indicators/" + i);
                    }
                }
            }
        }
        assertThat(sameYear).containsExactly(
                "/goals/0/indicators/0",
                "/goals/1/indicators/3",
                "/goals/3/indicators/1",
                "/goals/3/indicators/2",
                "/goals/4/indicators/0",
                "/goals/4/indicators/1",
                "/goals/4/indicators/2",
                "/goals/4/indicators/6",
                "/goals/5/indicators/0");
        assertThat(text("description[@type='1'][1]/narrative"))
                .contains("est réalisée en novembre et décembre 2018");
    }

    @Test
    void counts_areThoseOfTheSource() {
        List<Indicator> indicators = plan.allIndicators().toList();

        assertThat(plan.goals()).hasSize(6).hasSize(count("result"));
        assertThat(indicators).hasSize(28).hasSize(count("result/indicator"));
        assertThat(indicators.stream().mapToInt(i -> i.targets().size()).sum())
                .isEqualTo(80).isEqualTo(count("result/indicator/period"));
        // 33 numbers and 20 states; 17 actuals "N/A" and 10 empty ones have no observation
        assertThat(indicators.stream().flatMap(i -> i.observations().stream()).filter(o -> !o.isQualitative()))
                .hasSize(33).hasSize(xpathCount("result/indicator/period/actual[number(@value) = number(@value)]"));
        assertThat(indicators.stream().flatMap(i -> i.observations().stream()).filter(Observation::isQualitative))
                .hasSize(20);
        assertThat(xpathCount("result/indicator/period/actual[@value='N/A']")).isEqualTo(17);
        assertThat(xpathCount("result/indicator/period/actual[not(@value) and not(comment)]")).isEqualTo(10);
        // 17 numeric baselines; 10 qualitative ones with no value and one of "NA" are left out
        assertThat(indicators.stream().mapToInt(i -> i.baselines().size()).sum()).isEqualTo(17);
        assertThat(xpathCount("result/indicator/baseline[not(@value)]")).isEqualTo(10);
        assertThat(count("result/indicator/baseline[@value='NA']")).isEqualTo(1);
    }

    @Test
    void goals_areOneOutputAndFiveOutcomes_asTheResultTypesSay() {
        assertThat(plan.goals()).extracting(Goal::category).containsExactly(Category.of("output"),
                Category.of("outcome"), Category.of("outcome"), Category.of("outcome"), Category.of("outcome"),
                Category.of("outcome"));
        for (int n = 1; n <= plan.goals().size(); n++) {
            Goal goal = plan.goals().get(n - 1);
            String type = text("result[" + n + "]/@type");
            assertThat(goal.category()).isEqualTo(Category.of(type.equals("1") ? "output" : "outcome"));
            assertThat(goal.indicators()).allSatisfy(i -> assertThat(i.category()).isEqualTo(goal.category()));
        }
        assertThat(plan.categories()).extracting(c -> c.label().best("en")).containsExactly("Output", "Outcome");
    }

    @Test
    void everyValueAndText_isThatOfItsElementInTheSource() {
        for (int n = 1; n <= plan.goals().size(); n++) {
            Goal goal = plan.goals().get(n - 1);
            String result = "result[" + n + "]";
            assertThat(goal.title().get("fr")).contains(text(result + "/title/narrative"));
            assertThat(goal.description().get("fr")).contains(text(result + "/description/narrative"));
            for (int m = 1; m <= goal.indicators().size(); m++) {
                checkIndicator(goal.indicators().get(m - 1), result + "/indicator[" + m + "]");
            }
            assertThat(goal.indicators()).hasSize(count(result + "/indicator"));
        }
    }

    private static void checkIndicator(Indicator indicator, String path) {
        assertThat(indicator.name().get("fr")).as(path).contains(text(path + "/title/narrative"));
        assertThat(indicator.definition().get("fr")).as(path).contains(text(path + "/description/narrative"));
        assertThat(text(path + "/@ascending")).isEqualTo("1");
        assertThat(indicator.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(indicator.isQualitative()).as(path).isEqualTo(text(path + "/@measure").equals("5"));
        String baselineValue = text(path + "/baseline/@value");
        if (baselineValue.matches("\\d+")) {
            assertThat(indicator.baselines()).as(path).singleElement().satisfies(b -> {
                assertThat(b.value().toPlainString()).isEqualTo(baselineValue);
                assertThat(b.year()).isEqualTo(Year.parse(text(path + "/baseline/@year")));
            });
        } else {
            assertThat(indicator.baselines()).as(path).isEmpty();
        }
        int periods = count(path + "/period");
        assertThat(indicator.targets()).as(path).hasSize(periods);
        int actuals = 0;
        for (int k = 1; k <= periods; k++) {
            String period = path + "/period[" + k + "]";
            DatePeriod dates = new DatePeriod(LocalDate.parse(text(period + "/period-start/@iso-date")),
                    LocalDate.parse(text(period + "/period-end/@iso-date")));
            Target target = indicator.targets().get(k - 1);
            assertThat(target.dates()).as(period).isEqualTo(dates);
            assertThat(target.year()).isEqualTo(Year.of(dates.end().getYear()));
            assertThat(target.startYear()).isEqualTo(dates.start().getYear() == dates.end().getYear()
                    ? null : Year.of(dates.start().getYear()));
            if (target instanceof LevelTarget level) {
                assertThat(level.comparator()).isEqualTo(Comparison.REACH);
                assertThat(level.value().toPlainString()).as(period).isEqualTo(text(period + "/target/@value"));
            } else {
                assertThat(target).as(period).isInstanceOfSatisfying(QualitativeTarget.class,
                        q -> assertThat(q.text().get("fr")).contains(text(period + "/target/comment/narrative")));
            }
            Optional<Observation> actual = indicator.observations().stream().filter(o -> dates.equals(o.dates()))
                    .reduce((a, b) -> {
                        throw new AssertionError("Two actuals for " + period);
                    });
            String value = text(period + "/actual/@value");
            String comment = text(period + "/actual/comment/narrative");
            if (value.matches("\\d+(\\.\\d+)?")) {
                assertThat(actual).as(period).hasValueSatisfying(
                        o -> assertThat(o.value().toPlainString()).isEqualTo(value));
            } else if (!value.isEmpty() && !value.equals("N/A")) {
                assertThat(actual).as(period).hasValueSatisfying(
                        o -> assertThat(normalised(o.state().get("fr").orElseThrow())).isEqualTo(value));
            } else if (indicator.isQualitative() && !comment.isEmpty()) {
                assertThat(actual).as(period).hasValueSatisfying(
                        o -> assertThat(o.state().get("fr")).contains(comment));
            } else {
                assertThat(actual).as(period).isEmpty();
            }
            if (actual.isPresent()) {
                actuals++;
                assertThat(actual.get().status()).isEqualTo(ObservationStatus.ACTUAL);
                assertThat(actual.get().year()).isEqualTo(target.year());
                assertThat(actual.get().startYear()).isEqualTo(target.startYear());
                assertThat(actual.get().source()).isEqualTo(DOCUMENT);
            }
        }
        assertThat(indicator.observations()).as(path).hasSize(actuals);
    }

    @Test
    void units_areTheCountedThingOrTheScaleOfOneToFive() {
        assertThat(unit("result-1-indicator-1")).isEqualTo(Unit.of("project"));
        assertThat(unit("result-4-indicator-2")).isEqualTo(Units.PERSON);
        assertThat(unit("result-4-indicator-4")).isEqualTo(Units.ITEM);
        for (int m = 1; m <= 4; m++) {
            Indicator scored = indicator("result-2-indicator-" + m);
            assertThat(scored.unit()).isEqualTo(Unit.of("scale-1-5"));
            assertThat(scored.definition().get("fr").orElseThrow()).endsWith("sur une échelle de 1 à 5.");
        }
        assertThat(plan.units()).singleElement().satisfies(u -> assertThat(u.code()).isEqualTo("scale-1-5"));
    }

    @Test
    void qualitativeIndicator_hasStateTargetsAndStateActuals() {
        Indicator climate = indicator("result-3-indicator-1");

        assertThat(climate.isQualitative()).isTrue();
        assertThat(climate.name().get("fr"))
                .contains("Niveau de prise en compte du climat et de l’environnement amélioré");
        assertThat(climate.baselines()).isEmpty();
        assertThat(climate.targets()).hasSize(3).allSatisfy(t -> assertThat(t).isInstanceOfSatisfying(
                QualitativeTarget.class, q -> assertThat(q.text().get("fr")).contains(QUALITATIVE_TARGET)));
        assertThat(climate.observations()).hasSize(2).allSatisfy(o -> assertThat(o.isQualitative()).isTrue());
        assertThat(climate.observations()).anySatisfy(o -> {
            assertThat(o.dates()).isEqualTo(new DatePeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)));
            assertThat(o.state().get("fr").orElseThrow()).startsWith("Les projets AEPHA accordent une attention "
                    + "particulière à la préservation de l’environnement")
                    .contains("\n\nGroupes cibles :\n-\tMairies");
        });
        assertThat(climate.observations()).anySatisfy(o -> {
            assertThat(o.dates()).isEqualTo(new DatePeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
            assertThat(o.state().get("fr").orElseThrow()).startsWith("24-02-2021: En 2020, afin d'améliorer le niveau "
                    + "de prise en compte du climat et de l'environnement");
        });
        assertThat(plan.allIndicators().filter(Indicator::isQualitative)).hasSize(10);
    }

    @Test
    void countIndicator_hasSeveralDatedPeriodsOfTargetAndActual() {
        Indicator water = indicator("result-4-indicator-2");

        assertThat(water.name().get("fr")).contains("1b. Nombre de personnes (h/f) utilisant des services "
                + "d’alimentation en eau potable basique (urbain/rural)");
        assertThat(water.baselines()).singleElement().satisfies(b -> {
            assertThat(b.year()).isEqualTo(Year.of(2018));
            assertThat(b.value()).isEqualByComparingTo("0");
        });
        assertThat(water.targets()).extracting(t -> ((LevelTarget) t).value().toPlainString(), Target::dates)
                .containsExactly(
                        tuple("22500", period("2018-04-01", "2018-12-31")),
                        tuple("25000", period("2020-01-01", "2020-12-31")),
                        tuple("86000", period("2019-01-01", "2019-12-31")),
                        tuple("0", period("2021-01-01", "2021-06-30")));
        assertThat(water.observations()).extracting(o -> o.value().toPlainString(), Observation::dates)
                .containsExactly(
                        tuple("18750.00", period("2018-04-01", "2018-12-31")),
                        tuple("61500.00", period("2020-01-01", "2020-12-31")),
                        tuple("89400.00", period("2019-01-01", "2019-12-31")));
    }

    /**
     * Each period's actual is assessed against the target of the same dates, from the baseline
     * of 0 (the first two by hand: 18750 of 22500 is 0.8333… of the way and the period is over,
     * so behind; 89400 reaches 86000).
     */
    @Test
    void progress_ofEachPeriod_isAgainstTheTargetOfItsDates() {
        assertThat(statuses("result-4-indicator-2")).isEqualTo(Map.of(
                "2018-04-01/2018-12-31", ProgressStatus.BEHIND,
                "2019-01-01/2019-12-31", ProgressStatus.ACHIEVED,
                "2020-01-01/2020-12-31", ProgressStatus.ACHIEVED));
        // 2b: 17677 of 20000 (2019) and 1768 of 15000 (2020) fall short; 42150 of 35000 (2018) reaches
        assertThat(statuses("result-5-indicator-1")).isEqualTo(Map.of(
                "2018-04-01/2018-12-31", ProgressStatus.ACHIEVED,
                "2019-01-01/2019-12-31", ProgressStatus.BEHIND,
                "2020-01-01/2020-12-31", ProgressStatus.BEHIND));
        // 2c: a target of 0 met by an actual of 0.00, 19955 of 20000 short
        assertThat(statuses("result-5-indicator-7")).isEqualTo(Map.of(
                "2018-04-01/2018-12-31", ProgressStatus.ACHIEVED,
                "2019-01-01/2019-12-31", ProgressStatus.BEHIND,
                "2020-01-01/2020-12-31", ProgressStatus.ACHIEVED));
        // the scale of 1 to 5: 4.00 reaches 4 (2019), and falls short of 5 (2020)
        assertThat(statuses("result-2-indicator-2")).isEqualTo(Map.of(
                "2019-01-01/2019-12-31", ProgressStatus.ACHIEVED,
                "2020-01-01/2020-12-31", ProgressStatus.BEHIND));
        // 1a: one period 2018-04-01 to 2021-06-30, a target of 0 and an actual of 0.00
        assertThat(statuses("result-4-indicator-1")).isEqualTo(Map.of(
                "2018-04-01/2021-06-30", ProgressStatus.ACHIEVED));
    }

    @Test
    void progress_sharesAreThoseDerivedByHand() {
        Indicator water = indicator("result-4-indicator-2");
        Target first = water.targets().get(0);

        Progress progress = Progress.assess(water, first, Pairing.observationFor(water, first).orElseThrow(),
                plan.unitCatalog());

        // (18750.00 − 0) / (22500 − 0)
        assertThat(progress.share()).isEqualByComparingTo("0.8333333333333333");
        Indicator ecosystems = indicator("result-2-indicator-2");
        Target of2020 = ecosystems.targets().get(0);
        // (4.00 − 0) / (5 − 0)
        assertThat(Progress.assess(ecosystems, of2020, Pairing.observationFor(ecosystems, of2020).orElseThrow(),
                plan.unitCatalog()).share()).isEqualByComparingTo("0.8");
    }

    /** A state in other words than the target's text is not known to fall short: not assessable. */
    @Test
    void progress_ofAQualitativeIndicator_isNotAssessableForAStateInOtherWords() {
        Indicator climate = indicator("result-3-indicator-1");

        assertThat(statuses("result-3-indicator-1")).isEqualTo(Map.of(
                "2019-01-01/2019-12-31", ProgressStatus.NOT_ASSESSABLE,
                "2020-01-01/2020-12-31", ProgressStatus.NOT_ASSESSABLE));
        assertThat(Pairing.observationFor(climate, climate.targets().get(2))).isEmpty();
    }

    @Test
    void progress_ofAPeriodWithoutActual_hasNoObservation() {
        Indicator water = indicator("result-4-indicator-2");
        Target firstHalfOf2021 = water.targets().get(3);

        assertThat(firstHalfOf2021.dates()).isEqualTo(period("2021-01-01", "2021-06-30"));
        assertThat(Pairing.observationFor(water, firstHalfOf2021)).isEmpty();
        assertThat(text("result[4]/indicator[2]/period[4]/actual/@value")).isEqualTo("N/A");
    }

    @Test
    void quotes_areFoundAtTheirLocationsInTheBundledExtract() {
        int markup = 0;
        int texts = 0;
        for (Indicator indicator : plan.allIndicators().toList()) {
            for (Provenance p : indicator.provenance()) {
                String quote = p.quote();
                String location = p.location();
                switch (p.document()) {
                    case DOCUMENT -> {
                        if (quote.startsWith("<")) {
                            assertThat(raw).as(location).contains(quote);
                            assertThat(quote).as(location).doesNotContain("&");
                            assertThat(count(location)).as(location).isEqualTo(1);
                            markup++;
                        } else if (location.contains("/@")) {
                            assertThat(text(location)).as(location).contains(normalised(quote));
                            assertThat(decoded).as(location).contains(quote);
                            texts++;
                        } else {
                            assertThat(location).as(location).endsWith("/narrative");
                            assertThat(count(location)).as(location).isEqualTo(1);
                            assertThat(text(location)).as(location).contains(quote);
                            texts++;
                        }
                    }
                    case "iati-result-type" -> assertThat(Map.of(
                            "ResultType code 1", "<narrative>Output</narrative>",
                            "ResultType code 2", "<narrative>Outcome</narrative>").get(location)).isEqualTo(quote);
                    case "iati-indicator-measure" -> assertThat(Map.of(
                            "IndicatorMeasure code 1", "<narrative>The indicator is measured in units.</narrative>",
                            "IndicatorMeasure code 5", "<narrative>The indicator is qualitative.</narrative>")
                            .get(location)).isEqualTo(quote);
                    default -> throw new AssertionError("Unknown document " + p.document());
                }
            }
        }
        assertThat(markup).isPositive();
        assertThat(texts).isPositive();
    }

    @Test
    void sourcesFile_listsTheResultsOfTheExtractWithReferencesDecoded() {
        int start = raw.indexOf("  <result ");
        int end = raw.lastIndexOf("</result>") + "</result>".length();
        String sources = Frameworks.text(Frameworks.SOURCES.get(Frameworks.IATI_RESULTS));

        assertThat(sources).contains("```xml\n" + decode(raw.substring(start, end)) + "\n```");
        assertThat(raw).startsWith("<iati-activity ").endsWith("</iati-activity>");
    }

    private static Map<String, ProgressStatus> statuses(String indicatorId) {
        Indicator indicator = indicator(indicatorId);
        Map<String, ProgressStatus> statuses = new HashMap<>();
        for (Target target : indicator.targets()) {
            Pairing.observationFor(indicator, target).ifPresent(o -> {
                assertThat(o.dates()).isEqualTo(target.dates());
                statuses.put(target.dates().start() + "/" + target.dates().end(),
                        Progress.assess(indicator, target, o, plan.unitCatalog()).status());
            });
        }
        return statuses;
    }

    private static Indicator indicator(String id) {
        return plan.findIndicator(id).orElseThrow();
    }

    private static Unit unit(String id) {
        return indicator(id).unit();
    }

    private static DatePeriod period(String start, String end) {
        return new DatePeriod(LocalDate.parse(start), LocalDate.parse(end));
    }

    private static final Pattern STEP = Pattern.compile("([\\w-]+)(?:\\[@([\\w-]+)='([^']*)'\\])?(?:\\[(\\d+)\\])?");

    /**
     * The string value of the first node that a location path from the activity selects, as
     * XPath gives it; empty if none. The paths are child steps with an optional
     * {@code [@name='value']} and position {@code [n]}, and an optional last {@code @attribute}
     * step: walking the tree is much faster than the JDK's XPath on this document.
     */
    private static String text(String path) {
        List<Node> nodes = select(path);
        return nodes.isEmpty() ? "" : nodes.get(0).getTextContent();
    }

    /** The number of nodes that a location path from the activity selects, as in {@link #text}. */
    private static int count(String path) {
        return select(path).size();
    }

    private static List<Node> select(String path) {
        List<Node> current = List.of(xml.getDocumentElement());
        for (String step : path.split("/")) {
            List<Node> next = new ArrayList<>();
            if (step.startsWith("@")) {
                for (Node node : current) {
                    Node attribute = node.getAttributes().getNamedItem(step.substring(1));
                    if (attribute != null) {
                        next.add(attribute);
                    }
                }
            } else {
                Matcher m = STEP.matcher(step);
                if (!m.matches()) {
                    throw new IllegalArgumentException("Unsupported step " + step + " in " + path);
                }
                for (Node node : current) {
                    List<Node> matching = new ArrayList<>();
                    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                        if (child.getNodeType() == Node.ELEMENT_NODE && child.getNodeName().equals(m.group(1))
                                && (m.group(2) == null
                                        || m.group(3).equals(((Element) child).getAttribute(m.group(2))))) {
                            matching.add(child);
                        }
                    }
                    if (m.group(4) == null) {
                        next.addAll(matching);
                    } else if (Integer.parseInt(m.group(4)) <= matching.size()) {
                        next.add(matching.get(Integer.parseInt(m.group(4)) - 1));
                    }
                }
            }
            current = next;
        }
        return current;
    }

    /** The number of nodes an XPath expression from the activity selects. */
    private static int xpathCount(String expression) {
        try {
            return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, xml.getDocumentElement(),
                    XPathConstants.NODESET)).getLength();
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    /** What an XML parser makes of the characters written in an attribute value: tabs and line breaks become spaces. */
    private static String normalised(String written) {
        return written.replace('\n', ' ').replace('\t', ' ').replace('\r', ' ');
    }

    private static final Pattern REFERENCE = Pattern.compile("&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot|apos);");

    /** The text with XML's character and predefined entity references replaced by their characters. */
    private static String decode(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String c = switch (ref) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(ref.startsWith("#x")
                        ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }
}
