package org.policyindicators.examples.csv;

import java.math.BigDecimal;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.BaseUnit;
import org.policyindicators.core.DecimalText;
import org.policyindicators.core.PolicyException;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;

/**
 * Reads and writes the values of cells: numbers exactly as written, years, and units by their
 * symbols in either language.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Cells {

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final int[] SCALES = {0, 3, 4, 6, 7, 8, 9, 12};
    private static final String[] LANGUAGES = {"zh", "en"};

    private final UnitCatalog units;
    /** Symbol to unit; null where two units share a symbol. */
    private final Map<String, @Nullable Unit> bySymbol = new LinkedHashMap<>();

    /**
     * Creates the reader of cells for a catalogue.
     *
     * @param units the catalogue whose units are recognised, not null
     */
    Cells(UnitCatalog units) {
        this.units = units;
        for (BaseUnit base : units.baseUnits()) {
            for (int scale : SCALES) {
                Unit unit = Unit.of(base.code(), scale);
                for (String language : LANGUAGES) {
                    String symbol = units.symbol(unit, language);
                    if (bySymbol.containsKey(symbol) && !unit.equals(bySymbol.get(symbol))) {
                        bySymbol.put(symbol, null);
                    } else {
                        bySymbol.put(symbol, unit);
                    }
                }
            }
        }
    }

    /**
     * Reads a number exactly as written, keeping its trailing zeros.
     *
     * @param text the cell, stripped, not empty, not null
     * @return the number, not null
     * @throws PolicyException saying what is wrong and how to write it
     */
    static BigDecimal number(String text) {
        if (NUMBER.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        if (GROUPED.matcher(text).matches()) {
            throw new PolicyException("'" + text + "' is not a number: write it without thousands separators, as "
                    + text.replace(",", ""));
        }
        String digits = text.replaceAll("[^0-9.+-]", "");
        if (!digits.isEmpty() && NUMBER.matcher(digits).matches() && text.startsWith(digits.substring(0, 1))) {
            throw new PolicyException("'" + text + "' is not a number: write the number alone (" + digits
                    + ") and put the unit or scale word (such as 万 or 亿) in the unit column");
        }
        throw new PolicyException("'" + text + "' is not a number such as 486 or 1160.1");
    }

    /**
     * Writes a number exactly as held, without exponent.
     *
     * @param value the number, not null
     * @return the text, not null
     */
    static String number(BigDecimal value) {
        return DecimalText.format(value, DecimalText.Style.PLAIN);
    }

    /**
     * Reads a four-digit year.
     *
     * @param text the cell, stripped, not null
     * @return the year, not null
     * @throws PolicyException if it is not a year
     */
    static Year year(String text) {
        if (!YEAR.matcher(text).matches()) {
            throw new PolicyException("'" + text + "' is not a year such as 2025");
        }
        return Year.of(Integer.parseInt(text));
    }

    /**
     * Writes the symbol of a unit in a language, or its code when another unit has the same symbol.
     *
     * @param unit the unit, not null
     * @param language the language tag, {@code en} or {@code zh}, not null
     * @return the text, not null
     */
    String unit(Unit unit, String language) {
        String symbol = units.symbol(unit, language);
        try {
            return unit.equals(unit(symbol)) ? symbol : unit.toString();
        } catch (PolicyException ambiguous) {
            return unit.toString();
        }
    }

    /**
     * Reads a unit by its symbol in either language (亿元, {@code %}, {@code 100 million yuan}), a
     * rate of two symbols ({@code 张/千人}), or its code ({@code cny*1e8}).
     *
     * @param text the cell, stripped, not empty, not null
     * @return the unit, known to the catalogue, not null
     * @throws PolicyException if no unit of the catalogue has that symbol or code
     */
    Unit unit(String text) {
        Unit plain = plain(text);
        if (plain != null) {
            return plain;
        }
        for (String separator : List.of(" per ", "/")) {
            int at = text.indexOf(separator);
            if (at > 0) {
                Unit numerator = plain(text.substring(0, at).strip());
                Unit denominator = plain(text.substring(at + separator.length()).strip());
                if (numerator != null && denominator != null) {
                    return numerator.per(denominator);
                }
            }
        }
        throw new PolicyException("unknown unit '" + text + "': use a symbol such as 亿元, 万人, %, 个 or a unit code "
                + "such as cny*1e8");
    }

    private @Nullable Unit plain(String text) {
        if (bySymbol.containsKey(text)) {
            Unit unit = bySymbol.get(text);
            if (unit == null) {
                throw new PolicyException("the unit '" + text + "' is ambiguous: write its code, such as cny*1e8");
            }
            return unit;
        }
        try {
            Unit unit = Unit.parse(text);
            return units.knows(unit) ? unit : null;
        } catch (PolicyException notACode) {
            return null;
        }
    }
}
