package org.policyindicators.io.hostile;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.PolicyJsonException;

/**
 * A reason for which a {@link PolicyJson} must refuse to write a model, found by walking the model
 * itself rather than by writing it, so that it can judge the writer: a string that UTF-8 cannot
 * encode, and the limits of {@code io/LIMITS.md} on the length of a number and of a string or field
 * name.
 *
 * <p>The other two limits, nesting and document size, are out of reach of the plans the fuzz tests
 * build: {@link FuzzedPlans} nests goals four levels deep (objects about 15 levels deep, far below
 * 100), and its budget of 60 elements with at most nine strings each, three texts of three, makes
 * at most 543 strings with the plan's title, of at most 4,000 characters written in at most 6 bytes
 * each (as an escape): below 13.1 MB of strings, under the 16 MiB limit with room for the rest. A
 * refusal for either is therefore not accepted as naming a reason.
 */
enum Refusal {

    /** A string or field name holds a UTF-16 surrogate that is not part of a pair. */
    UNPAIRED_SURROGATE,

    /** A number's JSON text is longer than {@code maxNumberLength}. */
    NUMBER_TOO_LONG,

    /** A string or field name is longer than {@code maxStringLength}. */
    STRING_TOO_LONG;

    private static final Pattern NUMBER_LENGTH = Pattern.compile(
            "A number of ([0-9]+) characters is longer than the reader limit of ([0-9]+) characters; raise"
                    + " maxNumberLength to write it");
    private static final Pattern STRING_LENGTH = Pattern.compile(
            "A (?:string|field name) of ([0-9]+) characters is longer than the reader limit of ([0-9]+) characters;"
                    + " raise maxStringLength to write it");

    /** What a walk of the model found: its reasons and the lengths of its over-long numbers. */
    record Found(Set<Refusal> reasons, Set<Integer> longNumbers, Set<Integer> longStrings) {

        /**
         * Returns the reasons that an error of writing names, checked against what the model
         * holds: a number or string of the very length the message states.
         *
         * @param e the error, not null
         * @param json the instance that refused, not null
         * @return the reasons named and held, empty if the message names none of them
         */
        Set<Refusal> namedBy(PolicyJsonException e, PolicyJson json) {
            Set<Refusal> named = EnumSet.noneOf(Refusal.class);
            String problem = e.problem();
            if (problem.contains("unpaired surrogate") && problem.contains("which UTF-8 cannot encode")
                    && reasons.contains(UNPAIRED_SURROGATE)) {
                named.add(UNPAIRED_SURROGATE);
            }
            Matcher number = NUMBER_LENGTH.matcher(problem);
            if (number.matches() && Integer.parseInt(number.group(2)) == json.maxNumberLength()
                    && longNumbers.contains(Integer.parseInt(number.group(1)))) {
                named.add(NUMBER_TOO_LONG);
            }
            Matcher string = STRING_LENGTH.matcher(problem);
            if (string.matches() && Integer.parseInt(string.group(2)) == json.maxStringLength()
                    && longStrings.contains(Integer.parseInt(string.group(1)))) {
                named.add(STRING_TOO_LONG);
            }
            return named;
        }
    }

    /**
     * Walks a model (records, lists, maps with their keys, strings and decimals, all the way
     * down) and returns the reasons for which the instance must refuse to write it.
     *
     * @param model the model, not null
     * @param json the instance whose limits apply, not null
     * @return what was found, not null
     */
    static Found of(Object model, PolicyJson json) {
        Found found = new Found(EnumSet.noneOf(Refusal.class), new TreeSet<>(), new TreeSet<>());
        walk(model, json, found);
        return found;
    }

    private static void walk(Object model, PolicyJson json, Found found) {
        if (model instanceof String s) {
            if (Outcomes.hasUnpairedSurrogate(s)) {
                found.reasons().add(UNPAIRED_SURROGATE);
            }
            if (s.length() > json.maxStringLength()) {
                found.reasons().add(STRING_TOO_LONG);
                found.longStrings().add(s.length());
            }
        } else if (model instanceof BigDecimal decimal) {
            int length = jsonText(decimal).length();
            if (length > json.maxNumberLength()) {
                found.reasons().add(NUMBER_TOO_LONG);
                found.longNumbers().add(length);
            }
        } else if (model instanceof Collection<?> list) {
            list.forEach(element -> walk(element, json, found));
        } else if (model instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                walk(key, json, found);
                walk(value, json, found);
            });
        } else if (model instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    Object value = component.getAccessor().invoke(record);
                    if (value != null) {
                        walk(value, json, found);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component, e);
                }
            }
        }
    }

    /**
     * The number text of the format, as {@code DecimalText.Style.JSON} documents it: plain notation
     * for a scale from 0 to 64, otherwise the exponent form, which keeps the scale.
     */
    private static String jsonText(BigDecimal value) {
        return value.scale() >= 0 && value.scale() <= 64 ? value.toPlainString() : value.toString();
    }
}
