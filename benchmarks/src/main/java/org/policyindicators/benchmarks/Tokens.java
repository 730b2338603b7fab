package org.policyindicators.benchmarks;

import java.io.InputStream;

import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The floor of every read: Jackson's streaming parser passing over each token and decoding nothing. */
final class Tokens {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private Tokens() {
    }

    /** Counts the tokens of one document or of several separated by white space (JSON Lines). */
    static long count(byte[] json) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
            return count(p);
        }
    }

    static long count(InputStream json) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
            return count(p);
        }
    }

    private static long count(JsonParser p) {
        long tokens = 0;
        while (p.nextToken() != null) {
            tokens++;
        }
        return tokens;
    }
}
