package io.github.wecomsdk.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Compares JSON documents by value, ignoring formatting and field order. */
public final class JsonAssert {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonAssert() {}

    /**
     * Asserts that two JSON texts are equal as values.
     *
     * @param expected the expected JSON (single quotes are allowed and read as double quotes)
     * @param actual   the actual JSON
     * @throws AssertionError if they differ
     */
    public static void assertJsonEquals(String expected, String actual) {
        JsonNode want = read(expected.replace('\'', '"'));
        JsonNode got = read(actual);
        if (!want.equals(got)) {
            throw new AssertionError("JSON differs.\nexpected: " + want + "\n  actual: " + got);
        }
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }
}
