package org.policyindicators.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The layer rules of the core module: no JSON, validation engine or io code (the Bean Validation
 * annotations of {@link ConsistentPlan} aside), and no binary floating point.
 */
@AnalyzeClasses(packages = "org.policyindicators.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_dependsOnNoJsonLibraryValidationEngineOrIo = noClasses()
            .that().resideInAPackage("org.policyindicators.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "tools.jackson..", "com.fasterxml..", "org.hibernate..",
                    "org.policyindicators.io..")
            .because("core is the model only; JSON and validation live in io");

    @ArchTest
    static final ArchRule core_usesTheValidationApiOnlyToDeclareConsistentPlan = noClasses()
            .that().resideInAPackage("org.policyindicators.core..")
            .and().doNotHaveFullyQualifiedName(ConsistentPlan.class.getName())
            .and().doNotHaveFullyQualifiedName(ConsistentPlan.List.class.getName())
            .and().doNotHaveFullyQualifiedName(Plan.class.getName())
            .should().dependOnClassesThat().resideInAPackage("jakarta.validation..")
            .because("the Bean Validation API is an optional dependency: annotations only, on the plan");

    @ArchTest
    static final ArchRule core_dependsOnlyOnTheJdkJSpecifyAndTheValidationAnnotations = classes()
            .that().resideInAPackage("org.policyindicators.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "org.jspecify.annotations..", "jakarta.validation", "org.policyindicators.core..");

    @ArchTest
    static final ArchRule model_doesNotDependOnAnalysis = noClasses()
            .that().resideInAPackage("org.policyindicators.core")
            .should().dependOnClassesThat().resideInAPackage("org.policyindicators.core.analysis..")
            .because("dependencies point one way: the arithmetic builds on the model");

    @ArchTest
    static final ArchRule core_usesNoDoubleOrFloat = classes()
            .that().resideInAPackage("org.policyindicators.core..")
            .should(new NoBinaryFloatingPoint())
            .because("values are exact decimals (BigDecimal), never double");

    @ArchTest
    static final ArchRule instanceFields_areFinalOutsideBuilders = fields()
            .that().areDeclaredInClassesThat().resideInAPackage("org.policyindicators.core..")
            .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
            .and().areNotStatic()
            .should().beFinal()
            .because("the model is immutable");

    /** No field, return type or parameter of type double, float, Double or Float. */
    private static final class NoBinaryFloatingPoint extends ArchCondition<JavaClass> {

        private static final Set<String> FORBIDDEN = Set.of(
                double.class.getName(), float.class.getName(), Double.class.getName(), Float.class.getName());

        NoBinaryFloatingPoint() {
            super("use no double or float in fields, return types or parameters");
        }

        @Override
        public void check(JavaClass javaClass, ConditionEvents events) {
            for (JavaField field : javaClass.getFields()) {
                if (FORBIDDEN.contains(field.getRawType().getName())) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is a "
                            + field.getRawType().getSimpleName()));
                }
            }
            for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
                if (FORBIDDEN.contains(codeUnit.getRawReturnType().getName())) {
                    events.add(SimpleConditionEvent.violated(codeUnit, codeUnit.getFullName() + " returns a "
                            + codeUnit.getRawReturnType().getSimpleName()));
                }
                List<JavaClass> parameters = codeUnit.getRawParameterTypes();
                for (JavaClass parameter : parameters) {
                    if (FORBIDDEN.contains(parameter.getName())) {
                        events.add(SimpleConditionEvent.violated(codeUnit, codeUnit.getFullName() + " takes a "
                                + parameter.getSimpleName()));
                    }
                }
            }
        }
    }
}
