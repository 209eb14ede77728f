package io.github.wecomsdk.testkit;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One endpoint a component of the fake serves: the HTTP method, whether it needs an access token, and
 * what it answers (given the request and the token's app, {@code null} without a token).
 */
record FakeRoute(String method, boolean needsToken, BiFunction<FakeRequest, Tokens.App, Reply> handler) {

    static FakeRoute get(Function<FakeRequest, Reply> handler) {
        return new FakeRoute("GET", true, (request, app) -> handler.apply(request));
    }

    static FakeRoute post(Function<FakeRequest, Reply> handler) {
        return new FakeRoute("POST", true, (request, app) -> handler.apply(request));
    }

    static FakeRoute postAsApp(BiFunction<FakeRequest, Tokens.App, Reply> handler) {
        return new FakeRoute("POST", true, handler);
    }

    static FakeRoute openGet(Function<FakeRequest, Reply> handler) {
        return new FakeRoute("GET", false, (request, app) -> handler.apply(request));
    }
}
