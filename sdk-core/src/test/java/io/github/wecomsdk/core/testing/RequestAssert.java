package io.github.wecomsdk.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * Exact checks on a request the SDK sent: method, path, query, access token and body. {@link MockWeCom}'s
 * {@code takeGet}/{@code takePost} use them; tests holding a {@link RecordedRequest} from elsewhere call them
 * directly.
 *
 * <p>Query parameters are given as name, value, name, value, ...; they are compared by name (order does not
 * matter), every name must appear once, and nothing else may be there besides {@code access_token}.
 */
public final class RequestAssert {

    private RequestAssert() {}

    /**
     * Asserts the method and the encoded path, and that the query carries one {@code access_token} issued by
     * {@link MockWeCom} (it starts with {@link MockWeCom#TOKEN_PREFIX}).
     *
     * @param request the request
     * @param method  the expected method, such as {@code POST}
     * @param path    the expected encoded path, such as {@code /cgi-bin/user/get}
     * @throws AssertionError if any differs
     */
    public static void assertRequest(RecordedRequest request, String method, String path) {
        String where = request.getMethod() + " " + request.getUrl().encodedPath();
        if (!method.equals(request.getMethod()) || !path.equals(request.getUrl().encodedPath())) {
            throw new AssertionError("expected " + method + " " + path + " but got " + where);
        }
        List<String> tokens = request.getUrl().queryParameterValues("access_token");
        if (tokens.size() != 1 || tokens.get(0) == null || !tokens.get(0).startsWith(MockWeCom.TOKEN_PREFIX)) {
            throw new AssertionError(where + ": expected one access_token issued by MockWeCom, got " + tokens.size()
                    + " (query: " + request.getUrl().encodedQuery() + ")");
        }
    }

    /**
     * Asserts that the query holds exactly these parameters besides {@code access_token}.
     *
     * @param request the request
     * @param query   name, value, name, value, ... (decoded values)
     * @throws AssertionError if a parameter is missing, extra, repeated or has another value
     * @throws IllegalArgumentException if {@code query} has an odd length or repeats a name
     */
    public static void assertQuery(RecordedRequest request, String... query) {
        if (query.length % 2 != 0) {
            throw new IllegalArgumentException("query must be name, value pairs: " + List.of(query));
        }
        Map<String, String> expected = new TreeMap<>();
        for (int i = 0; i < query.length; i += 2) {
            if (expected.put(query[i], query[i + 1]) != null) {
                throw new IllegalArgumentException("query names " + query[i] + " twice");
            }
        }
        HttpUrl url = request.getUrl();
        Map<String, String> actual = new TreeMap<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < url.querySize(); i++) {
            String name = url.queryParameterName(i);
            if (!"access_token".equals(name) && actual.put(name, url.queryParameterValue(i)) != null) {
                repeated.add(name);
            }
        }
        if (!repeated.isEmpty() || !expected.equals(actual)) {
            throw new AssertionError(url.encodedPath() + ": query besides access_token differs"
                    + (repeated.isEmpty() ? "" : " (repeated: " + repeated + ")")
                    + ".\nexpected: " + expected + "\n  actual: " + actual);
        }
    }

    /**
     * Asserts that the body is JSON equal to the expected JSON (see {@link JsonAssert}).
     *
     * @param request      the request
     * @param expectedJson the expected JSON; single quotes are read as double quotes
     * @throws AssertionError if the body differs
     */
    public static void assertJsonBody(RecordedRequest request, String expectedJson) {
        JsonAssert.assertJsonEquals(expectedJson, MockWeCom.bodyOf(request));
    }

    /**
     * Asserts that the request has no body.
     *
     * @param request the request
     * @throws AssertionError if it has one
     */
    public static void assertNoBody(RecordedRequest request) {
        String body = MockWeCom.bodyOf(request);
        if (!body.isEmpty()) {
            throw new AssertionError(
                    request.getMethod() + " " + request.getUrl().encodedPath() + ": expected no body, got " + body);
        }
    }
}
