package org.policyindicators.io.validation.internal;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.policyindicators.core.GradeTarget;
import org.policyindicators.core.Identifiers;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.IndicatorReference;
import org.policyindicators.core.MultipleTarget;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Provenance;
import org.policyindicators.core.RankTarget;
import org.policyindicators.core.RelativeTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Target;
import org.policyindicators.io.validation.FindingKind;

/**
 * Checks the {@link ModelConstraint} on an indicator: the same constraints, with the same meaning, as the built-in
 * ones mapped on the other types: identifiers for the indicator's {@code id}, its
 * {@code components} and the references of its parts, a {@code factor} above zero ({@code @DecimalMin(value = "0",
 * inclusive = false)}), a {@code rank} and {@code grade} of at least 1 ({@code @Min(1)}),
 * identifiers that are {@linkplain Identifiers#isValid(CharSequence) valid}, a quote that is
 * not blank ({@code @NotBlank}: not empty once characters up to U+0020 are trimmed). Each
 * violation is reported at its property, with the finding code as its template and the invalid
 * value as its dynamic payload.
 */
public final class IndicatorPartsValidator implements ConstraintValidator<ModelConstraint, Indicator> {

    /** Creates the validator; Hibernate Validator makes one per constraint. */
    public IndicatorPartsValidator() {
    }

    @Override
    public boolean isValid(@Nullable Indicator indicator, ConstraintValidatorContext context) {
        if (indicator == null) {
            return true;
        }
        boolean valid = true;
        if (!isIdentifier(indicator.id())) {
            valid = reject(context, FindingKind.INVALID_IDENTIFIER, indicator.id(), "/id");
        }
        List<String> components = indicator.components();
        for (int i = 0; i < components.size(); i++) {
            if (!isIdentifier(components.get(i))) {
                valid = reject(context, FindingKind.INVALID_IDENTIFIER, components.get(i), "/components/" + i);
            }
        }
        List<Target> targets = indicator.targets();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            // the kinds of target are records, so a target that passes its own check is none of the others
            if (target instanceof MultipleTarget multiple && multiple.factor().signum() <= 0) {
                valid = reject(context, FindingKind.NON_POSITIVE_FACTOR, multiple.factor(),
                        "/targets/" + i + "/factor");
            } else if (target instanceof RankTarget rank && rank.rank() < 1) {
                valid = reject(context, FindingKind.NON_POSITIVE_RANK, rank.rank(), "/targets/" + i + "/rank");
            } else if (target instanceof GradeTarget grade && grade.grade() < 1) {
                valid = reject(context, FindingKind.NON_POSITIVE_GRADE, grade.grade(), "/targets/" + i + "/grade");
            } else if (target instanceof RelativeTarget relative) {
                valid &= reference(context, relative.reference(), i, "reference");
            } else if (target instanceof ShareTarget share) {
                valid &= reference(context, share.wholeIndicator(), i, "wholeIndicator");
            }
        }
        List<Observation> observations = indicator.observations();
        for (int i = 0; i < observations.size(); i++) {
            String source = observations.get(i).source();
            if (!isIdentifier(source)) {
                valid = reject(context, FindingKind.INVALID_IDENTIFIER, source, "/observations/" + i + "/source");
            }
        }
        List<Provenance> provenance = indicator.provenance();
        for (int i = 0; i < provenance.size(); i++) {
            Provenance quote = provenance.get(i);
            if (!isIdentifier(quote.document())) {
                valid = reject(context, FindingKind.INVALID_IDENTIFIER, quote.document(),
                        "/provenance/" + i + "/document");
            }
            if (quote.quote().trim().isEmpty()) {
                valid = reject(context, FindingKind.BLANK_QUOTE, quote.quote(), "/provenance/" + i + "/quote");
            }
        }
        return valid;
    }

    /** Checks the identifiers of a reference, if there is one; whether they are valid. */
    private static boolean reference(ConstraintValidatorContext context, @Nullable IndicatorReference reference,
            int index, String property) {
        boolean valid = true;
        if (reference != null && !isIdentifier(reference.plan())) {
            valid = reject(context, FindingKind.INVALID_IDENTIFIER, reference.plan(),
                    "/targets/" + index + "/" + property + "/plan");
        }
        if (reference != null && !isIdentifier(reference.indicator())) {
            valid = reject(context, FindingKind.INVALID_IDENTIFIER, reference.indicator(),
                    "/targets/" + index + "/" + property + "/indicator");
        }
        return valid;
    }

    /** Whether a value is null (left to others to require, as for every constraint) or a valid identifier. */
    static boolean isIdentifier(@Nullable String value) {
        return value == null || Identifiers.isValid(value);
    }

    /**
     * Adds a violation, in place of the default one, at the property path that a JSON Pointer into the indicator
     * names; returns false, the validity of an indicator with a violation.
     */
    private static boolean reject(ConstraintValidatorContext context, FindingKind kind, @Nullable Object value,
            String pointer) {
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(value);
        ConsistentPlanChecker.addViolation(context.buildConstraintViolationWithTemplate(kind.code()), pointer);
        return false;
    }
}
