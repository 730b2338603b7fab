package org.policyindicators.io.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.policyindicators.io.validation.Fixtures.baseline;
import static org.policyindicators.io.validation.Fixtures.indicator;
import static org.policyindicators.io.validation.Fixtures.withBaselines;
import static org.policyindicators.io.validation.Fixtures.withTarget;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;

import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyindicators.core.ConsistentPlan;
import org.policyindicators.core.Plan;

/** A user's own, standard Bean Validation engine checks plans by the library's rules. */
class BeanValidationTest {

    private static ValidatorFactory factory;

    /** What a service method of an application looks like, as Jakarta EE and Spring validate it. */
    static final class PlanService {
        String publish(@Valid Plan plan) {
            return plan.id();
        }
    }

    @BeforeAll
    static void start() {
        // configured the usual way: no mapping, no provider named
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    /** A plan with one error (a baseline in its target year) and one warning (a target without a year). */
    private static Plan planWithAnErrorAndAWarning() {
        Plan plan = indicator(Fixtures.plan(), "gdp", i -> withBaselines(i, baseline(2025, "486")));
        return indicator(plan, "high-tech-enterprises", i -> withTarget(i, 0, t -> t.withYear(null)));
    }

    @Test
    void usersValidator_reportsTheErrorsOfTheStandardValidator_withPathsAndPayload() {
        Plan plan = planWithAnErrorAndAWarning();
        List<Finding> errors = PlanValidator.standard().validate(plan).findings(Severity.ERROR);

        Set<ConstraintViolation<Plan>> violations = factory.getValidator().validate(plan);

        assertThat(errors).isNotEmpty();
        assertThat(violations).hasSameSizeAs(errors);
        for (Finding error : errors) {
            assertThat(violations).anySatisfy(v -> {
                assertThat(payload(v)).isEqualTo(error);
                assertThat(v.getPropertyPath()).hasToString(propertyPath(error.path()));
                assertThat(v.getMessage()).isEqualTo(error.message(Locale.ROOT));
                assertThat(v.getConstraintDescriptor().getAnnotation()).isInstanceOf(ConsistentPlan.class);
            });
        }
        assertThat(violations).extracting(v -> payload(v).code()).contains("baseline-not-before-target");
        assertThat(violations).filteredOn(v -> payload(v).code().equals("baseline-not-before-target"))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("goals[1].indicators[0].baselines[0].year");
    }

    @Test
    void allFindingsGroup_reportsEveryFindingOfTheStandardValidator() {
        Plan plan = planWithAnErrorAndAWarning();
        List<Finding> findings = PlanValidator.standard().validate(plan).findings();

        Set<ConstraintViolation<Plan>> violations = factory.getValidator()
                .validate(plan, ConsistentPlan.AllFindings.class);

        assertThat(findings).extracting(Finding::severity).contains(Severity.ERROR, Severity.WARNING);
        assertThat(violations).extracting(BeanValidationTest::payload).containsExactlyInAnyOrderElementsOf(findings);
        assertThat(violations).filteredOn(v -> payload(v).code().equals("target-without-year"))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("goals[0].indicators[0].targets[0]");
    }

    @Test
    void usersValidator_findsNothing_inAConsistentPlan() {
        assertThat(PlanValidator.standard().validate(Fixtures.plan()).findings(Severity.ERROR)).isEmpty();

        assertThat(factory.getValidator().validate(Fixtures.plan())).isEmpty();
    }

    @Test
    void validParameter_isCheckedByTheExecutableValidator_asJakartaEeAndSpringDo() throws NoSuchMethodException {
        ExecutableValidator executables = factory.getValidator().forExecutables();
        Method publish = PlanService.class.getDeclaredMethod("publish", Plan.class);
        PlanService service = new PlanService();

        Set<ConstraintViolation<PlanService>> bad = executables.validateParameters(service, publish,
                new Object[] {planWithAnErrorAndAWarning()});
        Set<ConstraintViolation<PlanService>> good = executables.validateParameters(service, publish,
                new Object[] {Fixtures.plan()});

        assertThat(good).isEmpty();
        assertThat(bad).extracting(v -> v.getPropertyPath().toString())
                .contains("publish.arg0.goals[1].indicators[0].baselines[0].year");
        ConstraintViolationException thrown = catchThrowableOfType(ConstraintViolationException.class,
                () -> {
                    throw new ConstraintViolationException(bad);
                });
        assertThat(thrown.getConstraintViolations()).hasSameSizeAs(bad);
    }

    private static Finding payload(ConstraintViolation<?> violation) {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        return hibernate.getDynamicPayload(Finding.class);
    }

    /** The documented mapping: /goals/0/indicators/2/baselines/0/year is goals[1].indicators[0].baselines[0].year. */
    private static String propertyPath(String pointer) {
        return pointer.isEmpty() ? "" : pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
    }
}
