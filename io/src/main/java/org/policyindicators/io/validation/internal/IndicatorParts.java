package org.policyindicators.io.validation.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The declarative constraints on an indicator and its parts (its identifier, components,
 * targets, observations and provenance), checked by {@link IndicatorPartsValidator} in one class-level constraint that
 * reports each violation on the offending property. Cascading into every part instead cost
 * Hibernate Validator about half of a whole validation.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface IndicatorParts {

    /**
     * The message template; each violation carries its own finding code instead.
     *
     * @return the template
     */
    String message() default "indicator-parts";

    /**
     * The groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
