package org.policyindicators.core;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks enum constants up by their kebab-case code. */
final class Codes {

    private Codes() {
    }

    /** Enum constants by type, read once: getEnumConstants() copies the array on every call. */
    private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    static <E extends Enum<E>> E ofCode(Class<E> type, String code, Function<E, String> codeOf) {
        Checks.notNull(code, "code");
        for (Object constant : CONSTANTS.get(type)) {
            E e = type.cast(constant);
            if (codeOf.apply(e).equals(code)) {
                return e;
            }
        }
        throw new PolicyException("Unknown " + type.getSimpleName() + " '" + code + "'; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(codeOf).collect(Collectors.joining(", ")));
    }

    /** Codes by enum type and ordinal, computed once: readers call this for every value. */
    private static final ClassValue<String[]> KEBAB = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] codes = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                codes[i] = ((Enum<?>) constants[i]).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            }
            return codes;
        }
    };

    static String kebab(Enum<?> constant) {
        return KEBAB.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /** Whether a string is lower-case kebab case: {@code [a-z][a-z0-9]*(-[a-z0-9]+)*}. */
    static boolean isCode(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) < 'a' || s.charAt(0) > 'z' || s.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alnum && !(c == '-' && s.charAt(i - 1) != '-')) {
                return false;
            }
        }
        return true;
    }
}
