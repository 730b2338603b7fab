/**
 * The implementation of the validator: the constraint engine set-up, the rules, the message
 * bundles and the ordering of findings. Not part of the API; not exported.
 */
@NullMarked
package org.policyindicators.io.validation.internal;

import org.jspecify.annotations.NullMarked;
