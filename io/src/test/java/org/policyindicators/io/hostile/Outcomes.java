package org.policyindicators.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.policyindicators.io.PolicyJsonException;

/** Checks shared by the fuzz tests and the hostile corpus. */
final class Outcomes {

    private Outcomes() {
    }

    /**
     * Checks that a reading error says where: a line and column from 1 and a JSON Pointer that is
     * empty or starts with a slash, and a problem that people can read.
     *
     * @param e the error, not null
     */
    static void assertLocated(PolicyJsonException e) {
        assertThat(e.line()).as("line of %s", e.getMessage()).isGreaterThanOrEqualTo(1);
        assertThat(e.column()).as("column of %s", e.getMessage()).isGreaterThanOrEqualTo(1);
        assertThat(e.pointer()).as("pointer of %s", e.getMessage()).isNotNull();
        assertThat(e.pointer().isEmpty() || e.pointer().startsWith("/"))
                .as("pointer '%s' is empty or starts with /", e.pointer()).isTrue();
        assertThat(e.problem()).as("problem").isNotBlank();
        assertThat(e.getMessage()).as("message").contains(e.problem());
    }

    /**
     * Decodes bytes as UTF-8 strictly.
     *
     * @param bytes the bytes, not null
     * @return the text, empty if the bytes are not UTF-8
     */
    static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns whether any string of a model holds an unpaired surrogate: the strings of its
     * records' components, lists and maps (keys and values), all the way down.
     *
     * @param model a record, list, map, string or other value, may be null
     * @return true if UTF-8 cannot encode the model
     */
    static boolean hasUnpairedSurrogate(Object model) {
        if (model instanceof String s) {
            return hasUnpairedSurrogate(s);
        }
        if (model instanceof Collection<?> list) {
            return list.stream().anyMatch(Outcomes::hasUnpairedSurrogate);
        }
        if (model instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .anyMatch(e -> hasUnpairedSurrogate(e.getKey()) || hasUnpairedSurrogate(e.getValue()));
        }
        if (model instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    if (hasUnpairedSurrogate(component.getAccessor().invoke(record))) {
                        return true;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component, e);
                }
            }
        }
        return false;
    }

    /**
     * Returns whether a string holds a UTF-16 surrogate that is not part of a pair.
     *
     * @param s the string, not null
     * @return true if UTF-8 cannot encode the string
     */
    static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
