package io.github.wecomsdk.core.testing;

import io.github.wecomsdk.core.RetryPolicy;
import io.github.wecomsdk.core.WeComClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MockWebServer that plays WeCom for the SDK's own tests: it answers {@code gettoken} by itself
 * (counting the calls) and every other request from a queue of enqueued answers, and records those
 * other requests for exact assertions ({@link #takeGet}, {@link #takePost}).
 *
 * <p>As a JUnit 5 extension on an instance field, each test gets a fresh server, closed after the test:
 *
 * <pre>{@code
 * class UsersTest {
 *     @RegisterExtension
 *     final MockWeCom wecom = new MockWeCom().strict();
 *
 *     @Test
 *     void getsAUser() {
 *         wecom.enqueueFixture("fixtures/users/get.json");
 *         User user = Contacts.of(wecom.client()).users().get("zhangsan");
 *         wecom.takeGet("/cgi-bin/user/get", "userid", "zhangsan");
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>Made {@link #strict()}, the extension also fails a test that passed but left an enqueued answer
 * unrequested: the code under test sent fewer requests than the test meant it to. It is opt-in because
 * many tests enqueue a spare answer on purpose, as a trap that proves a request is never sent twice. The
 * server must not be shared between tests: a static field or {@code @TestInstance(PER_CLASS)} fails the
 * second test.
 *
 * <p>Without JUnit, use it with try-with-resources (no strictness check then):
 *
 * <pre>{@code
 * try (MockWeCom wecom = new MockWeCom()) {
 *     wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"zhangsan\"}");
 *     WeComClient client = wecom.client();
 *     ...
 *     wecom.takeGet("/cgi-bin/user/get", "userid", "zhangsan");
 * }
 * }</pre>
 */
public final class MockWeCom implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    /** The corp id of {@link #client()}. */
    public static final String CORP_ID = "wwtestcorp0001";
    /** The secret of {@link #client()}; tests assert it never appears in logs. */
    public static final String SECRET = "S3cr3t-never-in-logs-7f1d2c";
    /** The agent id of {@link #client()}. */
    public static final long AGENT_ID = 1000002;
    /** The prefix of every token this server issues; tests assert it never appears in logs. */
    public static final String TOKEN_PREFIX = "TKN-never-in-logs-";

    private final MockWebServer server = new MockWebServer();
    private final BlockingQueue<MockResponse> answers = new LinkedBlockingQueue<>();
    private final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();
    private final AtomicInteger gettokenCalls = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile MockResponse gettokenAnswer;
    private volatile boolean strict;

    /** Starts the server on a free loopback port. */
    public MockWeCom() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().endsWith("/cgi-bin/gettoken")) {
                    int n = gettokenCalls.incrementAndGet();
                    MockResponse fixed = gettokenAnswer;
                    return fixed != null
                            ? fixed
                            : json("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"" + TOKEN_PREFIX + n
                                    + "\",\"expires_in\":7200}");
                }
                requests.add(request);
                MockResponse answer = answers.poll();
                return answer != null
                        ? answer
                        : new MockResponse.Builder()
                                .code(599)
                                .body("MockWeCom: no answer enqueued for "
                                        + request.getUrl().encodedPath())
                                .build();
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A 200 answer with a JSON body.
     *
     * @param body the JSON text
     * @return the answer
     */
    public static MockResponse json(String body) {
        return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json; charset=UTF-8")
                .body(body)
                .build();
    }

    /**
     * A client for corp {@link #CORP_ID} with secret {@link #SECRET} and agent {@link #AGENT_ID},
     * pointed at this server, retrying with no real sleep.
     *
     * @return the client
     */
    public WeComClient client() {
        return clientBuilder().build();
    }

    /**
     * A builder for {@link #client()}, to change a setting first.
     *
     * @return the builder
     */
    public WeComClient.Builder clientBuilder() {
        return WeComClient.builder()
                .corpId(CORP_ID)
                .secret(SECRET)
                .agentId(AGENT_ID)
                .baseUrl(baseUrl())
                .readTimeout(Duration.ofSeconds(10))
                .retryPolicy(RetryPolicy.builder().sleeper(delay -> {}).build());
    }

    /**
     * The server's base URL, such as {@code http://127.0.0.1:54321/}.
     *
     * @return the URL
     */
    public String baseUrl() {
        return server.url("/").toString();
    }

    /**
     * Queues an answer for the next request that is not {@code gettoken}.
     *
     * @param answer the answer
     */
    public void enqueue(MockResponse answer) {
        answers.add(answer);
    }

    /**
     * Queues a 200 JSON answer.
     *
     * @param body the JSON text
     */
    public void enqueueJson(String body) {
        enqueue(json(body));
    }

    /**
     * Queues a 200 JSON answer read from a test resource.
     *
     * @param resource the resource path, such as {@code fixtures/users/get.json}
     * @throws IllegalArgumentException naming the resource if it is not on the class path
     * @see Fixtures#text(String)
     */
    public void enqueueFixture(String resource) {
        enqueueJson(Fixtures.text(resource));
    }

    /**
     * Makes {@link #afterEach} fail a passing test that left an enqueued answer unrequested. Not for tests
     * that enqueue a spare answer to prove a request is not repeated.
     *
     * @return this server
     */
    public MockWeCom strict() {
        this.strict = true;
        return this;
    }

    /**
     * How many enqueued answers were not requested yet.
     *
     * @return the count
     */
    public int unusedAnswers() {
        return answers.size();
    }

    /**
     * Makes every {@code gettoken} call get this answer (for example a 40001 error).
     *
     * @param answer the answer, or {@code null} to issue tokens again
     */
    public void answerGettokenWith(MockResponse answer) {
        this.gettokenAnswer = answer;
    }

    /**
     * The next recorded request that is not {@code gettoken}, waiting up to 5 s.
     *
     * @return the request
     * @throws AssertionError if none arrives
     */
    public RecordedRequest takeRequest() {
        try {
            RecordedRequest request = requests.poll(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("MockWeCom: expected a request, none arrived within 5 s");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Takes the next recorded request and checks its method, its path and that it carries an
     * {@code access_token} this server issued.
     *
     * @param method the expected method
     * @param path   the expected encoded path, such as {@code /cgi-bin/agent/set}
     * @return the request, for further checks
     * @throws AssertionError if none arrives within 5 s or it differs
     */
    public RecordedRequest takeRequest(String method, String path) {
        RecordedRequest request = takeRequest();
        RequestAssert.assertRequest(request, method, path);
        return request;
    }

    /**
     * Takes the next recorded request and checks that it is a GET of {@code path} with exactly these
     * query parameters besides {@code access_token}, and no body.
     *
     * @param path  the expected encoded path, such as {@code /cgi-bin/user/get}
     * @param query name, value, name, value, ... (decoded values, in any order)
     * @return the request, for further checks
     * @throws AssertionError if none arrives within 5 s or it differs
     */
    public RecordedRequest takeGet(String path, String... query) {
        RecordedRequest request = takeRequest("GET", path);
        RequestAssert.assertQuery(request, query);
        RequestAssert.assertNoBody(request);
        return request;
    }

    /**
     * Takes the next recorded request and checks that it is a POST to {@code path} with exactly these
     * query parameters besides {@code access_token}, and this JSON body (compared as values, see
     * {@link JsonAssert}).
     *
     * @param path         the expected encoded path, such as {@code /cgi-bin/user/create}
     * @param expectedJson the expected body; single quotes are read as double quotes
     * @param query        name, value, name, value, ... (decoded values, in any order)
     * @return the request, for further checks
     * @throws AssertionError if none arrives within 5 s or it differs
     */
    public RecordedRequest takePost(String path, String expectedJson, String... query) {
        RecordedRequest request = takeRequest("POST", path);
        RequestAssert.assertQuery(request, query);
        RequestAssert.assertJsonBody(request, expectedJson);
        return request;
    }

    /**
     * Asserts that a text (a log, an exception message, a {@code toString()}) shows neither
     * {@link #SECRET} nor any token this server issued.
     *
     * @param text the text
     * @throws AssertionError naming what leaked
     */
    public static void assertNoSecret(String text) {
        if (text.contains(SECRET)) {
            throw new AssertionError("the corp secret appears in: " + text);
        }
        if (text.contains(TOKEN_PREFIX)) {
            throw new AssertionError("an access token appears in: " + text);
        }
    }

    /**
     * The body of a recorded request as UTF-8 text.
     *
     * @param request the request
     * @return the body, empty if none
     */
    public static String bodyOf(RecordedRequest request) {
        return request.getBody() == null ? "" : request.getBody().utf8();
    }

    /**
     * How many requests other than {@code gettoken} arrived and were not yet taken.
     *
     * @return the count
     */
    public int pendingRequests() {
        return requests.size();
    }

    /**
     * How many {@code gettoken} calls arrived.
     *
     * @return the count
     */
    public int gettokenCalls() {
        return gettokenCalls.get();
    }

    /**
     * The underlying server.
     *
     * @return the server
     */
    public MockWebServer server() {
        return server;
    }

    /**
     * Fails fast if this server was closed by an earlier test, that is, if one instance is shared by
     * several tests (a static field or {@code @TestInstance(PER_CLASS)}).
     *
     * @param context the test's context
     * @throws IllegalStateException if the server is already closed
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        if (closed.get()) {
            throw new IllegalStateException("MockWeCom was closed after an earlier test: register it with "
                    + "@RegisterExtension on an instance field (not static, not @TestInstance(PER_CLASS)), one "
                    + "server per test");
        }
    }

    /**
     * Closes the server after each test; then, if this server is {@link #strict()} and the test passed,
     * fails it when an enqueued answer was never requested.
     *
     * @param context the test's context
     * @throws AssertionError if answers were left unused
     */
    @Override
    public void afterEach(ExtensionContext context) {
        close();
        int unused = answers.size();
        if (strict && unused > 0 && context.getExecutionException().isEmpty()) {
            throw new AssertionError("MockWeCom: " + unused + " enqueued answer(s) never requested; the code sent "
                    + "fewer requests than the test expected");
        }
    }

    /** Stops the server; calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.close();
        }
    }
}
