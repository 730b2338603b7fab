package org.policyindicators.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Plan;
import org.policyindicators.core.RelativeTarget;
import org.policyindicators.core.ShareTarget;
import org.policyindicators.core.Target;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.PolicyJsonException;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.Severity;
import org.policyindicators.io.validation.PlanValidator;

/**
 * A catalog given on the command line: JSON Lines, one plan document per line, read one line at a
 * time so that its size is bounded by the longest line, not by the file.
 *
 * <p>Validation goes over the file three times, holding only identifiers between the passes: the
 * first collects the plans' identifiers and the references that lead from one plan to another,
 * the second (only when there are such references) looks up what they name, the third validates
 * each plan alone and then settles its references to other plans of the catalog from what the
 * first two found. Reference cycles across plans are not looked for.
 */
final class CatalogFile {

    /** The longest line read: the reader's default limit of one document. */
    private static final int MAX_LINE = (int) PolicyJson.DEFAULT_MAX_DOCUMENT_SIZE;

    private final Path file;
    private final PolicyJson json;

    /**
     * One line of the catalog.
     *
     * @param line the line, from 1
     * @param plan the plan, null if the line cannot be read
     * @param error why it cannot be read, null if it was read
     */
    record Entry(long line, @Nullable Plan plan, InputFile.@Nullable ReadError error) {
    }

    /**
     * Opens a catalog.
     *
     * @param file the file, not null
     * @param json the reader of each line, not null
     */
    CatalogFile(Path file, PolicyJson json) {
        this.file = Objects.requireNonNull(file, "file");
        this.json = Objects.requireNonNull(json, "json");
    }

    /**
     * Returns whether a file is a catalog: its name ends in {@code .jsonl} or {@code .ndjson}, or
     * its first line is a whole JSON object and another object follows on a later line.
     *
     * @param file the file, not null
     * @return true for a catalog
     */
    static boolean isCatalog(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            Lines lines = new Lines(in);
            byte[] first = lines.next(MAX_LINE);
            if (first == null) {
                return false;
            }
            String head = new String(first, StandardCharsets.UTF_8).strip();
            if (!head.startsWith("{") || !head.endsWith("}")) {
                return false;
            }
            byte[] next;
            while ((next = lines.next(MAX_LINE)) != null) {
                String s = new String(next, StandardCharsets.UTF_8).strip();
                if (!s.isEmpty()) {
                    return s.startsWith("{");
                }
            }
            return false;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * Reads the lines one at a time and hands each plan, or the reason it cannot be read, on.
     * Blank lines are skipped.
     *
     * @param each what to do with each line, not null
     * @throws UncheckedIOException if the file cannot be read
     */
    void forEach(Consumer<Entry> each) {
        try (InputStream in = Files.newInputStream(file)) {
            Lines lines = new Lines(in);
            long number = 0;
            byte[] bytes;
            while ((bytes = lines.next(MAX_LINE)) != null) {
                number++;
                if (bytes.length > MAX_LINE) {
                    each.accept(new Entry(number, null, new InputFile.ReadError("the line is longer than "
                            + MAX_LINE + " bytes, the limit of a document", number, 1, "")));
                    continue;
                }
                if (isBlank(bytes)) {
                    continue;
                }
                try {
                    each.accept(new Entry(number, json.readPlan(new java.io.ByteArrayInputStream(bytes)), null));
                } catch (PolicyJsonException e) {
                    each.accept(new Entry(number, null, new InputFile.ReadError(e.problem(), number,
                            Math.max(0, e.column()), e.pointer())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Lines of a byte stream, read through a buffer of its own: a catalog may have a billion bytes. */
    private static final class Lines {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int end;

        Lines(InputStream in) {
            this.in = in;
        }

        byte @Nullable [] next(int limit) throws IOException {
            ByteArrayOutputStream out = null;
            boolean any = false;
            boolean over = false;
            while (true) {
                if (position == end) {
                    end = in.read(buffer);
                    position = 0;
                    if (end <= 0) {
                        end = 0;
                        break;
                    }
                }
                any = true;
                int start = position;
                while (position < end && buffer[position] != '\n') {
                    position++;
                }
                int length = position - start;
                if (out == null) {
                    out = new ByteArrayOutputStream(Math.min(limit, Math.max(256, length)));
                }
                if (!over && out.size() + length <= limit) {
                    out.write(buffer, start, length);
                } else {
                    over = true;
                }
                if (position < end) {
                    position++;
                    break;
                }
            }
            if (!any) {
                return null;
            }
            return over ? new byte[limit + 1] : out == null ? new byte[0] : out.toByteArray();
        }
    }

    /**
     * Validates every plan of the catalog, one at a time, and hands each line on with its findings.
     *
     * @param jurisdictions the jurisdictions to check issuers against, empty for none, not null
     * @param each what to do with each line and its findings, not null
     * @throws UncheckedIOException if the file cannot be read
     */
    void validate(List<Jurisdiction> jurisdictions, java.util.function.BiConsumer<Entry, List<Finding>> each) {
        // pass 1: identifiers of plans, and the references that lead out of their plan
        Map<String, Long> lines = new HashMap<>();
        Map<Long, Long> duplicates = new HashMap<>();
        Set<String> outward = new HashSet<>();
        forEach(entry -> {
            if (entry.plan() == null) {
                return;
            }
            Plan plan = entry.plan();
            Long first = lines.putIfAbsent(plan.id(), entry.line());
            if (first != null) {
                duplicates.put(entry.line(), first);
            }
            references(plan, outward::add);
        });
        // pass 2: which of those references name something that is there
        Set<String> resolved = new HashSet<>();
        outward.removeIf(r -> !lines.containsKey(r.substring(0, r.indexOf('\u0000'))));
        if (!outward.isEmpty()) {
            forEach(entry -> {
                if (entry.plan() != null) {
                    Plan plan = entry.plan();
                    plan.allGoals().forEach(g -> mark(outward, resolved, key(plan.id(), "goal", g.id())));
                    plan.allIndicators().forEach(i -> mark(outward, resolved, key(plan.id(), "indicator", i.id())));
                }
            });
        }
        // pass 3: each plan alone, its references to other plans settled from the passes before
        PlanValidator validator = PlanValidator.standard();
        forEach(entry -> {
            if (entry.plan() == null) {
                each.accept(entry, List.of());
                return;
            }
            Plan plan = entry.plan();
            List<Finding> found = (jurisdictions.isEmpty() ? validator.validate(plan)
                    : validator.validate(plan, jurisdictions)).findings();
            List<Finding> findings = new java.util.ArrayList<>();
            Long first = duplicates.get(entry.line());
            if (first != null) {
                Map<String, Object> parameters = new LinkedHashMap<>();
                parameters.put("id", plan.id());
                parameters.put("index", (int) entry.line() - 1);
                parameters.put("firstIndex", (int) (long) first - 1);
                findings.add(new Finding(FindingKind.DUPLICATE_PLAN_ID, Severity.ERROR, plan.id(), "/id", parameters));
            }
            for (Finding f : found) {
                Finding settled = settle(f, lines, resolved);
                if (settled != null) {
                    findings.add(settled);
                }
            }
            each.accept(entry, findings);
        });
    }

    private static void mark(Set<String> wanted, Set<String> resolved, String key) {
        if (wanted.contains(key)) {
            resolved.add(key);
        }
    }

    /** A reference to another plan of the catalog is no longer external: it resolves, or it is an error. */
    private static @Nullable Finding settle(Finding f, Map<String, Long> plans, Set<String> resolved) {
        if (f.kind() != FindingKind.UNRESOLVED_EXTERNAL_REFERENCE) {
            return f;
        }
        Object plan = f.parameters().get("plan");
        Object type = f.parameters().get("type");
        Object id = f.parameters().get("id");
        if (!(plan instanceof String p) || !(type instanceof String t) || !(id instanceof String i)
                || !plans.containsKey(p)) {
            return f;
        }
        if (resolved.contains(key(p, t, i))) {
            return null;
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("type", t);
        parameters.put("id", i);
        parameters.put("plan", p);
        String path = f.path().endsWith("/plan") ? f.path().substring(0, f.path().length() - 5) + "/" + t : f.path();
        return new Finding(FindingKind.UNRESOLVED_REFERENCE, Severity.ERROR, f.document(), path, parameters);
    }

    private static void references(Plan plan, Consumer<String> out) {
        plan.allGoals().forEach((Goal g) -> g.alignsWith().forEach(r -> {
            if (!r.plan().equals(plan.id())) {
                out.accept(key(r.plan(), "goal", r.goal()));
            }
        }));
        plan.allIndicators().forEach((Indicator i) -> {
            for (Target t : i.targets()) {
                if (t instanceof RelativeTarget r && r.reference() != null && r.reference().plan() != null
                        && !r.reference().plan().equals(plan.id())) {
                    out.accept(key(r.reference().plan(), "indicator", r.reference().indicator()));
                } else if (t instanceof ShareTarget s && s.wholeIndicator() != null
                        && s.wholeIndicator().plan() != null && !s.wholeIndicator().plan().equals(plan.id())) {
                    out.accept(key(s.wholeIndicator().plan(), "indicator", s.wholeIndicator().indicator()));
                }
            }
        });
    }

    private static String key(String plan, String type, String id) {
        return plan + '\u0000' + type + '\u0000' + id;
    }
}
