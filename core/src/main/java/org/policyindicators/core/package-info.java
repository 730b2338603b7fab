/**
 * The domain model: jurisdictions, plans, goals, indicators, units, quantities, baselines,
 * targets, observations and year ranges.
 *
 * <p>Every type is immutable and safe to share between threads. Values are exact decimals
 * ({@link java.math.BigDecimal}); years are {@link java.time.Year}. Factories enforce only
 * what no document may violate (required parts present, well-formed identifiers of units);
 * semantic consistency, such as a baseline year after a target year, is left to a validator
 * so that a flawed document still loads and all of its problems can be reported at once.
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package org.policyindicators.core;

import org.jspecify.annotations.NullMarked;
