package io.github.wecomsdk.core.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.CapturedLogs;
import io.github.wecomsdk.core.testing.Fixtures;
import io.github.wecomsdk.core.testing.MutableClock;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** Hostile requests through the whole handler: each gets a clear status and a generic body, and no secret is logged. */
class CallbackHandlerHostileInputTest {

    private static final String TS = "1700000000";
    private static final String NONCE = "31337";

    private final CallbackCrypto crypto = TestKeys.crypto();
    private final List<CallbackMessage> received = new CopyOnWriteArrayList<>();
    private final List<CallbackRejection> rejections = new CopyOnWriteArrayList<>();
    private CallbackHandler handler;

    @BeforeEach
    void setUp() {
        CapturedLogs.clear();
        CapturedLogs.setLevel(Level.TRACE);
        CallbackRouter router = CallbackRouter.builder()
                .fallback(m -> {
                    received.add(m);
                    return null;
                })
                .build();
        handler = CallbackHandler.builder(crypto, router)
                .clock(new MutableClock(Instant.ofEpochSecond(Long.parseLong(TS))))
                .maxBodyBytes(64 * 1024)
                .observer(new CallbackObserver() {
                    @Override
                    public void rejected(CallbackRejection reason) {
                        rejections.add(reason);
                    }
                })
                .build();
    }

    @AfterEach
    void tearDown() {
        CapturedLogs.setLevel(Level.INFO);
    }

    private CallbackResponse postEncrypted(String encrypted) {
        return handler.handle(
                "POST",
                Map.of("msg_signature", crypto.signature(TS, NONCE, encrypted), "timestamp", TS, "nonce", NONCE),
                TestKeys.envelope(encrypted));
    }

    private CallbackResponse postPlain(String plainXml) {
        return postEncrypted(crypto.encrypt(plainXml));
    }

    @Test
    void refusesAnExternalEntityWith400() {
        assertRefused(
                400,
                "bad request",
                CallbackRejection.MALFORMED,
                postPlain("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<xml><MsgType>text</MsgType><Content>&xxe;</Content><MsgId>1</MsgId></xml>"));
    }

    @Test
    void refusesAnUndeclaredEntityReferenceWith400() {
        assertRefused(
                400,
                "bad request",
                CallbackRejection.MALFORMED,
                postPlain("<xml><MsgType>text</MsgType><Content>&lol9;</Content><MsgId>1</MsgId></xml>"));
    }

    @Test
    void refusesDeeplyNestedXmlWith400() {
        String deep = "<a>".repeat(5_000) + "</a>".repeat(5_000);

        assertRefused(400, "bad request", CallbackRejection.MALFORMED, postPlain("<xml>" + deep + "</xml>"));
    }

    @Test
    void refusesAHugeBodyWith413() {
        String huge = "<xml><Encrypt><![CDATA[" + "A".repeat(128 * 1024) + "]]></Encrypt></xml>";

        CallbackResponse response =
                handler.handle("POST", Map.of("msg_signature", "0".repeat(40), "timestamp", TS, "nonce", NONCE), huge);

        assertRefused(413, "payload too large", CallbackRejection.TOO_LARGE, response);
    }

    @Test
    void refusesADecryptedMessageThatIsNotUtf8With400() {
        byte[] message = "<xml><MsgType>text</MsgType><Content>\u00e9</Content></xml>".getBytes(StandardCharsets.UTF_8);
        message[message.length - 20] = (byte) 0xC3;
        message[message.length - 19] = (byte) 0x28;

        assertRefused(400, "bad request", CallbackRejection.MALFORMED, postEncrypted(encryptRaw(message)));
    }

    @Test
    void refusesAnEnvelopeWithoutEncryptWith400() {
        String body = "<xml><ToUserName><![CDATA[" + TestKeys.CORP_ID + "]]></ToUserName></xml>";

        CallbackResponse response =
                handler.handle("POST", Map.of("msg_signature", "0".repeat(40), "timestamp", TS, "nonce", NONCE), body);

        assertRefused(400, "bad request", CallbackRejection.MALFORMED, response);
    }

    @Test
    void refusesAMessageForAnotherReceiverWith403() {
        String foreign = new CallbackCrypto(TestKeys.TOKEN, TestKeys.AES_KEY, "wwsomeoneelse")
                .encrypt(Fixtures.callback("text.xml"));

        assertRefused(403, "forbidden", CallbackRejection.WRONG_RECEIVER, postEncrypted(foreign));
    }

    @Test
    void refusesAForgedSignatureWith403() {
        String encrypted = crypto.encrypt(Fixtures.callback("text.xml"));

        CallbackResponse response = handler.handle(
                "POST",
                Map.of("msg_signature", "f".repeat(40), "timestamp", TS, "nonce", NONCE),
                TestKeys.envelope(encrypted));

        assertRefused(403, "forbidden", CallbackRejection.BAD_SIGNATURE, response);
    }

    @Test
    void logsNoSecretWhileRefusingOrHandlingAnything() {
        CapturedLogs.clear();
        postPlain("<!DOCTYPE x [<!ENTITY a \"b\">]><xml>&a;</xml>");
        postPlain("<xml>" + "<a>".repeat(100) + "</a>".repeat(100) + "</xml>");
        postEncrypted(new CallbackCrypto(TestKeys.TOKEN, TestKeys.AES_KEY, "other").encrypt("<xml/>"));
        postEncrypted("not base64 at all");
        handler.handle(
                "GET", Map.of("msg_signature", "0".repeat(40), "timestamp", TS, "nonce", NONCE, "echostr", "x"), null);
        postPlain(Fixtures.callback("text.xml"));

        byte[] key = Base64.getDecoder().decode(TestKeys.AES_KEY + "=");
        List<String> secrets = List.of(
                TestKeys.TOKEN,
                TestKeys.AES_KEY,
                Base64.getEncoder().encodeToString(key),
                HexFormat.of().formatHex(key));
        List<String> lines = CapturedLogs.lines();
        assertFalse(lines.isEmpty(), "the refusals are logged at debug level");
        for (String line : lines) {
            for (String secret : secrets) {
                assertFalse(line.contains(secret), () -> "secret in log line: " + line);
            }
        }
    }

    private void assertRefused(int status, String body, CallbackRejection reason, CallbackResponse response) {
        assertEquals(status, response.status());
        assertEquals(body, response.body());
        assertTrue(received.isEmpty(), "no listener saw it");
        assertEquals(List.of(reason), rejections);
        for (String line : CapturedLogs.lines()) {
            assertFalse(
                    line.contains("\tat io.github.wecomsdk.core.callback.CallbackHandler"),
                    () -> "stack trace logged for a refused request: " + line);
        }
    }

    /** Encrypts arbitrary message bytes in WeCom's layout: random(16) | length | message | receiveId | PKCS#7. */
    private static String encryptRaw(byte[] message) {
        byte[] id = TestKeys.CORP_ID.getBytes(StandardCharsets.UTF_8);
        int unpadded = 20 + message.length + id.length;
        int pad = 32 - unpadded % 32;
        ByteBuffer buffer = ByteBuffer.allocate(unpadded + pad);
        buffer.put(new byte[16]).putInt(message.length).put(message).put(id);
        while (buffer.hasRemaining()) {
            buffer.put((byte) pad);
        }
        try {
            byte[] key = Base64.getDecoder().decode(TestKeys.AES_KEY + "=");
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return Base64.getEncoder().encodeToString(cipher.doFinal(buffer.array()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
