package org.policyindicators.benchmarks.plain;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A base unit a plan defines. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class PlainBaseUnit {
    /** The code. */
    public String code;
    /** The dimension code. */
    public String dimension;
    /** The symbol by language. */
    public Map<String, String> symbol;
    /** The conversion to another unit. */
    public Conversion conversion;

    /** A conversion to another base unit. */
    public static class Conversion {
        /** The unit converted to. */
        public String unit;
        /** The numerator of the factor. */
        public BigDecimal numerator;
        /** The denominator of the factor. */
        public BigDecimal denominator;
    }
}
