package org.policyindicators.io.validation.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.DatePeriod;
import org.policyindicators.core.ImpliedYear;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Observation;
import org.policyindicators.core.Target;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.internal.PlanContext.IndicatorEntry;

/**
 * The years of an indicator: each baseline before every target (by date where either has dates); targets inside the plan's
 * horizon or vision horizon and with a year, above all where the year is said to be implied;
 * observations not before the earliest baseline unless marked historical; no period that starts
 * after it ends; calendar dates in order, the end date in the year and the start date in the
 * start year where one is stated.
 */
final class TimelineRule implements PlanRule {

    @Override
    public void checkIndicator(PlanContext context, Catalog catalog, IndicatorEntry entry) {
        String horizons = context.allowedHorizons();
        Indicator indicator = entry.indicator();
        Pointer path = entry.path();
        List<Target> targets = indicator.targets();
        boolean anyTargetYear = false;
        for (int k = 0; k < targets.size(); k++) {
            Target target = targets.get(k);
            Year year = target.year();
            Pointer targetPath = path.field("targets").index(k);
            if (year == null) {
                context.add(FindingKind.TARGET_WITHOUT_YEAR, targetPath, "target", target.kind().code());
                ImpliedYear implied = target.yearImplied();
                if (implied != null) {
                    context.add(FindingKind.IMPLIED_YEAR_WITHOUT_YEAR, targetPath.field("yearImplied"),
                            "target", target.kind().code(), "basis", implied.basis().code());
                }
            } else {
                anyTargetYear = true;
                if (horizons != null && !context.inHorizons(h -> h.contains(year))) {
                    context.add(FindingKind.TARGET_OUTSIDE_HORIZON, targetPath.field("year"), "year", year,
                            "horizons", horizons);
                }
            }
            period(context, target.startYear(), year, target.dates(), targetPath);
        }
        List<Baseline> baselines = indicator.baselines();
        Year earliestBaseline = null;
        for (int j = 0; j < baselines.size(); j++) {
            Baseline baseline = baselines.get(j);
            Pointer baselinePath = path.field("baselines").index(j);
            if (anyTargetYear) {
                int conflict = earliestNotAfter(baseline, targets);
                if (conflict >= 0) {
                    context.add(FindingKind.BASELINE_NOT_BEFORE_TARGET, baselinePath.field("year"),
                            "baselineYear", baseline.year(), "targetYear", targets.get(conflict).year(),
                            "target", path.field("targets").index(conflict));
                }
            }
            if (earliestBaseline == null || baseline.year().isBefore(earliestBaseline)) {
                earliestBaseline = baseline.year();
            }
            period(context, baseline.startYear(), baseline.year(), baseline.dates(), baselinePath);
        }
        List<Observation> observations = indicator.observations();
        for (int k = 0; k < observations.size(); k++) {
            Observation observation = observations.get(k);
            Pointer observationPath = path.field("observations").index(k);
            if (earliestBaseline != null && !observation.historical() && observation.year().isBefore(earliestBaseline)) {
                context.add(FindingKind.OBSERVATION_BEFORE_BASELINE, observationPath.field("year"),
                        "year", observation.year(), "baselineYear", earliestBaseline);
            }
            period(context, observation.startYear(), observation.year(), observation.dates(), observationPath);
        }
    }

    /**
     * The earliest target (by year, then by position) that the baseline is not before, or -1.
     * Whole years compare by year: a baseline of 2025 is not before a target of 2025. Where the
     * baseline or the target has dates, the finer grain decides: the baseline must start before
     * the target's period ends, so an IATI baseline of 2018 may precede a period of
     * 2018-04-01 to 2018-12-31.
     */
    private static int earliestNotAfter(Baseline baseline, List<Target> targets) {
        int earliest = -1;
        for (int k = 0; k < targets.size(); k++) {
            Target target = targets.get(k);
            Year year = target.year();
            if (year != null && !before(baseline, target, year)
                    && (earliest < 0 || year.isBefore(targets.get(earliest).year()))) {
                earliest = k;
            }
        }
        return earliest;
    }

    private static boolean before(Baseline baseline, Target target, Year targetYear) {
        DatePeriod baselineDates = baseline.dates();
        DatePeriod targetDates = target.dates();
        if (baselineDates == null && targetDates == null) {
            return baseline.year().isBefore(targetYear);
        }
        LocalDate start = baselineDates != null ? baselineDates.start() : baseline.year().atDay(1);
        LocalDate end = targetDates != null ? targetDates.end() : targetYear.atMonth(12).atEndOfMonth();
        return start.isBefore(end);
    }

    /**
     * The start year not after the year, and the dates in order, ending in the year and starting
     * in the start year where those are stated.
     */
    private static void period(PlanContext context, @Nullable Year start, @Nullable Year year,
            @Nullable DatePeriod dates, Pointer path) {
        if (start != null && year != null && start.isAfter(year)) {
            context.add(FindingKind.INVERTED_PERIOD, path.field("startYear"), "startYear", start, "year", year);
        }
        if (dates == null) {
            return;
        }
        Pointer datesPath = path.field("dates");
        if (!dates.isOrdered()) {
            context.add(FindingKind.DATES_OUT_OF_ORDER, datesPath.field("start"), "start", dates.start().toString(),
                    "end", dates.end().toString());
        }
        if (year != null && dates.end().getYear() != year.getValue()) {
            context.add(FindingKind.DATES_NOT_IN_YEAR, datesPath.field("end"), "date", dates.end().toString(),
                    "year", year);
        }
        if (start != null && dates.start().getYear() != start.getValue()) {
            context.add(FindingKind.DATES_NOT_IN_YEAR, datesPath.field("start"), "date", dates.start().toString(),
                    "startYear", start);
        }
    }
}
