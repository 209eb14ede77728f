package io.github.wecomsdk.core.callback;

import static io.github.wecomsdk.core.callback.ConcurrentDeliveries.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.CapturedLogs;
import io.github.wecomsdk.core.testing.Fixtures;
import io.github.wecomsdk.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CallbackHandlerTest {

    private static final String TS = "1700000000";
    private static final String NONCE = "987654";

    private final CallbackCrypto crypto = TestKeys.crypto();
    private final List<CallbackMessage> received = new CopyOnWriteArrayList<>();

    private final MutableClock clock = new MutableClock(Instant.ofEpochSecond(Long.parseLong(TS)));

    private CallbackHandler.Builder builder(CallbackRouter router) {
        return CallbackHandler.builder(crypto, router).clock(clock);
    }

    private CallbackHandler handler(CallbackRouter router) {
        return builder(router).build();
    }

    private CallbackRouter recordingRouter() {
        return CallbackRouter.builder()
                .onMessage("text", m -> {
                    received.add(m);
                    return PassiveReply.text("reply to " + m.get("Content"));
                })
                .fallback(m -> {
                    received.add(m);
                    return null;
                })
                .build();
    }

    private Map<String, String> query(String encrypted) {
        return Map.of("msg_signature", crypto.signature(TS, NONCE, encrypted), "timestamp", TS, "nonce", NONCE);
    }

    private CallbackResponse post(CallbackHandler handler, String plainXml) {
        String encrypted = crypto.encrypt(plainXml);
        return handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted));
    }

    @Test
    void answersTheUrlCheckWithTheDecryptedEchostr() {
        String encrypted = crypto.encrypt("1288432023552776189");
        Map<String, String> q = Map.of(
                "msg_signature",
                crypto.signature(TS, NONCE, encrypted),
                "timestamp",
                TS,
                "nonce",
                NONCE,
                "echostr",
                encrypted);

        CallbackResponse response = handler(recordingRouter()).handle("GET", q, null);

        assertEquals(200, response.status());
        assertEquals("1288432023552776189", response.body());
    }

    @Test
    void restoresPlusSignsAFormDecoderTurnedIntoSpaces() {
        String encrypted = crypto.encrypt("plus");
        while (!encrypted.contains("+")) {
            encrypted = crypto.encrypt("plus");
        }
        String raw = "msg_signature=" + crypto.signature(TS, NONCE, encrypted) + "&timestamp=" + TS + "&nonce=" + NONCE
                + "&echostr=" + encrypted;

        CallbackResponse response = handler(recordingRouter()).handle("GET", CallbackHandler.parseQuery(raw), null);

        assertEquals(200, response.status());
        assertEquals("plus", response.body());
    }

    @Test
    void routesAPostAndEncryptsThePassiveReply() {
        CallbackResponse response = post(handler(recordingRouter()), Fixtures.callback("text.xml"));

        assertEquals(200, response.status());
        assertTrue(response.contentType().startsWith("text/xml"));
        CallbackMessage envelope = CallbackMessage.parse(response.body());
        String plain = crypto.decrypt(
                envelope.get("MsgSignature"), envelope.get("TimeStamp"), envelope.get("Nonce"), response.body());
        CallbackMessage reply = CallbackMessage.parse(plain);
        assertEquals("reply to this is a test", reply.get("Content"));
        assertEquals("zhangsan", reply.get("ToUserName"));
        assertEquals(TestKeys.CORP_ID, reply.get("FromUserName"));
        assertEquals(1, received.size());
    }

    @Test
    void answersAnEmptyBodyWhenTheListenerGivesNoReply() {
        CallbackResponse response = post(handler(recordingRouter()), Fixtures.callback("click.xml"));

        assertEquals(200, response.status());
        assertEquals("", response.body());
    }

    @Test
    void answersTheConfiguredNoReplyBody() {
        CallbackHandler handler =
                builder(recordingRouter()).noReplyBody("success").build();

        assertEquals("success", post(handler, Fixtures.callback("click.xml")).body());
    }

    @Test
    void callsTheListenerOnceForRetriesOfTheSameCallback() {
        CallbackHandler handler = handler(recordingRouter());
        String xml = Fixtures.callback("change_contact_create_user.xml");

        CallbackResponse first = post(handler, xml);
        CallbackResponse retry = post(handler, xml);
        CallbackResponse secondRetry = post(handler, xml);

        assertEquals(200, first.status());
        assertEquals(200, retry.status());
        assertEquals(200, secondRetry.status());
        assertEquals(1, received.size());
    }

    @Test
    void callsTheListenerForEachDistinctEventInTheSameSecond() {
        CallbackHandler handler = handler(recordingRouter());

        post(handler, Fixtures.callback("change_contact_delete_user.xml"));
        post(handler, Fixtures.callback("change_contact_delete_user.xml").replace("zhangsan", "lisi"));

        assertEquals(2, received.size());
    }

    @Test
    void answers500AndHandlesWeComsRedeliveryWhenTheListenerThrows() {
        AtomicInteger calls = new AtomicInteger();
        CallbackRouter router = CallbackRouter.builder()
                .onMessage("text", m -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("listener bug");
                    }
                    return PassiveReply.text("second time lucky");
                })
                .build();
        CallbackHandler handler = handler(router);
        String xml = Fixtures.callback("text.xml");

        CallbackResponse failed = post(handler, xml);
        CallbackResponse redelivered = post(handler, xml);
        CallbackResponse lateRetry = post(handler, xml);

        assertEquals(500, failed.status());
        assertEquals(200, redelivered.status());
        assertEquals("second time lucky", decryptReply(redelivered).get("Content"));
        assertEquals(200, lateRetry.status());
        assertEquals(2, calls.get());
        assertEquals(1, handler.listenerFailures());
    }

    @Test
    void acknowledgesListenerFailuresOnlyWhenAskedTo() {
        AtomicInteger calls = new AtomicInteger();
        CallbackRouter router = CallbackRouter.builder()
                .onMessage("text", m -> {
                    calls.incrementAndGet();
                    throw new IllegalStateException("listener bug");
                })
                .build();
        CallbackHandler handler =
                builder(router).acknowledgeListenerFailures(true).build();
        String xml = Fixtures.callback("text.xml");

        CallbackResponse first = post(handler, xml);
        CallbackResponse retry = post(handler, xml);

        assertEquals(200, first.status());
        assertEquals("", first.body());
        assertEquals(200, retry.status());
        assertEquals(1, calls.get());
        assertEquals(1, handler.listenerFailures());
    }

    @Test
    void logsListenerFailuresWithoutContentOrSecrets() {
        CapturedLogs.clear();
        CallbackRouter router = CallbackRouter.builder()
                .onMessage("text", m -> {
                    throw new IllegalStateException("listener bug 7731");
                })
                .build();

        post(handler(router), Fixtures.callback("text.xml"));

        String logs = CapturedLogs.lines().stream()
                .filter(l -> l.contains("listener bug 7731"))
                .reduce("", String::concat);
        assertTrue(logs.contains("MsgType=text"), logs);
        assertFalse(logs.contains("this is a test"), logs);
        assertFalse(logs.contains(TestKeys.AES_KEY), logs);
        assertFalse(logs.contains(TestKeys.TOKEN), logs);
    }

    @Test
    void refusesACapturedRequestReplayedLaterWith403() {
        CallbackHandler handler = handler(recordingRouter());
        String encrypted = crypto.encrypt(Fixtures.callback("click.xml"));
        Map<String, String> captured = query(encrypted);
        String body = TestKeys.envelope(encrypted);

        CallbackResponse atZero = handler.handle("POST", captured, body);
        clock.advance(Duration.ofMinutes(11));
        CallbackResponse atElevenMinutes = handler.handle("POST", captured, body);
        clock.advance(Duration.ofDays(1));
        CallbackResponse atOneDay = handler.handle("POST", captured, body);

        assertEquals(200, atZero.status());
        assertEquals(403, atElevenMinutes.status());
        assertEquals("stale timestamp", atElevenMinutes.body());
        assertEquals(403, atOneDay.status());
        assertEquals(1, received.size());
    }

    @Test
    void refusesTimestampsFromTheFutureBeyondTheWindow() {
        CallbackHandler handler = builder(recordingRouter())
                .timestampWindow(Duration.ofMinutes(1))
                .build();
        clock.advance(Duration.ofSeconds(-61));

        CallbackResponse response = post(handler, Fixtures.callback("click.xml"));

        assertEquals(403, response.status());
        assertTrue(received.isEmpty());
    }

    @Test
    void refusesADedupeRetentionShorterThanTwiceTheTimestampWindow() {
        CallbackHandler.Builder tooShort = builder(recordingRouter())
                .timestampWindow(Duration.ofMinutes(5))
                .deduplicator(new InMemoryCallbackDeduplicator(
                        10, Duration.ofMinutes(10).minusMillis(1), clock));

        CallbackException e = assertThrows(CallbackException.class, tooShort::build);

        assertEquals(CallbackException.Reason.INVALID_CONFIGURATION, e.reason());
        builder(recordingRouter())
                .timestampWindow(Duration.ofMinutes(5))
                .deduplicator(new InMemoryCallbackDeduplicator(10, Duration.ofMinutes(10), clock))
                .build();
    }

    @Test
    void answersARetryDuringASlowDeliveryWithThatDeliverysReply() throws Exception {
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
        CallbackHandler handler = handler(router);
        String encrypted = crypto.encrypt(Fixtures.callback("text.xml"));

        ConcurrentDeliveries.Answers answers = ConcurrentDeliveries.firstAndRetryDuringIt(
                () -> handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted)), entered, release);

        assertEquals(1, calls.get());
        assertEquals("slow answer", decryptReply(answers.first()).get("Content"));
        assertEquals(200, answers.retry().status());
        assertEquals("slow answer", decryptReply(answers.retry()).get("Content"));
    }

    @Test
    void letsARetryRunTheListenerWhenTheSlowDeliveryFails() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        CallbackRouter router = CallbackRouter.builder()
                .onMessage("text", m -> {
                    if (calls.incrementAndGet() == 1) {
                        entered.countDown();
                        await(release);
                        throw new IllegalStateException("first delivery failed");
                    }
                    return PassiveReply.text("retry answer");
                })
                .build();
        CallbackHandler handler = handler(router);
        String encrypted = crypto.encrypt(Fixtures.callback("text.xml"));

        ConcurrentDeliveries.Answers answers = ConcurrentDeliveries.firstAndRetryDuringIt(
                () -> handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted)), entered, release);

        assertEquals(2, calls.get());
        assertEquals(500, answers.first().status());
        assertEquals("retry answer", decryptReply(answers.retry()).get("Content"));
    }

    @Test
    void answers503WhenTheRunningDeliveryOutlastsTheRetryWait() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CallbackRouter router = CallbackRouter.builder()
                .onMessage("text", m -> {
                    entered.countDown();
                    await(release);
                    return null;
                })
                .build();
        CallbackHandler handler = builder(router).retryWait(Duration.ZERO).build();
        String encrypted = crypto.encrypt(Fixtures.callback("text.xml"));
        Thread a = new Thread(() -> handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted)));
        a.start();
        entered.await();

        CallbackResponse retry = handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted));
        release.countDown();
        a.join();

        assertEquals(503, retry.status());
    }

    @Test
    void reportsEveryOutcomeToTheObserver() {
        List<String> seen = new CopyOnWriteArrayList<>();
        CallbackObserver observer = new CallbackObserver() {
            @Override
            public void accepted(CallbackMessage message) {
                seen.add("accepted " + message.msgType());
            }

            @Override
            public void duplicate(CallbackMessage message) {
                seen.add("duplicate " + message.msgType());
            }

            @Override
            public void rejected(CallbackRejection reason) {
                seen.add("rejected " + reason);
            }

            @Override
            public void listenerFailed(CallbackMessage message, Throwable error) {
                seen.add("failed " + error.getMessage());
            }

            @Override
            public void handled(int status, Duration elapsed) {
                seen.add("handled " + status);
            }
        };
        CallbackRouter router = CallbackRouter.builder()
                .onMessage("text", m -> null)
                .onEvent("click", m -> {
                    throw new IllegalStateException("boom");
                })
                .build();
        CallbackHandler handler =
                builder(router).observer(observer).maxBodyBytes(5000).build();
        String encrypted = crypto.encrypt(Fixtures.callback("text.xml"));

        post(handler, Fixtures.callback("text.xml"));
        post(handler, Fixtures.callback("text.xml"));
        post(handler, Fixtures.callback("click.xml"));
        handler.handle(
                "POST",
                Map.of("msg_signature", "0".repeat(40), "timestamp", TS, "nonce", NONCE),
                TestKeys.envelope(encrypted));
        handler.handle("POST", query("abc"), "not xml");
        handler.handle("POST", query("x"), "x".repeat(6000));
        handler.handle("PUT", Map.of(), "");
        clock.advance(Duration.ofHours(1));
        handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted));

        assertEquals(
                List.of(
                        "accepted text",
                        "handled 200",
                        "duplicate text",
                        "handled 200",
                        "accepted event",
                        "failed boom",
                        "handled 500",
                        "rejected BAD_SIGNATURE",
                        "handled 403",
                        "rejected MALFORMED",
                        "handled 400",
                        "rejected TOO_LARGE",
                        "handled 413",
                        "rejected METHOD_NOT_ALLOWED",
                        "handled 405",
                        "rejected STALE_TIMESTAMP",
                        "handled 403"),
                seen);
    }

    @Test
    void keepsAnsweringWhenTheObserverThrows() {
        CallbackObserver broken = new CallbackObserver() {
            @Override
            public void accepted(CallbackMessage message) {
                throw new IllegalStateException("observer bug");
            }

            @Override
            public void handled(int status, Duration elapsed) {
                throw new IllegalStateException("observer bug");
            }
        };
        CallbackHandler handler = builder(recordingRouter()).observer(broken).build();

        CallbackResponse response = post(handler, Fixtures.callback("text.xml"));

        assertEquals(200, response.status());
        assertEquals("reply to this is a test", decryptReply(response).get("Content"));
    }

    @Test
    void keepsServingWhenTheDeduplicatorFails() {
        CallbackHandler handler = builder(recordingRouter())
                .deduplicator(key -> {
                    throw new IllegalStateException("store down");
                })
                .build();

        assertEquals(200, post(handler, Fixtures.callback("click.xml")).status());
        assertEquals(1, received.size());
    }

    @Test
    void refusesABadSignatureWith403AndNoDetail() {
        String encrypted = crypto.encrypt(Fixtures.callback("text.xml"));
        Map<String, String> q = Map.of("msg_signature", "0".repeat(40), "timestamp", TS, "nonce", NONCE);

        CallbackResponse response = handler(recordingRouter()).handle("POST", q, TestKeys.envelope(encrypted));

        assertEquals(403, response.status());
        assertEquals("forbidden", response.body());
        assertTrue(received.isEmpty());
    }

    @Test
    void stillHonoursTheOptionalTimestampWindowOfTheCrypto() {
        CallbackCrypto windowed = CallbackCrypto.builder()
                .token(TestKeys.TOKEN)
                .encodingAesKey(TestKeys.AES_KEY)
                .receiveId(TestKeys.CORP_ID)
                .timestampWindow(Duration.ofMinutes(5))
                .clock(Clock.fixed(Instant.ofEpochSecond(1_700_003_600L), ZoneOffset.UTC))
                .build();
        CallbackHandler handler = CallbackHandler.builder(windowed, recordingRouter())
                .clock(clock)
                .build();
        String encrypted = windowed.encrypt(Fixtures.callback("text.xml"));

        CallbackResponse response = handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted));

        assertEquals(403, response.status());
        assertTrue(received.isEmpty());
    }

    @Test
    void callsTheListenerOnceForConcurrentRetries() throws Exception {
        CallbackHandler handler = handler(recordingRouter());
        String encrypted = crypto.encrypt(Fixtures.callback("text.xml"));
        CountDownLatch start = new CountDownLatch(1);
        Thread[] threads = new Thread[6];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                handler.handle("POST", query(encrypted), TestKeys.envelope(encrypted));
            });
            threads[i].start();
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertEquals(1, received.size());
    }

    @Test
    void refusesMalformedRequestsWith400() {
        CallbackHandler handler = handler(recordingRouter());

        assertEquals(
                400,
                handler.handle("POST", Map.of(), "<xml><Encrypt>abc</Encrypt></xml>")
                        .status());
        assertEquals(400, handler.handle("POST", query("abc"), "not xml").status());
        assertEquals(
                400, handler.handle("GET", (Map<String, String>) null, null).status());
        assertEquals(
                400,
                post(handler, "<!DOCTYPE x [<!ENTITY a \"b\">]><xml>&a;</xml>").status());
        assertTrue(received.isEmpty());
    }

    @Test
    void refusesOversizedBodiesWith413() {
        CallbackHandler handler = builder(recordingRouter()).maxBodyBytes(1000).build();

        CallbackResponse response = handler.handle("POST", query("x"), "<xml>" + " ".repeat(2000) + "</xml>");

        assertEquals(413, response.status());
    }

    @Test
    void refusesOtherMethodsWith405() {
        assertEquals(405, handler(recordingRouter()).handle("PUT", Map.of(), "").status());
    }

    @Test
    void readsQueryParametersThroughALookupFunction() {
        String encrypted = crypto.encrypt("lookup");
        Map<String, String> q = Map.of(
                "msg_signature",
                crypto.signature(TS, NONCE, encrypted),
                "timestamp",
                TS,
                "nonce",
                NONCE,
                "echostr",
                encrypted);

        CallbackResponse response = handler(recordingRouter()).handle("GET", q::get, null);

        assertEquals("lookup", response.body());
    }

    private CallbackMessage decryptReply(CallbackResponse response) {
        CallbackMessage envelope = CallbackMessage.parse(response.body());
        return CallbackMessage.parse(crypto.decrypt(
                envelope.get("MsgSignature"), envelope.get("TimeStamp"), envelope.get("Nonce"), response.body()));
    }

    @Test
    void decodesRawQueryStrings() {
        Map<String, String> q = CallbackHandler.parseQuery("a=1&b=x%2By%3D&c&a=2&d=%zz");

        assertEquals("1", q.get("a"));
        assertEquals("x+y=", q.get("b"));
        assertEquals("", q.get("c"));
        assertEquals("%zz", q.get("d"));
        assertFalse(CallbackHandler.parseQuery(null).containsKey("a"));
    }
}
