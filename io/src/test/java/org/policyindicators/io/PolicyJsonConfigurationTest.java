package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.Test;
import org.policyindicators.io.testing.SamplePlans;

/** How an instance describes itself, the smallest limits it accepts, and the default report of skipped fields. */
class PolicyJsonConfigurationTest {

    @Test
    void toString_namesTheOptionsTheLimitsAndTheOutputStyle() {
        PolicyJson json = PolicyJson.builder().enable(ReaderOption.ALLOW_UNKNOWN_FIELDS).maxNestingDepth(7)
                .maxStringLength(8).maxNumberLength(9).maxDocumentSize(10).outputStyle(OutputStyle.COMPACT).build();

        assertThat(json).hasToString("PolicyJson[options=[ALLOW_UNKNOWN_FIELDS], maxNestingDepth=7,"
                + " maxStringLength=8, maxNumberLength=9, maxDocumentSize=10, outputStyle=COMPACT]");
    }

    @Test
    void builder_acceptsLimitsOfOne() {
        PolicyJson json = PolicyJson.builder().maxNestingDepth(1).maxStringLength(1).maxNumberLength(1)
                .maxDocumentSize(1).build();

        assertThat(new long[] {json.maxNestingDepth(), json.maxStringLength(), json.maxNumberLength(),
                json.maxDocumentSize()}).containsExactly(1, 1, 1, 1);
    }

    @Test
    void readPlan_allowingUnknownFieldsWithoutAListener_logsEachSkippedFieldAsAWarning() {
        String json = PolicyJson.standard().writePlan(SamplePlans.minimal())
                .replace("\"id\": \"p\"", "\"id\": \"p\", \"colour\": 1");
        List<SkippedField> told = new ArrayList<>();
        PolicyJson.builder().enable(ReaderOption.ALLOW_UNKNOWN_FIELDS).onSkippedField(told::add).build()
                .readPlan(json);
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("org.policyindicators.io");
        boolean parents = logger.getUseParentHandlers();
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
        try {
            PolicyJson.builder().enable(ReaderOption.ALLOW_UNKNOWN_FIELDS).build().readPlan(json);
        } finally {
            logger.removeHandler(handler);
            logger.setUseParentHandlers(parents);
        }

        SkippedField skipped = told.get(0);
        assertThat(told).hasSize(1);
        assertThat(skipped.pointer()).isEqualTo("/colour");
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(new SimpleFormatter().formatMessage(record)).isEqualTo("Skipped unknown field /colour (line "
                    + skipped.line() + ", column " + skipped.column() + ")");
        });
    }
}
