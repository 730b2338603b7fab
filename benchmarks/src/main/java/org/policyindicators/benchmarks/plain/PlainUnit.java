package org.policyindicators.benchmarks.plain;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A unit: a base unit code, a power of ten and an optional denominator. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class PlainUnit {
    /** The base unit code. */
    public String code;
    /** The power of ten, left out when 0. */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public int scale;
    /** The denominator of a rate. */
    public PlainUnit per;
}
