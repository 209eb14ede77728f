package io.github.wecomsdk.core.callback;

import static io.github.wecomsdk.core.callback.ConcurrentDeliveries.await;
import static io.github.wecomsdk.core.callback.ConcurrentDeliveries.awaitParked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.Fixtures;
import io.github.wecomsdk.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Tries to break "never lost, never twice": failures racing retries, replays at the window's edges. */
class CallbackHandlerDeliveryGuaranteesTest {

    private static final long T = 1_700_000_000L;
    private static final String TS = Long.toString(T);
    private static final String NONCE = "424242";

    private final CallbackCrypto crypto = TestKeys.crypto();
    private final MutableClock clock = new MutableClock(Instant.ofEpochSecond(T));

    private Map<String, String> query(String encrypted) {
        return Map.of("msg_signature", crypto.signature(TS, NONCE, encrypted), "timestamp", TS, "nonce", NONCE);
    }

    private static String textMessage(int id) {
        return Fixtures.callback("text.xml").replace("1234567890123456", Long.toString(9_000_000_000L + id));
    }

    @Test
    void everyEventIsCompletedExactlyOnceWhileConcurrentRetriesRaceFailingListeners() throws Exception {
        int events = 150;
        int clientsPerEvent = 4;
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> completed = new ConcurrentHashMap<>();
        List<String> violations = new CopyOnWriteArrayList<>();
        CallbackRouter router = CallbackRouter.builder()
                .onMessage("text", m -> {
                    String id = m.get("MsgId");
                    int attempt = attempts.computeIfAbsent(id, k -> new AtomicInteger())
                            .incrementAndGet();
                    if (Long.parseLong(id) % 3 == 0 && attempt == 1) {
                        throw new IllegalStateException("first attempt fails");
                    }
                    completed.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    return PassiveReply.text("done " + id);
                })
                .build();
        CallbackHandler handler =
                CallbackHandler.builder(crypto, router).clock(clock).build();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            String id = Long.toString(9_000_000_000L + i);
            String encrypted = crypto.encrypt(textMessage(i));
            for (int c = 0; c < clientsPerEvent; c++) {
                Thread client = new Thread(() -> {
                    await(start);
                    for (int attempt = 0; attempt < 50; attempt++) {
                        CallbackResponse r = handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted));
                        if (r.status() == 200) {
                            AtomicInteger done = completed.get(id);
                            if (done == null || done.get() == 0) {
                                violations.add(id + " answered 200 before any delivery completed");
                            }
                            return;
                        }
                    }
                    violations.add(id + " never answered 200");
                });
                clients.add(client);
                client.start();
            }
        }
        start.countDown();
        for (Thread client : clients) {
            client.join();
        }

        assertEquals(List.of(), violations);
        assertEquals(events, completed.size());
        completed.forEach((id, count) -> assertEquals(1, count.get(), "completions of " + id));
    }

    @Test
    void redeliversAfterAFailureEvenWhenTheDeduplicatorCannotReleaseKeys() {
        Set<String> store = ConcurrentHashMap.newKeySet();
        CallbackDeduplicator setOnly = store::add;
        AtomicInteger calls = new AtomicInteger();
        CallbackRouter router = CallbackRouter.builder()
                .onMessage("text", m -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("listener bug");
                    }
                    return PassiveReply.text("second time lucky");
                })
                .build();
        CallbackHandler handler = CallbackHandler.builder(crypto, router)
                .clock(clock)
                .deduplicator(setOnly)
                .build();
        String encrypted = crypto.encrypt(textMessage(2));

        CallbackResponse failed = handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted));
        CallbackResponse redelivered = handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted));
        CallbackResponse lateRetry = handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted));

        assertEquals(500, failed.status());
        assertEquals(200, redelivered.status());
        assertTrue(redelivered.body().startsWith("<xml>"), redelivered.body());
        assertEquals(200, lateRetry.status());
        assertEquals("", lateRetry.body());
        assertEquals(2, calls.get());
    }

    @Test
    void boundsHowManyRequestsWaitForOneRunningDelivery() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        CallbackRouter router = CallbackRouter.builder()
                .onMessage("text", m -> {
                    calls.incrementAndGet();
                    entered.countDown();
                    await(release);
                    return PassiveReply.text("slow answer");
                })
                .build();
        CallbackHandler handler =
                CallbackHandler.builder(crypto, router).clock(clock).build();
        String encrypted = crypto.encrypt(textMessage(3));
        Thread owner = new Thread(() -> handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted)));
        owner.start();
        entered.await();
        List<Thread> waiters = new ArrayList<>();
        List<CallbackResponse> answers = new CopyOnWriteArrayList<>();
        for (int i = 0; i < CallbackHandler.MAX_WAITING_RETRIES; i++) {
            Thread waiter = new Thread(
                    () -> answers.add(handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted))));
            waiter.start();
            awaitParked(waiter);
            waiters.add(waiter);
        }

        CallbackResponse oneTooMany = handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted));
        boolean waitersStillWaiting = waiters.stream().allMatch(Thread::isAlive);
        release.countDown();
        owner.join();
        for (Thread waiter : waiters) {
            waiter.join();
        }

        assertEquals(503, oneTooMany.status());
        assertTrue(waitersStillWaiting, "the extra request waited out the retry wait instead of getting 503 at once");
        assertEquals(CallbackHandler.MAX_WAITING_RETRIES, answers.size());
        for (CallbackResponse answer : answers) {
            assertEquals(200, answer.status());
            assertTrue(answer.body().startsWith("<xml>"), answer.body());
        }
        assertEquals(1, calls.get());
    }

    @Test
    void catchesAReplayAtTheWindowsLateEdgeOfACallbackFirstSeenAtItsEarlyEdge() {
        AtomicInteger calls = new AtomicInteger();
        CallbackRouter router = CallbackRouter.builder()
                .fallback(m -> {
                    calls.incrementAndGet();
                    return null;
                })
                .build();
        MutableClock behind =
                new MutableClock(Instant.ofEpochSecond(T).minus(CallbackHandler.DEFAULT_TIMESTAMP_WINDOW));
        CallbackHandler handler =
                CallbackHandler.builder(crypto, router).clock(behind).build();
        String encrypted = crypto.encrypt(Fixtures.callback("click.xml"));

        CallbackResponse first = handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted));
        behind.advance(CallbackHandler.DEFAULT_TIMESTAMP_WINDOW.multipliedBy(2));
        CallbackResponse replayAtTheLateEdge = handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted));
        behind.advance(Duration.ofMillis(1));
        CallbackResponse replayJustOutside = handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted));

        assertEquals(200, first.status());
        assertEquals(200, replayAtTheLateEdge.status());
        assertEquals(403, replayJustOutside.status());
        assertEquals(1, calls.get());
    }
}
