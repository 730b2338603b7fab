/**
 * The implementation of the JSON format: the table of every type's fields ({@code Codecs}), the
 * record and target codecs it drives, strict scalar readers, UTF-8 checks, limits and the
 * translation of errors. Not exported.
 */
@NullMarked
package org.policyindicators.io.internal.json;

import org.jspecify.annotations.NullMarked;
