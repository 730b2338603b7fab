package org.policyindicators.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.policyindicators.examples.cli.PlanReport.IndicatorProgress;
import org.policyindicators.examples.cli.PlanReport.Section;
import org.policyindicators.examples.cli.PlanReport.TargetProgress;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Which targets a report lists, by their {@linkplain StatusWords#CODES status codes} (those of
 * each target's assessment), as
 * {@code report --only behind,off-track} asks: the short form that shows only the indicators
 * that need attention.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param codes the status codes of the targets to list, in the order of {@link StatusWords#CODES};
 *     empty for every target, not null
 */
record StatusFilter(Set<String> codes) {

    /** The filter that keeps every target. */
    static final StatusFilter ALL = new StatusFilter(Set.of());

    /**
     * Creates a filter.
     *
     * @param codes see the class documentation
     * @throws IllegalArgumentException if a code is not a status code
     */
    StatusFilter {
        for (String code : codes) {
            if (!StatusWords.CODES.contains(code)) {
                throw new IllegalArgumentException("Not a status code: " + code);
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        StatusWords.CODES.stream().filter(codes::contains).forEach(ordered::add);
        codes = java.util.Collections.unmodifiableSet(ordered);
    }

    /**
     * Reads a comma-separated list of status codes, in any case, blanks around them ignored.
     *
     * @param list the list, such as {@code behind,off-track}, not null
     * @return the filter, not null
     * @throws IllegalArgumentException naming the valid codes, if an element is not one, or the list is empty
     */
    static StatusFilter parse(String list) {
        Set<String> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : list.split(",", -1)) {
            String code = part.strip().toLowerCase(Locale.ROOT);
            if (StatusWords.CODES.contains(code)) {
                codes.add(code);
            } else {
                unknown.add("'" + part.strip() + "'");
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", unknown) + (unknown.size() == 1 ? " is" : " are")
                    + " not a status; use one or more of " + String.join(", ", StatusWords.CODES)
                    + ", separated by commas");
        }
        return new StatusFilter(codes);
    }

    /**
     * Returns whether this filter keeps every target.
     *
     * @return true for {@link #ALL}
     */
    boolean keepsAll() {
        return codes.isEmpty();
    }

    /**
     * Returns whether a target is listed.
     *
     * @param target the target's progress, not null
     * @return true if its status is one of the codes, or the filter keeps all
     */
    boolean keeps(TargetProgress target) {
        return codes.isEmpty() || codes.contains(StatusWords.code(target));
    }

    /**
     * Keeps in a report only the targets with one of the statuses, the indicators with such a
     * target, and the sections with such an indicator. The counts of the plan, its tracking
     * counts and its findings are those of the whole plan still.
     *
     * @param report the report, not null
     * @return the report of the targets kept, not null
     */
    PlanReport apply(PlanReport report) {
        if (keepsAll()) {
            return report;
        }
        List<Section> sections = new ArrayList<>();
        for (Section section : report.sections()) {
            List<IndicatorProgress> indicators = new ArrayList<>();
            for (IndicatorProgress i : section.indicators()) {
                List<TargetProgress> targets = i.targets().stream().filter(this::keeps).toList();
                if (!targets.isEmpty()) {
                    indicators.add(new IndicatorProgress(i.indicator(), i.baseline(), i.latest(), targets));
                }
            }
            if (!indicators.isEmpty()) {
                sections.add(new Section(section.goal(), indicators));
            }
        }
        return report.withSections(sections);
    }

    /**
     * Says how many indicators a filtered report lists and why: {@code Listed: 2 of 14
     * indicators, those with a target whose status is behind or off track.}
     *
     * @param labels the labels, not null
     * @param listed the number of indicators listed
     * @param all the number of indicators of the plan
     * @return the text, not null
     */
    String listed(Labels labels, int listed, int all) {
        List<String> words = codes.stream().map(code -> StatusWords.word(labels, code)).toList();
        return labels.get("only.listed", listed, all, StatusWords.join(labels, words, "list.or"));
    }

    /** Converts the value of {@code --only}; an unknown status is a usage error naming the valid codes. */
    static final class Converter implements ITypeConverter<StatusFilter> {
        @Override
        public StatusFilter convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
