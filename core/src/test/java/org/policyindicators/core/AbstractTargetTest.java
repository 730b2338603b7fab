package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Year;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract that every {@link Target} record keeps: its kind, the defaults of its {@code of}
 * factory, withers that change one component and go through the constructor, and equality.
 *
 * @param <T> the record under test
 */
abstract class AbstractTargetTest<T extends Target> {

    static final Year Y2021 = Year.of(2021);
    static final Year Y2025 = Year.of(2025);

    /** Returns a target with every component set to a value other than its default. */
    abstract T full();

    /** Returns a target made by the record's {@code of} factory with a target year of 2025. */
    abstract T minimal();

    /** Returns the kind that names the record. */
    abstract TargetKind kind();

    /** Returns calls of the constructor and factory with one null argument, by the name the NPE gives. */
    abstract Map<String, ThrowingCallable> nullArguments();

    //-----------------------------------------------------------------------
    // kind()
    //-----------------------------------------------------------------------
    @Test
    void kind_namesTheRecord() {
        assertThat(full().kind()).isEqualTo(kind());
        assertThat(kind().type()).isEqualTo(full().getClass());
    }

    //-----------------------------------------------------------------------
    // of()
    //-----------------------------------------------------------------------
    @Test
    void of_hasPlainModalityNoStartYearAndNoText() {
        T target = minimal();

        assertThat(target.year()).isEqualTo(Y2025);
        assertThat(target.startYear()).isNull();
        assertThat(target.annual()).isFalse();
        assertThat(target.modality()).isEqualTo(Modality.PLAIN);
        assertThat(target.text()).isEqualTo(Text.EMPTY);
        assertThat(target.period()).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> constructorAndOf_rejectNullNamingTheParameter() {
        return nullArguments().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () ->
                assertThatNullPointerException().isThrownBy(e.getValue()).withMessage(e.getKey())));
    }

    //-----------------------------------------------------------------------
    // period()
    //-----------------------------------------------------------------------
    @Test
    void period_isFromTheStartYearToTheYear() {
        T target = full();

        assertThat(target.period()).contains(new YearRange(target.startYear(), target.year()));
        assertThat(target.withYear(null).period()).isEmpty();
        assertThat(target.withStartYear(null).period()).isEmpty();
    }

    //-----------------------------------------------------------------------
    // with…()
    //-----------------------------------------------------------------------
    @Test
    void withYear_changesOnlyTheYear() {
        T target = full();
        Target changed = target.withYear(Year.of(2030));

        assertThat(changed).isInstanceOf(target.getClass()).isNotEqualTo(target);
        assertThat(changed.year()).isEqualTo(Year.of(2030));
        assertThat(changed.withYear(target.year())).isEqualTo(target);
        assertThat(target.withYear(null).year()).isNull();
    }

    @Test
    void withStartYear_changesOnlyTheStartYear() {
        T target = full();
        Target changed = target.withStartYear(Year.of(2016));

        assertThat(changed).isInstanceOf(target.getClass()).isNotEqualTo(target);
        assertThat(changed.startYear()).isEqualTo(Year.of(2016));
        assertThat(changed.withStartYear(target.startYear())).isEqualTo(target);
        assertThat(target.withStartYear(null).startYear()).isNull();
    }

    @Test
    void withAnnual_changesOnlyTheAnnualFlag() {
        T target = full();
        Target changed = target.withAnnual(!target.annual());

        assertThat(changed).isInstanceOf(target.getClass()).isNotEqualTo(target);
        assertThat(changed.annual()).isEqualTo(!target.annual());
        assertThat(changed.withAnnual(target.annual())).isEqualTo(target);
    }

    @Test
    void withModality_changesOnlyTheModality() {
        T target = full();
        for (Modality modality : Modality.values()) {
            Target changed = target.withModality(modality);

            assertThat(changed.modality()).isEqualTo(modality);
            assertThat(changed.withModality(target.modality())).isEqualTo(target);
        }
    }

    @Test
    void withText_changesOnlyTheText() {
        T target = full();
        Target changed = target.withText(Text.zh("另一种说法"));

        assertThat(changed.text()).isEqualTo(Text.zh("另一种说法"));
        assertThat(changed.withText(target.text())).isEqualTo(target);
    }

    @Test
    void withYearImplied_changesOnlyTheImpliedYear() {
        T target = full();
        ImpliedYear heading = ImpliedYear.of(ImpliedYear.Basis.HEADING, "到2025年");
        Target changed = target.withYearImplied(heading);

        assertThat(changed).isInstanceOf(target.getClass()).isNotEqualTo(target);
        assertThat(changed.yearImplied()).isEqualTo(heading);
        assertThat(changed.year()).isEqualTo(target.year());
        assertThat(changed.withYearImplied(target.yearImplied())).isEqualTo(target);
    }

    @Test
    void yearImplied_isNullUnlessSetAndKeptByTheOtherWithers() {
        ImpliedYear horizon = ImpliedYear.ofHorizon();
        Target implied = minimal().withYearImplied(horizon);

        assertThat(minimal().yearImplied()).isNull();
        assertThat(full().yearImplied()).isNull();
        assertThat(implied.withYear(Y2021).withStartYear(Y2021).withAnnual(true).withModality(Modality.STRIVE)
                .withText(Text.zh("另一种说法")).withDates(DatePeriod.ofYear(Y2021))
                .withDimensions(Dimensions.of("sex", "female")).yearImplied()).isEqualTo(horizon);
        assertThat(implied.withYearImplied(null).yearImplied()).isNull();
        assertThat(implied.withYearImplied(null)).isEqualTo(minimal());
    }

    @Test
    void withers_rejectNullNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> full().withModality(null)).withMessage("modality");
        assertThatNullPointerException().isThrownBy(() -> full().withText(null)).withMessage("text");
    }

    @Test
    void withers_leaveTheOriginalUnchanged() {
        T target = full();
        T copy = full();

        target.withYear(Year.of(1999)).withStartYear(null).withAnnual(!target.annual())
                .withModality(Modality.PROJECTED).withText(Text.EMPTY);

        assertThat(target).isEqualTo(copy);
    }

    //-----------------------------------------------------------------------
    // equals() and hashCode()
    //-----------------------------------------------------------------------
    @Test
    void equals_holdsForTargetsBuiltTheSameWay() {
        assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
        assertThat(minimal()).isEqualTo(minimal()).hasSameHashCodeAs(minimal());
        assertThat(full()).isNotEqualTo(minimal());
    }
}
