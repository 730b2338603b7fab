package org.policyindicators.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Dimensions;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.LevelTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.Units;
import org.policyindicators.core.analysis.IndicatorTracking.YearObservations;

class IndicatorTrackingTest {

    private static final Year Y2023 = Year.of(2023);
    private static final Year Y2024 = Year.of(2024);
    private static final Year Y2025 = Year.of(2025);

    /** The worked example of the class documentation. */
    private static Indicator highTech() {
        return Indicator.builder("high-tech").unit(Units.HOUSEHOLD).polarity(Polarity.HIGHER_IS_BETTER)
                .baseline(Baseline.of(Year.of(2020), new BigDecimal("166")))
                .target(LevelTarget.of(Comparison.GE, new BigDecimal("200"), Y2023))
                .target(LevelTarget.of(Comparison.GE, new BigDecimal("227"), Y2025))
                .observation(Observation.of(Y2023, new BigDecimal("190")))
                .observation(Observation.of(Y2024, new BigDecimal("205")))
                .build();
    }

    @Test
    void of_theWorkedExample() {
        IndicatorTracking tracking = IndicatorTracking.of(highTech(), Y2024, UnitCatalog.standard());

        assertThat(tracking.asOf()).isEqualTo(Y2024);
        assertThat(tracking.baseline().value()).isEqualByComparingTo("166");
        assertThat(tracking.path()).isEqualTo(Trajectory.linear(Year.of(2020), Quantity.of(166, Units.HOUSEHOLD),
                Y2025, Quantity.of(227, Units.HOUSEHOLD)));
        assertThat(tracking.path().valueAt(Y2024).value()).isEqualByComparingTo("214.8");
        assertThat(tracking.observations()).extracting(YearObservations::year).containsExactly(Y2023, Y2024);
        assertThat(tracking.targets()).extracting(TargetAssessment::status)
                .containsExactly(ProgressStatus.MISSED, ProgressStatus.BEHIND);
        assertThat(tracking.targets().get(0).lateAchievement().year()).isEqualTo(Y2024);
        assertThat(tracking.targets().get(1).progress().expected().value()).isEqualByComparingTo("214.8");
        assertThat(tracking.overall()).isEqualTo(ProgressStatus.BEHIND);
        assertThat(tracking.headline()).contains(tracking.targets().get(1));
        assertThat(tracking.counts()).isEqualTo(new StatusCounts(0, 0, 1, 0, 1, 0));
    }

    @Test
    void of_withoutAsOfIsAsOfTheLatestObservation() {
        assertThat(IndicatorTracking.of(highTech()).asOf()).isEqualTo(Y2024);
    }

    @Test
    void of_withoutABaselineOfTheWholeTakesTheBaselineOfAPart() {
        Baseline female = Baseline.of(Year.of(2020), BigDecimal.TEN).withDimensions(Dimensions.of("sex", "female"));
        Indicator indicator = Indicator.builder("x").unit(Units.PERCENT).baseline(female).build();

        assertThat(IndicatorTracking.of(indicator, Y2024, UnitCatalog.standard()).baseline()).isEqualTo(female);
    }

    @Test
    void observations_amongEquallyFinalOnesOfAYearChooseTheLastListed() {
        Observation first = Observation.of(Y2023, BigDecimal.ONE);
        Observation second = Observation.of(Y2023, BigDecimal.TEN);
        Indicator indicator = Indicator.builder("x").unit(Units.PERCENT).observation(first).observation(second)
                .build();

        IndicatorTracking tracking = IndicatorTracking.of(indicator, Y2023, UnitCatalog.standard());

        assertThat(tracking.observations()).containsExactly(new YearObservations(Y2023, second,
                List.of(first, second)));
    }

    @Test
    void observations_chooseTheMostFinalOfTheWholeEachYear() {
        Observation actual = Observation.of(Y2023, BigDecimal.ONE);
        Observation estimate = Observation.of(Y2023, BigDecimal.TEN).withStatus(ObservationStatus.ESTIMATED);
        Observation part = Observation.of(Y2024, BigDecimal.ONE).withDimensions(Dimensions.of("sex", "female"));
        Indicator indicator = Indicator.builder("x").unit(Units.PERCENT).observation(actual).observation(estimate)
                .observation(part).build();

        IndicatorTracking tracking = IndicatorTracking.of(indicator, Y2024, UnitCatalog.standard());

        assertThat(tracking.observations()).containsExactly(new YearObservations(Y2023, actual,
                List.of(actual, estimate)), new YearObservations(Y2024, null, List.of(part)));
        assertThat(tracking.overall()).isEqualTo(ProgressStatus.NOT_ASSESSABLE);
        assertThat(tracking.headline()).isEmpty();
        assertThat(tracking.path()).isNull();
    }

    @Test
    void headline_isTheLatestTargetOfTheWholeThenTheFirstOfTheWholeThenTheFirst() {
        Dimensions female = Dimensions.of("sex", "female");
        LevelTarget whole2023 = LevelTarget.of(Comparison.GE, BigDecimal.ONE, Y2023);
        Indicator latest = Indicator.builder("x").unit(Units.PERCENT)
                .target(LevelTarget.of(Comparison.GE, BigDecimal.ONE, Year.of(2030)).withDimensions(female))
                .target(whole2023).target(LevelTarget.of(Comparison.GE, BigDecimal.TEN, Y2025))
                .target(LevelTarget.of(Comparison.GE, BigDecimal.ONE, Y2025)).build();
        Indicator yearless = Indicator.builder("x").unit(Units.PERCENT)
                .target(LevelTarget.of(Comparison.GE, BigDecimal.ONE, null).withDimensions(female))
                .target(LevelTarget.of(Comparison.GE, BigDecimal.TEN, null)).build();
        Indicator parts = Indicator.builder("x").unit(Units.PERCENT)
                .target(LevelTarget.of(Comparison.GE, BigDecimal.ONE, Y2023).withDimensions(female)).build();

        assertThat(IndicatorTracking.of(latest).headline().map(TargetAssessment::target))
                .contains(latest.targets().get(2));
        assertThat(IndicatorTracking.of(yearless).headline().map(TargetAssessment::target))
                .contains(yearless.targets().get(1));
        assertThat(IndicatorTracking.of(parts).headline().map(TargetAssessment::target))
                .contains(parts.targets().get(0));
    }

    @Test
    void yearObservations_needsOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new YearObservations(Y2023, null, List.of()));
    }
}
