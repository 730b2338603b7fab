package org.policyindicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The schema as JavaScript tools see it: {@code src/test/ajv/check-schema.mjs} compiles it with
 * ajv 8 (Draft 2020-12, strict mode, ajv-formats) and validates every bundled example document.
 *
 * <p>The check needs {@code node} and the packages of {@code src/test/ajv}, installed with
 * {@code npm ci} in that folder ({@code .ci/run} does it). Where either is missing the test is
 * skipped on a developer machine and fails on CI (environment variable {@code CI=true}). The
 * environment variable {@code NODE} names another node executable.
 */
class AjvSchemaCheckTest {

    private static final Path FOLDER = Path.of("src", "test", "ajv");
    private static final Path SCRIPT = FOLDER.resolve("check-schema.mjs");

    @Test
    void schema_compilesInStrictMode_andEveryBundledDocumentIsValid() throws IOException, InterruptedException {
        requireNodeAndAjv();

        Process process = new ProcessBuilder(node(), SCRIPT.toString()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("node did not finish within 120 seconds; output so far:\n" + output);
        }

        assertThat(process.exitValue()).as("exit code of node %s with output:%n%s", SCRIPT, output).isZero();
        assertThat(output).contains("strict mode", "cn-140109-fyp-14.json", "jurisdictions.json", " 0 problems")
                .doesNotContain("INVALID", "ACCEPTED");
    }

    private static String node() {
        String node = System.getenv("NODE");
        return node == null || node.isBlank() ? "node" : node;
    }

    /** Fails on CI, and skips elsewhere, when node or the installed ajv is missing. */
    private static void requireNodeAndAjv() {
        String problem = probe();
        if (problem == null) {
            return;
        }
        String message = "The ajv schema check needs " + problem + "; install Node.js 18 or later and run"
                + " 'npm ci' in io/src/test/ajv";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message);
        }
        Assumptions.abort(message);
    }

    private static String probe() {
        try {
            Process process = new ProcessBuilder(node(), "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "node, which did not answer within 60 seconds";
            }
            if (process.exitValue() != 0) {
                return "node, which failed with exit code " + process.exitValue();
            }
        } catch (IOException e) {
            return "node, which could not be started (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "node, but the probe was interrupted";
        }
        for (String module : new String[] {"ajv", "ajv-formats"}) {
            if (!Files.isRegularFile(FOLDER.resolve("node_modules").resolve(module).resolve("package.json"))) {
                return "the package " + module + " in " + FOLDER.resolve("node_modules").toAbsolutePath();
            }
        }
        return null;
    }
}
