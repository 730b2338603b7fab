/**
 * Domain arithmetic: average annual growth, implied target values, trajectories and the
 * progress of an observation toward a target.
 *
 * <p>All arithmetic is exact where the result is finite in decimal and otherwise rounds with
 * the {@link java.math.MathContext} that each method documents.
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package org.policyindicators.core.analysis;

import org.jspecify.annotations.NullMarked;
