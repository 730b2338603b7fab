package org.example.planning.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyIndicatorsModule;
import org.policyindicators.io.PolicyJson;
import tools.jackson.core.Version;

class DocumentsTest {

    @Test
    void ownMapper_readsAndWritesPlans_asPolicyJsonDoes() {
        Plan plan = Documents.plan();
        String written = Documents.MAPPER.writeValueAsString(plan);

        assertEquals(plan, Documents.MAPPER.readValue(written, Plan.class));
        assertEquals(plan, PolicyJson.standard().readPlan(written));
    }

    @Test
    void ownMapper_stillMapsTheApplicationsOwnTypes() {
        String json = Documents.MAPPER.writeValueAsString(Map.of("plans", 1));

        assertEquals("{\"plans\":1}", json);
    }

    @Test
    void module_reportsTheLibraryVersion() {
        Version version = new PolicyIndicatorsModule().version();

        assertFalse(version.isUnknownVersion());
        assertEquals("policy-indicators-io", version.getArtifactId());
        assertTrue(Documents.MAPPER.registeredModules().stream()
                .anyMatch(m -> m instanceof PolicyIndicatorsModule), "the module is registered");
    }
}
