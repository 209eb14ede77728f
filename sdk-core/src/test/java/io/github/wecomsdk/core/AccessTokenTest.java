package io.github.wecomsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.MockWeCom;
import io.github.wecomsdk.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccessTokenTest {

    private static final int CALLERS = 200;

    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger gettokenCalls = new AtomicInteger();
    private final AtomicInteger apiCalls = new AtomicInteger();
    private volatile String rejectedToken = "";

    private void startServer() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (request.getUrl().encodedPath().equals("/cgi-bin/gettoken")) {
                    int n = gettokenCalls.incrementAndGet();
                    Thread.sleep(50); // keeps the fetch in flight while the other callers arrive
                    return MockWeCom.json("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"token-" + n
                            + "\",\"expires_in\":7200}");
                }
                apiCalls.incrementAndGet();
                String token = request.getUrl().queryParameter("access_token");
                if (rejectedToken.equals(token)) {
                    return MockWeCom.json("{\"errcode\":42001,\"errmsg\":\"access_token expired, hint: [h1]\"}");
                }
                return MockWeCom.json("{\"errcode\":0,\"errmsg\":\"ok\",\"token_seen\":\"" + token + "\"}");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WeComClient client() {
        return WeComClient.builder()
                .corpId("wwcorp")
                .secret("secret-1")
                .baseUrl(server.url("/").toString())
                .build();
    }

    private List<String> callConcurrently(WeComClient client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return client.get("/cgi-bin/agent/list", Map.of())
                            .path("token_seen")
                            .asText();
                }));
            }
            start.countDown();
            List<String> tokens = new ArrayList<>();
            for (Future<String> result : results) {
                tokens.add(result.get());
            }
            return tokens;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fetchesTheTokenOnceForTwoHundredConcurrentCallersOnAColdCache() throws Exception {
        startServer();
        List<String> tokensSeen = callConcurrently(client());

        assertEquals(1, gettokenCalls.get());
        assertEquals(CALLERS, apiCalls.get());
        assertTrue(tokensSeen.stream().allMatch("token-1"::equals), "every caller used the one token");
    }

    @Test
    void refreshesOnceForTwoHundredConcurrentCallersWhenTheTokenIsRejected() throws Exception {
        startServer();
        WeComClient client = client();
        client.get("/cgi-bin/agent/list", Map.of());
        assertEquals(1, gettokenCalls.get());
        rejectedToken = "token-1";
        apiCalls.set(0);

        List<String> tokensSeen = callConcurrently(client);

        assertEquals(2, gettokenCalls.get(), "exactly one more gettoken after the rejection");
        assertTrue(tokensSeen.stream().allMatch("token-2"::equals), "every caller ended on the fresh token");
        assertTrue(apiCalls.get() <= 2 * CALLERS, "each caller retried at most once");
    }

    @Test
    void givesUpWithAClearMessageWhenTheFreshTokenIsRejectedToo() throws Exception {
        startServer();
        WeComClient client = client();
        rejectedToken = "token-1";
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().equals("/cgi-bin/gettoken")) {
                    gettokenCalls.incrementAndGet();
                    return MockWeCom.json("{\"errcode\":0,\"access_token\":\"tok\",\"expires_in\":7200}");
                }
                return MockWeCom.json("{\"errcode\":40014,\"errmsg\":\"invalid access_token\"}");
            }
        });

        WeComApiException e = assertThrows(WeComApiException.class, () -> client.get("/cgi-bin/agent/list", Map.of()));

        assertEquals(40014, e.errcode());
        assertEquals(2, gettokenCalls.get());
        assertTrue(e.getMessage().contains("refreshed and the call retried once"), e.getMessage());
    }

    @Test
    void reusesTheCachedTokenUntilItsRefreshMarginAndThenFetchesANewOne() throws Exception {
        startServer();
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        WeComClient client = WeComClient.builder()
                .corpId("wwcorp")
                .secret("secret-1")
                .baseUrl(server.url("/").toString())
                .clock(clock)
                .tokenRefreshMargin(Duration.ofMinutes(5))
                .build();

        client.get("/cgi-bin/agent/list", Map.of());
        clock.advance(Duration.ofSeconds(7200 - 301));
        client.get("/cgi-bin/agent/list", Map.of());
        assertEquals(1, gettokenCalls.get());

        clock.advance(Duration.ofSeconds(2));
        client.get("/cgi-bin/agent/list", Map.of());
        assertEquals(2, gettokenCalls.get());
    }

    @Test
    void sharesTokensBetweenClientsOfTheSameSecretAndSeparatesOtherSecrets() throws Exception {
        startServer();
        WeComClient first = client();
        WeComClient sameSecret = first.newBuilder().agentId(1000005).build();
        WeComClient otherSecret = first.newBuilder().secret("secret-2").build();

        first.get("/cgi-bin/agent/list", Map.of());
        sameSecret.get("/cgi-bin/agent/list", Map.of());
        assertEquals(1, gettokenCalls.get());

        otherSecret.get("/cgi-bin/agent/list", Map.of());
        assertEquals(2, gettokenCalls.get());
    }

    @Test
    void reportsAWrongSecretToEveryWaitingCallerAsAnApiError() throws Exception {
        try (MockWeCom wecom = new MockWeCom()) {
            wecom.answerGettokenWith(MockWeCom.json("{\"errcode\":40001,\"errmsg\":\"invalid credential\"}"));
            WeComClient client = wecom.client();

            WeComApiException e = assertThrows(WeComApiException.class, client::accessToken);

            assertEquals(40001, e.errcode());
            assertEquals("/cgi-bin/gettoken", e.path());
            assertTrue(e.getMessage().contains("check the secret"), e.getMessage());
            assertFalse(e.isTokenRejected(), "no token was rejected: the secret is wrong");
            assertEquals(1, wecom.gettokenCalls(), "a wrong secret is never retried");
        }
    }

    @Test
    void keepsAFreshTokenWhenAStaleCallerReportsTheOldOneRejected() {
        InMemoryTokenStore store = new InMemoryTokenStore();
        ExpiringCredentials credentials = new ExpiringCredentials(store, Clock.systemUTC());
        store.put("k", new StoredCredential("fresh", Instant.now().plusSeconds(60)));

        credentials.invalidate("k", "stale");
        assertEquals("fresh", store.get("k").value());

        credentials.invalidate("k", "fresh");
        assertEquals(null, store.get("k"));
    }

    @Test
    void keysTheTokenStoreByCorpAndAHashOfTheSecretNeverTheSecretItself() throws Exception {
        startServer();
        List<String> keys = new java.util.concurrent.CopyOnWriteArrayList<>();
        InMemoryTokenStore memory = new InMemoryTokenStore();
        TokenStore recording = new TokenStore() {
            @Override
            public StoredCredential get(String key) {
                keys.add(key);
                return memory.get(key);
            }

            @Override
            public void put(String key, StoredCredential credential) {
                keys.add(key);
                memory.put(key, credential);
            }

            @Override
            public void removeIfValue(String key, String rejectedValue) {
                memory.removeIfValue(key, rejectedValue);
            }
        };
        WeComClient client = WeComClient.builder()
                .corpId("wwcorp")
                .secret("secret-1")
                .baseUrl(server.url("/").toString())
                .tokenStore(recording)
                .build();

        client.get("/cgi-bin/agent/list", Map.of());

        assertTrue(!keys.isEmpty());
        for (String key : keys) {
            assertTrue(key.startsWith("wecom:access_token:wwcorp:"), key);
            assertTrue(!key.contains("secret-1"), key);
        }
    }

    @Test
    void servesOtherCredentialKindsWithTheSameSingleFlight() throws Exception {
        ExpiringCredentials credentials = new ExpiringCredentials(new InMemoryTokenStore(), Clock.systemUTC());
        AtomicInteger fetches = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<String>> tickets = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                tickets.add(pool.submit(() -> credentials.get("wecom:jsapi_ticket:wwcorp:1000002", () -> {
                    fetches.incrementAndGet();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new StoredCredential("ticket-1", Instant.now().plusSeconds(7000));
                })));
            }
            while (fetches.get() == 0) {
                Thread.onSpinWait();
            }
            release.countDown();
            for (Future<String> ticket : tickets) {
                assertEquals("ticket-1", ticket.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, fetches.get());
    }

    @Test
    void hidesTheCredentialValueInToString() {
        StoredCredential credential = new StoredCredential("very-secret-token", Instant.EPOCH);
        assertTrue(!credential.toString().contains("very-secret-token"));
    }

    @Test
    void aWaiterForAnotherThreadsFetchGivesUpAtItsDeadline() throws Exception {
        ExpiringCredentials credentials = new ExpiringCredentials(new InMemoryTokenStore(), Clock.systemUTC());
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        Thread fetcher = new Thread(() -> credentials.get("k", () -> {
            fetching.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new StoredCredential("late", Instant.now().plusSeconds(60));
        }));
        fetcher.start();
        fetching.await();
        try {
            WeComTimeoutException e = assertTimeoutPreemptively(
                    Duration.ofSeconds(20),
                    () -> assertThrows(
                            WeComTimeoutException.class,
                            () -> credentials.get(
                                    "k",
                                    null,
                                    Duration.ofMillis(200),
                                    () -> new StoredCredential(
                                            "second fetch", Instant.now().plusSeconds(60)))));
            assertFalse(e.requestSent());
        } finally {
            never.countDown();
            fetcher.join();
        }
    }

    @Test
    void aWaitingCallGivesUpAtTheClientDeadlineWhileAnotherThreadsGettokenHangs() throws Exception {
        try (MockWeCom wecom = new MockWeCom()) {
            wecom.answerGettokenWith(new MockResponse.Builder()
                    .onResponseStart(mockwebserver3.SocketEffect.Stall.INSTANCE)
                    .build());
            WeComClient client =
                    wecom.clientBuilder().deadline(Duration.ofMillis(500)).build();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Throwable>> outcomes = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    outcomes.add(pool.submit(() -> {
                        try {
                            client.get("/cgi-bin/agent/list", null);
                            return null;
                        } catch (WeComException e) {
                            return e;
                        }
                    }));
                }
                for (Future<Throwable> outcome : outcomes) {
                    Throwable failure = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> outcome.get());
                    assertTrue(failure instanceof WeComTimeoutException, String.valueOf(failure));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void theStoreIsToldWhichTokenWasRejectedWhenItIsAskedToRefresh() throws Exception {
        startServer();
        rejectedToken = "token-1";
        List<String> refreshedAfter = new java.util.concurrent.CopyOnWriteArrayList<>();
        InMemoryTokenStore memory = new InMemoryTokenStore();
        TokenStore coordinating = new TokenStore() {
            @Override
            public StoredCredential get(String key) {
                return memory.get(key);
            }

            @Override
            public void put(String key, StoredCredential credential) {
                memory.put(key, credential);
            }

            @Override
            public void removeIfValue(String key, String rejectedValue) {
                memory.removeIfValue(key, rejectedValue);
            }

            @Override
            public StoredCredential refresh(
                    String key, String rejectedValue, Instant deadline, Supplier<StoredCredential> fetch) {
                refreshedAfter.add(String.valueOf(rejectedValue));
                assertTrue(deadline.isAfter(Instant.now()), "the deadline is still ahead");
                return TokenStore.super.refresh(key, rejectedValue, deadline, fetch);
            }
        };
        WeComClient client = WeComClient.builder()
                .corpId("wwcorp")
                .secret("secret-1")
                .baseUrl(server.url("/").toString())
                .tokenStore(coordinating)
                .build();

        assertEquals(
                "token-2",
                client.get("/cgi-bin/agent/list", Map.of()).path("token_seen").asText());

        assertEquals(List.of("null", "token-1"), refreshedAfter);
        assertEquals(2, gettokenCalls.get());
    }

    @Test
    void theInMemoryStoreExpiresEntriesOnTheInjectedClock() {
        MutableClock clock = new MutableClock(Instant.parse("2001-01-01T00:00:00Z"));
        InMemoryTokenStore store = new InMemoryTokenStore(clock);
        store.put("k", new StoredCredential("t", clock.instant().plus(Duration.ofHours(2))));

        clock.advance(Duration.ofMinutes(30));
        assertEquals("t", store.get("k").value(), "valid for 2 h on the injected clock");

        clock.advance(Duration.ofHours(2));
        assertNull(store.get("k"), "gone once well past its expiry on the injected clock");
    }
}
