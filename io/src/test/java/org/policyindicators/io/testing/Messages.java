package org.policyindicators.io.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.policyindicators.core.Aspect;
import org.policyindicators.core.Attribute;
import org.policyindicators.core.ChangeMode;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Dimension;
import org.policyindicators.core.Direction;
import org.policyindicators.core.JurisdictionLevel;
import org.policyindicators.core.Modality;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Polarity;
import org.policyindicators.core.RankKind;
import org.policyindicators.core.TargetKind;

/** Checks that error messages speak of the format, not of the library's insides. */
public final class Messages {

    private static final List<String> INTERNALS = internals();

    private Messages() {
    }

    private static List<String> internals() {
        List<String> words = new ArrayList<>(List.of("Jackson", "Feature", "Constraints", "java.", "tools."));
        for (Class<?> type : List.of(Aspect.class, Attribute.class, ChangeMode.class, Comparison.class,
                Dimension.class, Direction.class, JurisdictionLevel.class, Modality.class, ObservationStatus.class,
                PlanKind.class, Polarity.class, RankKind.class, TargetKind.class)) {
            words.add(type.getSimpleName());
        }
        return List.copyOf(words);
    }

    /**
     * Fails if the message names a parser feature, a constraint class or a Java type of the model.
     *
     * @param message the message, not null
     */
    public static void assertNamesNoInternals(String message) {
        assertThat(message).as("message").doesNotContain(INTERNALS);
    }
}
