package org.policyindicators.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a {@code main} method and returns what it printed, decoded as UTF-8. */
final class StandardOutput {

    private StandardOutput() {
    }

    /** A {@code main} method. */
    @FunctionalInterface
    interface Main {
        /**
         * Runs it.
         *
         * @param args the arguments
         */
        void run(String[] args);
    }

    static String of(Main main, String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.run(args);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
