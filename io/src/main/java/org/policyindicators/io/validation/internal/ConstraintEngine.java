package org.policyindicators.io.validation.internal;

import java.lang.annotation.ElementType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.policyindicators.core.Goal;
import org.policyindicators.core.GoalReference;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Organisation;
import org.policyindicators.core.Plan;
import org.policyindicators.core.SourceDocument;
import org.policyindicators.io.validation.FindingKind;

/**
 * The declarative constraints on single fields, checked by Hibernate Validator with a
 * programmatic mapping, so that the model itself names no validation engine.
 *
 * <p>Each constraint carries the code of its {@link FindingKind} as its message template; the
 * template is never interpolated (messages come from this library's bundles), so no value of
 * a document ever reaches an expression language. Properties are read through the records'
 * public accessors, which a record-aware getter strategy makes known to the engine; no deep
 * reflection into the model is needed.
 *
 * <p>The engine is built once, on first use, and shared; it is thread-safe.
 */
final class ConstraintEngine {

    /** Official codes: six digits (GB/T 2260), three (UN M49), or an ISO 3166-1 or 3166-2 code. */
    private static final String JURISDICTION_CODE = "[0-9]{6}|[0-9]{3}|[A-Z]{2,3}(-[A-Z0-9]{1,3})?";

    /** The logger through which Hibernate Validator announces its version (message HV000001). */
    static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

    static final ConstraintEngine SHARED = new ConstraintEngine();

    private final Validator validator;

    /** Builds an engine of its own; the validator shares one, {@link #SHARED}. */
    ConstraintEngine() {
        // Hibernate Validator announces its version at INFO level when it starts; through
        // java.util.logging that line would land on the standard error of every application
        java.util.logging.Logger announcer = java.util.logging.Logger.getLogger(VERSION_LOGGER);
        boolean quieted = announcer.getLevel() == null;
        if (quieted) {
            announcer.setLevel(java.util.logging.Level.WARNING);
        }
        try {
            validator = configuration().buildValidatorFactory().getValidator();
        } finally {
            if (quieted) {
                announcer.setLevel(null);
            }
        }
    }

    private static HibernateValidatorConfiguration configuration() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new TemplateAsMessage())
                .traversableResolver(new EverythingTraversable())
                // the resolver answers yes at once; caching its answers cost an eighth of the validation
                .enableTraversableResolverResultCache(false)
                .getterPropertySelectionStrategy(new RecordAccessors())
                .defaultLocale(Locale.ROOT);
        configuration.addMapping(mapping(configuration.createConstraintMapping()));
        return configuration;
    }

    /**
     * Checks one object of the model (a plan, goal, indicator or jurisdiction) at a pointer and
     * adds a finding for each violated constraint. The engine cascades neither into goals nor
     * into indicators: a run takes each from its one iterative pass, so that a tree of any depth
     * is checked without deep recursion, and a pointer is spelled out only for a finding.
     */
    void validate(Object bean, String document, Pointer prefix, FindingSink sink) {
        for (ConstraintViolation<Object> violation : validator.validate(bean)) {
            FindingKind kind = FindingKind.ofCode(violation.getMessageTemplate());
            // a class-level constraint carries the invalid value as its payload; the bean is not it
            Object payload = violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Object.class);
            sink.add(kind, document, pointer(prefix, violation.getPropertyPath()).toString(), "value",
                    payload != null ? payload : violation.getInvalidValue());
        }
    }

    /** Extends a pointer by a property path: property names become member names, list indices array indices. */
    private static Pointer pointer(Pointer prefix, Path path) {
        Pointer pointer = prefix;
        for (Path.Node node : path) {
            // the mapping cascades into lists only, so an element always has an index
            if (node.isInIterable()) {
                pointer = pointer.index(node.getIndex());
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                pointer = pointer.field(node.getName());
            }
        }
        return pointer;
    }

    private static ConstraintMapping mapping(ConstraintMapping mapping) {
        // the plan's own @ConsistentPlan is for users' engines; here it would run the validator within itself
        mapping.type(Plan.class)
                .ignoreAllAnnotations()
                .getter("id").constraint(identifier())
                .getter("issuer").constraint(identifier())
                .getter("sources").containerElementType().valid()
                .getter("organisations").containerElementType().valid();
        // no cascade into goals, here or below: a run walks the tree itself
        mapping.type(SourceDocument.class)
                .getter("id").constraint(identifier());
        // the issuer may name an organisation, so its identifier is one too
        mapping.type(Organisation.class)
                .getter("id").constraint(identifier());
        mapping.type(Goal.class)
                .getter("id").constraint(identifier())
                .getter("alignsWith").containerElementType().valid();
        // nor into indicators: a run takes each in its one pass over them
        mapping.type(GoalReference.class)
                .getter("plan").constraint(identifier())
                .getter("goal").constraint(identifier());
        // the targets, observations and provenance of an indicator are checked by one class-level
        // constraint, not by cascading into each: the cascade cost half of a whole validation
        mapping.constraintDefinition(ModelConstraint.class).validatedBy(IndicatorPartsValidator.class)
                .validateType(String.class)
                .with(IndicatorPartsValidator::isIdentifier);
        mapping.type(Indicator.class)
                .constraint(new GenericConstraintDef<>(ModelConstraint.class));
        mapping.type(Jurisdiction.class)
                .getter("id").constraint(identifier())
                .getter("parent").constraint(identifier())
                .getter("code").constraint(new PatternDef().regexp(JURISDICTION_CODE)
                        .message(FindingKind.INVALID_JURISDICTION_CODE.code()));
        return mapping;
    }

    private static GenericConstraintDef<ModelConstraint> identifier() {
        return new GenericConstraintDef<>(ModelConstraint.class).message(FindingKind.INVALID_IDENTIFIER.code());
    }

    /** Keeps the template, which is the finding code; messages are rendered later from our bundles. */
    static final class TemplateAsMessage implements MessageInterpolator {
        @Override
        public String interpolate(String messageTemplate, Context context) {
            return messageTemplate;
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return messageTemplate;
        }
    }

    /** The model has no lazy parts; every property is checked. */
    private static final class EverythingTraversable implements TraversableResolver {
        @Override
        public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                Path pathToTraversableObject, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                Path pathToTraversableObject, ElementType elementType) {
            return true;
        }
    }

    /** Treats every accessor without parameters as the getter of the property of its name, as records have. */
    private static final class RecordAccessors implements GetterPropertySelectionStrategy {
        private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass");

        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            boolean getter = executable.getParameterTypes().length == 0 && executable.getReturnType() != void.class
                    && !NOT_PROPERTIES.contains(executable.getName());
            return getter ? Optional.of(executable.getName()) : Optional.empty();
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }
}
