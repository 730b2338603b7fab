package org.policyindicators.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.policyindicators.core.Plan;
import org.policyindicators.io.validation.ValidationReport;

import com.sun.management.GarbageCollectionNotificationInfo;

import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that validating a large JSON Lines catalog streams: generates a catalog of at least the
 * given size into a temporary directory, reads it plan by plan with the library, validates each
 * plan, then deletes it, and prints the largest heap in use. Meant to run with a small heap
 * ({@code -Xmx256m}); the catalog is several times larger than the heap.
 *
 * <p>Usage: {@code CatalogStreamCheck <result.json> [bytes]}; the size is 1 GiB by default.
 * Exits with status 1 if reading or validating fails.
 */
public final class CatalogStreamCheck {

    private static final int INDICATORS_PER_PLAN = 1_000;

    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private CatalogStreamCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args the result file and the size of the catalog in bytes
     * @throws IOException if the temporary files cannot be written or deleted
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: CatalogStreamCheck <result.json> [bytes]");
            System.exit(2);
        }
        Path result = Path.of(args[0]);
        long size = args.length > 1 ? Long.parseLong(args[1]) : 1L << 30;
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).collect(Collectors.toList());
        long maxHeap = Runtime.getRuntime().maxMemory();

        Path dir = Files.createTempDirectory("policy-indicators-stream-check-");
        Path file = dir.resolve("catalog.jsonl");
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            PlanGenerator.Catalog catalog = new PlanGenerator(PlanGenerator.SEED)
                    .writeCatalogOfAtLeast(file, size, INDICATORS_PER_PLAN);
            System.out.printf("generated %,d bytes: %,d plans, %,d indicators%n", catalog.bytes(), catalog.plans(),
                    catalog.indicators());
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);

            long plans = 0;
            long indicators = 0;
            long errors = 0;
            long warnings = 0;
            long infos = 0;
            long maxSampled = 0;
            AfterGc afterGc = AfterGc.listen();
            boolean completed = false;
            long start = System.nanoTime();
            try (Stream<Plan> stream = Library.JSON.readCatalog(file)) {
                Iterator<Plan> it = stream.iterator();
                while (it.hasNext()) {
                    Plan plan = it.next();
                    ValidationReport report = Library.VALIDATOR.validate(plan);
                    plans++;
                    indicators += plan.allIndicators().count();
                    errors += report.errorCount();
                    warnings += report.warningCount();
                    infos += report.infoCount();
                    maxSampled = Math.max(maxSampled, used(heap));
                }
                completed = plans == catalog.plans();
            } catch (RuntimeException | OutOfMemoryError e) {
                e.printStackTrace();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long maxAfterGc = afterGc.max();
            long collections = afterGc.count();
            out.put("completed", completed);
            out.put("jvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
            out.put("bytes", catalog.bytes());
            out.put("plans", plans);
            out.put("indicators", indicators);
            out.put("errors", errors);
            out.put("warnings", warnings);
            out.put("infos", infos);
            out.put("seconds", seconds);
            out.put("maxHeap", maxHeap);
            out.put("maxUsedSampled", maxSampled);
            out.put("maxUsedAfterGc", maxAfterGc);
            out.put("collections", collections);
            out.put("peakUsed", heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
            System.out.printf("%s: %,d plans, %,d indicators in %.1f s (%.1f MB/s); findings %,d errors, %,d warnings, "
                    + "%,d infos%n", completed ? "completed" : "FAILED", plans, indicators, seconds,
                    catalog.bytes() / seconds / 1e6, errors, warnings, infos);
            System.out.printf("max heap %,d MiB; max used heap %,d MiB (sampled after each plan), %,d MiB after a "
                    + "collection (%,d collections)%n", maxHeap >> 20, maxSampled >> 20, maxAfterGc >> 20, collections);
            Files.createDirectories(result.toAbsolutePath().getParent());
            Files.writeString(result, JsonMapper.builder().build().writeValueAsString(out), StandardCharsets.UTF_8);
            if (!completed) {
                System.exit(1);
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /** The heap in use now. */
    private static long used(List<MemoryPoolMXBean> heap) {
        long used = 0;
        for (MemoryPoolMXBean pool : heap) {
            used += pool.getUsage().getUsed();
        }
        return used;
    }

    /** Records the heap in use after each garbage collection, as the collectors report it. */
    private static final class AfterGc implements NotificationListener {
        private final AtomicLong max = new AtomicLong();
        private final AtomicLong count = new AtomicLong();

        static AfterGc listen() {
            AfterGc listener = new AfterGc();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                }
            }
            return listener;
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long after = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (HEAP_POOLS.contains(pool.getKey())) {
                    after += pool.getValue().getUsed();
                }
            }
            max.accumulateAndGet(after, Math::max);
            count.incrementAndGet();
        }

        long max() {
            return max.get();
        }

        long count() {
            return count.get();
        }
    }
}
