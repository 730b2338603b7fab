package org.policyindicators.benchmarks;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes realistic plan documents in the policy-indicators/1.1 format, seeded so that the same
 * seed and size always give the same bytes.
 *
 * <p>A plan has bilingual titles, three source documents and goals of 10 to 30 indicators. Each
 * indicator has a bilingual name, a unit (with a scale: 亿元, 万人; some are rates such as
 * 吨标准煤/万元), a category, an attribute, a polarity, a baseline for 2020, two or three targets
 * of mixed kinds (level, growth, change, range, multiple, cumulative, share, direction, with
 * modalities and milestones), five yearly observations 2021–2025 and one or two provenance
 * quotes. The numbers are consistent (targets lie on the better side of the baseline, years inside
 * the horizon, shares within 0–100 %), so a validator finds nothing wrong with them.
 *
 * <p>Fields are written in the canonical order of the format and texts with their language tags
 * sorted, so that a conforming writer writes back the same bytes.
 *
 * <p>Instances are immutable and thread-safe; every write starts a fresh random sequence.
 */
public final class PlanGenerator {

    /** The seed the benchmarks use. */
    public static final long SEED = 20210311L;

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final String[] GOAL_ZH = {"经济实力走在前列", "创新生态走在前列", "城乡融合走在前列", "生态环境走在前列",
        "民生福祉走在前列", "社会治理走在前列", "开放合作走在前列", "安全发展走在前列"};
    private static final String[] GOAL_EN = {"Lead in economic strength", "Lead in the innovation ecosystem",
        "Lead in urban-rural integration", "Lead in the environment", "Lead in well-being",
        "Lead in governance", "Lead in openness", "Lead in safety"};
    private static final String[] CATEGORIES = {"economic-development", "innovation", "well-being", "green-ecology",
        "well-being", "security", "economic-development", "security"};

    private final long seed;

    /**
     * Creates a generator.
     *
     * @param seed the seed of every document this generator writes
     */
    public PlanGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Returns the plan document with the given number of indicators, plan number 0.
     *
     * @param indicators the number of indicators, at least 1
     * @return the UTF-8 bytes of the document, without a trailing line break
     * @throws IllegalArgumentException if the document would exceed the largest Java array
     */
    public byte[] planBytes(int indicators) {
        ChunkedBytes out = new ChunkedBytes();
        writePlan(out, 0, indicators);
        return out.toByteArray();
    }

    /**
     * Writes one plan document.
     *
     * @param out where to write, not null; not closed
     * @param planNumber the number of the plan, which varies its identifier and its random sequence
     * @param indicators the number of indicators, at least 1
     * @return the number of bytes written
     */
    public long writePlan(OutputStream out, int planNumber, int indicators) {
        if (indicators < 1) {
            throw new IllegalArgumentException("indicators must be at least 1: " + indicators);
        }
        CountingStream counting = new CountingStream(out);
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), counting, JsonEncoding.UTF8)) {
            new Writer(g, new SplittableRandom(seed * 1_000_003L + planNumber), planNumber).plan(indicators);
        }
        return counting.count;
    }

    /**
     * Writes a JSON Lines catalog: one plan document per line, each ending with a line break.
     * Only one plan is in memory at a time.
     *
     * @param file the file to create or replace, not null
     * @param plans the number of plans, at least 1
     * @param indicatorsPerPlan the number of indicators in each plan, at least 1
     * @return what was written, not null
     */
    public Catalog writeCatalog(Path file, int plans, int indicatorsPerPlan) {
        return writeCatalog(file, plans, Long.MAX_VALUE, indicatorsPerPlan);
    }

    /**
     * Writes a JSON Lines catalog of plans until it holds at least the given number of bytes.
     *
     * @param file the file to create or replace, not null
     * @param minBytes the size to reach, in bytes
     * @param indicatorsPerPlan the number of indicators in each plan, at least 1
     * @return what was written, not null
     */
    public Catalog writeCatalogOfAtLeast(Path file, long minBytes, int indicatorsPerPlan) {
        return writeCatalog(file, Integer.MAX_VALUE, minBytes, indicatorsPerPlan);
    }

    private Catalog writeCatalog(Path file, int maxPlans, long minBytes, int indicatorsPerPlan) {
        long bytes = 0;
        int plans = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            while (plans < maxPlans && bytes < minBytes) {
                bytes += writePlan(out, plans, indicatorsPerPlan);
                out.write('\n');
                bytes++;
                plans++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Catalog(file, plans, (long) plans * indicatorsPerPlan, bytes);
    }

    /**
     * A JSON Lines catalog written to a file.
     *
     * @param file the file
     * @param plans the number of plans (lines)
     * @param indicators the number of indicators in all plans
     * @param bytes the size of the file in bytes
     */
    public record Catalog(Path file, int plans, long indicators, long bytes) {
    }

    /** Writes one plan with one random sequence. */
    private static final class Writer {
        private final JsonGenerator g;
        private final SplittableRandom random;
        private final int planNumber;
        private int indicatorCount;

        Writer(JsonGenerator g, SplittableRandom random, int planNumber) {
            this.g = g;
            this.random = random;
            this.planNumber = planNumber;
        }

        void plan(int indicators) {
            String district = Vocabulary.DISTRICTS[planNumber % Vocabulary.DISTRICTS.length];
            g.writeStartObject();
            g.writeStringProperty("format", "policy-indicators/1.1");
            g.writeStringProperty("id", "cn-" + district + "-fyp-14-" + planNumber);
            g.writeStringProperty("kind", "five-year-plan");
            g.writeName("title");
            text("国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（" + planNumber + "）",
                    "Outline of the 14th Five-Year Plan and the Long-Range Objectives through 2035 (" + planNumber + ")");
            g.writeStringProperty("issuer", "cn-" + district);
            yearRange("horizon", 2021, 2025);
            yearRange("visionHorizon", 2021, 2035);
            g.writeStringProperty("adopted", "2021-03-" + (10 + random.nextInt(18)));
            g.writeArrayPropertyStart("sources");
            source("s1", "国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "区人民政府", "2021-03-01");
            source("s2", "国民经济和社会发展统计公报", "区统计局", "2024-03-20");
            source("s3", "政府工作报告", "区人民政府", "2024-01-15");
            g.writeEndArray();
            g.writeArrayPropertyStart("goals");
            int goal = 0;
            int left = indicators;
            while (left > 0) {
                int count = Math.min(left, 10 + random.nextInt(21));
                goal(goal++, count);
                left -= count;
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void source(String id, String zh, String publisher, String date) {
            g.writeStartObject();
            g.writeStringProperty("id", id);
            g.writeName("title");
            zh(zh);
            g.writeName("publisher");
            zh(publisher);
            g.writeStringProperty("date", date);
            g.writeEndObject();
        }

        private void goal(int number, int indicators) {
            int theme = number % GOAL_ZH.length;
            g.writeStartObject();
            g.writeStringProperty("id", "goal-" + number);
            g.writeName("title");
            text(GOAL_ZH[theme], GOAL_EN[theme]);
            g.writeStringProperty("category", CATEGORIES[theme]);
            g.writeArrayPropertyStart("indicators");
            for (int i = 0; i < indicators; i++) {
                indicator(Vocabulary.TEMPLATES[random.nextInt(Vocabulary.TEMPLATES.length)]);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void indicator(Vocabulary.Template t) {
            int number = indicatorCount++;
            boolean lower = t.lowerIsBetter();
            long base = t.baseMin() + (long) (random.nextDouble() * (t.baseMax() - t.baseMin()));
            // the yearly change toward the better side, in percent of the baseline
            double rate = 0.02 + random.nextDouble() * 0.08;
            double yearly = lower ? 1 - rate : 1 + rate;
            long target = Math.max(1, Math.round(base * Math.pow(yearly, 5)));
            if (t.percentShare()) {
                target = Math.min(target, 100 * pow10(t.decimals()));
            }

            g.writeStartObject();
            g.writeStringProperty("id", t.slug() + "-" + number);
            g.writeName("name");
            text(t.zh(), t.en());
            g.writeName("unit");
            t.unit().write(g);
            g.writeStringProperty("category", t.category());
            g.writeStringProperty("attribute", random.nextInt(4) == 0 ? "binding" : "indicative");
            g.writeStringProperty("polarity", lower ? "lower-is-better" : "higher-is-better");

            g.writeArrayPropertyStart("baselines");
            g.writeStartObject();
            g.writeNumberProperty("year", 2020);
            number("value", base, t.decimals());
            g.writeEndObject();
            g.writeEndArray();

            g.writeArrayPropertyStart("targets");
            String levelText = levelTarget(t, target);
            secondTarget(t, base, target, rate);
            if (random.nextBoolean()) {
                thirdTarget(t, base, target);
            }
            g.writeEndArray();

            g.writeArrayPropertyStart("observations");
            for (int year = 2021; year <= 2025; year++) {
                double progress = (year - 2020) / 5.0 * (0.8 + random.nextDouble() * 0.3);
                long value = Math.max(0, Math.round(base + (target - base) * progress));
                if (t.percentShare()) {
                    value = Math.min(value, 100 * pow10(t.decimals()));
                }
                g.writeStartObject();
                g.writeNumberProperty("year", year);
                number("value", value, t.decimals());
                g.writeStringProperty("status", year <= 2023 ? "actual" : year == 2024 ? "provisional" : "estimated");
                g.writeStringProperty("source", year <= 2023 ? "s2" : "s3");
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayPropertyStart("provenance");
            provenance("s1", "到2025年，" + levelText + "，为实现第二个百年奋斗目标打下坚实基础");
            if (random.nextInt(3) == 0) {
                provenance("s2", "2020年" + t.zh() + decimal(base, t.decimals()) + t.unitZh() + "，比上年增长"
                        + decimal(Math.round(rate * 1000), 1) + "%");
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private String levelTarget(Vocabulary.Template t, long target) {
            boolean lower = t.lowerIsBetter();
            String value = decimal(target, t.decimals()) + t.unitZh();
            String wording = t.zh() + (lower ? "控制在" + value + "以内" : "达到" + value + "以上");
            g.writeStartObject();
            g.writeStringProperty("type", "level");
            g.writeStringProperty("comparator", lower ? "le" : "ge");
            number("value", target, t.decimals());
            g.writeNumberProperty("year", 2025);
            if (random.nextInt(3) == 0) {
                g.writeStringProperty("modality", random.nextBoolean() ? "ensure" : "strive");
            }
            g.writeName("text");
            zh(wording);
            g.writeEndObject();
            return wording;
        }

        private void secondTarget(Vocabulary.Template t, long base, long target, double rate) {
            long ratePerMille = Math.round(rate * 1000);
            g.writeStartObject();
            switch (t.second()) {
                case GROWTH -> {
                    g.writeStringProperty("type", "growth");
                    g.writeStringProperty("comparator", "ge");
                    number("value", ratePerMille, 1);
                    percentUnit();
                    g.writeNumberProperty("year", 2025);
                    g.writeName("text");
                    zh("年均增长" + decimal(ratePerMille, 1) + "%以上");
                }
                case CHANGE -> {
                    // the fall to the level target, rounded up, so that the two agree after rounding
                    long change = (long) Math.ceil((1 - (double) target / base) * 1000);
                    g.writeStringProperty("type", "change");
                    g.writeStringProperty("mode", "relative");
                    g.writeStringProperty("comparator", "reach");
                    number("value", -change, 1);
                    percentUnit();
                    g.writeNumberProperty("year", 2025);
                    g.writeStringProperty("modality", "ensure");
                    g.writeName("text");
                    zh("比2020年下降" + decimal(change, 1) + "%");
                }
                case RANGE -> {
                    // from the level target up, so that the two agree
                    long min = target;
                    long max = min + Math.max(1, Math.round(base * rate));
                    g.writeStringProperty("type", "range");
                    number("min", min, t.decimals());
                    number("max", max, t.decimals());
                    g.writeNumberProperty("year", 2025);
                    g.writeName("text");
                    zh("达到" + decimal(min, t.decimals()) + "-" + decimal(max, t.decimals()) + t.unitZh());
                }
                case MULTIPLE -> {
                    g.writeStringProperty("type", "multiple");
                    number("factor", 2, 0);
                    g.writeStringProperty("comparator", "reach");
                    g.writeNumberProperty("baseYear", 2020);
                    g.writeNumberProperty("year", 2035);
                    g.writeStringProperty("modality", "strive");
                    g.writeName("text");
                    zh("到2035年" + t.zh() + "比2020年翻一番");
                }
                case CUMULATIVE -> {
                    long total = base * 5 + Math.round(base * rate * 15);
                    g.writeStringProperty("type", "cumulative");
                    g.writeStringProperty("comparator", "ge");
                    number("value", total, t.decimals());
                    g.writeNumberProperty("year", 2025);
                    g.writeNumberProperty("startYear", 2021);
                    g.writeName("text");
                    zh("“十四五”期间累计完成" + decimal(total, t.decimals()) + t.unitZh());
                }
                case SHARE -> {
                    long share = Math.min(1000, 300 + Math.round(rate * 4000));
                    g.writeStringProperty("type", "share");
                    g.writeStringProperty("comparator", "gt");
                    number("value", share, 1);
                    percentUnit();
                    g.writeName("whole");
                    text("全市", "the city");
                    g.writeNumberProperty("year", 2025);
                    g.writeName("text");
                    zh("占全市比重超过" + decimal(share, 1) + "%");
                }
                case DIRECTION -> {
                    g.writeStringProperty("type", "direction");
                    g.writeStringProperty("direction", t.lowerIsBetter() ? "decrease" : "increase");
                    g.writeNumberProperty("year", 2025);
                    g.writeNumberProperty("startYear", 2021);
                    g.writeBooleanProperty("annual", true);
                    g.writeName("text");
                    zh(t.lowerIsBetter() ? "持续下降" : "稳步提高");
                }
                default -> throw new IllegalStateException(t.second().toString());
            }
            g.writeEndObject();
        }

        private void thirdTarget(Vocabulary.Template t, long base, long target) {
            g.writeStartObject();
            if (random.nextBoolean()) {
                // a milestone inside the horizon
                long milestone = Math.round(base + (target - base) * 0.6);
                boolean lower = t.lowerIsBetter();
                g.writeStringProperty("type", "level");
                g.writeStringProperty("comparator", lower ? "le" : "ge");
                number("value", milestone, t.decimals());
                g.writeNumberProperty("year", 2023);
                g.writeStringProperty("modality", "strive");
                g.writeName("text");
                zh("到2023年力争" + (lower ? "降至" : "达到") + decimal(milestone, t.decimals()) + t.unitZh());
            } else {
                g.writeStringProperty("type", "direction");
                g.writeStringProperty("direction", t.lowerIsBetter() ? "decrease" : "increase");
                g.writeNumberProperty("year", 2035);
                g.writeName("text");
                zh(t.lowerIsBetter() ? "到2035年持续下降" : "到2035年持续提高");
            }
            g.writeEndObject();
        }

        private void provenance(String document, String quote) {
            g.writeStartObject();
            g.writeStringProperty("document", document);
            g.writeStringProperty("quote", quote);
            g.writeEndObject();
        }

        private void percentUnit() {
            g.writeName("unit");
            g.writeStartObject();
            g.writeStringProperty("code", "percent");
            g.writeEndObject();
        }

        private void yearRange(String name, int start, int end) {
            g.writeName(name);
            g.writeStartObject();
            g.writeNumberProperty("start", start);
            g.writeNumberProperty("end", end);
            g.writeEndObject();
        }

        private void number(String name, long unscaled, int decimals) {
            g.writeName(name);
            g.writeNumber(decimal(unscaled, decimals));
        }

        private void text(String zh, String en) {
            // language tags in sorted order, as the model keeps them
            g.writeStartObject();
            g.writeStringProperty("en", en);
            g.writeStringProperty("zh", zh);
            g.writeEndObject();
        }

        private void zh(String zh) {
            g.writeStartObject();
            g.writeStringProperty("zh", zh);
            g.writeEndObject();
        }
    }

    private static String decimal(long unscaled, int decimals) {
        return BigDecimal.valueOf(unscaled, decimals).toPlainString();
    }

    private static long pow10(int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= 10;
        }
        return result;
    }

    /** Counts the bytes passed through to a stream that it does not close. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
