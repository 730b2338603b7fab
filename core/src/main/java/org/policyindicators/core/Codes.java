package org.policyindicators.core;

import java.util.HashMap;
import java.util.Map;

/** Looks enum constants up by their kebab-case code. */
final class Codes {

    private Codes() {
    }

    /** The constants of each enum type by code, built once per type. */
    private static final ClassValue<Map<String, Enum<?>>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byCode = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byCode.put(kebab((Enum<?>) constant), (Enum<?>) constant);
            }
            return Map.copyOf(byCode);
        }
    };

    /**
     * Finds the constant of an enum type by its code (see {@link #kebab(Enum)}).
     *
     * @param <E> the enum type
     * @param type the enum type
     * @param code the code, not null
     * @return the constant, not null
     * @throws PolicyException if no constant has the code
     */
    static <E extends Enum<E>> E ofCode(Class<E> type, String code) {
        Checks.notNull(code, "code");
        Enum<?> constant = BY_CODE.get(type).get(code);
        if (constant == null) {
            throw new PolicyException("Unknown " + type.getSimpleName() + " '" + code + "'; expected one of "
                    + String.join(", ", KEBAB.get(type)));
        }
        return type.cast(constant);
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
            // looking at s.charAt(i + 1) instead would be equivalent: a hyphen follows a hyphen exactly where one
            // precedes one, and a trailing hyphen is refused above (an equivalent mutant)
            if (!alnum && !(c == '-' && s.charAt(i - 1) != '-')) {
                return false;
            }
        }
        return true;
    }
}
