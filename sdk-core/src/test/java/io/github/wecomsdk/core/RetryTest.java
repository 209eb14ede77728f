package io.github.wecomsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.MockWeCom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTest {

    private static final String BUSY = "{\"errcode\":-1,\"errmsg\":\"system busy\"}";
    private static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    private RetryPolicy.Builder policy() {
        return RetryPolicy.builder().random(() -> 0.0).sleeper(sleeps::add);
    }

    private WeComClient client(RetryPolicy policy) {
        return wecom.clientBuilder()
                .retryPolicy(policy)
                .readTimeout(Duration.ofMillis(300))
                .build();
    }

    private int apiAttempts() {
        return wecom.server().getRequestCount() - wecom.gettokenCalls();
    }

    @Test
    void retriesSystemBusyUpToMaxAttemptsWithDoublingDelays() {
        wecom.enqueueJson(BUSY);
        wecom.enqueueJson(BUSY);
        wecom.enqueueJson(BUSY);
        WeComClient client =
                client(policy().maxAttempts(3).baseDelay(Duration.ofMillis(200)).build());

        WeComApiException e = assertThrows(
                WeComApiException.class,
                () -> client.execute(ApiRequest.post("/cgi-bin/message/send")
                        .body(Map.of())
                        .repeatable()
                        .build()));

        assertEquals(-1, e.errcode());
        assertEquals(3, apiAttempts());
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), sleeps, "half of 200 then 400 ms");
    }

    @Test
    void sendsAPlainPostAnsweredSystemBusyOnceAndSaysTheOutcomeIsUnknown() {
        wecom.enqueueJson(BUSY);
        wecom.enqueueJson(OK);

        WeComApiException e = assertThrows(
                WeComApiException.class,
                () -> client(policy().build()).post("/cgi-bin/user/create", Map.of("userid", "zhangsan")));

        assertEquals(-1, e.errcode());
        assertEquals(1, apiAttempts(), "a plain POST reaches WeCom exactly once");
        assertEquals(List.of(), sleeps);
        assertTrue(e.getMessage().contains("outcome is unknown"), e.getMessage());
        assertTrue(e.getMessage().contains("read the object back"), e.getMessage());
    }

    @Test
    void retriesSystemBusyOnAPostMadeRepeatable() {
        wecom.enqueueJson(BUSY);
        wecom.enqueueJson(OK);

        client(policy().build())
                .execute(ApiRequest.post("/cgi-bin/message/send")
                        .body(Map.of("a", 1))
                        .repeatable()
                        .build());

        assertEquals(2, apiAttempts());
    }

    @Test
    void putsARepeatableRequestOnTheWireExactlyMaxAttemptsTimesUnderDroppedConnections() {
        WeComClient client = client(policy().maxAttempts(3).build());
        client.accessToken();
        for (int i = 0; i < 6; i++) {
            wecom.enqueue(new MockResponse.Builder()
                    .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                    .build());
        }

        assertThrows(WeComNetworkException.class, () -> client.get("/cgi-bin/x", null));

        assertEquals(3, apiAttempts(), "only the SDK's own loop repeats; OkHttp's silent retry is off");
    }

    @Test
    void succeedsOnceSystemBusyClears() {
        wecom.enqueueJson(BUSY);
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"n\":7}");

        assertEquals(
                7, client(policy().build()).get("/cgi-bin/x", null).path("n").asInt());
        assertEquals(2, apiAttempts());
    }

    @Test
    void backsOffLongerForRateLimits() {
        wecom.enqueueJson("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");
        wecom.enqueueJson(OK);

        client(policy().rateLimitBaseDelay(Duration.ofSeconds(4)).build()).get("/cgi-bin/x", null);

        assertEquals(List.of(Duration.ofSeconds(2)), sleeps);
    }

    @Test
    void neverRetriesOtherErrcodes() {
        wecom.enqueueJson("{\"errcode\":60111,\"errmsg\":\"no user\"}");

        assertThrows(WeComApiException.class, () -> client(policy().build()).get("/cgi-bin/x", null));

        assertEquals(1, apiAttempts());
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void stopsWhenTheNextWaitWouldPassTheTotalTimeBound() {
        for (int i = 0; i < 5; i++) {
            wecom.enqueueJson(BUSY);
        }
        RetryPolicy bounded = policy().random(() -> 0.999)
                .maxAttempts(5)
                .baseDelay(Duration.ofMillis(200))
                .maxElapsed(Duration.ofMillis(500))
                .build();

        assertThrows(WeComApiException.class, () -> client(bounded).get("/cgi-bin/x", null));

        assertEquals(2, apiAttempts(), "200 ms fits in 500 ms, the next 400 ms does not");
    }

    @Test
    void retriesServerErrorsOnGet() {
        wecom.enqueue(new MockResponse.Builder().code(502).body("bad gateway").build());
        wecom.enqueueJson(OK);

        client(policy().build()).get("/cgi-bin/x", null);

        assertEquals(2, apiAttempts());
    }

    @Test
    void neverRetriesServerErrorsOnAPostThatIsNotRepeatable() {
        wecom.enqueue(new MockResponse.Builder().code(502).body("bad gateway").build());
        wecom.enqueueJson(OK);

        WeComHttpException e = assertThrows(
                WeComHttpException.class, () -> client(policy().build()).post("/cgi-bin/message/send", Map.of("a", 1)));

        assertEquals(502, e.statusCode());
        assertEquals(1, apiAttempts());
    }

    @Test
    void retriesServerErrorsOnAPostMadeRepeatable() {
        wecom.enqueue(new MockResponse.Builder().code(503).body("busy").build());
        wecom.enqueueJson(OK);

        client(policy().build())
                .execute(ApiRequest.post("/cgi-bin/message/send")
                        .body(Map.of("a", 1))
                        .repeatable()
                        .build());

        assertEquals(2, apiAttempts());
    }

    @Test
    void neverRepeatsAPostWhoseAnswerTimedOut() {
        wecom.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        wecom.enqueueJson(OK);

        WeComTimeoutException e = assertThrows(
                WeComTimeoutException.class,
                () -> client(policy().build()).post("/cgi-bin/message/send", Map.of("a", 1)));

        assertTrue(e.requestSent());
        assertEquals(1, apiAttempts());
    }

    @Test
    void repeatsAGetWhoseAnswerTimedOut() {
        wecom.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        wecom.enqueueJson(OK);

        client(policy().build()).get("/cgi-bin/x", null);

        assertEquals(2, apiAttempts());
    }

    @Test
    void neverRepeatsAPostWhoseConnectionDroppedAfterSending() {
        wecom.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        wecom.enqueueJson(OK);

        WeComNetworkException e = assertThrows(
                WeComNetworkException.class,
                () -> client(policy().build()).post("/cgi-bin/message/send", Map.of("a", 1)));

        assertTrue(e.requestSent());
        assertEquals(1, apiAttempts());
    }

    @Test
    void retriesAPostThatCouldNotConnectBecauseNothingWasSent() {
        WeComClient tokenHolder = client(policy().build());
        tokenHolder.accessToken();
        WeComClient client = tokenHolder
                .newBuilder()
                .okHttpClient(new okhttp3.OkHttpClient())
                .retryPolicy(policy().maxAttempts(3).build())
                .build();
        wecom.close();

        WeComNetworkException e =
                assertThrows(WeComNetworkException.class, () -> client.post("/cgi-bin/message/send", Map.of("a", 1)));

        assertFalse(e.requestSent());
        assertEquals(2, sleeps.size(), "three attempts, two waits");
    }

    @Test
    void keepsTheInterruptFlagWhenInterruptedWhileWaiting() {
        wecom.enqueueJson(BUSY);
        RetryPolicy interrupted = policy().sleeper(delay -> {
                    throw new InterruptedException();
                })
                .build();

        WeComException e =
                assertThrows(WeComException.class, () -> client(interrupted).get("/cgi-bin/x", null));

        assertTrue(Thread.interrupted(), "flag restored (and cleared here)");
        assertTrue(e.getMessage().contains("Interrupted"));
    }

    @Test
    void refusesNonsensicalPolicies() {
        assertThrows(WeComValidationException.class, () -> RetryPolicy.builder().maxAttempts(0));
        assertThrows(WeComValidationException.class, () -> RetryPolicy.builder().baseDelay(Duration.ZERO));
        assertEquals(1, RetryPolicy.none().maxAttempts());
    }
}
