package org.policyindicators.core;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A measurable quantity that a plan sets targets for: 地区生产总值, 城镇登记失业率, 高新技术企业数.
 *
 * <p>A quantitative indicator has a unit; its baselines, targets and observations may each
 * state their own unit, which should be compatible with it. A qualitative indicator ("National
 * nutrition policy adopted") has no unit: its baselines and observations are states, its
 * targets {@link QualitativeTarget}s; a number on it is reported by the validator. The unit is
 * never guessed: JSON without {@code "unit"} and a builder without {@link Builder#unit(Unit)}
 * both give a qualitative indicator. The polarity is {@link Polarity#NEUTRAL} unless stated,
 * in JSON as in the builder. Where an indicator is broken down into parts
 * (基本养老保险参保人数 = 企业 + 机关事业 + 城乡居民), {@code components} lists the identifiers of
 * the part indicators in the same plan.
 *
 * <p>An indicator is a <em>flow</em> when its values are amounts per period rather than levels
 * at a point in time: 新增就业 (new jobs), 新认定高新技术企业…家 (enterprises newly certified), 新增…
 * A value of a flow is the amount of its period: of its year, or of its {@code startYear} to
 * {@code year}, or of its {@code dates} when it has them. Therefore:
 * <ul>
 *   <li>annual figures of a flow are compared year by year: the 2023 count of newly certified
 *       enterprises says nothing about a 2024 annual target;</li>
 *   <li>a {@link CumulativeTarget} of a flow is met by the sum of the flow over its period
 *       (累计新增就业3万人 over 2021–2025 is the sum of the five annual figures);</li>
 *   <li>a level target of a flow for year Y (每年新增就业1万人, 2024年新认定…100家) is met by the
 *       observation of year Y only, never by one of an earlier or later year.</li>
 * </ul>
 * A stock (高新技术企业 227户, the number that exist) is not a flow. Growth, change and multiple
 * targets of a flow compare one period's amount with the baseline period's, as for a level. A
 * flow is an amount and so has a unit; the validator reports a flow without one.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder(String)}.
 *
 * @param id the identifier, unique in the plan, not blank
 * @param name the name, not null
 * @param definition how the indicator is defined or measured, empty if not stated, not null
 * @param unit the unit of the indicator, null for a qualitative indicator
 * @param category the group in the plan's indicator table, null if not stated
 * @param attribute binding or indicative, null if not stated
 * @param polarity which direction is better, not null
 * @param flow whether the values are amounts per period (新增, 新认定…家), not levels at a point in
 *     time; false for a level (a stock or a rate)
 * @param baselines the baselines, not null
 * @param targets the targets, not null
 * @param observations the observed values, not null
 * @param components the identifiers of the indicators that are parts of this one, not null
 * @param provenance where the numbers came from, not null
 * @param codes the indicator's codes in outside frameworks (SDG {@code 3.2.1}, an SDMX
 *     series, an IATI indicator vocabulary), not null
 * @param disaggregations the dimensions its values are broken down by, not null; values may
 *     use other dimensions too, but those listed here are checked
 */
public record Indicator(
        String id,
        Text name,
        Text definition,
        @Nullable Unit unit,
        @Nullable Category category,
        @Nullable Attribute attribute,
        Polarity polarity,
        boolean flow,
        List<Baseline> baselines,
        List<Target> targets,
        List<Observation> observations,
        List<String> components,
        List<Provenance> provenance,
        List<IndicatorCode> codes,
        List<Disaggregation> disaggregations) {

    /**
     * Creates an indicator, copying the lists.
     *
     * @param id see the class documentation
     * @param name see the class documentation
     * @param definition see the class documentation
     * @param unit see the class documentation
     * @param category see the class documentation
     * @param attribute see the class documentation
     * @param polarity see the class documentation
     * @param flow see the class documentation
     * @param baselines see the class documentation
     * @param targets see the class documentation
     * @param observations see the class documentation
     * @param components see the class documentation
     * @param provenance see the class documentation
     * @param codes see the class documentation
     * @param disaggregations see the class documentation
     * @throws PolicyException if the identifier or a component is blank
     * @throws NullPointerException naming the argument or list element that is null
     */
    public Indicator {
        Identifiers.requireNotBlank(id, "id");
        Checks.notNull(name, "name");
        Checks.notNull(definition, "definition");
        Checks.notNull(polarity, "polarity");
        baselines = Checks.copy(baselines, "baselines");
        targets = Checks.copy(targets, "targets");
        observations = Checks.copy(observations, "observations");
        components = Checks.copy(components, "components");
        for (String component : components) {
            Identifiers.requireNotBlank(component, "component");
        }
        provenance = Checks.copy(provenance, "provenance");
        codes = Checks.copy(codes, "codes");
        disaggregations = Checks.copy(disaggregations, "disaggregations");
    }

    /**
     * Creates an indicator of levels, not a flow, copying the lists.
     *
     * @param id see the class documentation
     * @param name see the class documentation
     * @param definition see the class documentation
     * @param unit see the class documentation
     * @param category see the class documentation
     * @param attribute see the class documentation
     * @param polarity see the class documentation
     * @param baselines see the class documentation
     * @param targets see the class documentation
     * @param observations see the class documentation
     * @param components see the class documentation
     * @param provenance see the class documentation
     * @param codes see the class documentation
     * @param disaggregations see the class documentation
     * @throws PolicyException if the identifier or a component is blank
     * @throws NullPointerException naming the argument or list element that is null
     */
    public Indicator(String id, Text name, Text definition, @Nullable Unit unit, @Nullable Category category,
            @Nullable Attribute attribute, Polarity polarity, List<Baseline> baselines, List<Target> targets,
            List<Observation> observations, List<String> components, List<Provenance> provenance,
            List<IndicatorCode> codes, List<Disaggregation> disaggregations) {
        this(id, name, definition, unit, category, attribute, polarity, false, baselines, targets, observations,
                components, provenance, codes, disaggregations);
    }

    /**
     * Creates a quantitative indicator of levels (not a flow) without outside codes or declared
     * disaggregations, copying the lists.
     *
     * @param id see the class documentation
     * @param name see the class documentation
     * @param definition see the class documentation
     * @param unit see the class documentation, not null here
     * @param category see the class documentation
     * @param attribute see the class documentation
     * @param polarity see the class documentation
     * @param baselines see the class documentation
     * @param targets see the class documentation
     * @param observations see the class documentation
     * @param components see the class documentation
     * @param provenance see the class documentation
     * @throws PolicyException if the identifier or a component is blank
     * @throws NullPointerException naming the argument or list element that is null
     */
    public Indicator(String id, Text name, Text definition, Unit unit, @Nullable Category category,
            @Nullable Attribute attribute, Polarity polarity, List<Baseline> baselines, List<Target> targets,
            List<Observation> observations, List<String> components, List<Provenance> provenance) {
        this(id, name, definition, Checks.notNull(unit, "unit"), category, attribute, polarity, baselines, targets,
                observations, components, provenance, List.of(), List.of());
    }

    /**
     * Returns whether the indicator has no unit: its values are states, not numbers.
     *
     * @return true if the unit is null
     */
    public boolean isQualitative() {
        return unit == null;
    }

    /**
     * Starts building an indicator. The builder starts with an empty name and definition, no
     * category or attribute, neutral polarity, no unit (a qualitative indicator), not a flow, and
     * empty lists.
     *
     * @param id the identifier, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns a builder that starts from this indicator.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder(id).name(name).definition(definition).unit(unit).category(category)
                .attribute(attribute).polarity(polarity).flow(flow);
        b.baselines.addAll(baselines);
        b.targets.addAll(targets);
        b.observations.addAll(observations);
        b.components.addAll(components);
        b.provenance.addAll(provenance);
        b.codes.addAll(codes);
        b.disaggregations.addAll(disaggregations);
        return b;
    }

    /**
     * Returns the latest baseline whose year is before the given year, or, if there is none,
     * the earliest baseline.
     *
     * @param year the year of a target or observation, null for the latest baseline of all
     * @return the baseline, empty if the indicator has none
     */
    public Optional<Baseline> baselineFor(@Nullable Year year) {
        // a loop, not a stream: validation asks this for every target; among equal years the first listed wins
        Baseline latestBefore = null;
        Baseline earliest = null;
        for (Baseline b : baselines) {
            if ((year == null || b.year().isBefore(year))
                    && (latestBefore == null || b.year().isAfter(latestBefore.year()))) {
                latestBefore = b;
            }
            if (earliest == null || b.year().isBefore(earliest.year())) {
                earliest = b;
            }
        }
        return Optional.ofNullable(latestBefore != null ? latestBefore : earliest);
    }

    /**
     * Returns the observation of the latest year; among several for that year, the most final
     * ({@linkplain ObservationStatus#ACTUAL actual} before provisional before estimated before
     * projected), among equally final ones the last listed.
     *
     * <p>The latest period wins over the more final status: with a 2020 actual and a 2022
     * estimate this is the 2022 estimate, and its {@link Observation#status()} says that it is
     * one. It takes no target into account; to assess a target with the observation of the
     * target's own year, use {@code org.policyindicators.core.analysis.TargetAssessment}.
     *
     * @return the observation, empty if there is none
     */
    public Optional<Observation> latestObservation() {
        Observation latest = null;
        for (Observation o : observations) {
            if (latest == null || o.year().isAfter(latest.year())
                    || o.year().equals(latest.year()) && o.status().compareTo(latest.status()) <= 0) {
                latest = o;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Returns the most final observation of a year: of the observations whose
     * {@link Observation#year()} is that year, the {@linkplain ObservationStatus#ACTUAL actual}
     * before the provisional before the estimated before the projected; among equally final
     * ones the last listed. An actual listed before an estimate of the same year is still the
     * one returned.
     *
     * @param year the year, not null
     * @return the observation, of any dimensions, numeric or qualitative; empty if none is of that year
     */
    public Optional<Observation> observationIn(Year year) {
        Checks.notNull(year, "year");
        Observation best = null;
        for (Observation o : observations) {
            if (o.year().equals(year) && (best == null || o.status().compareTo(best.status()) <= 0)) {
                best = o;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Builds an {@link Indicator}. Not thread-safe; each call of {@link #build()} returns an
     * independent immutable indicator.
     */
    public static final class Builder {
        private final String id;
        private Text name = Text.EMPTY;
        private Text definition = Text.EMPTY;
        private @Nullable Unit unit;
        private @Nullable Category category;
        private @Nullable Attribute attribute;
        private Polarity polarity = Polarity.NEUTRAL;
        private boolean flow;
        private final List<Baseline> baselines = new ArrayList<>();
        private final List<Target> targets = new ArrayList<>();
        private final List<Observation> observations = new ArrayList<>();
        private final List<String> components = new ArrayList<>();
        private final List<Provenance> provenance = new ArrayList<>();
        private final List<IndicatorCode> codes = new ArrayList<>();
        private final List<Disaggregation> disaggregations = new ArrayList<>();

        private Builder(String id) {
            this.id = Checks.notNull(id, "id");
        }

        /**
         * Sets the name.
         *
         * @param value the name, not null
         * @return this builder
         */
        public Builder name(Text value) {
            this.name = Checks.notNull(value, "name");
            return this;
        }

        /**
         * Sets the definition.
         *
         * @param value the definition, not null
         * @return this builder
         */
        public Builder definition(Text value) {
            this.definition = Checks.notNull(value, "definition");
            return this;
        }

        /**
         * Sets the unit. Without one the indicator is qualitative: no unit is assumed.
         *
         * @param value the unit, null for a qualitative indicator
         * @return this builder
         */
        public Builder unit(@Nullable Unit value) {
            this.unit = value;
            return this;
        }

        /**
         * Adds a code of the indicator in an outside framework.
         *
         * @param value the code, not null
         * @return this builder
         */
        public Builder code(IndicatorCode value) {
            codes.add(Checks.notNull(value, "code"));
            return this;
        }

        /**
         * Declares a dimension the indicator's values are broken down by.
         *
         * @param value the disaggregation, not null
         * @return this builder
         */
        public Builder disaggregation(Disaggregation value) {
            disaggregations.add(Checks.notNull(value, "disaggregation"));
            return this;
        }

        /**
         * Sets the category.
         *
         * @param value the category, null for none
         * @return this builder
         */
        public Builder category(@Nullable Category value) {
            this.category = value;
            return this;
        }

        /**
         * Sets the attribute.
         *
         * @param value binding or indicative, null for none
         * @return this builder
         */
        public Builder attribute(@Nullable Attribute value) {
            this.attribute = value;
            return this;
        }

        /**
         * Sets the polarity.
         *
         * @param value the polarity, not null
         * @return this builder
         */
        public Builder polarity(Polarity value) {
            this.polarity = Checks.notNull(value, "polarity");
            return this;
        }

        /**
         * Sets whether the indicator is a flow: its values are amounts per period (新增,
         * 新认定…家), compared year by year and summed by cumulative targets, rather than levels.
         *
         * @param value true for a flow, false (the default) for levels
         * @return this builder
         */
        public Builder flow(boolean value) {
            this.flow = value;
            return this;
        }

        /**
         * Adds a baseline.
         *
         * @param value the baseline, not null
         * @return this builder
         */
        public Builder baseline(Baseline value) {
            baselines.add(Checks.notNull(value, "baseline"));
            return this;
        }

        /**
         * Adds a target.
         *
         * @param value the target, not null
         * @return this builder
         */
        public Builder target(Target value) {
            targets.add(Checks.notNull(value, "target"));
            return this;
        }

        /**
         * Adds an observation.
         *
         * @param value the observation, not null
         * @return this builder
         */
        public Builder observation(Observation value) {
            observations.add(Checks.notNull(value, "observation"));
            return this;
        }

        /**
         * Adds the identifier of a component indicator.
         *
         * @param indicatorId the identifier of a part of this indicator, not null
         * @return this builder
         */
        public Builder component(String indicatorId) {
            components.add(Checks.notNull(indicatorId, "component"));
            return this;
        }

        /**
         * Adds a provenance.
         *
         * @param value the provenance, not null
         * @return this builder
         */
        public Builder provenance(Provenance value) {
            provenance.add(Checks.notNull(value, "provenance"));
            return this;
        }

        /**
         * Builds the indicator.
         *
         * @return the indicator, not null
         */
        public Indicator build() {
            return new Indicator(id, name, definition, unit, category, attribute, polarity, flow, baselines,
                    targets, observations, components, provenance, codes, disaggregations);
        }
    }
}
