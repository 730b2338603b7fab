package org.policyindicators.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.core.Jurisdiction;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.PolicyJsonException;
import org.policyindicators.io.validation.ValidationReport;
import org.policyindicators.io.validation.PlanValidator;

/**
 * Reads every hostile document of {@link HostileCorpus} and every truncation of its base
 * document, and checks that each ends in its expected outcome quickly and within bounded memory.
 *
 * <p>The build runs this class on its own with a heap of 256 MB (see the {@code hostile-corpus}
 * execution in {@code io/pom.xml}), so a reader that held a 100 MB document or a 50 MB string
 * in memory would fail here.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileCorpusTest {

    private static final PlanValidator VALIDATOR = PlanValidator.standard();

    static Stream<HostileCase> documents() {
        return HostileCorpus.cases().stream();
    }

    static Stream<Truncations.Cut> truncations() {
        return Truncations.of(HostileCorpus.BASE).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void hostileDocument_endsInItsExpectedOutcome(HostileCase hostile) {
        hostile.check(VALIDATOR);
    }

    @ParameterizedTest(name = "cut at line {1}, column {2}")
    @MethodSource("truncationArguments")
    void truncatedDocument_failsWhereTheInputEnds(Truncations.Cut cut, long line, long column) {
        PolicyJsonException asText = catchThrowableOfType(PolicyJsonException.class,
                () -> HostileCorpus.STRICT.readPlan(cut.text()));
        PolicyJsonException asBytes = catchThrowableOfType(PolicyJsonException.class,
                () -> HostileCorpus.STRICT.readPlan(new ByteArrayInputStream(cut.text().getBytes(StandardCharsets.UTF_8))));

        for (PolicyJsonException e : new PolicyJsonException[] {asText, asBytes}) {
            assertThat(e).as("reading a document cut at line %d, column %d", line, column).isNotNull();
            Outcomes.assertLocated(e);
            assertThat(e.problem()).containsAnyOf("end-of-input", "end of input");
            assertThat(new long[] {e.line(), e.column()}).as(e.getMessage()).containsExactly(line, column);
            assertThat(e.pointer()).as(e.getMessage()).isIn(cut.pointers());
        }
        assertThat(asBytes.getMessage()).isEqualTo(asText.getMessage());
    }

    static Stream<Arguments> truncationArguments() {
        return truncations().map(cut -> Arguments.of(cut, cut.line(), cut.column()));
    }

    @Test
    void documentOf100MegabytesAsCharacters_stopsAtTheSizeLimitInCharacters() {
        // a character stream of 100 million characters, produced on demand
        Reader endless = new Reader() {
            private final String head = "{\"format\": \"policy-indicators/1.0\", \"sources\": [";
            private final String source = "{\"id\": \"s\", \"title\": {\"zh\": \"来源文件\"}},\n";
            private long position;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (position >= 100_000_000L) {
                    return -1;
                }
                for (int i = 0; i < length; i++, position++) {
                    buffer[offset + i] = position < head.length() ? head.charAt((int) position)
                            : source.charAt((int) ((position - head.length()) % source.length()));
                }
                return length;
            }

            @Override
            public void close() {
                // nothing to release
            }
        };

        PolicyJsonException e = catchThrowableOfType(PolicyJsonException.class,
                () -> HostileCorpus.STRICT.readPlan(endless));

        assertThat(e).isNotNull();
        Outcomes.assertLocated(e);
        assertThat(e.problem()).contains("larger than the limit of " + PolicyJson.DEFAULT_MAX_DOCUMENT_SIZE + " characters");
        assertThat(e.pointer()).matches("/sources/[0-9]+(/.*)?");
    }

    @Test
    void jurisdictionsWhoseParentsFormACycle_areReportedNotThrown() {
        String document = """
                {"format": "policy-indicators/1.0", "jurisdictions": [
                  {"id": "cn-14", "name": {"zh": "山西省"}, "level": "province", "parent": "cn-140100"},
                  {"id": "cn-140100", "name": {"zh": "太原市"}, "level": "city", "parent": "cn-140105"},
                  {"id": "cn-140105", "name": {"zh": "小店区"}, "level": "district", "parent": "cn-14"},
                  {"id": "cn-140109", "name": {"zh": "万柏林区"}, "level": "district", "parent": "cn-140109"}
                ]}
                """;

        List<Jurisdiction> jurisdictions = HostileCorpus.STRICT.readJurisdictions(document);
        ValidationReport report = VALIDATOR.validateJurisdictions(jurisdictions);

        assertThat(report.findings()).filteredOn(f -> f.code().equals("reference-cycle")).hasSize(2);
    }

}
