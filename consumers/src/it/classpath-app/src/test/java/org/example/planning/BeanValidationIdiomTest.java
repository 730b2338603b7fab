package org.example.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyJson;

class BeanValidationIdiomTest {

    static final class Plans {
        String publish(@Valid Plan plan) {
            return plan.id();
        }
    }

    @Test
    void validPlanParameter_isCheckedByTheLibrarysRules_throughAStandardValidator() throws NoSuchMethodException {
        Plan good = PlanChecker.read();
        // the baseline moved into the target year: an error of the library's rules
        Plan bad = PolicyJson.standard().readPlan(PlanChecker.write(good).replaceFirst("\"year\"\\s*:\\s*2020", "\"year\": 2025"));
        Method publish = Plans.class.getDeclaredMethod("publish", Plan.class);

        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            var executables = factory.getValidator().forExecutables();
            Set<ConstraintViolation<Plans>> none = executables.validateParameters(new Plans(), publish, new Object[] {good});
            Set<ConstraintViolation<Plans>> some = executables.validateParameters(new Plans(), publish, new Object[] {bad});

            assertTrue(none.isEmpty(), none.toString());
            assertEquals(List.of("publish.arg0.goals[0].indicators[0].baselines[0].year"),
                    some.stream().map(v -> v.getPropertyPath().toString()).toList());
        }
    }
}
