package org.example.planning.modular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.validation.ValidationReport;
import org.policyindicators.io.validation.PlanValidator;

/** Reads, validates and writes a plan from inside a named module. */
public final class ModularPlans {

    private ModularPlans() {
    }

    public static Plan read() {
        try (InputStream in = ModularPlans.class.getResourceAsStream("plan.json")) {
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
}
