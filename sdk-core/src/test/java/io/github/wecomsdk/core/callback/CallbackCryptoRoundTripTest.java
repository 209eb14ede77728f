package io.github.wecomsdk.core.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CallbackCryptoRoundTripTest {

    private static final String[] ALPHABET = {
        "a", "Z", "0", " ", "<", "&", "\n", "é", "ß", "中", "文", "😀", "𝄞", "]]>", "\u0000"
    };

    @Test
    void roundTripsRandomUnicodeMessagesUpTo64KiB() {
        CallbackCrypto crypto = TestKeys.crypto();
        SplittableRandom random = new SplittableRandom(20261125L);

        for (int i = 0; i < 200; i++) {
            int size = i == 0 ? 0 : i == 1 ? 64 * 1024 : random.nextInt(64 * 1024 + 1);
            StringBuilder sb = new StringBuilder(size);
            while (sb.length() < size) {
                sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String message = sb.toString();
            String timestamp = Long.toString(1_700_000_000L + i);
            String nonce = Integer.toString(random.nextInt(1_000_000_000));
            String encrypted = crypto.encrypt(message);
            String signature = crypto.signature(timestamp, nonce, encrypted);

            assertEquals(message, crypto.decrypt(signature, timestamp, nonce, TestKeys.envelope(encrypted)));
            assertEquals(message, crypto.verifyUrl(signature, timestamp, nonce, encrypted));
        }
    }

    @Test
    void encryptsTheSameMessageDifferentlyEachTime() {
        CallbackCrypto crypto = TestKeys.crypto();

        assertNotEquals(crypto.encrypt("hello"), crypto.encrypt("hello"));
    }

    @Test
    void encryptReplyProducesAnEnvelopeThatDecryptsBackToTheReply() {
        CallbackCrypto crypto = TestKeys.crypto();
        String reply = PassiveReply.text("this is a test").toXml("mycreate", TestKeys.CORP_ID, 1348831860L);

        String envelope = crypto.encryptReply(reply, "1409659813", "1372623149");
        CallbackMessage parsed = CallbackMessage.parse(envelope);

        assertEquals("1409659813", parsed.get("TimeStamp"));
        assertEquals("1372623149", parsed.get("Nonce"));
        assertEquals(crypto.signature("1409659813", "1372623149", parsed.get("Encrypt")), parsed.get("MsgSignature"));
        assertEquals(reply, crypto.decrypt(parsed.get("MsgSignature"), "1409659813", "1372623149", envelope));
    }

    @Test
    void acceptsTimestampsInsideTheWindow() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_300L), ZoneOffset.UTC);
        CallbackCrypto crypto = CallbackCrypto.builder()
                .token(TestKeys.TOKEN)
                .encodingAesKey(TestKeys.AES_KEY)
                .receiveId(TestKeys.CORP_ID)
                .clock(clock)
                .timestampWindow(Duration.ofMinutes(5))
                .build();
        String encrypted = crypto.encrypt("hi");

        assertEquals(
                "hi", crypto.verifyUrl(crypto.signature("1700000000", "1", encrypted), "1700000000", "1", encrypted));
        assertEquals(
                "hi", crypto.verifyUrl(crypto.signature("1700000600", "1", encrypted), "1700000600", "1", encrypted));
    }

    @Test
    void rejectsReplayedTimestampsOutsideTheWindow() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_301L), ZoneOffset.UTC);
        CallbackCrypto crypto = CallbackCrypto.builder()
                .token(TestKeys.TOKEN)
                .encodingAesKey(TestKeys.AES_KEY)
                .receiveId(TestKeys.CORP_ID)
                .clock(clock)
                .timestampWindow(Duration.ofMinutes(5))
                .build();
        String encrypted = crypto.encrypt("hi");

        CallbackException e = assertThrows(
                CallbackException.class,
                () -> crypto.verifyUrl(crypto.signature("1700000000", "1", encrypted), "1700000000", "1", encrypted));
        assertEquals(CallbackException.Reason.TIMESTAMP_OUT_OF_WINDOW, e.reason());
    }

    @Test
    void rejectsNonNumericTimestampWhenAWindowIsSet() {
        CallbackCrypto crypto = CallbackCrypto.builder()
                .token(TestKeys.TOKEN)
                .encodingAesKey(TestKeys.AES_KEY)
                .receiveId(TestKeys.CORP_ID)
                .timestampWindow(Duration.ofMinutes(5))
                .build();
        String encrypted = crypto.encrypt("hi");

        CallbackException e = assertThrows(
                CallbackException.class,
                () -> crypto.verifyUrl(crypto.signature("17e9", "1", encrypted), "17e9", "1", encrypted));
        assertEquals(CallbackException.Reason.INVALID_TIMESTAMP, e.reason());
    }

    @Test
    void acceptsAnEmptyReceiveIdForPersonalSubjectApps() {
        CallbackCrypto crypto = new CallbackCrypto(TestKeys.TOKEN, TestKeys.AES_KEY, "");
        String encrypted = crypto.encrypt("个人主体");

        assertEquals("个人主体", crypto.verifyUrl(crypto.signature("1", "2", encrypted), "1", "2", encrypted));
    }

    @Test
    void isSafeToShareAcrossThreads() throws Exception {
        CallbackCrypto crypto = TestKeys.crypto();
        Thread[] threads = new Thread[4];
        Throwable[] failure = new Throwable[1];
        for (int t = 0; t < threads.length; t++) {
            int id = t;
            threads[t] = new Thread(() -> {
                try {
                    for (int i = 0; i < 500; i++) {
                        String message = "thread " + id + " message " + i;
                        String encrypted = crypto.encrypt(message);
                        assertEquals(
                                message, crypto.verifyUrl(crypto.signature("1", "2", encrypted), "1", "2", encrypted));
                    }
                } catch (Throwable e) {
                    synchronized (failure) {
                        failure[0] = e;
                    }
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertTrue(failure[0] == null, () -> String.valueOf(failure[0]));
    }
}
