package org.example.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Runs in a JVM of its own (see the surefire configuration), so that its validation is the first. */
class QuietStartTest {

    @Test
    void firstValidation_putsNoHibernateValidatorLineInTheLog() {
        List<String> lines = LogLines.during(() -> PlanChecker.validate(PlanChecker.read()));

        assertEquals(List.of(), lines.stream().filter(m -> m.contains("org.hibernate")).toList());
    }
}
