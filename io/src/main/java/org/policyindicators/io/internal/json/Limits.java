package org.policyindicators.io.internal.json;

/**
 * The limits of a reader.
 *
 * @param maxNestingDepth the deepest nesting of arrays and objects
 * @param maxStringLength the longest string or field name, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxDocumentSize the largest document or catalog line, in bytes for byte input and in
 *     characters for character input
 */
public record Limits(int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentSize) {
}
