/**
 * The consistency validator: checks a plan, a catalogue of plans and a list of jurisdictions
 * against the rules of the Policy Indicators format and reports every finding at once.
 *
 * <p>Start with {@link org.policyindicators.io.validation.PlanValidator#standard()}. Each
 * {@link org.policyindicators.io.validation.Finding} has a stable code
 * ({@link org.policyindicators.io.validation.FindingKind}), a
 * {@link org.policyindicators.io.validation.Severity}, a JSON Pointer to the exact place in
 * the document and the values involved; its message is rendered in English or Chinese on
 * demand. A {@link org.policyindicators.io.validation.ValidationReport} lists the findings in
 * document order and writes them as text or JSON.
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package org.policyindicators.io.validation;

import org.jspecify.annotations.NullMarked;
