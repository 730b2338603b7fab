package org.policyindicators.io.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyindicators.io.validation.Fixtures.d;
import static org.policyindicators.io.validation.Fixtures.indicator;
import static org.policyindicators.io.validation.Fixtures.withObservations;
import static org.policyindicators.io.validation.Fixtures.withTargets;
import static org.policyindicators.io.validation.Fixtures.year;
import static org.policyindicators.io.validation.Severity.ERROR;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Aspect;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.GradeTarget;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.IndicatorReference;
import org.policyindicators.core.Modality;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Provenance;
import org.policyindicators.core.RankKind;
import org.policyindicators.core.RankTarget;
import org.policyindicators.core.RelativeTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Text;

/**
 * The constraints on an indicator's targets, observations and provenance, checked together by
 * one class-level constraint: each violation has its code, severity, pointer and invalid value.
 */
class IndicatorPartsTest {

    private static final PlanValidator VALIDATOR = PlanValidator.standard();
    private static final String HIGH_TECH = "/goals/0/indicators/0";

    private static Indicator withProvenance(Indicator i, Provenance... provenance) {
        return new Indicator(i.id(), i.name(), i.definition(), i.unit(), i.category(), i.attribute(), i.polarity(),
                i.baselines(), i.targets(), i.observations(), i.components(), List.of(provenance));
    }

    private static RelativeTarget relativeTo(IndicatorReference reference) {
        return new RelativeTarget(Comparison.GE, Aspect.LEVEL, reference, Text.EMPTY, year(2025), null, false,
                Modality.PLAIN, Text.EMPTY);
    }

    private static ShareTarget shareOf(IndicatorReference whole) {
        return new ShareTarget(Comparison.GE, d("0.5"), null, Text.EMPTY, whole, year(2025), null, false,
                Modality.PLAIN, Text.EMPTY);
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("malformed identifier",
                        (UnaryOperator<Indicator>) i -> Fixtures.withId(i, "high tech"),
                        "invalid-identifier", "/id", "high tech"),
                Arguments.of("malformed second component",
                        (UnaryOperator<Indicator>) i -> i.toBuilder().component("rd-intensity").component("x/y")
                                .build(),
                        "invalid-identifier", "/components/1", "x/y"),
                Arguments.of("factor of zero",
                        (UnaryOperator<Indicator>) i -> withTargets(i, MultipleTarget.of(d("0"), year(2025))),
                        "non-positive-factor", "/targets/0/factor", BigDecimal.ZERO),
                Arguments.of("negative factor",
                        (UnaryOperator<Indicator>) i -> withTargets(i, MultipleTarget.of(d("-1.5"), year(2025))),
                        "non-positive-factor", "/targets/0/factor", d("-1.5")),
                Arguments.of("rank of zero",
                        (UnaryOperator<Indicator>) i -> withTargets(i,
                                RankTarget.of(Comparison.LE, 0, RankKind.POSITION, Text.EMPTY, year(2025))),
                        "non-positive-rank", "/targets/0/rank", 0),
                Arguments.of("grade of minus one",
                        (UnaryOperator<Indicator>) i -> withTargets(i,
                                GradeTarget.of(Comparison.LE, -1, true, Text.EMPTY, year(2025))),
                        "non-positive-grade", "/targets/0/grade", -1),
                Arguments.of("grade of zero",
                        (UnaryOperator<Indicator>) i -> withTargets(i,
                                GradeTarget.of(Comparison.LE, 0, true, Text.EMPTY, year(2025))),
                        "non-positive-grade", "/targets/0/grade", 0),
                Arguments.of("malformed indicator of a relative target",
                        (UnaryOperator<Indicator>) i -> withTargets(i, relativeTo(IndicatorReference.local("a b"))),
                        "invalid-identifier", "/targets/0/reference/indicator", "a b"),
                Arguments.of("malformed plan of a share's whole",
                        (UnaryOperator<Indicator>) i -> withTargets(i, shareOf(IndicatorReference.of("-x", "gdp"))),
                        "invalid-identifier", "/targets/0/wholeIndicator/plan", "-x"),
                Arguments.of("malformed observation source",
                        (UnaryOperator<Indicator>) i -> withObservations(i,
                                Observation.of(year(2023), d("200")).withSource("no such/source")),
                        "invalid-identifier", "/observations/0/source", "no such/source"),
                Arguments.of("malformed provenance document",
                        (UnaryOperator<Indicator>) i -> withProvenance(i, Provenance.of("doc 3", "全区高新技术企业")),
                        "invalid-identifier", "/provenance/0/document", "doc 3"),
                Arguments.of("quote of white space",
                        (UnaryOperator<Indicator>) i -> withProvenance(i, Provenance.of("003", " \t\n")),
                        "blank-quote", "/provenance/0/quote", " \t\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void brokenPart_isReportedAtItsProperty_withItsValue(String name, UnaryOperator<Indicator> change, String code,
            String path, Object value) {
        ValidationReport report = VALIDATOR.validate(indicator(Fixtures.plan(), "high-tech-enterprises", change));

        List<Finding> found = report.findings().stream().filter(f -> f.code().equals(code)).toList();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).severity()).isEqualTo(ERROR);
        assertThat(found.get(0).path()).isEqualTo(HIGH_TECH + path);
        ValidationAssertions.assertThat(found.get(0)).hasParameter("value", value);
    }

    @Test
    void everyBrokenPartOfOneIndicator_isReported() {
        ValidationReport report = VALIDATOR.validate(indicator(Fixtures.plan(), "high-tech-enterprises",
                i -> withProvenance(withObservations(withTargets(i, MultipleTarget.of(d("0"), year(2025)),
                        RankTarget.of(Comparison.LE, 0, RankKind.POSITION, Text.EMPTY, year(2025))),
                        Observation.of(year(2022), d("1")).withSource("a/b"),
                        Observation.of(year(2023), d("2")).withSource("c/d")),
                        Provenance.of("003", ""))));

        assertThat(report.findings().stream()
                .filter(f -> f.severity() == ERROR && !f.code().equals("unresolved-reference"))
                .map(f -> f.code() + " " + f.path()))
                .contains("non-positive-factor " + HIGH_TECH + "/targets/0/factor",
                        "non-positive-rank " + HIGH_TECH + "/targets/1/rank",
                        "invalid-identifier " + HIGH_TECH + "/observations/0/source",
                        "invalid-identifier " + HIGH_TECH + "/observations/1/source",
                        "blank-quote " + HIGH_TECH + "/provenance/0/quote");
    }

    @Test
    void wellFormedParts_giveNoFinding() {
        ValidationReport report = VALIDATOR.validate(indicator(Fixtures.plan(), "high-tech-enterprises",
                i -> withProvenance(withTargets(i, MultipleTarget.of(d("0.001"), year(2025)),
                        RankTarget.of(Comparison.LE, 1, RankKind.POSITION, Text.EMPTY, year(2025))),
                        Provenance.of("003", "　全区"))));

        assertThat(report.findings()).noneMatch(f -> List.of("non-positive-factor", "non-positive-rank",
                "invalid-identifier", "blank-quote").contains(f.code()));
    }
}
