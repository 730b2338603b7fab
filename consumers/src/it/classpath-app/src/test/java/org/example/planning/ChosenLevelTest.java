package org.example.planning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/**
 * Runs in a JVM of its own (see the surefire configuration): an application that sets the level of
 * Hibernate Validator's version logger itself still gets the start-up line.
 */
class ChosenLevelTest {

    @Test
    void firstValidation_logsTheStartUpLine_whenTheApplicationAsksForInfo() {
        Logger announcer = Logger.getLogger("org.hibernate.validator.internal.util.Version");
        announcer.setLevel(Level.INFO);
        List<String> messages = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                messages.add(record.getLoggerName() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            PlanChecker.validate(PlanChecker.read());
        } finally {
            root.removeHandler(handler);
        }
        assertTrue(messages.stream().anyMatch(m -> m.contains("HV000001")), messages.toString());
    }
}
