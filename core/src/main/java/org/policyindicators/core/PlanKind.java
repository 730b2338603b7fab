package org.policyindicators.core;

/**
 * The kind of a planning document.
 */
public enum PlanKind {
    /** 国民经济和社会发展五年规划纲要: a five-year plan outline. */
    FIVE_YEAR_PLAN,
    /** 政府工作报告: an annual government work report. */
    WORK_REPORT,
    /** 党代会报告: a party-congress report. */
    PARTY_CONGRESS_REPORT,
    /** 远景目标: a long-range vision. */
    VISION,
    /** 专项规划: a special plan for one field. */
    SPECIAL_PLAN,
    /** Any other document. */
    OTHER;

    /**
     * Returns the code used in the JSON format, in kebab case.
     *
     * @return the code, not null
     */
    public String code() {
        return Codes.kebab(this);
    }

    /**
     * Obtains a constant from its code.
     *
     * @param code the kebab-case code, not null
     * @return the constant, not null
     * @throws PolicyException if no constant has that code
     */
    public static PlanKind ofCode(String code) {
        return Codes.ofCode(PlanKind.class, code);
    }
}
