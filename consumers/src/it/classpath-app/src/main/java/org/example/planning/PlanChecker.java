package org.example.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.validation.ValidationReport;
import org.policyindicators.io.validation.PlanValidator;

/** Reads the bundled plan, validates it and writes it back, as an application on the class path would. */
public final class PlanChecker {

    private PlanChecker() {
    }

    public static Plan read() {
        try (InputStream in = PlanChecker.class.getResourceAsStream("plan.json")) {
            return PolicyJson.standard().readPlan(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ValidationReport validate(Plan plan) {
        return PlanValidator.standard().validate(plan);
    }

    public static String write(Plan plan) {
        return PolicyJson.standard().writePlan(plan);
    }

    public static void main(String[] args) {
        Plan plan = read();
        System.out.println(validate(plan).findings().size() + " findings");
        System.out.println(write(plan));
    }
}
