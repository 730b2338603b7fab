/**
 * The reference for the benchmarks: plain mutable classes of the same shape as the model, read
 * and written by Jackson databind with annotations only, as a user of Jackson would write them.
 * Fields are public (no getters and setters), enums carry their codes in {@code @JsonProperty},
 * decimals are {@code BigDecimal}, years {@code Integer}, texts {@code Map<String, String>}.
 */
package org.policyindicators.benchmarks.plain;
