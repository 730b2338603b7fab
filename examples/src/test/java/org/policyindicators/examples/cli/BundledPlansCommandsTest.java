package org.policyindicators.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyindicators.examples.Frameworks;
import org.policyindicators.examples.Taiyuan;

/**
 * Every command that reads a plan runs to its end on every bundled plan, the Taiyuan texts and
 * the other frameworks alike, with their qualitative indicators, states, dated periods and
 * disaggregations: exit status 0 and output, never an internal error.
 */
class BundledPlansCommandsTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> runs() {
        List<String[]> commands = List.of(
                new String[] {"report"},
                new String[] {"report", "--lang", "zh"},
                new String[] {"report", "--format", "json"},
                new String[] {"report", "--format", "html"},
                new String[] {"report", "--format", "html", "--lang", "zh"},
                new String[] {"validate"},
                new String[] {"export-table"},
                new String[] {"export-table", "--lang", "zh"},
                new String[] {"export-observations"});
        List<Arguments> runs = new ArrayList<>();
        for (String plan : Taiyuan.PLANS) {
            for (String[] command : commands) {
                runs.add(Arguments.of(String.join(" ", command), "taiyuan", plan, command));
            }
        }
        for (String plan : Frameworks.PLANS) {
            for (String[] command : commands) {
                runs.add(Arguments.of(String.join(" ", command), "frameworks", plan, command));
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("runs")
    void command_runsToItsEnd_onEveryBundledPlan(String name, String set, String plan, String[] command)
            throws IOException {
        Path file = dir.resolve(set + "-" + plan);
        if (!Files.exists(file)) {
            try (InputStream in = set.equals("taiyuan") ? Taiyuan.open(plan) : Frameworks.open(plan)) {
                Files.copy(in, file);
            }
        }
        String[] args = Stream.concat(Stream.of(command), Stream.of(file.toString())).toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintWriter o = Main.utf8(out); PrintWriter e = Main.utf8(err)) {
            status = Main.run(o, e, args);
        }

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isNotBlank();
    }
}
