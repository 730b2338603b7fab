package org.policyindicators.examples.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Comparison;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Measurement;
import org.policyindicators.core.Observation;
import org.policyindicators.core.ObservationStatus;
import org.policyindicators.core.Quantity;
import org.policyindicators.core.RangeTarget;
import org.policyindicators.core.Target;
import org.policyindicators.core.Unit;
import org.policyindicators.core.UnitCatalog;
import org.policyindicators.core.YearRange;
import org.policyindicators.core.analysis.ImpliedTarget;
import org.policyindicators.core.analysis.Trajectory;
import org.policyindicators.examples.cli.PlanReport.IndicatorProgress;
import org.policyindicators.examples.cli.PlanReport.TargetProgress;

/**
 * Draws the chart of one indicator as inline SVG: the plan's horizon as a shaded column, the
 * baseline as a square, each target as a marker, a bound line with its side, or a band, the
 * expected path from the baseline to each target as a dashed line, and the observations as
 * circles, solid for actual figures and hollow for provisional, estimated or projected ones.
 *
 * <p>Everything is drawn in the unit of the indicator; values in another compatible unit are
 * converted, and values that cannot be converted are left out of the chart (the table under it
 * still lists them). Coordinates are written with one decimal, so that the same indicator always
 * gives the same bytes.
 *
 * <p>This class is immutable and thread-safe.
 */
final class HtmlChart {

    /** The width of the drawing in SVG user units; the browser scales it to the page. */
    static final int WIDTH = 640;
    /** The height of the drawing in SVG user units. */
    static final int HEIGHT = 240;

    private static final int LEFT = 64;
    private static final int RIGHT = 20;
    private static final int TOP = 24;
    private static final int BOTTOM = 36;
    private static final int Y_TICKS = 4;
    private static final MathContext MC = MathContext.DECIMAL64;

    private final Labels labels;
    private final Describe describe;
    private final UnitCatalog units;

    /**
     * Creates a chart drawer.
     *
     * @param labels the labels of the language, not null
     * @param describe the describer of the plan, not null
     * @param units the unit catalogue of the plan, not null
     */
    HtmlChart(Labels labels, Describe describe, UnitCatalog units) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.describe = Objects.requireNonNull(describe, "describe");
        this.units = Objects.requireNonNull(units, "units");
    }

    /**
     * How a target shows on the value axis. Kinds that imply no level (relative, direction,
     * qualitative, grade, cumulative) are {@link None}: the table and the words say what they ask.
     */
    sealed interface Mark {
    }

    /** A level to reach or to be about: a marker at the target year. */
    record Point(Year year, BigDecimal value, Comparison comparator) implements Mark {
    }

    /** A bound: a line at the value, shaded on the side that meets it. */
    record Bound(Year year, BigDecimal value, boolean above, Comparison comparator) implements Mark {
    }

    /** A range: a band between its ends up to the target year. */
    record Band(Year year, BigDecimal min, BigDecimal max) implements Mark {
    }

    /** Nothing to draw on the value axis. */
    record None() implements Mark {
    }

    /**
     * Decides how a target is drawn. This switch is the one place to extend when a target kind
     * is added: the compiler rejects it until the new kind has its case.
     *
     * @param indicator the indicator, not null
     * @param target the target, not null
     * @param implied the level the target implies, null if none
     * @return the mark, not null
     */
    Mark mark(Indicator indicator, Target target, @Nullable ImpliedTarget implied) {
        return switch (target.kind()) {
            case RANGE -> band(indicator, (RangeTarget) target).map(m -> (Mark) m).orElseGet(None::new);
            case LEVEL, MULTIPLE, CHANGE, GROWTH, SHARE, QUOTA, ZERO, RANK -> implied == null ? new None()
                    : level(implied);
            // an average bounds the mean of the yearly rates, not one year's level: no mark on the path
            case AVERAGE, CUMULATIVE, RELATIVE, DIRECTION, QUALITATIVE, GRADE -> new None();
        };
    }

    private static Mark level(ImpliedTarget implied) {
        BigDecimal value = implied.value().value();
        return switch (implied.comparator()) {
            case GE, GT -> new Bound(implied.year(), value, true, implied.comparator());
            case LE, LT -> new Bound(implied.year(), value, false, implied.comparator());
            case REACH, APPROX, TOWARD -> new Point(implied.year(), value, implied.comparator());
        };
    }

    private Optional<Band> band(Indicator indicator, RangeTarget range) {
        if (range.year() == null || indicator.unit() == null) {
            return Optional.empty();
        }
        Unit from = range.unit() == null ? indicator.unit() : range.unit();
        if (!units.isCompatible(from, indicator.unit())) {
            return Optional.empty();
        }
        return Optional.of(new Band(range.year(), units.convert(range.min(), from, indicator.unit()),
                units.convert(range.max(), from, indicator.unit())));
    }

    /**
     * Converts a baseline or an observation into the unit of the indicator.
     *
     * @return the value, empty if it is a state (no number to draw), if the indicator is
     *     qualitative or if its unit does not convert
     */
    private Optional<BigDecimal> inIndicatorUnit(Measurement m, @Nullable Unit indicatorUnit) {
        if (m.isQualitative() || indicatorUnit == null) {
            return Optional.empty();
        }
        Quantity q = m.quantity(indicatorUnit);
        if (!units.isCompatible(q.unit(), indicatorUnit)) {
            return Optional.empty();
        }
        return Optional.of(units.convert(q.value(), q.unit(), indicatorUnit));
    }

    /**
     * Draws the chart of an indicator.
     *
     * @param row the indicator with its assessed targets, not null
     * @param horizon the plan's horizon, not null
     * @param id a prefix unique in the page for the ids of the title and description, not null
     * @param name the indicator's name in the language, not null
     * @param statusWords the assessed status in words, for the description, not null
     * @return the SVG element, not null
     */
    String svg(IndicatorProgress row, YearRange horizon, String id, String name, String statusWords) {
        Indicator indicator = row.indicator();
        Unit unit = indicator.unit();
        List<Dot> baselines = new ArrayList<>();
        for (Baseline b : indicator.baselines()) {
            inIndicatorUnit(b, unit).ifPresent(v -> baselines.add(new Dot(b.year(), v, true)));
        }
        List<Dot> observations = new ArrayList<>();
        for (Observation o : indicator.observations()) {
            inIndicatorUnit(o, unit).ifPresent(v -> observations.add(new Dot(o.year(), v,
                    o.status() == ObservationStatus.ACTUAL)));
        }
        List<Mark> marks = new ArrayList<>();
        List<List<Dot>> paths = new ArrayList<>();
        for (TargetProgress t : row.targets()) {
            marks.add(mark(indicator, t.target(), t.implied()));
            Trajectory.of(indicator, t.target(), units).ifPresent(path -> paths.add(path(path)));
        }

        Scale scale = Scale.of(horizon, baselines, observations, marks, paths);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<title id=\"").append(id).append("-title\">")
                .append(HtmlReport.escape(labels.get("html.chart.title", name, describe.unit(unit))))
                .append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">")
                .append(HtmlReport.escape(description(row, horizon, statusWords))).append("</desc>");
        // the horizon first, so that everything else is drawn over it
        double hx0 = scale.x(horizon.start().getValue() - 0.5);
        double hx1 = scale.x(horizon.end().getValue() + 0.5);
        svg.append("<rect class=\"horizon\" x=\"").append(f(hx0)).append("\" y=\"").append(TOP)
                .append("\" width=\"").append(f(hx1 - hx0)).append("\" height=\"").append(HEIGHT - TOP - BOTTOM)
                .append("\"/>");
        svg.append("<text class=\"horizon-label\" x=\"").append(f((hx0 + hx1) / 2)).append("\" y=\"")
                .append(TOP - 8).append("\" text-anchor=\"middle\">")
                .append(HtmlReport.escape(labels.get("html.horizon", horizon.start(), horizon.end())))
                .append("</text>");
        axes(svg, scale);
        if (scale.empty) {
            svg.append("<text class=\"no-values\" x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\">").append(HtmlReport.escape(labels.get("html.chart.empty")))
                    .append("</text>");
        }
        for (Mark m : marks) {
            mark(svg, scale, m);
        }
        for (List<Dot> path : paths) {
            svg.append("<polyline class=\"path\" points=\"");
            for (int i = 0; i < path.size(); i++) {
                Dot d = path.get(i);
                svg.append(i == 0 ? "" : " ").append(f(scale.x(d.year.getValue()))).append(',')
                        .append(f(scale.y(d.value)));
            }
            svg.append("\"/>");
        }
        for (Dot b : baselines) {
            double x = scale.x(b.year.getValue());
            double y = scale.y(b.value);
            svg.append("<rect class=\"baseline\" x=\"").append(f(x - 5)).append("\" y=\"").append(f(y - 5))
                    .append("\" width=\"10\" height=\"10\"/>");
        }
        for (Dot o : observations) {
            svg.append("<circle class=\"").append(o.solid ? "obs" : "obs hollow").append("\" cx=\"")
                    .append(f(scale.x(o.year.getValue()))).append("\" cy=\"").append(f(scale.y(o.value)))
                    .append("\" r=\"5\"/>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static List<Dot> path(Trajectory path) {
        List<Dot> dots = new ArrayList<>();
        List<Quantity> yearly = path.yearly();
        int year = path.startYear().getValue();
        for (Quantity q : yearly) {
            dots.add(new Dot(Year.of(year++), q.value(), true));
        }
        return dots;
    }

    private void mark(StringBuilder svg, Scale scale, Mark mark) {
        if (mark instanceof Point p) {
            double x = scale.x(p.year().getValue());
            double y = scale.y(p.value());
            // a diamond, so that a target never looks like an observation
            svg.append("<path class=\"target\" d=\"M").append(f(x)).append(' ').append(f(y - 7)).append(" L")
                    .append(f(x + 7)).append(' ').append(f(y)).append(" L").append(f(x)).append(' ')
                    .append(f(y + 7)).append(" L").append(f(x - 7)).append(' ').append(f(y)).append(" Z\"/>");
        } else if (mark instanceof Bound b) {
            double x0 = LEFT;
            double x1 = scale.x(b.year().getValue() + 0.5);
            double y = scale.y(b.value());
            double edge = b.above() ? TOP : HEIGHT - BOTTOM;
            svg.append("<rect class=\"side\" x=\"").append(f(x0)).append("\" y=\"").append(f(Math.min(y, edge)))
                    .append("\" width=\"").append(f(x1 - x0)).append("\" height=\"").append(f(Math.abs(edge - y)))
                    .append("\"/>");
            svg.append("<line class=\"bound\" x1=\"").append(f(x0)).append("\" y1=\"").append(f(y))
                    .append("\" x2=\"").append(f(x1)).append("\" y2=\"").append(f(y)).append("\"/>");
            // an arrow at the target year pointing to the side that meets the bound
            double tip = b.above() ? y - 12 : y + 12;
            double xa = scale.x(b.year().getValue());
            svg.append("<path class=\"bound-arrow\" d=\"M").append(f(xa - 5)).append(' ').append(f(y)).append(" L")
                    .append(f(xa)).append(' ').append(f(tip)).append(" L").append(f(xa + 5)).append(' ')
                    .append(f(y)).append(" Z\"/>");
        } else if (mark instanceof Band band) {
            double x0 = LEFT;
            double x1 = scale.x(band.year().getValue() + 0.5);
            double yTop = scale.y(band.max());
            double yBottom = scale.y(band.min());
            svg.append("<rect class=\"band\" x=\"").append(f(x0)).append("\" y=\"").append(f(Math.min(yTop, yBottom)))
                    .append("\" width=\"").append(f(x1 - x0)).append("\" height=\"")
                    .append(f(Math.max(2, Math.abs(yBottom - yTop)))).append("\"/>");
        }
    }

    private void axes(StringBuilder svg, Scale scale) {
        int bottom = HEIGHT - BOTTOM;
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(bottom).append("\"/>");
        int span = scale.lastYear - scale.firstYear;
        int step = span <= 10 ? 1 : span <= 20 ? 2 : span <= 50 ? 5 : 10;
        for (int year = scale.firstYear; year <= scale.lastYear; year++) {
            if ((year - scale.firstYear) % step != 0) {
                continue;
            }
            double x = scale.x(year);
            svg.append("<text class=\"tick\" x=\"").append(f(x)).append("\" y=\"").append(bottom + 20)
                    .append("\" text-anchor=\"middle\">").append(year).append("</text>");
        }
        if (scale.empty) {
            return;
        }
        for (BigDecimal tick : scale.ticks()) {
            double y = scale.y(tick);
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" y1=\"").append(f(y)).append("\" x2=\"")
                    .append(WIDTH - RIGHT).append("\" y2=\"").append(f(y)).append("\"/>");
            svg.append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\">").append(tick.toPlainString()).append("</text>");
        }
    }

    /** What the chart shows, in words, for screen readers: the same facts as the drawing. */
    private String description(IndicatorProgress row, YearRange horizon, String statusWords) {
        Indicator indicator = row.indicator();
        List<String> parts = new ArrayList<>();
        for (Baseline b : indicator.baselines()) {
            parts.add(labels.get("html.desc.baseline", describe.measurement(b, indicator.unit())));
        }
        for (TargetProgress t : row.targets()) {
            parts.add(labels.get("html.desc.target", HtmlReport.symbols(
                    describe.target(t.target(), t.implied(), indicator.unit()))));
        }
        for (Observation o : indicator.observations()) {
            parts.add(labels.get("html.desc.observation", describe.measurement(o, indicator.unit()),
                    labels.get("html.observation." + o.status().code())));
        }
        parts.add(labels.get("html.desc.horizon", horizon.start(), horizon.end()));
        parts.add(statusWords);
        return String.join(" ", parts);
    }

    /** Formats a coordinate with one decimal, in the root locale. */
    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A value at a year, solid or hollow. */
    private record Dot(Year year, BigDecimal value, boolean solid) {
    }

    /** Maps years and values to the drawing. */
    private static final class Scale {
        final int firstYear;
        final int lastYear;
        final BigDecimal min;
        final BigDecimal max;
        final boolean empty;

        private Scale(int firstYear, int lastYear, BigDecimal min, BigDecimal max, boolean empty) {
            this.firstYear = firstYear;
            this.lastYear = lastYear;
            this.min = min;
            this.max = max;
            this.empty = empty;
        }

        static Scale of(YearRange horizon, List<Dot> baselines, List<Dot> observations, List<Mark> marks,
                List<List<Dot>> paths) {
            int first = horizon.start().getValue();
            int last = horizon.end().getValue();
            List<BigDecimal> values = new ArrayList<>();
            List<Dot> dots = new ArrayList<>(baselines);
            dots.addAll(observations);
            paths.forEach(dots::addAll);
            for (Dot d : dots) {
                first = Math.min(first, d.year.getValue());
                last = Math.max(last, d.year.getValue());
                values.add(d.value);
            }
            for (Mark m : marks) {
                if (m instanceof Point p) {
                    last = Math.max(last, p.year().getValue());
                    values.add(p.value());
                } else if (m instanceof Bound b) {
                    last = Math.max(last, b.year().getValue());
                    values.add(b.value());
                } else if (m instanceof Band b) {
                    last = Math.max(last, b.year().getValue());
                    values.add(b.min());
                    values.add(b.max());
                }
            }
            if (values.isEmpty()) {
                return new Scale(first, last, BigDecimal.ZERO, BigDecimal.ONE, true);
            }
            BigDecimal lo = values.stream().min(BigDecimal::compareTo).orElseThrow();
            BigDecimal hi = values.stream().max(BigDecimal::compareTo).orElseThrow();
            BigDecimal span = hi.subtract(lo);
            if (span.signum() == 0) {
                span = lo.signum() == 0 ? BigDecimal.ONE : lo.abs();
            }
            BigDecimal step = niceStep(span.divide(BigDecimal.valueOf(Y_TICKS), MC));
            // whole steps around the values, with room above and below for the markers
            BigDecimal from = lo.divide(step, 0, RoundingMode.FLOOR).multiply(step);
            BigDecimal to = hi.divide(step, 0, RoundingMode.CEILING).multiply(step);
            if (from.compareTo(lo) == 0) {
                from = from.subtract(step);
            }
            if (to.compareTo(hi) == 0) {
                to = to.add(step);
            }
            if (lo.signum() >= 0 && from.signum() < 0) {
                from = BigDecimal.ZERO;
            }
            return new Scale(first, last, from, to, false);
        }

        /** The step of 1, 2 or 5 times a power of ten at or above a raw step. */
        private static BigDecimal niceStep(BigDecimal raw) {
            int exponent = raw.precision() - raw.scale() - 1;
            BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
            BigDecimal fraction = raw.divide(power, MC);
            BigDecimal nice = fraction.compareTo(BigDecimal.ONE) <= 0 ? BigDecimal.ONE
                    : fraction.compareTo(BigDecimal.valueOf(2)) <= 0 ? BigDecimal.valueOf(2)
                    : fraction.compareTo(BigDecimal.valueOf(5)) <= 0 ? BigDecimal.valueOf(5)
                    : BigDecimal.TEN;
            return nice.multiply(power);
        }

        List<BigDecimal> ticks() {
            BigDecimal step = niceStep(max.subtract(min).divide(BigDecimal.valueOf(Y_TICKS), MC));
            List<BigDecimal> ticks = new ArrayList<>();
            BigDecimal t = min.divide(step, 0, RoundingMode.CEILING).multiply(step);
            while (t.compareTo(max) <= 0 && ticks.size() <= 2 * Y_TICKS) {
                BigDecimal plain = t.stripTrailingZeros();
                ticks.add(plain.scale() < 0 ? plain.setScale(0) : plain);
                t = t.add(step);
            }
            return ticks;
        }

        double x(double year) {
            double span = lastYear - firstYear + 1.0;
            return LEFT + (year - firstYear + 0.5) / span * (WIDTH - LEFT - RIGHT);
        }

        double y(BigDecimal value) {
            double lo = min.doubleValue();
            double hi = max.doubleValue();
            double v = value.doubleValue();
            return TOP + (hi - v) / (hi - lo) * (HEIGHT - TOP - BOTTOM);
        }
    }
}
