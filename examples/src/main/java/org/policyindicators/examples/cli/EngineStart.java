package org.policyindicators.examples.cli;

import java.time.Year;

import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.validation.PlanValidator;

/**
 * Starts the validation engine beside the reading of the input. On a fresh JVM, starting the
 * engine takes about as long as making the JSON mapper and reading a plan; the two overlap on a
 * second core, and the first real validation waits for the engine only if it is not ready yet.
 */
final class EngineStart {

    private static final Plan EMPTY = Plan.builder("start", PlanKind.FIVE_YEAR_PLAN, "start",
            new YearRange(Year.of(2021), Year.of(2025))).build();

    private EngineStart() {
    }

    /** Validates an empty plan on a daemon thread; a failure there is left to the real validation to report. */
    static void begin() {
        Thread thread = new Thread(() -> PlanValidator.standard().validate(EMPTY), "validation-engine-start");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> { });
        thread.start();
    }
}
