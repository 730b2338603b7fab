package org.policyindicators.core;

import java.math.BigDecimal;

/**
 * An exact decimal value in a unit: 486 亿元, 4.0 %, 227 户.
 *
 * <p>The value keeps its digits and scale as given ({@code 4.0} stays {@code 4.0}). Equality
 * follows {@link BigDecimal#compareTo}: {@code 1.0 %} equals {@code 1.00 %}, and
 * {@link #hashCode()} agrees. Quantities in different units are never equal, even when they
 * convert to the same amount (1 万元 is not equal to 10000 元). The natural order,
 * {@link #compareTo(Quantity)}, agrees with equality, so that sorted sets and maps keep both;
 * compare amounts across units with {@link #compareAmountTo(Quantity)},
 * {@link #isGreaterThan(Quantity)} and {@link #isLessThan(Quantity)}. Arithmetic and amount
 * comparison convert through
 * {@link UnitCatalog#standard()}; for units of one's own, convert with a catalogue first.
 * The canonical text is the plain value, a space and the unit ({@code 486 cny*1e8}); a value
 * whose plain text would be longer than 1000 characters, such as {@code 1E+5000}, is written
 * in scientific notation instead.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the exact value, not null
 * @param unit the unit, not null
 */
public record Quantity(BigDecimal value, Unit unit) implements Comparable<Quantity> {

    /**
     * Creates a quantity.
     *
     * @param value the value, not null
     * @param unit the unit, not null
     */
    public Quantity {
        Checks.notNull(value, "value");
        Checks.notNull(unit, "unit");
    }

    /**
     * Obtains a quantity.
     *
     * @param value the value, not null
     * @param unit the unit, not null
     * @return the quantity, not null
     */
    public static Quantity of(BigDecimal value, Unit unit) {
        return new Quantity(value, unit);
    }

    /**
     * Obtains a quantity from the decimal text of its value, keeping its scale.
     *
     * @param value the value as decimal text ({@code "4.0"}), not null
     * @param unit the unit, not null
     * @return the quantity, not null
     * @throws PolicyException if the text is not a decimal number
     */
    public static Quantity of(String value, Unit unit) {
        return new Quantity(decimal(value), unit);
    }

    /**
     * Obtains a quantity with a whole value.
     *
     * @param value the value
     * @param unit the unit, not null
     * @return the quantity, not null
     */
    public static Quantity of(long value, Unit unit) {
        return new Quantity(BigDecimal.valueOf(value), unit);
    }

    /**
     * Parses the canonical text, such as {@code 486 cny*1e8}.
     *
     * @param text the text, not null
     * @return the quantity, not null
     * @throws PolicyException if the text is malformed
     */
    public static Quantity parse(CharSequence text) {
        String s = Checks.notNull(text, "text").toString();
        int space = s.indexOf(' ');
        if (space <= 0) {
            throw new PolicyException("Text '" + s + "' is not a quantity such as '486 cny*1e8'");
        }
        return of(s.substring(0, space), Unit.parse(s.substring(space + 1)));
    }

    static BigDecimal decimal(String text) {
        Checks.notNull(text, "value");
        try {
            if (text.length() > DecimalText.MAX_CANONICAL_PLAIN_LENGTH) {
                throw new NumberFormatException("too long");
            }
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new PolicyException("Value '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                    + "' is not a decimal number", e);
        }
    }

    /**
     * Returns this quantity in another unit, converted with the standard catalogue.
     *
     * @param target the wanted unit, not null
     * @return the converted quantity, not null
     * @throws IncompatibleUnitsException if the units are not compatible
     * @see UnitCatalog#convert(BigDecimal, Unit, Unit)
     */
    public Quantity to(Unit target) {
        Checks.notNull(target, "target");
        return new Quantity(UnitCatalog.standard().convert(value, unit, target), target);
    }

    /**
     * Adds another quantity, converted to this quantity's unit.
     *
     * @param other the quantity to add, not null
     * @return the sum in this quantity's unit, not null
     * @throws IncompatibleUnitsException if the units are not compatible
     */
    public Quantity plus(Quantity other) {
        Checks.notNull(other, "other");
        return new Quantity(value.add(other.to(unit).value), unit);
    }

    /**
     * Subtracts another quantity, converted to this quantity's unit.
     *
     * @param other the quantity to subtract, not null
     * @return the difference in this quantity's unit, not null
     * @throws IncompatibleUnitsException if the units are not compatible
     */
    public Quantity minus(Quantity other) {
        Checks.notNull(other, "other");
        return new Quantity(value.subtract(other.to(unit).value), unit);
    }

    /**
     * Multiplies the value by a factor, exactly.
     *
     * @param factor the factor, not null
     * @return the product in this quantity's unit, not null
     */
    public Quantity multipliedBy(BigDecimal factor) {
        return new Quantity(value.multiply(Checks.notNull(factor, "factor")), unit);
    }

    /**
     * Compares the amounts of two quantities in compatible units: 1 万元 is greater than 9999 元
     * and the same amount as 10000 元. The comparison is exact, even where a conversion between
     * the units would round (亩 and 平方米), so it is antisymmetric and transitive.
     *
     * @param other the other quantity, not null
     * @return negative, zero or positive as this amount is less than, equal to or greater
     * @throws IncompatibleUnitsException if the units are not compatible
     */
    public int compareAmountTo(Quantity other) {
        Checks.notNull(other, "other");
        return UnitCatalog.standard().compare(value, unit, other.value, other.unit);
    }

    /**
     * Returns whether this amount is greater than another's, across compatible units.
     *
     * @param other the other quantity, not null
     * @return true if this amount is strictly greater; false for the same amount
     * @throws IncompatibleUnitsException if the units are not compatible
     * @see #compareAmountTo(Quantity)
     */
    public boolean isGreaterThan(Quantity other) {
        return compareAmountTo(other) > 0;
    }

    /**
     * Returns whether this amount is less than another's, across compatible units.
     *
     * @param other the other quantity, not null
     * @return true if this amount is strictly less; false for the same amount
     * @throws IncompatibleUnitsException if the units are not compatible
     * @see #compareAmountTo(Quantity)
     */
    public boolean isLessThan(Quantity other) {
        return compareAmountTo(other) < 0;
    }

    /**
     * Compares two quantities in the natural order, which is consistent with
     * {@link #equals(Object)}: by unit first (its canonical text), then by value
     * ({@code 1.0} and {@code 1.00} are the same). Quantities of one unit are thus in the order of
     * their amounts, and quantities of any units can share a sorted collection: 1 万元 and
     * 10000 元 are two elements of a {@code TreeSet}. It never converts; to compare amounts
     * across units use {@link #compareAmountTo(Quantity)}.
     *
     * @param other the other quantity, not null
     * @return negative, zero or positive; zero exactly when the quantities are equal
     */
    @Override
    public int compareTo(Quantity other) {
        Checks.notNull(other, "other");
        if (!unit.equals(other.unit)) {
            int byUnit = unit.toString().compareTo(other.unit.toString());
            if (byUnit != 0) {
                return byUnit;
            }
        }
        return value.compareTo(other.value);
    }

    /**
     * Returns whether the value is zero.
     *
     * @return true if zero, whatever the scale
     */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /**
     * Compares value by {@link BigDecimal#compareTo} and unit by equality.
     *
     * @param o the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity q && q.unit.equals(unit) && q.value.compareTo(value) == 0;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        // minus instead of plus would be an equivalent mutant: any fixed combination agrees with equals
        return 31 * (value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode()) + unit.hashCode();
    }

    /**
     * Returns the canonical text, which {@link #parse(CharSequence)} reads back.
     *
     * @return the plain value (or scientific notation for an extreme exponent), a space and the
     *     unit, not null
     */
    @Override
    public String toString() {
        return DecimalText.format(value, DecimalText.Style.CANONICAL) + " " + unit;
    }
}
