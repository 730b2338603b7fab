package org.policyindicators.io.validation.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The constraint that a string is null or a valid identifier, as
 * {@link org.policyindicators.core.Identifiers#isValid(CharSequence)} defines it; mapped
 * programmatically by {@link ConstraintEngine}, so that the rule is written once, in core.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface ValidIdentifier {

    /**
     * The message template: the finding code.
     *
     * @return the template
     */
    String message() default "invalid-identifier";

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
