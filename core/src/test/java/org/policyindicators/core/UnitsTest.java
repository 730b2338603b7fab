package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    private static List<Unit> constants() {
        return Arrays.stream(Units.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == Unit.class)
                .map(UnitsTest::read)
                .toList();
    }

    private static Unit read(Field field) {
        try {
            return (Unit) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyConstant_isKnownToTheStandardCatalogue() {
        assertThat(constants()).hasSizeGreaterThan(20)
                .allSatisfy(unit -> assertThat(UnitCatalog.standard().knows(unit)).as(unit.toString()).isTrue());
    }

    @Test
    void constants_areDistinct() {
        assertThat(constants()).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource({
        "CNY,               cny",
        "CNY_10K,           cny*1e4",
        "CNY_100M,          cny*1e8",
        "CNY_1T,            cny*1e12",
        "USD_10K,           usd*1e4",
        "PERSON_10K,        person*1e4",
        "MU_10K,            mu*1e4",
        "PERCENTAGE_POINT,  percentage-point",
    })
    void constant_hasItsCanonicalText(String name, String text) throws ReflectiveOperationException {
        assertThat(Units.class.getField(name).get(null)).hasToString(text);
    }

    @Test
    void percentAndPercentagePoint_areDifferentAndIncompatible() {
        assertThat(Units.PERCENT).isNotEqualTo(Units.PERCENTAGE_POINT);
        assertThat(UnitCatalog.standard().isCompatible(Units.PERCENT, Units.PERCENTAGE_POINT)).isFalse();
    }
}
