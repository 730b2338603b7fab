package org.policyindicators.core;

import org.jspecify.annotations.Nullable;

/**
 * A unit of measurement: a base unit, identified by its code, times a power of ten, optionally
 * per another unit.
 *
 * <p>The scale is the power-of-ten multiplier, as in SDMX's {@code UNIT_MULT}: 万元 is
 * {@code cny} at scale 4, 亿元 is {@code cny} at scale 8, 万亿元 at scale 12. A rate has a
 * denominator: hospital beds per 1,000 elderly people are {@code sheet} per {@code person} at
 * scale 3. A denominator has no denominator of its own.
 *
 * <p>A unit names its base unit by code only; what the code means (dimension, symbols,
 * conversions) is looked up in a {@link UnitCatalog}, so that a document with an unknown code
 * still loads and the code can be reported. The canonical text is {@code code}, followed by
 * {@code *1eN} for a scale N other than zero, followed by {@code /} and the denominator in the
 * same form: {@code cny*1e8}, {@code sheet/person*1e3}.
 *
 * <p>A unit may name the substance or the thing counted, where the base unit alone does not
 * say it: tonnes <em>of CO₂</em>, persons who are <em>deaths</em> per 1,000 <em>live births</em>.
 * CO₂ emissions per 万元 of GDP are {@code tonne[co2]/cny*1e4}; the under-five mortality rate
 * is {@code person[death]/person[live-birth]*1e3}. Units that name different substances never
 * convert into each other, and a rate of a base unit per the same base unit should name what
 * each side counts. In the canonical text the substance follows the code in brackets.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the code of the base unit, lower-case kebab case, not null
 * @param scale the power of ten, from −30 to 30
 * @param per the denominator of a rate, null for a plain unit
 * @param substance what is measured or counted, as a lower-case kebab-case code ({@code co2},
 *     {@code death}, {@code live-birth}); null when the base unit says enough
 */
public record Unit(String code, int scale, @Nullable Unit per, @Nullable String substance) {

    /** The largest absolute scale accepted. */
    public static final int MAX_SCALE = 30;

    /**
     * Creates a unit.
     *
     * @param code the code of the base unit, not null
     * @param scale the power of ten
     * @param per the denominator, may be null
     * @param substance what is measured or counted, may be null
     * @throws PolicyException if the code or substance is malformed, the scale is out of range,
     *     or the denominator has a denominator
     */
    public Unit {
        Checks.notNull(code, "code");
        if (!Codes.isCode(code)) {
            throw new PolicyException("Invalid unit code '" + code + "': use lower-case letters, digits and hyphens");
        }
        if (scale < -MAX_SCALE || scale > MAX_SCALE) {
            throw new PolicyException("Unit scale " + scale + " is outside -" + MAX_SCALE + " to " + MAX_SCALE);
        }
        if (per != null && per.per() != null) {
            throw new PolicyException("The denominator of a unit has no denominator: " + per);
        }
        if (substance != null && !Codes.isCode(substance)) {
            throw new PolicyException("Invalid substance code '" + substance
                    + "': use lower-case letters, digits and hyphens");
        }
    }

    /**
     * Creates a unit that names no substance.
     *
     * @param code the code of the base unit, not null
     * @param scale the power of ten
     * @param per the denominator, may be null
     * @throws PolicyException as the canonical constructor does
     */
    public Unit(String code, int scale, @Nullable Unit per) {
        this(code, scale, per, null);
    }

    /**
     * Obtains a unit without scale.
     *
     * @param code the code of the base unit, not null
     * @return the unit, not null
     */
    public static Unit of(String code) {
        return new Unit(code, 0, null);
    }

    /**
     * Obtains a scaled unit.
     *
     * @param code the code of the base unit, not null
     * @param scale the power of ten (4 for 万, 8 for 亿)
     * @return the unit, not null
     */
    public static Unit of(String code, int scale) {
        return new Unit(code, scale, null);
    }

    /**
     * Parses the canonical text, such as {@code cny*1e8}, {@code sheet/person*1e3} or
     * {@code tonne[co2]/cny*1e4}.
     *
     * @param text the text, not null
     * @return the unit, not null
     * @throws PolicyException if the text is malformed
     */
    public static Unit parse(CharSequence text) {
        String s = Checks.notNull(text, "text").toString();
        int slash = s.indexOf('/');
        // slash > 0 would be an equivalent mutant: "/person" fails either way, with the same message
        if (slash >= 0) {
            Unit per = parsePlain(s.substring(slash + 1), s);
            return parsePlain(s.substring(0, slash), s).per(per);
        }
        return parsePlain(s, s);
    }

    private static Unit parsePlain(String text, String whole) {
        String part = text;
        String substance = null;
        int open = part.indexOf('[');
        if (open >= 0) {
            int close = part.indexOf(']', open);
            // close <= 0 would be an equivalent mutant: the bracket closes after the one that opens
            if (close < 0) {
                throw new PolicyException("Text '" + whole + "' is not a unit such as cny*1e8 or sheet/person*1e3");
            }
            String rest = part.substring(close + 1);
            // the canonical text puts the substance right after the code: tonne[co2]*1e4, never [co2]tonne
            if (open == 0 || part.lastIndexOf('*', open) >= 0 || !rest.isEmpty() && !rest.startsWith("*1e")) {
                throw new PolicyException("Text '" + whole + "' is not a unit such as cny*1e8 or sheet/person*1e3");
            }
            substance = part.substring(open + 1, close);
            part = part.substring(0, open) + rest;
        }
        int star = part.indexOf("*1e");
        try {
            if (substance != null) {
                return parsePlain(part, whole).withSubstance(substance);
            }
            // star <= 0 would be an equivalent mutant: "*1e3" fails either way, with the same message
            if (star < 0) {
                return of(part);
            }
            String exponent = part.substring(star + 3);
            if (!exponent.matches("-?[0-9]{1,2}")) {
                throw new PolicyException("bad exponent");
            }
            return of(part.substring(0, star), Integer.parseInt(exponent));
        } catch (PolicyException e) {
            throw new PolicyException("Text '" + whole + "' is not a unit such as cny*1e8 or sheet/person*1e3", e);
        }
    }

    /**
     * Returns this unit as the numerator of a rate.
     *
     * @param denominator the denominator, without a denominator of its own, not null
     * @return the rate unit, not null
     */
    public Unit per(Unit denominator) {
        return new Unit(code, scale, Checks.notNull(denominator, "denominator"), substance);
    }

    /**
     * Returns a copy that names what is measured or counted: {@code Unit.of("tonne").withSubstance("co2")}.
     *
     * @param newSubstance the substance code, lower-case kebab case, null for none
     * @return the changed copy, not null
     */
    public Unit withSubstance(@Nullable String newSubstance) {
        return new Unit(code, scale, per, newSubstance);
    }

    /**
     * Returns a copy with another scale.
     *
     * @param newScale the power of ten
     * @return the changed copy, not null
     */
    public Unit withScale(int newScale) {
        return new Unit(code, newScale, per, substance);
    }

    /**
     * Returns whether this unit is a rate with a denominator.
     *
     * @return true if it has a denominator
     */
    public boolean isRate() {
        return per != null;
    }

    /**
     * Returns the canonical text, which {@link #parse(CharSequence)} reads back.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String named = substance == null ? code : code + "[" + substance + "]";
        String plain = scale == 0 ? named : named + "*1e" + scale;
        return per == null ? plain : plain + "/" + per;
    }
}
