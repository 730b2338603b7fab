package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class DatePeriodTest {

    @Test
    void ofQuarter_runsFromTheFirstToTheLastDayOfItsMonths() {
        assertThat(DatePeriod.ofQuarter(Year.of(2013), 1)).hasToString("2013-01-01/2013-03-31");
        assertThat(DatePeriod.ofQuarter(Year.of(2024), 4)).hasToString("2024-10-01/2024-12-31");
    }

    @Test
    void ofQuarter_rejectsAQuarterOutsideOneToFour() {
        assertThatThrownBy(() -> DatePeriod.ofQuarter(Year.of(2024), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatePeriod.ofQuarter(Year.of(2024), 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofMonths_coversABulletinsMonthsToDate() {
        DatePeriod januaryToOctober = DatePeriod.ofMonths(YearMonth.of(2024, 1), YearMonth.of(2024, 10));

        assertThat(januaryToOctober).isEqualTo(DatePeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 10, 31)));
        assertThat(januaryToOctober.isWholeYear()).isFalse();
        assertThat(DatePeriod.ofYear(Year.of(2024)).isWholeYear()).isTrue();
    }

    @Test
    void contains_includesBothEnds() {
        DatePeriod q1 = DatePeriod.ofQuarter(Year.of(2013), 1);

        assertThat(q1.contains(LocalDate.of(2013, 1, 1))).isTrue();
        assertThat(q1.contains(LocalDate.of(2013, 3, 31))).isTrue();
        assertThat(q1.contains(LocalDate.of(2013, 4, 1))).isFalse();
        assertThat(q1.contains(LocalDate.of(2012, 12, 31))).isFalse();
    }

    @Test
    void overlaps_whenTheyShareADay() {
        DatePeriod q1 = DatePeriod.ofQuarter(Year.of(2013), 1);

        assertThat(q1.overlaps(DatePeriod.of(LocalDate.of(2013, 3, 31), LocalDate.of(2013, 5, 1)))).isTrue();
        assertThat(q1.overlaps(DatePeriod.ofQuarter(Year.of(2013), 2))).isFalse();
    }

    @Test
    void constructor_acceptsDatesOutOfOrderForTheValidatorToReport() {
        DatePeriod backwards = DatePeriod.of(LocalDate.of(2013, 3, 31), LocalDate.of(2013, 1, 1));

        assertThat(backwards.isOrdered()).isFalse();
    }
}
