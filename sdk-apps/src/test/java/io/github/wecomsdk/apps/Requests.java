package io.github.wecomsdk.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.JsonAssert;
import io.github.wecomsdk.core.testing.MockWeCom;
import mockwebserver3.RecordedRequest;

/** Exact assertions on the requests the SDK sent to a {@link MockWeCom}. */
final class Requests {

    private Requests() {
    }

    static RecordedRequest take(MockWeCom wecom, String method, String path) {
        RecordedRequest request = wecom.takeRequest();
        assertEquals(method, request.getMethod());
        assertEquals(path, request.getUrl().encodedPath());
        String token = request.getUrl().queryParameter("access_token");
        assertNotNull(token, "access_token missing from the query");
        assertTrue(token.startsWith(MockWeCom.TOKEN_PREFIX), token);
        return request;
    }

    /** A POST with exactly the given query parameters besides access_token and the given JSON body. */
    static RecordedRequest post(MockWeCom wecom, String path, String expectedJson, String... query) {
        RecordedRequest request = take(wecom, "POST", path);
        assertQuery(request, query);
        JsonAssert.assertJsonEquals(expectedJson, MockWeCom.bodyOf(request));
        return request;
    }

    /** A GET with exactly the given query parameters besides access_token, and no body. */
    static RecordedRequest get(MockWeCom wecom, String path, String... query) {
        RecordedRequest request = take(wecom, "GET", path);
        assertQuery(request, query);
        assertEquals("", MockWeCom.bodyOf(request));
        return request;
    }

    private static void assertQuery(RecordedRequest request, String... query) {
        assertEquals(1 + query.length / 2, request.getUrl().querySize(), "query: " + request.getUrl().query());
        for (int i = 0; i < query.length; i += 2) {
            assertEquals(query[i + 1], request.getUrl().queryParameter(query[i]), query[i]);
        }
    }
}
