package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Baseline;
import org.policyindicators.core.Goal;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Text;
import org.policyindicators.core.Unit;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.testing.Messages;
import org.policyindicators.io.testing.SamplePlans;

/**
 * A {@link PolicyJson} never writes what its own reader refuses: for each limit, a model just
 * within it writes and reads back equal, and a model one unit beyond it is refused by the writer,
 * at the value, before anything is written.
 */
class WriterLimitsTest {

    /**
     * A limit and a plan of a given size against it.
     *
     * @param name the case
     * @param json the instance, whose limit is {@code limit}
     * @param limit the limit of the instance
     * @param plan the plan of a size: at the limit for {@code limit}, beyond it for {@code limit + 1}
     * @param problem the start of the writer's problem beyond the limit
     * @param pointer the JSON Pointer of the offending value
     */
    record Case(String name, PolicyJson json, int limit, IntFunction<Plan> plan, String problem, String pointer) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Plan.Builder minimal() {
        return Plan.builder("p", PlanKind.OTHER, "j", YearRange.of(2020, 2025));
    }

    private static Plan withValue(BigDecimal value) {
        Indicator indicator = Indicator.builder("i").unit(Unit.of("cny"))
                .baseline(Baseline.of(Year.of(2020), value)).build();
        return minimal().goal(Goal.builder("g").indicator(indicator).build()).build();
    }

    /** A number of the given length, sign and point included. */
    private static Plan number(int length) {
        return withValue(new BigDecimal("-1." + "5".repeat(length - 3)));
    }

    private static Plan integer(int length) {
        return withValue(new BigDecimal("9".repeat(length)));
    }

    /** A baseline year of the given number of digits. */
    private static Plan year(int length) {
        Indicator indicator = Indicator.builder("i").unit(Unit.of("cny"))
                .baseline(Baseline.of(Year.of((int) Math.pow(10, length - 1)), BigDecimal.ONE)).build();
        return minimal().goal(Goal.builder("g").indicator(indicator).build()).build();
    }

    /** An indicator whose second component has an identifier of the given length. */
    private static Plan component(int length) {
        Indicator indicator = Indicator.builder("i").component("c").component("c".repeat(length)).build();
        return minimal().goal(Goal.builder("g").indicator(indicator).build()).build();
    }

    private static Plan title(int length) {
        return minimal().title(Text.zh("规".repeat(length))).build();
    }

    private static Plan identifier(int length) {
        return Plan.builder("p".repeat(length), PlanKind.OTHER, "j", YearRange.of(2020, 2025)).build();
    }

    /** A goal tree whose deepest object is at the given odd depth, or one level deeper for an even one: a goal of level k is at depth 2k + 1. */
    private static Plan depth(int depth) {
        Goal goal = Goal.builder("g").build();
        for (int level = depth / 2; level > 1; level--) {
            goal = Goal.builder("g").goal(goal).build();
        }
        return minimal().goal(goal).build();
    }

    private static int sizeOfMinimal() {
        return PolicyJson.standard().writePlan(minimal().build()).getBytes(StandardCharsets.UTF_8).length;
    }

    /** A plan whose document is the given number of bytes, grown by an issuer of ASCII letters. */
    private static Plan size(int bytes) {
        int extra = bytes - sizeOfMinimal();
        return Plan.builder("p", PlanKind.OTHER, "j" + "x".repeat(extra), YearRange.of(2020, 2025)).build();
    }

    static Stream<Case> limits() {
        return Stream.of(
                new Case("number", PolicyJson.builder().maxNumberLength(40).build(), 40, WriterLimitsTest::number,
                        "A number of 41 characters is longer than the reader limit of 40 characters; raise maxNumberLength",
                        "/goals/0/indicators/0/baselines/0/value"),
                new Case("integer", PolicyJson.builder().maxNumberLength(40).build(), 40, WriterLimitsTest::integer,
                        "A number of 41 characters is longer than the reader limit of 40 characters",
                        "/goals/0/indicators/0/baselines/0/value"),
                new Case("year", PolicyJson.builder().maxNumberLength(5).build(), 5, WriterLimitsTest::year,
                        "A number of 6 characters is longer than the reader limit of 5 characters",
                        "/goals/0/indicators/0/baselines/0/year"),
                new Case("string in a list", PolicyJson.builder().maxStringLength(50).build(), 50,
                        WriterLimitsTest::component,
                        "A string of 51 characters is longer than the reader limit of 50 characters",
                        "/goals/0/indicators/0/components/1"),
                new Case("string of a text", PolicyJson.builder().maxStringLength(50).build(), 50,
                        WriterLimitsTest::title,
                        "A string of 51 characters is longer than the reader limit of 50 characters; raise maxStringLength",
                        "/title/zh"),
                new Case("identifier", PolicyJson.builder().maxStringLength(50).build(), 50,
                        WriterLimitsTest::identifier,
                        "A string of 51 characters is longer than the reader limit of 50 characters", "/id"),
                new Case("nesting", PolicyJson.builder().maxNestingDepth(21).build(), 21, WriterLimitsTest::depth,
                        "The document is nested deeper than the reader limit of 21 levels; raise maxNestingDepth",
                        "/goals/0".repeat(11)),
                new Case("document size", PolicyJson.builder().maxDocumentSize(300).build(), 300,
                        WriterLimitsTest::size,
                        "The document is 301 bytes, larger than the reader limit of 300 bytes; raise maxDocumentSize",
                        ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void write_atTheLimit_readsBackEqual(Case c) {
        Plan plan = c.plan().apply(c.limit());

        String document = c.json().writePlan(plan);

        assertThat(c.json().readPlan(document)).isEqualTo(plan);
        assertThat(c.json().readPlan(new java.io.ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(plan);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void write_beyondTheLimit_isRefusedAtTheValue(Case c) {
        Plan plan = c.plan().apply(c.limit() + 1);

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> c.json().writePlan(plan));

        assertThat(e).isNotNull();
        assertThat(e.problem()).startsWith(c.problem());
        assertThat(e.pointer()).isEqualTo(c.pointer());
        assertThat(new long[] {e.line(), e.column()}).containsExactly(-1, -1);
        Messages.assertNamesNoInternals(e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void write_beyondTheLimit_writesNothingToTheTarget(Case c) {
        Plan plan = c.plan().apply(c.limit() + 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter chars = new StringWriter();

        catchThrowableOfType(PolicyJsonException.class, () -> c.json().writePlan(plan, bytes));
        catchThrowableOfType(PolicyJsonException.class, () -> c.json().writePlan(plan, chars));

        assertThat(bytes.size()).isZero();
        assertThat(chars.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void write_beyondTheLimit_leavesAnExistingFileAsItWas(Case c, @TempDir Path directory) throws IOException {
        Path file = directory.resolve("plan.json");
        Files.writeString(file, "before", StandardCharsets.UTF_8);

        catchThrowableOfType(PolicyJsonException.class, () -> c.json().writePlan(c.plan().apply(c.limit() + 1), file));

        assertThat(file).hasContent("before");
    }

    @Test
    void write_standardInstance_refusesTheLongDecimalThatItWouldNotRead() {
        Plan plan = withValue(new BigDecimal("1".repeat(1_085)));

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> PolicyJson.standard().writePlan(plan));

        assertThat(e.problem()).isEqualTo("A number of 1085 characters is longer than the reader limit of 1000"
                + " characters; raise maxNumberLength to write it");
        assertThat(PolicyJson.builder().maxNumberLength(1_085).build().writePlan(plan)).contains("1".repeat(1_085));
    }

    @Test
    void writeCatalog_appliesTheSizeLimitToEachLine() {
        PolicyJson compact = PolicyJson.builder().outputStyle(OutputStyle.COMPACT).build();
        int lineSize = compact.writePlan(minimal().build()).getBytes(StandardCharsets.UTF_8).length - 1;
        PolicyJson json = PolicyJson.builder().maxDocumentSize(lineSize).build();
        Plan fits = minimal().build();
        Plan tooLarge = Plan.builder("pp", PlanKind.OTHER, "j", YearRange.of(2020, 2025)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> json.writeCatalog(List.of(fits, fits, tooLarge), out));

        assertThat(e.problem()).startsWith("The catalog line is " + (lineSize + 1) + " bytes, larger than the reader"
                + " limit of " + lineSize + " bytes");
        try (Stream<Plan> plans = json.readCatalog(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(plans.toList()).containsExactly(fits, fits);
        }
    }

    @Test
    void write_fieldNameBeyondTheStringLimit_isRefusedAtItsObject() {
        PolicyJson json = PolicyJson.builder().maxStringLength(5).build();

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> json.writePlan(minimal().build()));

        assertThat(e.problem()).startsWith("A field name of 6 characters is longer than the reader limit of 5");
        assertThat(e.pointer()).isEmpty();
    }

    /** A plan of many goals, the last of which has an identifier of the given length. */
    private static Plan manyGoals(int goals, int lastIdLength) {
        Plan.Builder plan = minimal();
        for (int i = 1; i < goals; i++) {
            plan.goal(Goal.builder("g" + i).build());
        }
        return plan.goal(Goal.builder("x".repeat(lastIdLength)).build()).build();
    }

    @Test
    void writePlan_toAFile_replacesIt_andLeavesNoTemporaryFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("plan.json");
        Files.writeString(file, "before", StandardCharsets.UTF_8);
        Plan plan = manyGoals(2_000, 1);

        PolicyJson.standard().writePlan(plan, file);

        assertThat(PolicyJson.standard().readPlan(file)).isEqualTo(plan);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void writePlan_toAFile_refusedLate_leavesItUntouched_andNoTemporaryFile(@TempDir Path directory)
            throws IOException {
        Path file = directory.resolve("plan.json");
        Files.writeString(file, "before", StandardCharsets.UTF_8);
        PolicyJson json = PolicyJson.builder().maxStringLength(50).build();

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> json.writePlan(manyGoals(2_000, 51), file));

        assertThat(e.pointer()).isEqualTo("/goals/1999/id");
        assertThat(file).hasContent("before");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void writePlan_toANewFile_refused_createsNoFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("plan.json");

        catchThrowableOfType(PolicyJsonException.class,
                () -> PolicyJson.builder().maxStringLength(50).build().writePlan(manyGoals(10, 51), file));

        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void writePlan_toAStream_passesTheDocumentOnAsItIsGenerated() {
        Plan plan = manyGoals(5_000, 1);
        int[] largestWrite = {0};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                largestWrite[0] = Math.max(largestWrite[0], len);
                super.write(b, off, len);
            }
        };

        PolicyJson.standard().writePlan(plan, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(PolicyJson.standard().writePlan(plan));
        assertThat(largestWrite[0]).isLessThan(out.size() / 10);
    }

    @Test
    void writePlan_toAStreamOrWriter_refusedLate_holdsOnlyPartOfTheDocumentBeforeTheRefusedValue() {
        PolicyJson json = PolicyJson.builder().maxStringLength(50).build();
        Plan plan = manyGoals(2_000, 51);
        String whole = PolicyJson.builder().maxStringLength(51).build().writePlan(plan);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter chars = new StringWriter();

        catchThrowableOfType(PolicyJsonException.class, () -> json.writePlan(plan, bytes));
        catchThrowableOfType(PolicyJsonException.class, () -> json.writePlan(plan, chars));

        String refused = "\"" + "x".repeat(51) + "\"";
        assertThat(whole).contains(refused);
        for (String written : List.of(bytes.toString(StandardCharsets.UTF_8), chars.toString())) {
            assertThat(whole).startsWith(written);
            assertThat(whole.indexOf(refused)).isGreaterThan(written.length());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void write_atTheLimit_toAStreamAndToAWriter_givesTheWholeDocument(Case c) {
        Plan plan = c.plan().apply(c.limit());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter chars = new StringWriter();

        c.json().writePlan(plan, bytes);
        c.json().writePlan(plan, chars);

        String document = c.json().writePlan(plan);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(document);
        assertThat(chars.toString()).isEqualTo(document);
    }

    @Test
    void writePlan_toAWriter_beyondTheSizeLimit_isRefused() {
        PolicyJson json = PolicyJson.builder().maxDocumentSize(300).build();
        StringWriter chars = new StringWriter();

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class, () -> json.writePlan(size(301), chars));

        assertThat(e.problem()).isEqualTo("The document is 301 bytes, larger than the reader limit of 300 bytes;"
                + " raise maxDocumentSize to write it");
        assertThat(e.pointer()).isEmpty();
        assertThat(chars.toString()).isEmpty();
    }

    @Test
    void writePlan_toAWriter_countsTheSizeInUtf8Bytes() {
        Plan plan = title(20);
        String document = PolicyJson.standard().writePlan(plan);
        int bytes = document.getBytes(StandardCharsets.UTF_8).length;
        PolicyJson json = PolicyJson.builder().maxDocumentSize(bytes - 1).build();

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> json.writePlan(plan, new StringWriter()));

        assertThat(document.length()).isLessThan(bytes - 1);
        assertThat(e.problem()).startsWith("The document is " + bytes + " bytes, larger than the reader limit of "
                + (bytes - 1) + " bytes");
    }

    @Test
    void writePlan_toABufferedStreamOrWriter_flushesIt() {
        Plan plan = SamplePlans.minimal();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter chars = new StringWriter();

        PolicyJson.standard().writePlan(plan, new BufferedOutputStream(bytes));
        PolicyJson.standard().writePlan(plan, new BufferedWriter(chars));

        String document = PolicyJson.standard().writePlan(plan);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(document);
        assertThat(chars.toString()).isEqualTo(document);
    }

    @Test
    void writeCatalog_toAWriter_appliesTheSizeLimitToEachLine_withoutItsLineFeed() {
        PolicyJson compact = PolicyJson.builder().outputStyle(OutputStyle.COMPACT).build();
        int lineSize = compact.writePlan(minimal().build()).getBytes(StandardCharsets.UTF_8).length - 1;
        PolicyJson json = PolicyJson.builder().maxDocumentSize(lineSize).build();
        Plan fits = minimal().build();
        Plan tooLarge = Plan.builder("pp", PlanKind.OTHER, "j", YearRange.of(2020, 2025)).build();
        StringWriter out = new StringWriter();

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> json.writeCatalog(List.of(fits, fits, tooLarge), out));

        assertThat(e.problem()).startsWith("The catalog line is " + (lineSize + 1) + " bytes, larger than the reader"
                + " limit of " + lineSize + " bytes");
        try (Stream<Plan> plans = json.readCatalog(new java.io.StringReader(out.toString()))) {
            assertThat(plans.toList()).containsExactly(fits, fits);
        }
    }
}
