package org.policyindicators.core;

import java.time.Year;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An inclusive range of calendar years, such as the horizon of a plan (十四五 = 2021–2025) or
 * the period of a cumulative total.
 *
 * <p>Both ends are inclusive: {@code 2021/2025} holds five years. A range whose start is after
 * its end can be created, so that a document that states one still loads; {@link #isOrdered()}
 * tells, and a validator reports it. The canonical text is {@code start/end} in ISO 8601
 * interval style ({@code 2021/2025}), or a single year when both ends are equal.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the first year of the range, inclusive, not null
 * @param end the last year of the range, inclusive, not null
 */
public record YearRange(Year start, Year end) {

    /**
     * Creates a range.
     *
     * @param start the first year, inclusive, not null
     * @param end the last year, inclusive, not null
     */
    public YearRange {
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
    }

    /**
     * Obtains a range from two years.
     *
     * @param startInclusive the first year, inclusive
     * @param endInclusive the last year, inclusive
     * @return the range, not null
     * @throws java.time.DateTimeException if a year is outside {@link Year#MIN_VALUE} to
     *     {@link Year#MAX_VALUE}
     */
    public static YearRange of(int startInclusive, int endInclusive) {
        return new YearRange(Year.of(startInclusive), Year.of(endInclusive));
    }

    /**
     * Obtains a range of one year.
     *
     * @param year the year, not null
     * @return the range from {@code year} to {@code year}, not null
     */
    public static YearRange ofYear(Year year) {
        return new YearRange(year, year);
    }

    /**
     * Obtains the horizon of a Chinese national five-year plan by its number.
     *
     * <p>The 1st plan ran 1953–1957 and the 2nd 1958–1962; after the adjustment years
     * 1963–1965, the n-th plan from the 3rd on starts in {@code 1966 + 5·(n − 3)}: the 13th is
     * 2016–2020 (十三五), the 14th 2021–2025 (十四五), the 15th 2026–2030.
     *
     * @param number the plan number, from 1
     * @return the five-year range, not null
     * @throws PolicyException if {@code number} is less than 1 or too large for a year
     */
    public static YearRange ofFiveYearPlan(int number) {
        if (number < 1 || number > 100_000) {
            throw new PolicyException("Five-year plan number must be from 1 to 100000: " + number);
        }
        int start = switch (number) {
            case 1 -> 1953;
            case 2 -> 1958;
            default -> 1966 + 5 * (number - 3);
        };
        return of(start, start + 4);
    }

    /**
     * Parses the canonical text: {@code 2021/2025}, or a single year such as {@code 2024}.
     *
     * @param text the text, not null
     * @return the range, not null
     * @throws PolicyException if the text is not of that form
     */
    public static YearRange parse(CharSequence text) {
        Checks.notNull(text, "text");
        String s = text.toString();
        int slash = s.indexOf('/');
        // slash <= 0 would be an equivalent mutant: "/2025" fails either way, with the same message
        try {
            if (slash < 0) {
                return ofYear(Year.of(parseYear(s)));
            }
            return of(parseYear(s.substring(0, slash)), parseYear(s.substring(slash + 1)));
        } catch (RuntimeException e) {
            throw new PolicyException("Text '" + s + "' is not a year range such as 2021/2025", e);
        }
    }

    private static int parseYear(String s) {
        if (s.isEmpty() || s.length() > 10 || !s.matches("-?[0-9]+")) {
            throw new NumberFormatException(s);
        }
        return Integer.parseInt(s);
    }

    /**
     * Returns whether the start is not after the end.
     *
     * @return true if {@code start <= end}
     */
    public boolean isOrdered() {
        return !start.isAfter(end);
    }

    /**
     * Returns the number of years in the range, counting both ends; zero or negative when the
     * range is not ordered.
     *
     * @return {@code end − start + 1}
     */
    public int lengthInYears() {
        return end.getValue() - start.getValue() + 1;
    }

    /**
     * Returns whether a year lies in this range, ends included.
     *
     * @param year the year, not null
     * @return true if {@code start <= year <= end}
     */
    public boolean contains(Year year) {
        Checks.notNull(year, "year");
        return !year.isBefore(start) && !year.isAfter(end);
    }

    /**
     * Returns whether another range lies wholly in this one.
     *
     * @param other the other range, not null
     * @return true if both ends of {@code other} are in this range
     */
    public boolean encloses(YearRange other) {
        Checks.notNull(other, "other");
        return contains(other.start) && contains(other.end);
    }

    /**
     * Returns the years of the range in order; empty when not ordered.
     *
     * @return the years, not null
     */
    public Stream<Year> years() {
        return IntStream.rangeClosed(start.getValue(), end.getValue()).mapToObj(Year::of);
    }

    /**
     * Returns the number of the Chinese five-year plan whose horizon this range is.
     *
     * @return the plan number (14 for 2021/2025), empty if this is no such horizon
     */
    public OptionalInt fiveYearPlanNumber() {
        int s = start.getValue();
        if (lengthInYears() != 5) {
            return OptionalInt.empty();
        }
        if (s == 1953) {
            return OptionalInt.of(1);
        }
        if (s == 1958) {
            return OptionalInt.of(2);
        }
        if (s >= 1966 && (s - 1966) % 5 == 0) {
            return OptionalInt.of((s - 1966) / 5 + 3);
        }
        return OptionalInt.empty();
    }

    /**
     * Returns the single year of a one-year range.
     *
     * @return the year, empty if the range spans more or less than one year
     */
    public Optional<Year> singleYear() {
        return start.equals(end) ? Optional.of(start) : Optional.empty();
    }

    /**
     * Returns the canonical text, which {@link #parse(CharSequence)} reads back.
     *
     * @return {@code start/end}, or the single year, not null
     */
    @Override
    public String toString() {
        return start.equals(end) ? start.toString() : start + "/" + end;
    }
}
