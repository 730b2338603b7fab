package org.policyindicators.examples.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.analysis.Progress;
import org.policyindicators.core.analysis.ProgressStatus;
import org.policyindicators.examples.cli.PlanReport.IndicatorProgress;
import org.policyindicators.examples.cli.PlanReport.Section;
import org.policyindicators.examples.cli.PlanReport.TargetProgress;

/**
 * How many targets of a report have each status: the codes of {@link ProgressStatus} best first,
 * then {@code no-data} for a target with no observation to assess. Every report format lists
 * these counts per plan and in its summary.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param counts the number of targets per status code, in the order of {@link #CODES}, every code present, not null
 */
record StatusCounts(Map<String, Integer> counts) {

    /** The code of a target that has no observation to assess it against. */
    static final String NO_DATA = "no-data";

    /** The status codes in the order reports list them: best first, then {@link #NO_DATA}. */
    static final List<String> CODES = codes();

    /** No target at all. */
    static final StatusCounts NONE = new StatusCounts(Map.of());

    /**
     * Creates counts, taking a missing code as zero and keeping the order of {@link #CODES}.
     *
     * @param counts see the class documentation
     * @throws IllegalArgumentException if a code is not one of {@link #CODES} or a count is negative
     */
    StatusCounts {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String code : CODES) {
            ordered.put(code, 0);
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!ordered.containsKey(e.getKey()) || e.getValue() < 0) {
                throw new IllegalArgumentException("Not a status count: " + e.getKey() + "=" + e.getValue());
            }
            ordered.put(e.getKey(), e.getValue());
        }
        counts = Collections.unmodifiableMap(ordered);
    }

    private static List<String> codes() {
        List<String> codes = new ArrayList<>(List.of(ProgressStatus.ACHIEVED.code(), ProgressStatus.ON_TRACK.code(),
                ProgressStatus.BEHIND.code(), ProgressStatus.OFF_TRACK.code(), ProgressStatus.NOT_ASSESSABLE.code()));
        // a status added to the model later is listed rather than lost
        for (ProgressStatus s : ProgressStatus.values()) {
            if (!codes.contains(s.code())) {
                codes.add(codes.size() - 1, s.code());
            }
        }
        codes.add(NO_DATA);
        return List.copyOf(codes);
    }

    /**
     * Returns the status code of a target's progress.
     *
     * @param progress the progress, null if there is no observation
     * @return the code, {@link #NO_DATA} for null, not null
     */
    static String code(@Nullable Progress progress) {
        return progress == null ? NO_DATA : progress.status().code();
    }

    /**
     * Counts the targets of the sections of a report.
     *
     * @param sections the sections, not null
     * @return the counts, not null
     */
    static StatusCounts of(List<Section> sections) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Section s : sections) {
            for (IndicatorProgress i : s.indicators()) {
                for (TargetProgress t : i.targets()) {
                    counts.merge(code(t.progress()), 1, Integer::sum);
                }
            }
        }
        return new StatusCounts(counts);
    }

    /**
     * Returns the number of targets with a status.
     *
     * @param code the status code, not null
     * @return the count, 0 for a code not counted
     */
    int get(String code) {
        return counts.getOrDefault(Objects.requireNonNull(code, "code"), 0);
    }

    /**
     * Adds two counts.
     *
     * @param other the other counts, not null
     * @return the sums, not null
     */
    StatusCounts plus(StatusCounts other) {
        Map<String, Integer> sum = new LinkedHashMap<>(counts);
        other.counts.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return new StatusCounts(sum);
    }

    /**
     * Returns the word for a status in a language: the long one where the terminal table uses a
     * short one ({@code not assessable} for {@code n/a}).
     *
     * @param labels the labels, not null
     * @param code the status code, not null
     * @return the word, not null
     */
    static String word(Labels labels, String code) {
        return labels.has("html.status." + code) ? labels.get("html.status." + code) : labels.get("status." + code);
    }

    /**
     * Writes the counts in words, {@code achieved 5, on track 0, …, no data 3}.
     *
     * @param labels the labels, not null
     * @return the text, not null
     */
    String describe(Labels labels) {
        List<String> items = new ArrayList<>();
        counts.forEach((code, n) -> items.add(labels.get("status.count", word(labels, code), n)));
        return join(labels, items, "list.pair");
    }

    /**
     * Joins items with the list separator of the language, the last two with the label
     * {@code last}: {@code list.pair} (a plain list) or {@code list.or}.
     *
     * @param labels the labels, not null
     * @param items the items, not null
     * @param last the key of the label that joins the last two, not null
     * @return the text, empty for no item, not null
     */
    static String join(Labels labels, List<String> items, String last) {
        String text = items.isEmpty() ? "" : items.get(0);
        for (int i = 1; i < items.size(); i++) {
            text = labels.get(i == items.size() - 1 ? last : "list.pair", text, items.get(i));
        }
        return text;
    }
}
