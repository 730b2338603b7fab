package org.policyindicators.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyindicators.io.PolicyJson;

import tools.jackson.databind.JsonNode;

/**
 * Runs the built jar as its own process, as a user would, on a platform whose default charset
 * is ASCII: the output must still be UTF-8, and the validator must work from the merged jar.
 */
class CommandLineJarIT {

    private static Path jar;

    @TempDir
    Path dir;

    record Result(int status, String out, String err) {
    }

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("policyindicators.jar", "target/policy-indicators.jar"));
        assertThat(jar).as("the jar built by the package phase").isRegularFile();
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=US-ASCII", "-Dstdout.encoding=US-ASCII", "-Dstderr.encoding=US-ASCII",
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void report_printsChineseAsUtf8WhateverTheDefaultCharset() throws Exception {
        Result result = run("--lang", "zh");

        assertThat(result.status()).isEqualTo(Main.OK);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("内置太原规划的政策指标").contains("地区生产总值", "万柏林区", "汇总");
    }

    @Test
    void report_asJsonParses() throws Exception {
        Result result = run("--format", "json");

        assertThat(result.status()).isEqualTo(Main.OK);
        JsonNode root = JsonReport.MAPPER.readTree(result.out());
        assertThat(root.get("summary").get("plans").asInt()).isEqualTo(5);
    }

    @Test
    void schema_printsTheSchema() throws Exception {
        Result result = run("schema");

        assertThat(result.status()).isEqualTo(Main.OK);
        assertThat(JsonReport.MAPPER.readTree(result.out()).get("$id").asString()).isEqualTo(PolicyJson.SCHEMA_ID);
    }

    @Test
    void validate_reportsAMalformedFileOnOneLineOfStandardError() throws Exception {
        // the value of "id" is missing on line 2
        Path file = Files.writeString(dir.resolve("malformed.json"), "{\n  \"id\": ,\n  \"kind\": \"other\"\n}\n",
                StandardCharsets.UTF_8);

        Result result = run("validate", file.toString());

        assertThat(result.status()).isEqualTo(Main.UNUSABLE);
        assertThat(result.err().lines()).singleElement().asString().startsWith(file + ":2:");
    }

    @Test
    void version_comesFromTheManifest() throws Exception {
        Result result = run("--version");

        assertThat(result.status()).isEqualTo(Main.OK);
        assertThat(result.out().strip()).matches("policy-indicators \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
