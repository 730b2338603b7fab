package org.policyindicators.io.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Plan;

/** io/VALIDATION.md says what the validator does: every code in its table, its JSON example real output. */
class ValidationDocumentationTest {

    private static String document() throws IOException {
        return Files.readString(Path.of("VALIDATION.md"), StandardCharsets.UTF_8);
    }

    @Test
    void ruleTable_listsEveryCodeWithItsDefaultSeverityInDeclarationOrder() throws IOException {
        Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| (error|warning|info) \\|").matcher(document());
        Map<String, String> table = new LinkedHashMap<>();
        while (row.find()) {
            table.put(row.group(1), row.group(2));
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        for (FindingKind kind : FindingKind.values()) {
            kinds.put(kind.code(), kind.defaultSeverity().code());
        }

        assertThat(table).containsExactlyEntriesOf(kinds);
    }

    @Test
    void readmeRuleTable_isTheTableOfValidationMd() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("<!-- rules:start -->") + "<!-- rules:start -->".length(),
                readme.indexOf("<!-- rules:end -->")).strip();
        String doc = document();
        String source = doc.substring(doc.indexOf("## Rules") + "## Rules".length(), doc.indexOf("The first six codes"))
                .strip();

        assertThat(table).isEqualTo(source);
    }

    @Test
    void jsonExample_isWhatTheValidatorWrites() throws IOException {
        Plan plan = Fixtures.indicator(Fixtures.plan(), "gdp",
                i -> Fixtures.withBaselines(i, Fixtures.baseline(2025, "486")));
        plan = Fixtures.indicator(plan, "pension-resident",
                i -> Fixtures.withBaselines(i, Fixtures.baseline(2020, "6.9")));
        String doc = document();
        int start = doc.indexOf("```json\n", doc.indexOf("### JSON shape")) + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));

        String json = PlanValidator.standard().validate(plan).toJson(Locale.ENGLISH);

        assertThat(json.replace("\r\n", "\n").strip()).isEqualTo(example.strip());
    }
}
