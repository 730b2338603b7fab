package org.policyindicators.core;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * A period of calendar dates, both ends inclusive: an IATI result period
 * ({@code period-start} 2021-01-01, {@code period-end} 2021-12-31), a quarter, or the months
 * of a statistical bulletin (1–10月 is 2024-01-01 to 2024-10-31). Where a value is for a whole
 * year, its year alone says so and no date period is needed.
 *
 * <p>The constructor does not check that the start is on or before the end: a document with
 * dates out of order still loads, and the validator reports it ({@code dates-out-of-order}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the first day, inclusive, not null
 * @param end the last day, inclusive, not null
 */
public record DatePeriod(LocalDate start, LocalDate end) {

    /**
     * Creates a period.
     *
     * @param start see the class documentation
     * @param end see the class documentation
     */
    public DatePeriod {
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
    }

    /**
     * Obtains a period from its first and last day.
     *
     * @param start the first day, inclusive, not null
     * @param end the last day, inclusive, not null
     * @return the period, not null
     */
    public static DatePeriod of(LocalDate start, LocalDate end) {
        return new DatePeriod(start, end);
    }

    /**
     * Obtains the whole of a calendar year, 1 January to 31 December.
     *
     * @param year the year, not null
     * @return the period, not null
     */
    public static DatePeriod ofYear(Year year) {
        Checks.notNull(year, "year");
        return new DatePeriod(year.atDay(1), year.atMonth(12).atEndOfMonth());
    }

    /**
     * Obtains a calendar quarter: quarter 1 is January to March.
     *
     * @param year the year, not null
     * @param quarter the quarter, 1 to 4
     * @return the period, not null
     * @throws IllegalArgumentException if the quarter is not 1 to 4
     */
    public static DatePeriod ofQuarter(Year year, int quarter) {
        Checks.notNull(year, "year");
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4: " + quarter);
        }
        return ofMonths(year.atMonth(3 * quarter - 2), year.atMonth(3 * quarter));
    }

    /**
     * Obtains the months from one to another, both inclusive: 1–10月 2024 is
     * {@code ofMonths(YearMonth.of(2024, 1), YearMonth.of(2024, 10))}.
     *
     * @param first the first month, not null
     * @param last the last month, not null
     * @return the period from the first day of {@code first} to the last day of {@code last}
     */
    public static DatePeriod ofMonths(YearMonth first, YearMonth last) {
        Checks.notNull(first, "first");
        Checks.notNull(last, "last");
        return new DatePeriod(first.atDay(1), last.atEndOfMonth());
    }

    /**
     * Returns whether the start is on or before the end.
     *
     * @return true if the dates are in order
     */
    public boolean isOrdered() {
        return !start.isAfter(end);
    }

    /**
     * Returns whether a day falls within the period, both ends included.
     *
     * @param date the day, not null
     * @return true if {@code start ≤ date ≤ end}
     */
    public boolean contains(LocalDate date) {
        Checks.notNull(date, "date");
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * Returns whether this period and another share at least one day.
     *
     * @param other the other period, not null
     * @return true if they overlap
     */
    public boolean overlaps(DatePeriod other) {
        Checks.notNull(other, "other");
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /**
     * Returns whether the period is exactly one calendar year.
     *
     * @return true for 1 January to 31 December of one year
     */
    public boolean isWholeYear() {
        return equals(ofYear(Year.from(end)));
    }

    /**
     * Returns the ISO 8601 interval, such as {@code 2021-01-01/2021-03-31}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return start + "/" + end;
    }
}
