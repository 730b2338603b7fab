package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyindicators.core.Identifiers;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The {@code Identifier} type of the JSON Schema against the identifier rules of core
 * ({@link Identifiers}), over a generated set of strings: every white-space, separator and
 * control code point alone and mixed, the no-break spaces, surrogates and random mixtures.
 *
 * <p>The schema's type states what the model's constructors require, that an identifier is
 * {@linkplain Identifiers#isNotBlank(String) not blank}; it does not state the stricter rule of
 * {@linkplain Identifiers#isValid(CharSequence) valid} identifiers, which the validator reports.
 */
class IdentifierSchemaTest {

    private static Pattern pattern;
    private static Schema schema;

    @BeforeAll
    static void loadTheIdentifierType() {
        JsonNode identifier = JsonMapper.builder().build().readTree(PolicyJson.schema()).get("$defs").get("Identifier");
        // unanchored, as JSON Schema patterns are: a match anywhere in the string is enough
        pattern = Pattern.compile(identifier.get("pattern").asString());
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(identifier.toString(), InputFormat.JSON);
    }

    private static boolean patternAccepts(String s) {
        return pattern.matcher(s).find();
    }

    private static boolean schemaAccepts(String s) {
        return schema.validate(JsonNodeFactory.instance.stringNode(s)).isEmpty();
    }

    /** Code points that some definition or engine counts as white space, blank or a separator. */
    private static List<Integer> spaceLike() {
        Set<Integer> cps = new LinkedHashSet<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                    || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                cps.add(cp);
            }
        }
        // the no-break spaces, zero-width and format characters that regular expressions disagree on
        for (int cp : new int[] {0x00a0, 0x2007, 0x202f, 0x3000, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff}) {
            cps.add(cp);
        }
        return new ArrayList<>(cps);
    }

    private static List<String> strings() {
        List<Integer> spaces = spaceLike();
        List<String> strings = new ArrayList<>();
        strings.add("");
        for (String s : new String[] {"a", "cn-140109", "高新技术企业", "\uD840\uDC00", "\uD840", "\uDC00", "-", "~/"}) {
            strings.add(s);
        }
        for (int cp : spaces) {
            String c = Character.toString(cp);
            strings.add(c);
            strings.add(c + c);
            strings.add(c + "a");
            strings.add("a" + c);
            strings.add(" " + c + "\t");
            strings.add(c + "\uD840");
        }
        SplittableRandom random = new SplittableRandom(6901L);
        String others = "aZ09._-~/é太\uD840\uDC00";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(6);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(5) < 4) {
                    s.appendCodePoint(spaces.get(random.nextInt(spaces.size())));
                } else {
                    s.append(others.charAt(random.nextInt(others.length())));
                }
            }
            strings.add(s.toString());
        }
        return strings;
    }

    @Test
    void schemaPattern_acceptsExactlyTheStringsThatAreNotBlank() {
        List<String> strings = strings();
        int blank = 0;
        for (String s : strings) {
            boolean notBlank = Identifiers.isNotBlank(s);
            blank += notBlank ? 0 : 1;
            assertThat(patternAccepts(s)).as("pattern on %s", codePoints(s)).isEqualTo(notBlank);
        }
        assertThat(blank).as("blank strings among the generated").isGreaterThan(1_000);
    }

    @Test
    void schemaValidator_acceptsExactlyTheStringsThatAreNotBlank() {
        for (String s : strings()) {
            assertThat(schemaAccepts(s)).as("schema on %s", codePoints(s)).isEqualTo(Identifiers.isNotBlank(s));
        }
    }

    @Test
    void schema_acceptsEveryValidIdentifier() {
        SplittableRandom random = new SplittableRandom(140109L);
        String first = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        String rest = first + "._-";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder s = new StringBuilder().append(first.charAt(random.nextInt(first.length())));
            int length = random.nextInt(Identifiers.MAX_LENGTH);
            for (int i = 0; i < length; i++) {
                s.append(rest.charAt(random.nextInt(rest.length())));
            }
            String id = s.toString();
            assertThat(Identifiers.isValid(id)).as(id).isTrue();
            assertThat(patternAccepts(id)).as(id).isTrue();
            assertThat(schemaAccepts(id)).as(id).isTrue();
        }
    }

    private static String codePoints(String s) {
        StringBuilder out = new StringBuilder("[");
        s.codePoints().forEach(cp -> out.append(out.length() > 1 ? " " : "").append(String.format(Locale.ROOT, "U+%04X", cp)));
        return out.append(']').toString();
    }
}
