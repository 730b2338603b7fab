package org.policyindicators.benchmarks.plain;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/** The mapper for the plain classes: Jackson's defaults, with properties in declaration order. */
public final class PlainJson {

    /** The mapper; thread-safe. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private PlainJson() {
    }
}
