package io.github.wecomsdk.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.JsonAssert;
import io.github.wecomsdk.core.testing.MockWeCom;
import mockwebserver3.RecordedRequest;

/** Exact assertions on the requests the SDK sent to a {@link MockWeCom}. */
public final class Requests {

    private Requests() {
    }

    /**
     * Takes the next request and checks its method, path and access token.
     *
     * @param wecom  the server
     * @param method the expected method
     * @param path   the expected path
     * @return the request
     */
    public static RecordedRequest take(MockWeCom wecom, String method, String path) {
        RecordedRequest request = wecom.takeRequest();
        assertEquals(method, request.getMethod());
        assertEquals(path, request.getUrl().encodedPath());
        String token = request.getUrl().queryParameter("access_token");
        assertNotNull(token, "access_token missing from the query");
        assertTrue(token.startsWith(MockWeCom.TOKEN_PREFIX), token);
        return request;
    }

    /**
     * Takes a POST with only access_token in the query and the given JSON body.
     *
     * @param wecom        the server
     * @param path         the expected path
     * @param expectedJson the expected body (single quotes allowed)
     * @return the request
     */
    public static RecordedRequest post(MockWeCom wecom, String path, String expectedJson) {
        RecordedRequest request = take(wecom, "POST", path);
        assertEquals(1, request.getUrl().querySize(), "only access_token in the query");
        JsonAssert.assertJsonEquals(expectedJson, MockWeCom.bodyOf(request));
        return request;
    }

    /**
     * Takes a GET with exactly the given query parameters besides access_token, and no body.
     *
     * @param wecom the server
     * @param path  the expected path
     * @param query name, value, name, value, ...
     * @return the request
     */
    public static RecordedRequest get(MockWeCom wecom, String path, String... query) {
        RecordedRequest request = take(wecom, "GET", path);
        assertEquals(1 + query.length / 2, request.getUrl().querySize(), "query: " + request.getUrl().query());
        for (int i = 0; i < query.length; i += 2) {
            assertEquals(query[i + 1], request.getUrl().queryParameter(query[i]), query[i]);
        }
        assertEquals("", MockWeCom.bodyOf(request));
        return request;
    }
}
