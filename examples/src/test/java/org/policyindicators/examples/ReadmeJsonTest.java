package org.policyindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.Severity;
import org.policyindicators.io.validation.PlanValidator;

/** Reads and validates every JSON document that README.md shows, so that none can go stale. */
class ReadmeJsonTest {

    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    private static List<String> blocks() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        for (Matcher m = JSON_BLOCK.matcher(readme); m.find();) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void everyJsonBlock_readsAsAPlanAndValidatesWithoutErrorsOrWarnings() throws IOException {
        List<String> blocks = blocks();

        assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
        for (String block : blocks) {
            Plan plan = PolicyJson.standard().readPlan(block);
            List<Finding> findings = PlanValidator.standard().validate(plan).findings().stream()
                    .filter(f -> f.severity() != Severity.INFO)
                    .toList();
            assertThat(findings).as("findings of README's plan %s", plan.id()).isEmpty();
        }
    }

    @Test
    void everyJsonBlock_writesBackToAnEqualPlan() throws IOException {
        for (String block : blocks()) {
            Plan plan = PolicyJson.standard().readPlan(block);

            assertThat(PolicyJson.standard().readPlan(PolicyJson.standard().writePlan(plan))).isEqualTo(plan);
        }
    }
}
