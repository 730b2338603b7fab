package org.policyindicators.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.policyindicators.core.analysis.ProgressStatus;
import org.policyindicators.core.analysis.StatusCounts;
import org.policyindicators.core.analysis.TargetAssessment;

/**
 * Writes the statuses of targets in words: the status of a target is that of its
 * {@link TargetAssessment} (judged by the observations of its own period), and the counts are
 * core's {@link StatusCounts}. Every report format lists the statuses in {@link #ORDER}.
 *
 * <p>This class is stateless and thread-safe.
 */
final class StatusWords {

    /** The statuses in the order reports list them: best first, then missed, then not assessable. */
    static final List<ProgressStatus> ORDER = List.of(ProgressStatus.ACHIEVED, ProgressStatus.ON_TRACK,
            ProgressStatus.BEHIND, ProgressStatus.OFF_TRACK, ProgressStatus.MISSED, ProgressStatus.NOT_ASSESSABLE);

    /** The codes of {@link #ORDER}, as {@code --only} and the JSON report write them. */
    static final List<String> CODES = ORDER.stream().map(ProgressStatus::code).toList();

    private StatusWords() {
    }

    /**
     * Returns the status code of a target: that of its assessment.
     *
     * @param target the target, not null
     * @return the code, such as {@code on-track}, not null
     */
    static String code(PlanReport.TargetProgress target) {
        return target.assessment().status().code();
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
     * Writes counts in words, {@code achieved 5, on track 0, …, not assessable 3}.
     *
     * @param labels the labels, not null
     * @param counts the counts, not null
     * @return the text, not null
     */
    static String describe(Labels labels, StatusCounts counts) {
        Objects.requireNonNull(counts, "counts");
        List<String> items = new ArrayList<>();
        for (ProgressStatus s : ORDER) {
            items.add(labels.get("status.count", word(labels, s.code()), counts.count(s)));
        }
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
