package org.policyindicators.io.validation.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.policyindicators.io.validation.Finding;

/**
 * Sorts findings into document order: by document in the order the documents were given, then
 * by the place their pointer leads to as the JSON format writes it (record components in
 * declaration order, list elements by index), then by kind and parameters so that the order is
 * total and the same on every run.
 *
 * <p>The place is found by walking the model along the pointer through the public accessors of
 * its records. Not thread-safe: one per run.
 */
final class DocumentOrder {

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private final Map<String, Integer> documentRanks = new HashMap<>();
    private final Map<String, Object> roots = new HashMap<>();

    /** Adds a document and its model; the first added sorts first, a name added again keeps its first place. */
    void addDocument(String document, Object root) {
        documentRanks.putIfAbsent(document, documentRanks.size());
        roots.putIfAbsent(document, root);
    }

    /** Returns a new list of the findings in document order, without exact repetitions. */
    List<Finding> sort(List<Finding> findings) {
        List<Keyed> keyed = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            keyed.add(new Keyed(f, documentRanks.getOrDefault(f.document(), Integer.MAX_VALUE),
                    key(roots.get(f.document()), f.path())));
        }
        keyed.sort(Comparator.<Keyed>comparingInt(k -> k.document)
                .thenComparing((a, b) -> Arrays.compare(a.key, b.key))
                .thenComparing(k -> k.finding.kind())
                .thenComparing(k -> k.finding.severity())
                .thenComparing(Keyed::parametersText));
        List<Finding> sorted = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            if (sorted.isEmpty() || !k.finding.equals(sorted.get(sorted.size() - 1))) {
                sorted.add(k.finding);
            }
        }
        return sorted;
    }

    private static final class Keyed {
        final Finding finding;
        final int document;
        final int[] key;
        private @Nullable String parametersText;

        Keyed(Finding finding, int document, int[] key) {
            this.finding = finding;
            this.document = document;
            this.key = key;
        }

        /** The last tie-breaker, computed only for findings that tie on everything else. */
        String parametersText() {
            if (parametersText == null) {
                parametersText = finding.parameters().toString();
            }
            return parametersText;
        }
    }

    /** Ranks each step of the pointer: component position in its record, or list index. */
    static int[] key(@Nullable Object root, String pointer) {
        List<String> tokens = Pointer.tokens(pointer);
        int[] key = new int[tokens.size()];
        Object current = root;
        for (int i = 0; i < key.length; i++) {
            String token = tokens.get(i);
            int rank = Integer.MAX_VALUE;
            Object next = null;
            if (current instanceof Record) {
                RecordComponent[] components = COMPONENTS.get(current.getClass());
                for (int c = 0; c < components.length; c++) {
                    if (components[c].getName().equals(token)) {
                        rank = c;
                        next = read(components[c], current);
                        break;
                    }
                }
            } else if (current instanceof List<?> list) {
                int index = Pointer.index(token);
                if (index >= 0) {
                    rank = index;
                    next = index < list.size() ? list.get(index) : null;
                }
            }
            key[i] = rank;
            current = next;
        }
        return key;
    }

    private static @Nullable Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return null;
        }
    }
}
