package org.policyindicators.core;

/**
 * Constants for the units used most, all from {@link UnitCatalog#standard()}.
 *
 * <p>Scaled units carry their power of ten: {@link #CNY_100M} is 亿元, {@code cny*1e8}.
 */
public final class Units {

    /** Yuan, 元. */
    public static final Unit CNY = Unit.of("cny");
    /** Ten thousand yuan, 万元. */
    public static final Unit CNY_10K = Unit.of("cny", 4);
    /** One hundred million yuan, 亿元. */
    public static final Unit CNY_100M = Unit.of("cny", 8);
    /** One trillion yuan, 万亿元. */
    public static final Unit CNY_1T = Unit.of("cny", 12);
    /** US dollars, 美元. */
    public static final Unit USD = Unit.of("usd");
    /** Ten thousand US dollars, 万美元. */
    public static final Unit USD_10K = Unit.of("usd", 4);
    /** Percent, %. */
    public static final Unit PERCENT = Unit.of("percent");
    /** Per mille, ‰. */
    public static final Unit PER_MILLE = Unit.of("per-mille");
    /** Percentage points, 个百分点: a difference of percentages, not a percent. */
    public static final Unit PERCENTAGE_POINT = Unit.of("percentage-point");
    /** A multiple, 倍. */
    public static final Unit TIMES = Unit.of("times");
    /** Establishments (enterprises, institutions), 家. */
    public static final Unit ESTABLISHMENT = Unit.of("establishment");
    /** Households, and enterprises counted as 户. */
    public static final Unit HOUSEHOLD = Unit.of("household");
    /** Items, 个. */
    public static final Unit ITEM = Unit.of("item");
    /** Persons, 人 or 名. */
    public static final Unit PERSON = Unit.of("person");
    /** Ten thousand persons, 万人. */
    public static final Unit PERSON_10K = Unit.of("person", 4);
    /** Person-times, 人次. */
    public static final Unit PERSON_TIME = Unit.of("person-time");
    /** Mu, 亩 (10000/15 square metres). */
    public static final Unit MU = Unit.of("mu");
    /** Ten thousand mu, 万亩. */
    public static final Unit MU_10K = Unit.of("mu", 4);
    /** Square metres, 平方米. */
    public static final Unit SQUARE_METRE = Unit.of("square-metre");
    /** Hectares, 公顷. */
    public static final Unit HECTARE = Unit.of("hectare");
    /** Metres, 米. */
    public static final Unit METRE = Unit.of("metre");
    /** Kilometres, 公里. */
    public static final Unit KILOMETRE = Unit.of("kilometre");
    /** Years, 年. */
    public static final Unit YEAR = Unit.of("year");
    /** Days, 天. */
    public static final Unit DAY = Unit.of("day");
    /** Minutes, 分钟. */
    public static final Unit MINUTE = Unit.of("minute");
    /** A rank position, 位 (1 is best). */
    public static final Unit RANK = Unit.of("rank");
    /** A grade, 级. */
    public static final Unit GRADE = Unit.of("grade");

    private Units() {
    }
}
