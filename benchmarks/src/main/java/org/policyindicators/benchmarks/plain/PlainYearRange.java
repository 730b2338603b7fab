package org.policyindicators.benchmarks.plain;

/** An inclusive range of years. */
public class PlainYearRange {
    /** The first year. */
    public int start;
    /** The last year. */
    public int end;
}
