package org.policyindicators.core;

import org.jspecify.annotations.Nullable;

/**
 * A unit without scale: a currency, a measure word, a unit of area or length. A {@link Unit}
 * refers to a base unit by its code and adds a power-of-ten scale.
 *
 * <p>The built-in base units are in {@link UnitCatalog#standard()}; a plan may define its own.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the code, lower-case kebab case ({@code square-metre}), not null
 * @param dimension what the unit measures, not null
 * @param symbol the symbol by language ({@code {"zh": "亩", "en": "mu"}}), not null
 * @param conversion how the unit converts into another base unit, null if it is a reference
 *     unit itself
 */
public record BaseUnit(String code, Dimension dimension, Text symbol, @Nullable Conversion conversion) {

    /**
     * Creates a base unit.
     *
     * @param code the code, not null
     * @param dimension the dimension, not null
     * @param symbol the symbols, not null
     * @param conversion the conversion, may be null
     * @throws PolicyException if the code is not lower-case kebab case
     */
    public BaseUnit {
        Checks.notNull(code, "code");
        Checks.notNull(dimension, "dimension");
        Checks.notNull(symbol, "symbol");
        if (!Codes.isCode(code)) {
            throw new PolicyException("Invalid unit code '" + code + "': use lower-case letters, digits and hyphens");
        }
    }

    /**
     * Obtains a reference base unit, which converts into no other.
     *
     * @param code the code, not null
     * @param dimension the dimension, not null
     * @param zh the Chinese symbol, not null
     * @param en the English symbol, not null
     * @return the base unit, not null
     */
    public static BaseUnit of(String code, Dimension dimension, String zh, String en) {
        return new BaseUnit(code, dimension, Text.zhEn(zh, en), null);
    }

    /**
     * Returns a copy that converts into another base unit.
     *
     * @param conversion the conversion, not null
     * @return the changed copy, not null
     */
    public BaseUnit withConversion(Conversion conversion) {
        return new BaseUnit(code, dimension, symbol, Checks.notNull(conversion, "conversion"));
    }
}
