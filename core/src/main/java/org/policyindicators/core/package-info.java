/**
 * The domain model: jurisdictions, plans, goals, indicators, units, quantities, baselines,
 * targets, observations and year ranges.
 *
 * <p>Every type is immutable and safe to share between threads. Values are exact decimals
 * ({@link java.math.BigDecimal}); years are {@link java.time.Year}. Factories enforce only
 * what no document may violate (required parts present, well-formed identifiers of units);
 * semantic consistency, such as a baseline year after a target year, is left to a validator
 * so that a flawed document still loads and all of its problems can be reported at once.
 *
 * <h2>Beyond one country's plans</h2>
 * The same types hold a national indicator table, an SDG indicator and a project's results
 * framework:
 * <ul>
 *   <li>a row "GDP增长 年均 &gt; 6.5%" of a 2016–2020 table is an {@link AverageTarget} (the mean
 *       of the yearly growth rates), while "年均增长10%" of a level is a {@link GrowthTarget};</li>
 *   <li>a cumulative change 〔15〕 is a {@link ChangeTarget} with {@code startYear} 2016,
 *       {@code year} 2020 and {@code baseYear} 2015: the change is counted from the 2015 level,
 *       whatever year the table's baseline is for;</li>
 *   <li>an SDG rate per 1,000 live births is in the unit
 *       {@code Unit.parse("person[death]/person[live-birth]*1e3")}, whose
 *       {@linkplain Unit#substance() substances} say what each side counts;</li>
 *   <li>a value for women only carries {@code Dimensions.of("sex", "female")}; a value with no
 *       {@link Dimensions} is the total, and values are compared with the target of the same
 *       dimensions;</li>
 *   <li>an IATI period from 2013-01-01 to 2013-03-31 is a target or observation of year 2013
 *       with {@code DatePeriod.ofQuarter(Year.of(2013), 1)} as its dates;</li>
 *   <li>"National nutrition policy adopted" is an {@link Indicator} without a unit, whose
 *       observations are states ({@link Observation#ofState}) and whose target is a
 *       {@link QualitativeTarget};</li>
 *   <li>a plan's kind is an open {@link PlanKind} ({@code project}, {@code global-agenda}…), its
 *       issuer a jurisdiction or one of its {@link Organisation}s, its categories labelled by
 *       {@link CategoryDefinition}s, and its indicators' codes in other frameworks
 *       {@link IndicatorCode}s.</li>
 * </ul>
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package org.policyindicators.core;

import org.jspecify.annotations.NullMarked;
