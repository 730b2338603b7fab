/**
 * The Policy Indicators JSON format: {@link org.policyindicators.io.PolicyJson} reads and writes
 * plan documents, jurisdiction lists and catalogs; {@link org.policyindicators.io.PolicyIndicatorsModule}
 * brings the same format to an application's own Jackson mapper; the JSON Schema of the format is
 * the resource {@value org.policyindicators.io.PolicyJson#SCHEMA_RESOURCE}.
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package org.policyindicators.io;

import org.jspecify.annotations.NullMarked;
