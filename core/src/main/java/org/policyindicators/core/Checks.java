package org.policyindicators.core;

import java.util.List;
import java.util.Objects;

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
}
