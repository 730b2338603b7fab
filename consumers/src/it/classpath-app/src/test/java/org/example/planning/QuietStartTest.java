package org.example.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/** Runs in a JVM of its own (see the surefire configuration), so that its validation is the first. */
class QuietStartTest {

    @Test
    void firstValidation_putsNoHibernateValidatorLineInTheLog() {
        List<String> messages = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                messages.add(record.getLevel() + " " + record.getLoggerName() + " " + record.getMessage());
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
        assertEquals(List.of(), messages.stream().filter(m -> m.contains("org.hibernate")).toList());
    }
}
