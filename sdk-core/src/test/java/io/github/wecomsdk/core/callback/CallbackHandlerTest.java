package io.github.wecomsdk.core.callback;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallbackHandlerTest {

    private static final String TS = "1700000000";
    private static final String NONCE = "987654";

    private final CallbackCrypto crypto = Fixtures.crypto();
    private final List<CallbackMessage> received = new CopyOnWriteArrayList<>();

    private CallbackHandler handler(CallbackRouter router) {
        return CallbackHandler.builder(crypto, router).build();
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
        return handler.handle("POST", query(encrypted), Fixtures.envelope(encrypted));
    }

    @Test
    void answersTheUrlCheckWithTheDecryptedEchostr() {
        String encrypted = crypto.encrypt("1288432023552776189");
        Map<String, String> q = Map.of("msg_signature", crypto.signature(TS, NONCE, encrypted), "timestamp", TS,
                "nonce", NONCE, "echostr", encrypted);

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
        CallbackResponse response = post(handler(recordingRouter()), Fixtures.read("text.xml"));

        assertEquals(200, response.status());
        assertTrue(response.contentType().startsWith("text/xml"));
        CallbackMessage envelope = CallbackMessage.parse(response.body());
        String plain = crypto.decrypt(envelope.get("MsgSignature"), envelope.get("TimeStamp"), envelope.get("Nonce"),
                response.body());
        CallbackMessage reply = CallbackMessage.parse(plain);
        assertEquals("reply to this is a test", reply.get("Content"));
        assertEquals("zhangsan", reply.get("ToUserName"));
        assertEquals(Fixtures.CORP_ID, reply.get("FromUserName"));
        assertEquals(1, received.size());
    }

    @Test
    void answersAnEmptyBodyWhenTheListenerGivesNoReply() {
        CallbackResponse response = post(handler(recordingRouter()), Fixtures.read("click.xml"));

        assertEquals(200, response.status());
        assertEquals("", response.body());
    }

    @Test
    void answersTheConfiguredNoReplyBody() {
        CallbackHandler handler = CallbackHandler.builder(crypto, recordingRouter()).noReplyBody("success").build();

        assertEquals("success", post(handler, Fixtures.read("click.xml")).body());
    }

    @Test
    void callsTheListenerOnceForRetriesOfTheSameCallback() {
        CallbackHandler handler = handler(recordingRouter());
        String xml = Fixtures.read("change_contact_create_user.xml");

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

        post(handler, Fixtures.read("change_contact_delete_user.xml"));
        post(handler, Fixtures.read("change_contact_delete_user.xml").replace("zhangsan", "lisi"));

        assertEquals(2, received.size());
    }

    @Test
    void answers200WhenTheListenerThrows() {
        CallbackRouter router = CallbackRouter.builder().onMessage("text", m -> {
            throw new IllegalStateException("listener bug");
        }).build();

        CallbackResponse response = post(handler(router), Fixtures.read("text.xml"));

        assertEquals(200, response.status());
        assertEquals("", response.body());
    }

    @Test
    void keepsServingWhenTheDeduplicatorFails() {
        CallbackHandler handler = CallbackHandler.builder(crypto, recordingRouter())
                .deduplicator(key -> {
                    throw new IllegalStateException("store down");
                })
                .build();

        assertEquals(200, post(handler, Fixtures.read("click.xml")).status());
        assertEquals(1, received.size());
    }

    @Test
    void refusesABadSignatureWith403AndNoDetail() {
        String encrypted = crypto.encrypt(Fixtures.read("text.xml"));
        Map<String, String> q = Map.of("msg_signature", "0".repeat(40), "timestamp", TS, "nonce", NONCE);

        CallbackResponse response = handler(recordingRouter()).handle("POST", q, Fixtures.envelope(encrypted));

        assertEquals(403, response.status());
        assertEquals("forbidden", response.body());
        assertTrue(received.isEmpty());
    }

    @Test
    void refusesReplayedRequestsWith403WhenATimestampWindowIsSet() {
        CallbackCrypto windowed = CallbackCrypto.builder().token(Fixtures.TOKEN).encodingAesKey(Fixtures.AES_KEY)
                .receiveId(Fixtures.CORP_ID).timestampWindow(Duration.ofMinutes(5))
                .clock(Clock.fixed(Instant.ofEpochSecond(1_700_003_600L), ZoneOffset.UTC)).build();
        CallbackHandler handler = CallbackHandler.builder(windowed, recordingRouter()).build();
        String encrypted = windowed.encrypt(Fixtures.read("text.xml"));

        CallbackResponse response = handler.handle("POST", query(encrypted), Fixtures.envelope(encrypted));

        assertEquals(403, response.status());
        assertTrue(received.isEmpty());
    }

    @Test
    void callsTheListenerOnceForConcurrentRetries() throws Exception {
        CallbackHandler handler = handler(recordingRouter());
        String encrypted = crypto.encrypt(Fixtures.read("text.xml"));
        CountDownLatch start = new CountDownLatch(1);
        Thread[] threads = new Thread[6];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                handler.handle("POST", query(encrypted), Fixtures.envelope(encrypted));
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

        assertEquals(400, handler.handle("POST", Map.of(), "<xml><Encrypt>abc</Encrypt></xml>").status());
        assertEquals(400, handler.handle("POST", query("abc"), "not xml").status());
        assertEquals(400, handler.handle("GET", (Map<String, String>) null, null).status());
        assertEquals(400, post(handler, "<!DOCTYPE x [<!ENTITY a \"b\">]><xml>&a;</xml>").status());
        assertTrue(received.isEmpty());
    }

    @Test
    void refusesOversizedBodiesWith413() {
        CallbackHandler handler = CallbackHandler.builder(crypto, recordingRouter()).maxBodyBytes(1000).build();

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
        Map<String, String> q = Map.of("msg_signature", crypto.signature(TS, NONCE, encrypted), "timestamp", TS,
                "nonce", NONCE, "echostr", encrypted);

        CallbackResponse response = handler(recordingRouter()).handle("GET", q::get, null);

        assertEquals("lookup", response.body());
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
