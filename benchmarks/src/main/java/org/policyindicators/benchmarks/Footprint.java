package org.policyindicators.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.policyindicators.benchmarks.plain.PlainJson;
import org.policyindicators.benchmarks.plain.PlainPlan;

import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the heap that a model of a plan document retains: the heap in use after full
 * collections while the model is held, minus the heap in use before it was read. For the
 * library's model, the plain classes and Jackson's tree, at each size given.
 *
 * <p>Usage: {@code Footprint <result.json> <indicators>...}. Give the JVM a heap of several times
 * the largest document.
 */
public final class Footprint {

    private static final String TREE = "Jackson tree";

    /** Jackson's tree takes about seven times the document: measured up to this size only. */
    private static final int MAX_TREE = 100_000;

    private Footprint() {
    }

    /**
     * Runs the measurement.
     *
     * @param args the result file, then the sizes in indicators
     * @throws IOException if the result cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Footprint <result.json> <indicators>...");
            System.exit(2);
        }
        Map<String, Function<byte[], Object>> models = new LinkedHashMap<>();
        models.put("library model", Library::read);
        models.put("plain classes", json -> PlainJson.MAPPER.readValue(json, PlainPlan.class));
        models.put(TREE, json -> PlainJson.MAPPER.readTree(json));

        // a first read of a small document of each kind loads the classes and fills the caches
        byte[] small = new PlanGenerator(PlanGenerator.SEED).planBytes(100);
        models.values().forEach(read -> read.apply(small));

        List<Map<String, Object>> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            int indicators = Integer.parseInt(args[i]);
            byte[] json = new PlanGenerator(PlanGenerator.SEED).planBytes(indicators);
            Map<String, Object> retained = new LinkedHashMap<>();
            for (Map.Entry<String, Function<byte[], Object>> model : models.entrySet()) {
                if (model.getKey().equals(TREE) && indicators > MAX_TREE) {
                    continue;
                }
                try {
                    long bytes = retained(json, model.getValue());
                    retained.put(model.getKey(), bytes);
                    System.out.printf("%,d indicators, %s: %,d bytes retained, %,.0f per indicator%n", indicators,
                            model.getKey(), bytes, bytes / (double) indicators);
                } catch (OutOfMemoryError e) {
                    // recorded as missing; the model was dropped with the failed read
                    System.out.printf("%,d indicators, %s: does not fit the heap%n", indicators, model.getKey());
                }
            }
            Map<String, Object> size = new LinkedHashMap<>();
            size.put("indicators", indicators);
            size.put("documentBytes", json.length);
            size.put("retained", retained);
            sizes.add(size);
        }
        Path result = Path.of(args[0]);
        Files.createDirectories(result.toAbsolutePath().getParent());
        Files.writeString(result, JsonMapper.builder().build().writeValueAsString(Map.of("sizes", sizes)),
                StandardCharsets.UTF_8);
    }

    private static long retained(byte[] json, Function<byte[], Object> read) {
        long before = usedAfterGc();
        Object model = read.apply(json);
        long after = usedAfterGc();
        Reference.reachabilityFence(model);
        return after - before;
    }

    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
