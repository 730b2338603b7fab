package org.example.planning.mapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyIndicatorsModule;
import tools.jackson.databind.json.JsonMapper;

/** The application's own mapper, which also reads and writes plans through the library's module. */
public final class Documents {

    public static final JsonMapper MAPPER = JsonMapper.builder().addModule(new PolicyIndicatorsModule()).build();

    private Documents() {
    }

    public static Plan plan() {
        try (InputStream in = Documents.class.getResourceAsStream("plan.json")) {
            return MAPPER.readValue(in, Plan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
