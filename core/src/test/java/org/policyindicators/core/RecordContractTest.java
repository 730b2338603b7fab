package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.policyindicators.core.analysis.Progress;
import org.policyindicators.core.analysis.ProgressStatus;
import org.policyindicators.core.analysis.StatusCounts;
import org.policyindicators.core.analysis.Trajectory;

/**
 * The null contract of every public record of core, checked by reflection so that a new record
 * is covered too: the canonical constructor rejects null for each component not marked
 * {@code @Nullable}, naming the component, and accepts null for each one that is.
 */
class RecordContractTest {

    private static List<Class<?>> publicRecords() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.policyindicators.core").stream()
                .<Class<?>>map(JavaClass::reflect)
                .filter(Class::isRecord)
                .filter(type -> Modifier.isPublic(type.getModifiers()))
                .sorted(java.util.Comparator.comparing(Class::getName))
                .toList();
    }

    @Test
    void publicRecords_includeTheModelAndTheAnalysis() {
        assertThat(publicRecords()).contains(Quantity.class, Unit.class, Indicator.class, Plan.class,
                LevelTarget.class, QuotaTarget.class, Trajectory.class).hasSizeGreaterThan(30);
    }

    @TestFactory
    Stream<DynamicContainer> canonicalConstructor_rejectsNullForRequiredComponentsNamingThem() {
        return publicRecords().stream().map(type -> DynamicContainer.dynamicContainer(type.getSimpleName(),
                Arrays.stream(type.getRecordComponents())
                        .filter(c -> !c.getType().isPrimitive() && !isNullable(c))
                        .map(c -> DynamicTest.dynamicTest(c.getName(), () ->
                                assertThatThrownBy(() -> construct(type, c.getName()))
                                        .isInstanceOf(NullPointerException.class)
                                        .hasMessage(c.getName())))));
    }

    @TestFactory
    Stream<DynamicContainer> canonicalConstructor_acceptsNullForNullableComponents() {
        return publicRecords().stream()
                .filter(type -> Arrays.stream(type.getRecordComponents()).anyMatch(RecordContractTest::isNullable))
                .map(type -> DynamicContainer.dynamicContainer(type.getSimpleName(),
                        Arrays.stream(type.getRecordComponents())
                                .filter(RecordContractTest::isNullable)
                                .map(c -> DynamicTest.dynamicTest(c.getName(), () -> {
                                    Object record = construct(type, c.getName());
                                    assertThat(c.getAccessor().invoke(record)).isNull();
                                }))));
    }

    @TestFactory
    Stream<DynamicTest> canonicalConstructor_acceptsSampleValues() {
        return publicRecords().stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () ->
                assertThatCode(() -> construct(type, null)).doesNotThrowAnyException()));
    }

    private static boolean isNullable(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class);
    }

    /** Calls the canonical constructor with sample values, and null for the named component. */
    private static Object construct(Class<?> type, @Nullable String nullComponent) throws Throwable {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] args = Arrays.stream(components)
                .map(c -> c.getName().equals(nullComponent) ? null : sample(c, nullComponent))
                .toArray();
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
            Map.entry(String.class, "x"),
            Map.entry(Text.class, Text.zh("样例")),
            Map.entry(BigDecimal.class, BigDecimal.ONE),
            Map.entry(Year.class, Year.of(2020)),
            Map.entry(LocalDate.class, LocalDate.of(2021, 1, 1)),
            Map.entry(Unit.class, Units.PERCENT),
            Map.entry(Quantity.class, Quantity.of(1, Units.PERCENT)),
            Map.entry(YearRange.class, YearRange.of(2021, 2025)),
            Map.entry(Conversion.class, Conversion.of("x", 1, 1)),
            Map.entry(IndicatorReference.class, IndicatorReference.local("x")),
            Map.entry(JurisdictionLevel.class, JurisdictionLevel.CITY),
            Map.entry(Category.class, Category.INNOVATION),
            Map.entry(Baseline.class, Baseline.of(Year.of(2020), BigDecimal.ONE)),
            Map.entry(List.class, List.of()),
            Map.entry(Map.class, Map.of()),
            Map.entry(DatePeriod.class, DatePeriod.ofQuarter(Year.of(2021), 1)),
            Map.entry(Dimensions.class, Dimensions.of("sex", "female")),
            Map.entry(ImpliedYear.class, ImpliedYear.of(ImpliedYear.Basis.HEADING, "到2025年")),
            Map.entry(PlanKind.class, PlanKind.PROJECT),
            Map.entry(boolean.class, false),
            Map.entry(int.class, 1),
            Map.entry(Target.class, LevelTarget.of(Comparison.GE, BigDecimal.ONE, Year.of(2025))),
            Map.entry(Observation.class, Observation.of(Year.of(2021), BigDecimal.ONE)),
            Map.entry(Indicator.class, Indicator.builder("x").build()),
            Map.entry(Trajectory.class, Trajectory.linear(Year.of(2020), Quantity.of(1, Units.PERCENT),
                    Year.of(2025), Quantity.of(2, Units.PERCENT))),
            // the first status, as the sample of a status component is: an assessment's progress has its status
            Map.entry(Progress.class, new Progress(ProgressStatus.values()[0], null, null, null, null)),
            Map.entry(StatusCounts.class, StatusCounts.NONE));

    private static Object sample(RecordComponent component, @Nullable String nullComponent) {
        Class<?> type = component.getType();
        if (component.getName().equals("state")) {
            // a measurement holds a value or a state, never both
            return "value".equals(nullComponent) ? Text.zh("已出台") : Text.EMPTY;
        }
        if (type == List.class && component.getName().equals("all")) {
            return List.of(SAMPLES.get(Observation.class)); // the observations of a year: at least one
        }
        if (type == Year.class && component.getName().equals("endYear")) {
            return Year.of(2025); // a trajectory ends after it starts
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        Object sample = SAMPLES.get(type);
        if (sample == null) {
            throw new AssertionError("No sample value of " + type.getName() + " for " + component
                    + "; add one to " + RecordContractTest.class.getSimpleName());
        }
        return sample;
    }
}
