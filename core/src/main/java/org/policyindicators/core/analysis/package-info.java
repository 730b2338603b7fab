/**
 * Domain arithmetic: average annual growth, implied target values, trajectories and the
 * progress of an observation toward a target, including the mean of an average target's years;
 * and the tracking of plans over time: each target assessed by the observations of its own
 * period as of a given year ({@link org.policyindicators.core.analysis.TargetAssessment}), per
 * indicator ({@link org.policyindicators.core.analysis.IndicatorTracking}) and per plan, goal
 * and category ({@link org.policyindicators.core.analysis.PlanTracking}).
 *
 * <p>Values are paired by the rules of {@link org.policyindicators.core.analysis.Pairing}: a
 * part of the whole only with the same part, a dated observation only with a target whose
 * period holds it. Qualitative values and indicators without a unit never make a method throw;
 * they are not assessable, except a qualitative target met by the state it names.
 *
 * <p>All arithmetic is exact where the result is finite in decimal and otherwise rounds with
 * the {@link java.math.MathContext} that each method documents.
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package org.policyindicators.core.analysis;

import org.jspecify.annotations.NullMarked;
