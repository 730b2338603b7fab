/**
 * What the reader, the writer and the validator share: JSON Pointers. Not part of the API; not
 * exported.
 */
@NullMarked
package org.policyindicators.io.internal;

import org.jspecify.annotations.NullMarked;
