/**
 * The implementation of the JSON format: one serializer and one deserializer for each type of
 * the model, strict scalar readers, UTF-8 decoding, limits and the translation of errors. Not
 * exported.
 */
@NullMarked
package org.policyindicators.io.internal.json;

import org.jspecify.annotations.NullMarked;
