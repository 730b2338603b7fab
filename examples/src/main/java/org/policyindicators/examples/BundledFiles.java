package org.policyindicators.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.policyindicators.io.PolicyJson;

/** Reads the documents of one class-path directory of bundled data; shared by {@link Taiyuan} and {@link Frameworks}. */
final class BundledFiles {

    private BundledFiles() {
    }

    /** Opens a resource of a directory, failing with its name when it is missing. */
    static InputStream open(String directory, String name) {
        Objects.requireNonNull(name, "name");
        InputStream in = BundledFiles.class.getResourceAsStream(directory + name);
        if (in == null) {
            throw new IllegalArgumentException("No bundled resource " + directory + name);
        }
        return in;
    }

    /** Reads one resource with one of the reader's methods, such as {@link PolicyJson#readPlan(InputStream)}. */
    static <T> T read(String directory, String name, PolicyJson json, ReadFrom<T> reader) {
        Objects.requireNonNull(json, "json");
        try (InputStream in = open(directory, name)) {
            return reader.read(json, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every named resource in order. */
    static <T> List<T> readAll(List<String> names, Function<String, T> read) {
        List<T> all = new ArrayList<>(names.size());
        for (String name : names) {
            all.add(read.apply(name));
        }
        return List.copyOf(all);
    }

    /** One of the reader's methods on a stream. */
    @FunctionalInterface
    interface ReadFrom<T> {
        T read(PolicyJson json, InputStream in) throws IOException;
    }
}
