package org.policyindicators.core;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks enum constants up by their kebab-case code. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> E ofCode(Class<E> type, String code, Function<E, String> codeOf) {
        Checks.notNull(code, "code");
        for (E constant : type.getEnumConstants()) {
            if (codeOf.apply(constant).equals(code)) {
                return constant;
            }
        }
        throw new PolicyException("Unknown " + type.getSimpleName() + " '" + code + "'; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(codeOf).collect(Collectors.joining(", ")));
    }

    static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static boolean isCode(String s) {
        return s.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    }
}
