package org.policyindicators.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** Argument checks shared by the factories of this package. */
final class Checks {

    private Checks() {
    }

    static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /** Copies a list, naming the list when it or one of its elements is null. */
    static <T> List<T> copy(List<T> list, String name) {
        Objects.requireNonNull(list, name);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new NullPointerException(name + "[" + i + "]");
            }
        }
        return List.copyOf(list);
    }

    /** Checks that exactly one of a value and a state is given: a measurement is a number or a state. */
    static void valueOrState(@Nullable BigDecimal value, Text state) {
        if ((value == null) == state.isEmpty()) {
            throw new PolicyException(value == null ? "A value or a state is required"
                    : "A value and a state cannot both be given: a state is for a value without a number");
        }
    }
}
