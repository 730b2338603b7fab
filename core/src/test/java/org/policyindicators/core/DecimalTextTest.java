package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DecimalTextTest {

    private static String json(String value) {
        return DecimalText.format(new BigDecimal(value), DecimalText.Style.JSON);
    }

    private static String canonical(BigDecimal value) {
        return DecimalText.format(value, DecimalText.Style.CANONICAL);
    }

    private static String message(String value) {
        return DecimalText.format(new BigDecimal(value), DecimalText.Style.MESSAGE);
    }

    private static String plain(String value) {
        return DecimalText.format(new BigDecimal(value), DecimalText.Style.PLAIN);
    }

    //-----------------------------------------------------------------------
    // JSON
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({
        "486, 486",
        "4.0, 4.0",
        "-0.50, -0.50",
        "0, 0",
        "0.0000000000, 0.0000000000",
        "-1160.1, -1160.1",
        "1E+3, 1E+3",
        "0E+2, 0E+2",
        "-2E+1, -2E+1",
        "1E-64, 0.0000000000000000000000000000000000000000000000000000000000000001",
        "1E-65, 1E-65",
        "0E-70, 0E-70",
        "123456789012345678901234567890.5, 123456789012345678901234567890.5",
    })
    void json_isPlainForScaleZeroTo64_elseKeepsTheScaleInAnExponent(String value, String expected) {
        assertThat(json(value)).isEqualTo(expected);
    }

    @Test
    void json_readsBackToTheSameUnscaledValueAndScale_onRandomValues() {
        SplittableRandom random = new SplittableRandom(20261201L);
        for (int i = 0; i < 5000; i++) {
            BigInteger unscaled = new BigInteger(1 + random.nextInt(200), new Random(random.nextLong()));
            BigDecimal value = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(),
                    random.nextInt(-100, 100));

            BigDecimal back = new BigDecimal(DecimalText.format(value, DecimalText.Style.JSON));

            assertThat(back.unscaledValue()).as("%s", value).isEqualTo(value.unscaledValue());
            assertThat(back.scale()).as("%s", value).isEqualTo(value.scale());
        }
    }

    //-----------------------------------------------------------------------
    // CANONICAL
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({
        "486, 486",
        "4.0, 4.0",
        "-0.50, -0.50",
        "0.000, 0.000",
        "1E+3, 1000",
        "-2E+1, -20",
        "0E+2, 0",
        "1E-70, 0.0000000000000000000000000000000000000000000000000000000000000000000001",
    })
    void canonical_isPlainForOrdinaryValues_whateverTheScale(String value, String expected) {
        assertThat(canonical(new BigDecimal(value))).isEqualTo(expected);
    }

    @Test
    void canonical_isPlainUpTo1000Characters_countingASign() {
        // 1 and 998 zeros: 999 digits and one for a sign
        assertThat(canonical(new BigDecimal("1E+998"))).isEqualTo("1" + "0".repeat(998));
        assertThat(canonical(new BigDecimal("-1E+998"))).isEqualTo("-1" + "0".repeat(998));
        assertThat(canonical(new BigDecimal("1E+999"))).isEqualTo("1E+999");
        // 0. and 997 decimals: 999 characters and one for a sign
        assertThat(canonical(new BigDecimal("1E-997"))).isEqualTo("0." + "0".repeat(996) + "1");
        assertThat(canonical(new BigDecimal("1E-998"))).isEqualTo("1E-998");
    }

    @Test
    void canonical_writesHugeExponentsWithoutBuildingTheirDigits() {
        assertThat(canonical(new BigDecimal("1E+999999999"))).isEqualTo("1E+999999999");
        assertThat(canonical(new BigDecimal("-1E-999999999"))).isEqualTo("-1E-999999999");
    }

    @Test
    void canonical_readsBackThroughQuantityParse() {
        for (String value : new String[] {"486", "4.0", "-0.50", "1E+3", "1E+5000", "1E-5000"}) {
            Quantity q = Quantity.of(new BigDecimal(value), Units.PERCENT);

            assertThat(Quantity.parse(q.toString())).isEqualTo(q);
        }
    }

    //-----------------------------------------------------------------------
    // MESSAGE
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({
        "486, 486",
        "4.0, 4.0",
        "-0.50, -0.50",
        "0.000, 0.000",
        "1E+3, 1000",
        "0E+2, 0",
        "1E+39, 1000000000000000000000000000000000000000",
        "1E+40, 1E+40",
        "1E-30, 0.000000000000000000000000000001",
        "1E-31, 1E-31",
        "0E-31, 0E-31",
        "1234567890123456789012345678901234567890, 1234567890123456789012345678901234567890",
        "1.0E+40, 1.0E+40",
        "12345678901234567890123456789012345678901, 12345678901234567890123456789012345678901",
        "-1E+999999999, -1E+999999999",
    })
    void message_isPlainForModestScalesAndAtMost40DigitsBeforeThePoint(String value, String expected) {
        assertThat(message(value)).isEqualTo(expected);
    }

    //-----------------------------------------------------------------------
    // PLAIN
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({
        "486, 486",
        "4.0, 4.0",
        "-0.50, -0.50",
        "0E-3, 0.000",
        "1E+3, 1000",
        "-2E+1, -20",
        "0E+2, 0",
        "1E-70, 0.0000000000000000000000000000000000000000000000000000000000000000000001",
    })
    void plain_neverWritesAnExponent(String value, String expected) {
        assertThat(plain(value)).isEqualTo(expected);
    }

    //-----------------------------------------------------------------------
    // every style
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @EnumSource(DecimalText.Style.class)
    void format_writesOrdinaryValuesPlainAndWithTheirScale(DecimalText.Style style) {
        assertThat(DecimalText.format(new BigDecimal("1160.10"), style)).isEqualTo("1160.10");
        assertThat(DecimalText.format(new BigDecimal("-4.0"), style)).isEqualTo("-4.0");
        assertThat(DecimalText.format(BigDecimal.ZERO, style)).isEqualTo("0");
    }

    @ParameterizedTest
    @EnumSource(DecimalText.Style.class)
    void format_givesTextThatIsNumericallyEqual(DecimalText.Style style) {
        SplittableRandom random = new SplittableRandom(6901L);
        for (int i = 0; i < 500; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextLong(), random.nextInt(-60, 80));

            assertThat(new BigDecimal(DecimalText.format(value, style))).isEqualByComparingTo(value);
        }
    }

    @Test
    void format_rejectsNull_namingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> DecimalText.format(null, DecimalText.Style.JSON))
                .withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> DecimalText.format(BigDecimal.ONE, null))
                .withMessage("style");
    }
}
