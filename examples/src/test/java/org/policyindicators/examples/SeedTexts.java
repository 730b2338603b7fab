package org.policyindicators.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * The seed texts the Taiyuan data was encoded from: {@code shared/seeds/NNN_*.txt} next to the
 * repository, found through the system property {@value #PROPERTY} (set by the build) or by
 * looking upward from the working directory.
 */
final class SeedTexts {

    /** The system property that names the directory of the seed texts. */
    static final String PROPERTY = "policyindicators.seeds";

    private final Map<String, String> texts;

    private SeedTexts(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /**
     * Finds the directory of the seed texts.
     *
     * @return the directory, empty if there is none
     */
    static Optional<Path> directory() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && isSeedDirectory(Path.of(configured))) {
            return Optional.of(Path.of(configured).normalize());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seeds");
            if (isSeedDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the seed texts for a test that needs them. Continuous integration (the environment
     * variable {@code CI} set to {@code true}, in any case, as {@code SchemaFidelityTest} reads it)
     * always has them, so there their absence fails the test; elsewhere it skips the test with a
     * message that says so and where to put them.
     *
     * @return the seed texts, not null
     */
    static SeedTexts readOrSkip() {
        Optional<Path> dir = directory();
        if (dir.isEmpty()) {
            String message = "The seed texts were not found (system property " + PROPERTY
                    + ", or shared/seeds in a directory above " + Path.of("").toAbsolutePath() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + "; continuous integration must have them");
            }
            Assumptions.abort(message + "; skipped outside continuous integration");
        }
        return read(dir.get());
    }

    private static boolean isSeedDirectory(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(seedFile(dir, "000").orElse(dir.resolve("-")));
    }

    private static Optional<Path> seedFile(Path dir, String document) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(document + "_")
                    && f.getFileName().toString().endsWith(".txt")).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads the seed texts of a directory, by document identifier ({@code 003} from
     * {@code 003_c37d50af50f0c12c.txt}).
     *
     * @param dir the directory, not null
     * @return the texts, not null
     */
    static SeedTexts read(Path dir) {
        Map<String, String> texts = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.txt")).toList()) {
                String document = f.getFileName().toString().substring(0, 3);
                texts.put(document, Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SeedTexts(texts);
    }

    /**
     * Returns the text of a document.
     *
     * @param document the identifier, such as {@code 003}, not null
     * @return the text, empty if there is no seed for it
     */
    Optional<String> text(String document) {
        return Optional.ofNullable(texts.get(document));
    }
}
