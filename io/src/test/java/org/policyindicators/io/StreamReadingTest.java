package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Plan;
import org.policyindicators.core.PlanKind;
import org.policyindicators.core.Text;
import org.policyindicators.core.YearRange;
import org.policyindicators.io.testing.SamplePlans;

/** Reading documents from streams and characters, and catalogs line by line. */
class StreamReadingTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    /** The first line of a catalog, with its line feed. */
    private static final String LINE_1 = PolicyJson.builder().outputStyle(OutputStyle.COMPACT).build()
            .writePlan(SamplePlans.minimal());

    private static byte[] catalog(String before, int... bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        for (int b : bytes) {
            out.write(b);
        }
        return out.toByteArray();
    }

    private static PolicyJsonException readCatalog(byte[] bytes) {
        return catchThrowableOfType(PolicyJsonException.class, () -> {
            try (Stream<Plan> plans = JSON.readCatalog(new ByteArrayInputStream(bytes))) {
                plans.forEach(plan -> { });
            }
        });
    }

    @Test
    void readPlan_fromAStreamThatReportsItsLength_asksForAllOfItAndOneByteMoreInItsFirstRead() {
        Plan plan = Plan.builder("p", PlanKind.OTHER, "j", YearRange.of(2020, 2025))
                .title(Text.zh("x".repeat(20_000))).build();
        byte[] document = JSON.writePlan(plan).getBytes(StandardCharsets.UTF_8);
        List<Integer> requests = new ArrayList<>();
        FilterInputStream in = new FilterInputStream(new ByteArrayInputStream(document)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                requests.add(len);
                return super.read(b, off, len);
            }
        };

        assertThat(JSON.readPlan(in)).isEqualTo(plan);
        // one more byte than it holds, so that a single array sees its end without growing
        assertThat(requests.get(0)).isEqualTo(document.length + 1);
    }

    @Test
    void readPlan_fromCharacters_aZeroCharacterFirst_isAnErrorAtTheFirstColumn() {
        String document = JSON.writePlan(SamplePlans.minimal());

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> JSON.readPlan(new StringReader("\u0000" + document)));

        assertThat(e.problem()).contains("code 0");
        assertThat(new long[] {e.line(), e.column()}).containsExactly(1, 1);
    }

    @Test
    void readCatalog_anIllFormedByteOnTheSecondLine_isReportedAtItsOffsetInTheInput() {
        byte[] bytes = catalog(LINE_1 + "{\"id\":\"", 0xFF, '"', '}', '\n');

        PolicyJsonException e = readCatalog(bytes);

        assertThat(e.problem()).isEqualTo("The input is not valid UTF-8: invalid UTF-8 (0xFF) at byte offset "
                + (LINE_1.length() + 7));
        assertThat(new long[] {e.line(), e.column()}).containsExactly(2, 8);
    }

    @Test
    void readCatalog_aZeroByteOnTheSecondLine_isReportedAtItsOffsetInTheInput() {
        byte[] bytes = catalog(LINE_1 + "{", 0, '}', '\n');

        PolicyJsonException e = readCatalog(bytes);

        assertThat(e.problem()).isEqualTo("The input is not UTF-8: a zero byte at byte offset "
                + (LINE_1.length() + 1) + " is how UTF-16 and UTF-32 begin");
        assertThat(new long[] {e.line(), e.column()}).containsExactly(2, 2);
    }

    @Test
    void readCatalog_aBlankLastLineWithoutALineFeed_isABlankLine() {
        // the first line begins with blanks too, where the reader's buffer held them before
        byte[] bytes = catalog("{   " + LINE_1.substring(1) + " ");

        PolicyJsonException e = readCatalog(bytes);

        assertThat(e.problem()).isEqualTo("Line 2 is blank; a catalog holds one plan document on each line");
        assertThat(new long[] {e.line(), e.column()}).containsExactly(2, 1);
    }
}
