package org.policyindicators.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelsTest {

    @Test
    void get_readsTheChineseBundleAsUtf8() {
        Labels zh = Labels.of(Language.ZH);

        assertThat(zh.get("column.indicator")).isEqualTo("指标");
        assertThat(zh.get("status.achieved")).isEqualTo("已实现");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh", "de-DE", "en-US"})
    void get_readsTheEnglishBundleWhateverTheDefaultLocale(String defaultLocale) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(defaultLocale));
            // a bundle looked up with the default locale as fallback would find labels_zh here
            ResourceBundle.clearCache(Labels.class.getClassLoader());

            Labels en = Labels.of(Language.EN);
            Labels zh = Labels.of(Language.ZH);

            assertThat(Locale.getDefault().toLanguageTag()).isEqualTo(defaultLocale);
            assertThat(en.get("column.indicator")).isEqualTo("Indicator");
            assertThat(en.get("status.achieved")).isEqualTo("achieved");
            assertThat(zh.get("column.indicator")).isEqualTo("指标");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void get_replacesPlaceholdersLiterally() {
        Labels en = Labels.of(Language.EN);

        assertThat(en.get("target.implied", "x2", "972")).isEqualTo("x2 = 972");
        assertThat(en.get("target.implied", "{1}", "$0")).isEqualTo("{1} = $0");
    }

    @Test
    void bundles_haveTheSameKeysInBothLanguages() throws IOException {
        Properties en = load("labels.properties");
        Properties zh = load("labels_zh.properties");

        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
