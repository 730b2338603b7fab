package org.example.planning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/**
 * Runs in a JVM of its own (see the surefire configuration): an application that sets the level of
 * Hibernate Validator's version logger itself still gets the start-up line.
 */
class ChosenLevelTest {

    /** Held here, so that the level set stays while the logger is in use. */
    private static final Logger ANNOUNCER = Logger.getLogger("org.hibernate.validator.internal.util.Version");

    @Test
    void firstValidation_logsTheStartUpLine_whenTheApplicationAsksForInfo() {
        ANNOUNCER.setLevel(Level.INFO);

        List<String> lines = LogLines.during(() -> PlanChecker.validate(PlanChecker.read()));

        assertTrue(lines.stream().anyMatch(m -> m.contains("HV000001")), lines.toString());
    }
}
