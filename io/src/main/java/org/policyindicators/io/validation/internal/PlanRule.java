package org.policyindicators.io.validation.internal;

/**
 * A rule checked on each plan, with the catalogue for references to other documents.
 * Implementations are stateless and thread-safe.
 */
public interface PlanRule {

    /**
     * Checks a plan and adds its findings to the plan's sink.
     *
     * @param plan the plan, not null
     * @param catalog the documents of the run, not null
     */
    void check(PlanContext plan, Catalog catalog);
}
