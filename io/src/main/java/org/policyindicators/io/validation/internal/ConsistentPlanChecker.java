package org.policyindicators.io.validation.internal;

import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;

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
     * A node is the builder, a property node, or a property node at an index: an
     * {@code inIterable()} context is always given its index at once.
     */
    static void addViolation(ConstraintViolationBuilder builder, String pointer) {
        Object node = builder;
        int index = -1;
        for (String token : Pointer.tokens(pointer)) {
            int position = node == builder ? -1 : Pointer.index(token);
            if (index < 0 && position >= 0) {
                index = position;
                continue;
            }
            NodeBuilderCustomizableContext property = property(node, token);
            node = index < 0 ? property : property.inIterable().atIndex(index);
            index = -1;
        }
        if (index >= 0) {
            // the index of a bean node gives a leaf context, of none of the node context types below
            bean(node).inIterable().atIndex(index).addConstraintViolation();
            return;
        }
        if (node instanceof ConstraintViolationBuilder b) {
            b.addConstraintViolation();
        } else if (node instanceof NodeBuilderCustomizableContext c) {
            c.addConstraintViolation();
        } else {
            ((NodeBuilderDefinedContext) node).addConstraintViolation();
        }
    }

    private static NodeBuilderCustomizableContext property(Object node, String name) {
        if (node instanceof ConstraintViolationBuilder b) {
            return b.addPropertyNode(name);
        }
        if (node instanceof NodeBuilderCustomizableContext c) {
            return c.addPropertyNode(name);
        }
        return ((NodeBuilderDefinedContext) node).addPropertyNode(name);
    }

    private static ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext bean(Object node) {
        if (node instanceof NodeBuilderCustomizableContext c) {
            return c.addBeanNode();
        }
        return ((NodeBuilderDefinedContext) node).addBeanNode();
    }
}
