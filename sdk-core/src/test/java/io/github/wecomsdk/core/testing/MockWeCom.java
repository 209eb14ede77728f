package io.github.wecomsdk.core.testing;

import io.github.wecomsdk.core.RetryPolicy;
import io.github.wecomsdk.core.WeComClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer that plays WeCom for the SDK's own tests: it answers {@code gettoken} by itself
 * (counting the calls) and every other request from a queue of enqueued answers, and records those
 * other requests for exact assertions.
 *
 * <pre>{@code
 * try (MockWeCom wecom = new MockWeCom()) {
 *     wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"zhangsan\"}");
 *     client = wecom.client();
 *     ...
 *     RecordedRequest request = wecom.takeRequest();
 *     assertEquals("/cgi-bin/user/get", request.getUrl().encodedPath());
 * }
 * }</pre>
 */
public final class MockWeCom implements AutoCloseable {

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
    private volatile MockResponse gettokenAnswer;

    /** Starts the server on a free loopback port. */
    public MockWeCom() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().endsWith("/cgi-bin/gettoken")) {
                    int n = gettokenCalls.incrementAndGet();
                    MockResponse fixed = gettokenAnswer;
                    return fixed != null ? fixed : json("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\""
                            + TOKEN_PREFIX + n + "\",\"expires_in\":7200}");
                }
                requests.add(request);
                MockResponse answer = answers.poll();
                return answer != null ? answer
                        : new MockResponse.Builder().code(599).body("MockWeCom: no answer enqueued for "
                        + request.getUrl().encodedPath()).build();
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
     * Reads a test resource as UTF-8 text, such as {@code fixtures/contacts/user-get.json}.
     *
     * @param resource the resource path on the test class path
     * @return its text
     */
    public static String fixture(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                .retryPolicy(RetryPolicy.builder().sleeper(delay -> { }).build());
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
     * @param resource the resource path, such as {@code fixtures/contacts/user-get.json}
     */
    public void enqueueFixture(String resource) {
        enqueueJson(fixture(resource));
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

    @Override
    public void close() {
        server.close();
    }
}
