package org.policyindicators.core;

import java.util.List;

/**
 * The kind of a planning document, as an open code: the constants here are the kinds this
 * library knows, and any other lower-case kebab-case code is a kind too, because the world's
 * plans, programmes and frameworks are more than any list.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the kind's code in the JSON format, lower-case kebab case, not null
 */
public record PlanKind(String code) {

    /** 国民经济和社会发展五年规划纲要: a five-year plan outline. */
    public static final PlanKind FIVE_YEAR_PLAN = new PlanKind("five-year-plan");
    /** 政府工作报告: an annual government work report. */
    public static final PlanKind WORK_REPORT = new PlanKind("work-report");
    /** 党代会报告: a party-congress report. */
    public static final PlanKind PARTY_CONGRESS_REPORT = new PlanKind("party-congress-report");
    /** 远景目标: a long-range vision. */
    public static final PlanKind VISION = new PlanKind("vision");
    /** 专项规划: a special plan for one field. */
    public static final PlanKind SPECIAL_PLAN = new PlanKind("special-plan");
    /** A project with a results framework, such as an IATI activity. */
    public static final PlanKind PROJECT = new PlanKind("project");
    /** A programme of several projects or measures. */
    public static final PlanKind PROGRAMME = new PlanKind("programme");
    /** A results framework of its own: indicators, baselines and targets without a plan text. */
    public static final PlanKind RESULTS_FRAMEWORK = new PlanKind("results-framework");
    /** A global agenda with goals and indicators, such as the 2030 Agenda (the SDGs). */
    public static final PlanKind GLOBAL_AGENDA = new PlanKind("global-agenda");
    /** A strategy of a government or organisation. */
    public static final PlanKind STRATEGY = new PlanKind("strategy");
    /** Any other document. */
    public static final PlanKind OTHER = new PlanKind("other");

    private static final List<PlanKind> KNOWN = List.of(FIVE_YEAR_PLAN, WORK_REPORT, PARTY_CONGRESS_REPORT, VISION,
            SPECIAL_PLAN, PROJECT, PROGRAMME, RESULTS_FRAMEWORK, GLOBAL_AGENDA, STRATEGY, OTHER);

    /**
     * Creates a kind.
     *
     * @param code see the class documentation
     * @throws PolicyException if the code is not lower-case kebab case
     */
    public PlanKind {
        Checks.notNull(code, "code");
        if (!Codes.isCode(code)) {
            throw new PolicyException("Invalid plan kind '" + code + "': use lower-case letters, digits and hyphens");
        }
    }

    /**
     * Obtains a kind from its code; a code this library does not know is a kind of its own.
     *
     * @param code the kebab-case code, not null
     * @return the kind, not null
     * @throws PolicyException if the code is not lower-case kebab case
     */
    public static PlanKind ofCode(String code) {
        return new PlanKind(code);
    }

    /**
     * Returns the kinds this library knows, in the order of the constants.
     *
     * @return the known kinds, not null
     */
    public static List<PlanKind> values() {
        return KNOWN;
    }

    /**
     * Returns whether this is one of the kinds this library knows.
     *
     * @return true for a constant of this class
     */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /**
     * Returns the code.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return code;
    }
}
