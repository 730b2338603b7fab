package org.policyindicators.io.validation.internal;

import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.policyindicators.core.ConsistentPlan;
import org.policyindicators.core.Plan;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.Severity;
import org.policyindicators.io.validation.PlanValidator;

/**
 * Checks {@link ConsistentPlan} for a user's own Bean Validation engine: runs the standard
 * validator and turns each finding into a violation whose property path follows the finding's
 * JSON Pointer and whose dynamic payload is the finding. Registered with the engine through the
 * service loader ({@code META-INF/services/jakarta.validation.ConstraintValidator}, and
 * {@code provides} in the module descriptor).
 */
public final class ConsistentPlanChecker implements ConstraintValidator<ConsistentPlan, Plan> {

    private boolean allFindings;

    /** Creates the checker; the engine calls {@link #initialize} before use. */
    public ConsistentPlanChecker() {
    }

    @Override
    public void initialize(ConsistentPlan constraint) {
        allFindings = constraint.allFindings();
    }

    @Override
    public boolean isValid(Plan plan, ConstraintValidatorContext context) {
        if (plan == null) {
            return true;
        }
        List<Finding> findings = PlanValidator.standard().validate(plan).findings().stream()
                .filter(finding -> allFindings || finding.severity() == Severity.ERROR)
                .toList();
        if (findings.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Finding finding : findings) {
            ConstraintValidatorContext forFinding = context instanceof HibernateConstraintValidatorContext hibernate
                    ? hibernate.withDynamicPayload(finding) : context;
            addViolation(forFinding.buildConstraintViolationWithTemplate(literal(finding.message(Locale.ROOT))),
                    finding.path());
        }
        return false;
    }

    /** Escapes a message so that the engine's interpolation leaves it as it is: each \, {, } and $ gets a backslash. */
    static String literal(String message) {
        return message.replaceAll("[\\\\{}$]", "\\\\$0");
    }

    /**
     * Adds the violation at the property path of a JSON Pointer: member names become property
     * nodes, an array position the index of the node after it, or of a bean node at the end.
     * The first token is a member name whatever it spells: the bean itself is at no position.
     */
    static void addViolation(ConstraintViolationBuilder builder, String pointer) {
        List<String> tokens = Pointer.tokens(pointer);
        if (tokens.isEmpty()) {
            builder.addConstraintViolation();
            return;
        }
        NodeBuilderCustomizableContext property = builder.addPropertyNode(tokens.get(0));
        // the position of the last property node, and a position that awaits the node after it; -1 for none
        int own = -1;
        int pending = -1;
        for (int i = 1; i < tokens.size(); i++) {
            int position = Pointer.index(tokens.get(i));
            if (pending < 0 && position >= 0) {
                pending = position;
            } else {
                property = own < 0 ? property.addPropertyNode(tokens.get(i))
                        : property.inIterable().atIndex(own).addPropertyNode(tokens.get(i));
                own = pending;
                pending = -1;
            }
        }
        if (own < 0 && pending < 0) {
            property.addConstraintViolation();
        } else if (own < 0) {
            property.addBeanNode().inIterable().atIndex(pending).addConstraintViolation();
        } else if (pending < 0) {
            property.inIterable().atIndex(own).addConstraintViolation();
        } else {
            property.inIterable().atIndex(own).addBeanNode().inIterable().atIndex(pending).addConstraintViolation();
        }
    }
}
