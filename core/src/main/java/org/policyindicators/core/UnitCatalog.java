package org.policyindicators.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of base units by code: what each code means, how units convert, and how they are
 * written for people.
 *
 * <p>{@link #standard()} holds every unit of the Chinese planning texts that this library was
 * built on: the currencies {@code cny} (元) and {@code usd} (美元); {@code percent},
 * {@code per-mille} and {@code percentage-point}, which is not a percent; {@code times} (倍);
 * the measure words {@code establishment} (家), {@code household} (户), {@code item} (个),
 * {@code facility} (座), {@code unit} (部), {@code sheet} (张), {@code person} (人, 名),
 * {@code person-time} (人次), {@code set} (套), {@code case} (件), {@code project} (项),
 * {@code building} (栋), {@code line} (条), {@code school} (所), {@code plot} (块),
 * {@code place} (处), {@code vehicle} (辆); the areas {@code square-metre}, {@code mu} (亩),
 * {@code hectare} (公顷), {@code square-kilometre}; the lengths {@code metre} and
 * {@code kilometre}; the durations {@code year}, {@code age-year} (岁), {@code day},
 * {@code hour}, {@code minute}; the masses {@code tonne}, {@code kilogram}, {@code gram} and
 * {@code microgram}; the energies {@code tce} (吨标准煤) and {@code kilowatt-hour};
 * {@code kilowatt}; the volumes {@code cubic-metre} and {@code litre}; and {@code grade},
 * {@code class} (类) and {@code rank}. A catalogue with units of one's own is made with
 * {@link #with(BaseUnit...)}.
 *
 * <p>Intensities and rates are units with a denominator, and need no entry of their own:
 * energy per 万元 of GDP is {@code tce/cny*1e4}, CO₂ per 万元 of GDP
 * {@code tonne[co2]/cny*1e4}, PM2.5 {@code microgram/cubic-metre}, the under-five mortality
 * rate {@code person[death]/person[live-birth]*1e3}, road traffic deaths
 * {@code person[death]/person*1e5} (per 100,000 population). The bracketed substance is
 * part of the {@link Unit}; it names what is counted, and units of different substances are
 * not compatible.
 *
 * <h2>Conversion</h2>
 * Two units are compatible when their base units lead, through their conversions, to the same
 * reference unit, and so do their denominators (both absent or both compatible), and they
 * name the same substance on each side. Converting
 * multiplies by the ratio of the units' factors, including their powers of ten. The result is
 * exact when it has a finite decimal expansion (万元 to 元, 公顷 to 亩, 公里 to 米); otherwise, as
 * for 亩 to 平方米 (× 10000/15), it is rounded to 34 significant digits, half even
 * ({@link MathContext#DECIMAL128}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnitCatalog {

    private static final UnitCatalog STANDARD = new UnitCatalog(standardUnits());

    private final Map<String, BaseUnit> units;

    private UnitCatalog(Map<String, BaseUnit> units) {
        this.units = Collections.unmodifiableMap(units);
    }

    /**
     * Returns the built-in catalogue described in the class documentation.
     *
     * @return the standard catalogue, not null
     */
    public static UnitCatalog standard() {
        return STANDARD;
    }

    /**
     * Returns a catalogue with these base units added to this one's; a unit with a code that
     * is already present replaces the old one.
     *
     * @param additions the base units to add, not null
     * @return the new catalogue, not null
     */
    public UnitCatalog with(BaseUnit... additions) {
        return with(Arrays.asList(Checks.notNull(additions, "additions")));
    }

    /**
     * Returns a catalogue with these base units added to this one's; a unit with a code that
     * is already present replaces the old one.
     *
     * @param additions the base units to add, not null, without null elements
     * @return the new catalogue, not null
     */
    public UnitCatalog with(Collection<BaseUnit> additions) {
        Map<String, BaseUnit> copy = new LinkedHashMap<>(units);
        for (BaseUnit unit : Checks.copy(new ArrayList<>(Checks.notNull(additions, "additions")), "additions")) {
            copy.put(unit.code(), unit);
        }
        return new UnitCatalog(copy);
    }

    /**
     * Looks a base unit up by code.
     *
     * @param code the code, not null
     * @return the base unit, empty if this catalogue does not know the code
     */
    public Optional<BaseUnit> find(String code) {
        return Optional.ofNullable(units.get(Checks.notNull(code, "code")));
    }

    /**
     * Returns all base units in the order they were added.
     *
     * @return the base units, not null
     */
    public List<BaseUnit> baseUnits() {
        return List.copyOf(units.values());
    }

    /**
     * Returns whether every base unit that a unit names is in this catalogue.
     *
     * @param unit the unit, not null
     * @return true if its code and its denominator's code are known
     */
    public boolean knows(Unit unit) {
        Checks.notNull(unit, "unit");
        return units.containsKey(unit.code()) && (unit.per() == null || units.containsKey(unit.per().code()));
    }

    /**
     * Returns the dimension of a unit's base unit.
     *
     * @param unit the unit, not null
     * @return the dimension, empty if the code is unknown
     */
    public Optional<Dimension> dimension(Unit unit) {
        return find(Checks.notNull(unit, "unit").code()).map(BaseUnit::dimension);
    }

    /**
     * Returns whether quantities in one unit can be converted into the other.
     *
     * @param a a unit, not null
     * @param b another unit, not null
     * @return true if the units are equal (converting to the same unit is the identity, even
     *     for an unknown code), or if both are known, lead to the same reference units and name
     *     the same substances (or none) on each side
     */
    public boolean isCompatible(Unit a, Unit b) {
        Checks.notNull(a, "a");
        Checks.notNull(b, "b");
        if (a.equals(b)) {
            return true;
        }
        // tonnes of CO2 are not tonnes of coal: units that name different substances never convert
        if (!Objects.equals(a.substance(), b.substance()) || (a.per() != null && b.per() != null
                && !Objects.equals(a.per().substance(), b.per().substance()))) {
            return false;
        }
        Factor fa = factor(a.code());
        Factor fb = factor(b.code());
        if (fa == null || fb == null || !fa.reference.equals(fb.reference)) {
            return false;
        }
        if (a.per() == null || b.per() == null) {
            return a.per() == null && b.per() == null;
        }
        // the denominators must be known even when their codes are equal: convert needs their factors
        Factor pa = factor(a.per().code());
        Factor pb = factor(b.per().code());
        return pa != null && pb != null && pa.reference.equals(pb.reference);
    }

    /**
     * Converts a value from one unit into another, as described in the class documentation.
     *
     * @param value the value in unit {@code from}, not null
     * @param from the unit of the value, not null
     * @param to the wanted unit, not null
     * @return the value in unit {@code to}, not null
     * @throws IncompatibleUnitsException if the units are not compatible
     */
    public BigDecimal convert(BigDecimal value, Unit from, Unit to) {
        Checks.notNull(value, "value");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        if (from.equals(to)) {
            return value;
        }
        if (!isCompatible(from, to)) {
            throw new IncompatibleUnitsException(from, to);
        }
        // value·F(from)/F(to), with F(u) = N(u)/D(u) as in fraction(u)
        BigDecimal[] f = fraction(from);
        BigDecimal[] t = fraction(to);
        BigDecimal numerator = value.multiply(f[0]).multiply(t[1]);
        BigDecimal denominator = f[1].multiply(t[0]);
        if (denominator.compareTo(BigDecimal.ONE) == 0) {
            return numerator;
        }
        try {
            return numerator.divide(denominator);
        } catch (ArithmeticException nonTerminating) {
            return numerator.divide(denominator, MathContext.DECIMAL128);
        }
    }

    /**
     * Compares two amounts in compatible units exactly, without rounding a conversion, so that
     * the order is antisymmetric and transitive even where a conversion does not terminate.
     *
     * @param a the first value, not null
     * @param unitA the unit of the first value, not null
     * @param b the second value, not null
     * @param unitB the unit of the second value, not null
     * @return negative, zero or positive as {@code a} is less than, equal to or greater than {@code b}
     * @throws IncompatibleUnitsException from {@code unitB} to {@code unitA} if they are not compatible
     */
    int compare(BigDecimal a, Unit unitA, BigDecimal b, Unit unitB) {
        if (unitA.equals(unitB)) {
            return a.compareTo(b);
        }
        if (!isCompatible(unitA, unitB)) {
            throw new IncompatibleUnitsException(unitB, unitA);
        }
        // a·Na/Da against b·Nb/Db; both denominators are positive
        BigDecimal[] fa = fraction(unitA);
        BigDecimal[] fb = fraction(unitB);
        return a.multiply(fa[0]).multiply(fb[1]).compareTo(b.multiply(fb[0]).multiply(fa[1]));
    }

    /**
     * Returns the factor of a known unit to its reference units as a fraction {N, D} of positive
     * decimals: F(u) = f(code)·10^scale / (f(per)·10^per.scale), the powers of ten in N.
     */
    private BigDecimal[] fraction(Unit unit) {
        Factor f = Objects.requireNonNull(factor(unit.code()));
        BigDecimal numerator = f.numerator;
        BigDecimal denominator = f.denominator;
        int exponent = unit.scale();
        if (unit.per() != null) {
            Factor p = Objects.requireNonNull(factor(unit.per().code()));
            numerator = numerator.multiply(p.denominator);
            denominator = denominator.multiply(p.numerator);
            exponent -= unit.per().scale();
        }
        return new BigDecimal[] {numerator.scaleByPowerOfTen(exponent), denominator};
    }

    /**
     * Returns whether {@link #convert} between these units is exact for every value: true when
     * the ratio of their factors has a finite decimal expansion.
     *
     * @param from the unit converted from, not null
     * @param to the unit converted to, not null
     * @return true if every conversion is exact
     * @throws IncompatibleUnitsException if the units are not compatible
     */
    public boolean isExact(Unit from, Unit to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        if (from.equals(to)) {
            return true;
        }
        if (!isCompatible(from, to)) {
            throw new IncompatibleUnitsException(from, to);
        }
        // convert divides value·N by D exactly whenever N/D terminates, whatever the value and however many
        // digits N/D has (a ratio of 34 digits or more is no sign of rounding)
        BigDecimal[] f = fraction(from);
        BigDecimal[] t = fraction(to);
        try {
            f[0].multiply(t[1]).divide(f[1].multiply(t[0]));
            return true;
        } catch (ArithmeticException nonTerminating) {
            return false;
        }
    }

    /**
     * Writes a unit for people in a language: Chinese with the scale as a numeral prefix
     * (亿元, 万人, 张/千人), English with the scale in words (100 million CNY).
     *
     * @param unit the unit, not null
     * @param languageTag the language, {@code zh} or {@code en} or another tag, not null
     * @return the symbol; the canonical text of the unit if its code is unknown
     */
    public String symbol(Unit unit, String languageTag) {
        Checks.notNull(unit, "unit");
        Checks.notNull(languageTag, "languageTag");
        if (!knows(unit)) {
            return unit.toString();
        }
        boolean zh = languageTag.startsWith("zh");
        String plain = plainSymbol(unit.code(), unit.scale(), zh, languageTag) + substance(unit);
        if (unit.per() == null) {
            return plain;
        }
        String per = plainSymbol(unit.per().code(), unit.per().scale(), zh, languageTag) + substance(unit.per());
        return zh ? plain + "/" + per : plain + " per " + per;
    }

    private static String substance(Unit unit) {
        return unit.substance() == null ? "" : " (" + unit.substance() + ")";
    }

    private String plainSymbol(String code, int scale, boolean zh, String tag) {
        String symbol = units.get(code).symbol().best(tag);
        if (scale == 0) {
            return symbol;
        }
        if (zh) {
            String prefix = switch (scale) {
                case 3 -> "千";
                case 4 -> "万";
                case 7 -> "千万";
                case 8 -> "亿";
                case 12 -> "万亿";
                default -> null;
            };
            return prefix == null ? "×10^" + scale + symbol : prefix + symbol;
        }
        String words = switch (scale) {
            case 3 -> "thousand";
            case 4 -> "10 thousand";
            case 6 -> "million";
            case 7 -> "10 million";
            case 8 -> "100 million";
            case 9 -> "billion";
            case 12 -> "trillion";
            default -> "×10^" + scale;
        };
        return words + " " + symbol;
    }

    private record Factor(String reference, BigDecimal numerator, BigDecimal denominator) {
    }

    /** Follows conversions to the reference unit; null if a code is unknown or conversions loop. */
    private Factor factor(String code) {
        BigDecimal numerator = BigDecimal.ONE;
        BigDecimal denominator = BigDecimal.ONE;
        String current = code;
        // hops < size would be an equivalent mutant: a chain without a loop reaches its reference in fewer hops
        for (int hops = 0; hops <= units.size(); hops++) {
            BaseUnit unit = units.get(current);
            if (unit == null) {
                return null;
            }
            Conversion conversion = unit.conversion();
            if (conversion == null) {
                return new Factor(current, numerator, denominator);
            }
            numerator = numerator.multiply(conversion.numerator());
            denominator = denominator.multiply(conversion.denominator());
            current = conversion.unit();
        }
        return null;
    }

    private static Map<String, BaseUnit> standardUnits() {
        List<BaseUnit> list = new ArrayList<>();
        list.add(BaseUnit.of("cny", Dimension.CURRENCY, "元", "CNY"));
        list.add(BaseUnit.of("usd", Dimension.CURRENCY, "美元", "USD"));
        list.add(BaseUnit.of("percent", Dimension.RATIO, "%", "%"));
        list.add(BaseUnit.of("per-mille", Dimension.RATIO, "‰", "‰").withConversion(Conversion.of("percent", 1, 10)));
        list.add(BaseUnit.of("times", Dimension.RATIO, "倍", "times").withConversion(Conversion.of("percent", 100, 1)));
        list.add(BaseUnit.of("percentage-point", Dimension.RATIO_DIFFERENCE, "个百分点", "percentage points"));
        String[][] counts = {
            {"establishment", "家", "establishments"},
            {"household", "户", "households"},
            {"item", "个", "items"},
            {"facility", "座", "facilities"},
            {"unit", "部", "units"},
            {"sheet", "张", "sheets"},
            {"person", "人", "persons"},
            {"person-time", "人次", "person-times"},
            {"set", "套", "sets"},
            {"case", "件", "cases"},
            {"project", "项", "projects"},
            {"building", "栋", "buildings"},
            {"line", "条", "lines"},
            {"school", "所", "schools"},
            {"plot", "块", "plots"},
            {"place", "处", "places"},
            {"vehicle", "辆", "vehicles"},
        };
        for (String[] c : counts) {
            list.add(BaseUnit.of(c[0], Dimension.COUNT, c[1], c[2]));
        }
        list.add(BaseUnit.of("square-metre", Dimension.AREA, "平方米", "m²"));
        list.add(BaseUnit.of("mu", Dimension.AREA, "亩", "mu").withConversion(Conversion.of("square-metre", 10000, 15)));
        list.add(BaseUnit.of("hectare", Dimension.AREA, "公顷", "ha").withConversion(Conversion.of("square-metre", 10000, 1)));
        list.add(BaseUnit.of("square-kilometre", Dimension.AREA, "平方公里", "km²")
                .withConversion(Conversion.of("square-metre", 1_000_000, 1)));
        list.add(BaseUnit.of("metre", Dimension.LENGTH, "米", "m"));
        list.add(BaseUnit.of("kilometre", Dimension.LENGTH, "公里", "km").withConversion(Conversion.of("metre", 1000, 1)));
        list.add(BaseUnit.of("year", Dimension.DURATION, "年", "years"));
        list.add(BaseUnit.of("age-year", Dimension.DURATION, "岁", "years of age").withConversion(Conversion.of("year", 1, 1)));
        list.add(BaseUnit.of("minute", Dimension.DURATION, "分钟", "min"));
        list.add(BaseUnit.of("hour", Dimension.DURATION, "小时", "h").withConversion(Conversion.of("minute", 60, 1)));
        list.add(BaseUnit.of("day", Dimension.DURATION, "天", "days").withConversion(Conversion.of("minute", 1440, 1)));
        list.add(BaseUnit.of("tonne", Dimension.MASS, "吨", "t"));
        list.add(BaseUnit.of("kilogram", Dimension.MASS, "千克", "kg").withConversion(Conversion.of("tonne", 1, 1000)));
        list.add(BaseUnit.of("gram", Dimension.MASS, "克", "g").withConversion(Conversion.of("kilogram", 1, 1000)));
        list.add(BaseUnit.of("microgram", Dimension.MASS, "微克", "µg")
                .withConversion(Conversion.of("gram", 1, 1_000_000)));
        list.add(BaseUnit.of("tce", Dimension.ENERGY, "吨标准煤", "tce"));
        list.add(BaseUnit.of("kilowatt-hour", Dimension.ENERGY, "千瓦时", "kWh"));
        list.add(BaseUnit.of("kilowatt", Dimension.POWER, "千瓦", "kW"));
        list.add(BaseUnit.of("cubic-metre", Dimension.VOLUME, "立方米", "m³"));
        list.add(BaseUnit.of("litre", Dimension.VOLUME, "升", "L").withConversion(Conversion.of("cubic-metre", 1, 1000)));
        list.add(BaseUnit.of("grade", Dimension.GRADE, "级", "grade"));
        list.add(BaseUnit.of("class", Dimension.GRADE, "类", "class"));
        list.add(BaseUnit.of("rank", Dimension.RANK, "位", "rank"));
        Map<String, BaseUnit> map = new LinkedHashMap<>();
        for (BaseUnit unit : list) {
            map.put(unit.code(), unit);
        }
        return map;
    }
}
