package org.policyindicators.io.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.policyindicators.io.validation.internal.Messages;

/** Every finding kind has a message in English and in Chinese, with the same placeholders. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{#?([A-Za-z]+)}");
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    private static final Messages CHINESE = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

    @ParameterizedTest
    @EnumSource(FindingKind.class)
    void everyKind_hasAnEnglishAndAChineseMessageWithTheSamePlaceholders(FindingKind kind) {
        String english = ENGLISH.find(kind.code());
        String chinese = CHINESE.find(kind.code());

        assertThat(english).as("English message of %s", kind.code()).isNotBlank();
        assertThat(chinese).as("Chinese message of %s", kind.code()).isNotBlank().isNotEqualTo(english);
        assertThat(chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .as("Chinese message of %s is in Chinese", kind.code()).isTrue();
        assertThat(placeholders(chinese)).isEqualTo(placeholders(english));
        for (int variant = 2; ENGLISH.find(kind.code() + "." + variant) != null; variant++) {
            String key = kind.code() + "." + variant;
            assertThat(CHINESE.find(key)).as("Chinese variant %s", key).isNotNull();
            assertThat(placeholders(CHINESE.find(key))).isEqualTo(placeholders(ENGLISH.find(key)));
        }
    }

    @ParameterizedTest
    @EnumSource(FindingKind.class)
    void everyPlaceholder_isAParameterTheKindDocuments(FindingKind kind) throws IOException {
        String documentation = source("FindingKind.java");
        int at = documentation.indexOf("    " + kind.name() + "(");
        int start = documentation.lastIndexOf("/**", at);
        String javadoc = documentation.substring(start, at);

        for (int variant = 1; ; variant++) {
            String template = ENGLISH.find(variant == 1 ? kind.code() : kind.code() + "." + variant);
            if (template == null) {
                break;
            }
            for (String name : placeholders(template)) {
                assertThat(javadoc).as("documentation of %s names parameter %s", kind, name)
                        .contains("{@code " + name + "}");
            }
        }
    }

    @Test
    void codes_areUniqueKebabCaseAndReadBack() {
        Set<String> codes = new TreeSet<>();
        for (FindingKind kind : FindingKind.values()) {
            assertThat(kind.code()).matches("[a-z]+(-[a-z0-9]+)*");
            assertThat(FindingKind.ofCode(kind.code())).isSameAs(kind);
            codes.add(kind.code());
        }
        assertThat(codes).hasSize(FindingKind.values().length);
    }

    @Test
    void bundles_areReadAsUtf8WhateverTheDefaultCharset() {
        assertThat(CHINESE.find("severity.error")).isEqualTo("错误");
        assertThat(Messages.forLocale(Locale.forLanguageTag("zh-Hant-TW")).find("severity.warning")).isEqualTo("警告");
        assertThat(Messages.forLocale(Locale.GERMAN).find("severity.warning")).isEqualTo("warning");
    }

    @Test
    void terms_usedByTheRulesAreTranslated() {
        for (String term : new String[] {"goal", "indicator", "source", "unit", "jurisdiction", "baseline",
                "higher-is-better", "lower-is-better", "increase", "decrease", "actual", "provisional", "estimated",
                "projected"}) {
            assertThat(ENGLISH.find("term." + term)).as(term).isNotBlank();
            assertThat(CHINESE.find("term." + term)).as(term).isNotBlank();
        }
        for (org.policyindicators.core.TargetKind kind : org.policyindicators.core.TargetKind.values()) {
            assertThat(CHINESE.find("term." + kind.code())).as(kind.code()).isNotBlank();
        }
    }

    /** Independent of the renderer's own parsing: a regular expression over the template. */
    static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void variants_areChosenByTheParametersAFindingCarries() {
        Map<String, Object> direction = Map.of("polarity", "higher-is-better", "direction", "decrease");

        assertThat(ENGLISH.render("target-against-polarity", direction))
                .isEqualTo("The indicator is higher-is-better, but this target's direction is decrease.");
        assertThat(CHINESE.render("target-against-polarity", direction))
                .isEqualTo("该指标为越高越好，而此目标的方向为下降。");
        assertThat(Messages.placeholders("a {x} b {#y} {x}")).containsExactly("x", "y");
    }

    private static String source(String file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(
                java.nio.file.Path.of("src/main/java/org/policyindicators/io/validation", file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
