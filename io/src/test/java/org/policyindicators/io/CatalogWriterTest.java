package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.policyindicators.io.testing.SamplePlans;

/** A catalog writer on a stream or writer passed in passes its lines on when flushed and closed. */
class CatalogWriterTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    /** The line of the minimal plan, compact, with its line feed. */
    private static final String LINE = PolicyJson.builder().outputStyle(OutputStyle.COMPACT).build()
            .writePlan(SamplePlans.minimal());

    @Test
    void flush_passesTheLinesWrittenOnToABufferedStream() {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        CatalogWriter writer = JSON.catalogWriter(new BufferedOutputStream(target));

        writer.write(SamplePlans.minimal());
        int beforeFlush = target.size();
        writer.flush();

        assertThat(beforeFlush).isZero();
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo(LINE);
        assertThat(writer.count()).isEqualTo(1);
    }

    @Test
    void close_flushesAWriterPassedIn_andLeavesItOpen() throws IOException {
        StringWriter target = new StringWriter();
        BufferedWriter buffered = new BufferedWriter(target);
        CatalogWriter writer = JSON.catalogWriter(buffered);

        writer.write(SamplePlans.minimal()).write(SamplePlans.minimal());
        writer.close();
        writer.close();

        assertThat(target.toString()).isEqualTo(LINE + LINE);
        buffered.write("still open");
        buffered.flush();
        assertThat(target.toString()).endsWith("still open");
    }
}
