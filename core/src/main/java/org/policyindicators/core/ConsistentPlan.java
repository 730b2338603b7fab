package org.policyindicators.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The consistency rules of a plan as a Jakarta Bean Validation constraint, so that a standard
 * {@code jakarta.validation.Validator} (Hibernate Validator, in Jakarta EE, Spring or plain
 * {@code Validation.buildDefaultValidatorFactory()}) checks a {@link Plan}, or a {@code @Valid}
 * parameter or field that holds one, by the same rules as {@code policy-indicators-io}'s own
 * {@code PlanValidator.standard()}.
 *
 * <p>{@link Plan} carries this constraint twice. In the default group it reports the findings of
 * severity error: a plan is valid when it has none. In the group {@link AllFindings} it reports
 * every finding, warnings and remarks too. The checking itself is in {@code policy-indicators-io},
 * which registers its constraint validator with the engine through the service loader; with
 * {@code policy-indicators-core} alone on the path, a validator that meets this constraint fails
 * with Bean Validation's {@code UnexpectedTypeException}.
 *
 * <p>Each violation stands for one finding. Its property path follows the finding's JSON
 * Pointer, member names as property nodes and array positions as the index of the node after
 * them: {@code /goals/0/indicators/2/targets/1/year} is {@code goals[0].indicators[2].targets[1].year},
 * and the empty pointer is the plan itself. Its message is the finding's message in English. Its
 * dynamic payload (Hibernate Validator's {@code HibernateConstraintViolation.getDynamicPayload})
 * is the finding itself, an {@code org.policyindicators.io.validation.Finding}, with its code,
 * severity, exact pointer and messages in other languages.
 */
@Documented
@java.lang.annotation.Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ConsistentPlan.List.class)
@Constraint(validatedBy = {})
public @interface ConsistentPlan {

    /**
     * The message of a violation whose finding has none of its own; every violation the checker
     * reports has the finding's message instead.
     *
     * @return the message template
     */
    String message() default "The plan breaks a consistency rule";

    /**
     * The validation groups the constraint belongs to.
     *
     * @return the groups; empty for the default group
     */
    Class<?>[] groups() default {};

    /**
     * Payload for clients of the constraint, as Bean Validation defines it.
     *
     * @return the payload classes
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Whether warnings and remarks are reported as well as errors.
     *
     * @return true for every finding, false for errors only
     */
    boolean allFindings() default false;

    /** The validation group in which every finding of a plan is a violation, not only its errors. */
    interface AllFindings {
    }

    /** Holds several {@code ConsistentPlan} constraints on one type. */
    @Documented
    @java.lang.annotation.Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {

        /**
         * The constraints.
         *
         * @return the constraints
         */
        ConsistentPlan[] value();
    }
}
