package org.policyindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the embedding example of README.md, so that it can never go stale. */
class ReadmeExampleTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- readme-example: (\\w+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void readmeExample_compilesRunsAndPrintsWhatTheReadmeSays(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher m = EXAMPLE.matcher(readme);
        assertThat(m.find()).as("README.md has a marked Java example").isTrue();
        String className = m.group(1);
        Path source = dir.resolve(className + ".java");
        Files.writeString(source, m.group(2), StandardCharsets.UTF_8);

        compile(source, dir);
        String output = run(dir, className);

        // 210 observed in 2023 on the way from 166 (2020) to 227: (210 − 166) / (227 − 166) = 44/61
        // = 0.72131147540983606557…, which Progress rounds to 16 significant digits
        BigDecimal share = BigDecimal.valueOf(44).divide(BigDecimal.valueOf(61), MathContext.DECIMAL64);
        assertThat(output.lines()).containsExactly(
                "round trip equal: true",
                "valid: true",
                "status: ON_TRACK, share: " + share);
    }

    private static void compile(Path source, Path out) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                    "-encoding", "UTF-8", "--release", "17");
            boolean ok = compiler.getTask(diagnostics, files, null, options, null,
                    files.getJavaFileObjects(source.toFile())).call();
            assertThat(ok).as("README example compiles:%n%s", diagnostics).isTrue();
        }
    }

    private static String run(Path classes, String className) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeExampleTest.class.getClassLoader())) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
