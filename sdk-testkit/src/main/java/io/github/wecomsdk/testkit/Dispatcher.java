package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Answers one request as WeCom would: injected faults first, then the path's route after its token, family
 * and method checks, with call counts and WeCom-shaped error envelopes. Guarded by the fake's lock.
 */
final class Dispatcher {

    private static final String MORE_INFO = "more info at https://open.work.weixin.qq.com/devtool/query?e=";

    /** An errcode queued with {@link FakeWeCom#failNext(String, int, String)}. */
    private record QueuedError(int errcode, String errmsg) {}

    private final RouteTable routes;
    private final Tokens tokens;
    private final FakeParts parts;
    private final Clock clock;
    private final Map<String, Deque<QueuedError>> queued = new HashMap<>();
    private final Map<String, Integer> calls = new HashMap<>();
    private long hints;

    Dispatcher(RouteTable routes, Tokens tokens, FakeParts parts, Clock clock) {
        this.routes = routes;
        this.tokens = tokens;
        this.parts = parts;
        this.clock = clock;
    }

    /** The answer to a request: the fault's when it injects one, the endpoint's otherwise. */
    Reply answer(FakeRequest request, Faults.Effect effect) {
        Reply reply = injected(request, effect);
        return reply == null ? dispatch(request) : reply;
    }

    /** The answer a fault gives instead of the endpoint's, counted as a call; {@code null} if none. */
    private Reply injected(FakeRequest request, Faults.Effect effect) {
        if (effect.errcode() != null) {
            calls.merge(request.path(), 1, Integer::sum);
            return Reply.json(error(effect.errcode(), effect.errmsg()));
        }
        if (effect.httpStatus() != null) {
            calls.merge(request.path(), 1, Integer::sum);
            return Reply.bytes(
                    effect.httpStatus(),
                    ("<html><body><h1>" + effect.httpStatus() + "</h1>injected by FakeWeCom faults</body></html>")
                            .getBytes(StandardCharsets.UTF_8),
                    Map.of("Content-Type", "text/html; charset=UTF-8"));
        }
        return null;
    }

    private Reply dispatch(FakeRequest request) {
        String path = request.path();
        calls.merge(path, 1, Integer::sum);
        try {
            Deque<QueuedError> pending = queued.get(path);
            QueuedError fault = pending == null ? null : pending.poll();
            if (fault != null) {
                throw new ApiError(fault.errcode(), fault.errmsg());
            }
            FakeRoute route = routes.find(path);
            Reply file = route == null ? parts.openFile(path) : null;
            if (file != null) {
                return file;
            }
            if (route == null) {
                throw new ApiError(
                        404,
                        "FakeWeCom does not serve " + request.method() + " " + path + "; it serves "
                                + String.join(", ", routes.paths()));
            }
            Tokens.App app = route.needsToken() ? tokens.check(request) : null;
            parts.checkAllowed(app, path);
            if (!route.method().equals(request.method())) {
                throw new ApiError(
                        40058,
                        "invalid Request Parameter: " + path + " must be called with " + route.method() + ", not "
                                + request.method());
            }
            return route.handler().apply(request, app);
        } catch (ApiError error) {
            return Reply.json(error(error.errcode(), error.getMessage()));
        } catch (RuntimeException bug) {
            return Reply.json(error(500, "FakeWeCom failed on " + path + ": " + bug));
        }
    }

    private ObjectNode error(int errcode, String message) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("errcode", errcode);
        node.put(
                "errmsg",
                message + ", hint: [" + clock.instant().getEpochSecond() + "_" + (++hints)
                        + "_fakewecom], from ip: 127.0.0.1, " + MORE_INFO + errcode);
        return node;
    }

    /** Queues an errcode for the next request to a path that passes the transport faults. */
    void failNext(String path, int errcode, String errmsg) {
        queued.computeIfAbsent(path, p -> new ArrayDeque<>()).add(new QueuedError(errcode, errmsg));
    }

    /** Forgets the errcodes queued with {@link #failNext(String, int, String)}. */
    void clearQueued() {
        queued.clear();
    }

    int callCount(String path) {
        return calls.getOrDefault(path, 0);
    }

    /** Forgets the queued errcodes and the call counts. */
    void reset() {
        queued.clear();
        calls.clear();
    }
}
