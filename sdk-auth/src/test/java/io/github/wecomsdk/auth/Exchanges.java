package io.github.wecomsdk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.JsonAssert;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/** Exact assertions on what reached MockWeCom, and on links, parameter by parameter. */
final class Exchanges {

    private Exchanges() {
    }

    /** The next request was a GET to {@code path} with exactly {@code query} besides the access token. */
    static void assertGet(MockWeCom wecom, String path, Map<String, String> query) {
        RecordedRequest request = wecom.takeRequest();
        assertEquals("GET", request.getMethod());
        assertRequest(request, path, query);
    }

    /** The next request was a POST to {@code path} with only the access token and the JSON body. */
    static void assertPost(MockWeCom wecom, String path, String json) {
        RecordedRequest request = wecom.takeRequest();
        assertEquals("POST", request.getMethod());
        assertRequest(request, path, Map.of());
        JsonAssert.assertJsonEquals(json, MockWeCom.bodyOf(request));
    }

    private static void assertRequest(RecordedRequest request, String path, Map<String, String> query) {
        HttpUrl url = request.getUrl();
        assertEquals(path, url.encodedPath());
        Map<String, String> actual = new LinkedHashMap<>();
        for (String name : url.queryParameterNames()) {
            actual.put(name, url.queryParameter(name));
        }
        assertTrue(actual.remove("access_token").startsWith(MockWeCom.TOKEN_PREFIX), "access_token is sent");
        assertEquals(query, actual);
    }

    /** The raw (still encoded) query parameters of a link, in order; a repeated name fails. */
    static Map<String, String> rawQuery(String link) {
        URI uri = URI.create(link);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            String previous = parameters.put(pair.substring(0, eq), pair.substring(eq + 1));
            assertEquals(null, previous, "parameter " + pair.substring(0, eq) + " appears once");
        }
        return parameters;
    }

    static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
