package org.policyindicators.io.validation.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The constraints of this library that Jakarta Validation has no built-in for, mapped
 * programmatically by {@link ConstraintEngine}: on a string, that it is null or a valid
 * identifier as {@link org.policyindicators.core.Identifiers#isValid(CharSequence)} defines it,
 * so that the rule is written once, in core; on an indicator, the constraints on its parts
 * (identifier, components, targets, observations and provenance), checked by
 * {@link IndicatorPartsValidator} in one class-level constraint that reports each violation on
 * the offending property. Cascading into every part instead cost Hibernate Validator about half
 * of a whole validation.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface ModelConstraint {

    /**
     * The message template: the finding code. Each violation on an indicator's parts carries
     * its own code instead.
     *
     * @return the template
     */
    String message() default "invalid-identifier";

    /** {@return the groups, which the engine requires of every constraint} */
    Class<?>[] groups() default {};

    /** {@return the payload, which the engine requires of every constraint} */
    Class<? extends Payload>[] payload() default {};
}
