package io.github.wecomsdk.core.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.callback.CallbackException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SplittableRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CallbackCryptoHostileInputTest {

    private static final String TS = "1700000000";
    private static final String NONCE = "123456";

    private final CallbackCrypto crypto = TestKeys.crypto();

    @Test
    void rejectsEveryBitFlipInTheCiphertextAtTheSignature() {
        String encrypted = crypto.encrypt("<xml><Content>bit flips</Content></xml>");
        String signature = crypto.signature(TS, NONCE, encrypted);
        byte[] raw = Base64.getDecoder().decode(encrypted);

        for (int bit = 0; bit < raw.length * 8; bit++) {
            byte[] flipped = raw.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            String tampered = Base64.getEncoder().encodeToString(flipped);

            expect(Reason.INVALID_SIGNATURE, () -> crypto.decrypt(signature, TS, NONCE, TestKeys.envelope(tampered)));
        }
    }

    @Test
    void rejectsBitFlipsInTheSignatureTimestampAndNonce() {
        String encrypted = crypto.encrypt("hi");
        String signature = crypto.signature(TS, NONCE, encrypted);
        String body = TestKeys.envelope(encrypted);
        String otherSignature = (signature.charAt(0) == 'a' ? "b" : "a") + signature.substring(1);

        expect(Reason.INVALID_SIGNATURE, () -> crypto.decrypt(otherSignature, TS, NONCE, body));
        expect(Reason.INVALID_SIGNATURE, () -> crypto.decrypt(signature, "1700000001", NONCE, body));
        expect(Reason.INVALID_SIGNATURE, () -> crypto.decrypt(signature, TS, "123457", body));
        expect(Reason.INVALID_SIGNATURE, () -> crypto.decrypt(signature.substring(1), TS, NONCE, body));
        expect(Reason.INVALID_SIGNATURE, () -> crypto.decrypt("zz" + signature.substring(2), TS, NONCE, body));
        expect(
                Reason.INVALID_SIGNATURE,
                () -> crypto.decrypt(signature, TS, NONCE, body.replace("Encrypt><![CDATA[", "Encrypt><![CDATA[A")));
    }

    @Test
    void signedBitFlipsNeverFailWithAnythingButAWeComException() {
        SplittableRandom random = new SplittableRandom(7);
        String encrypted = crypto.encrypt("<xml><Content>signed flips</Content></xml>");
        byte[] raw = Base64.getDecoder().decode(encrypted);

        for (int bit = 0; bit < raw.length * 8; bit++) {
            byte[] flipped = raw.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            if (random.nextInt(4) == 0) {
                flipped[random.nextInt(flipped.length)] ^= (byte) random.nextInt(1, 256);
            }
            String tampered = Base64.getEncoder().encodeToString(flipped);
            String signature = crypto.signature(TS, NONCE, tampered);
            try {
                crypto.decrypt(signature, TS, NONCE, TestKeys.envelope(tampered));
            } catch (WeComException expected) {
                assertEquals(CallbackException.class, expected.getClass());
            }
        }
    }

    @Test
    void rejectsTruncatedCiphertext() {
        String encrypted = crypto.encrypt("<xml><Content>truncated</Content></xml>");
        byte[] raw = Base64.getDecoder().decode(encrypted);

        for (int length = 0; length < raw.length; length++) {
            byte[] cut = java.util.Arrays.copyOf(raw, length);
            String tampered = Base64.getEncoder().encodeToString(cut);
            if (tampered.isEmpty()) {
                expect(Reason.MISSING_PARAMETER, () -> crypto.verifyUrl("00", TS, NONCE, tampered));
                continue;
            }
            String signature = crypto.signature(TS, NONCE, tampered);
            CallbackException e =
                    assertThrows(CallbackException.class, () -> crypto.verifyUrl(signature, TS, NONCE, tampered));
            if (length % 16 != 0 || length < 32) {
                assertEquals(Reason.INVALID_BLOCK_SIZE, e.reason(), "length " + length);
            }
        }
    }

    @Test
    void rejectsCiphertextWithPaddingValueZero() {
        byte[] plain = layout("hello", TestKeys.CORP_ID, 0);
        plain[plain.length - 1] = 0;

        expect(Reason.INVALID_PADDING, () -> decryptRaw(plain));
    }

    @Test
    void rejectsCiphertextWithPaddingValueAboveThirtyTwo() {
        byte[] plain = layout("hello", TestKeys.CORP_ID, 33);

        expect(Reason.INVALID_PADDING, () -> decryptRaw(plain));
    }

    @Test
    void rejectsCiphertextWithInconsistentPaddingBytes() {
        byte[] plain = layout("hello", TestKeys.CORP_ID, -1);
        int pad = plain[plain.length - 1];
        plain[plain.length - pad] ^= 1;

        expect(Reason.INVALID_PADDING, () -> decryptRaw(plain));
    }

    @Test
    void rejectsLengthFieldBeyondTheDecryptedData() {
        byte[] plain = layout("hello", TestKeys.CORP_ID, -1);
        ByteBuffer.wrap(plain).putInt(16, 5 + TestKeys.CORP_ID.length() + 1);

        expect(Reason.INVALID_LENGTH, () -> decryptRaw(plain));
    }

    @Test
    void rejectsNegativeLengthField() {
        byte[] plain = layout("hello", TestKeys.CORP_ID, -1);
        ByteBuffer.wrap(plain).putInt(16, -1);

        expect(Reason.INVALID_LENGTH, () -> decryptRaw(plain));
    }

    @Test
    void rejectsPaddingThatEatsTheHeader() {
        byte[] plain = new byte[32];
        java.util.Arrays.fill(plain, (byte) 32);

        expect(Reason.INVALID_LENGTH, () -> decryptRaw(plain));
    }

    @Test
    void rejectsMessageForAnotherReceiver() {
        CallbackCrypto other = new CallbackCrypto(TestKeys.TOKEN, TestKeys.AES_KEY, "wwsomeoneelse");
        String encrypted = other.encrypt("hello");

        expect(
                Reason.RECEIVER_MISMATCH,
                () -> crypto.verifyUrl(crypto.signature(TS, NONCE, encrypted), TS, NONCE, encrypted));
    }

    @Test
    void rejectsReceiverThatIsAPrefixOfTheConfiguredOne() {
        byte[] plain = layout("hello", TestKeys.CORP_ID.substring(0, 5), -1);

        expect(Reason.RECEIVER_MISMATCH, () -> decryptRaw(plain));
    }

    @Test
    void rejectsCiphertextThatIsNotBase64() {
        String bad = "@@@@" + crypto.encrypt("x").substring(4);

        expect(Reason.INVALID_BASE64, () -> crypto.verifyUrl(crypto.signature(TS, NONCE, bad), TS, NONCE, bad));
    }

    @Test
    void rejectsCiphertextWithEmbeddedWhitespace() {
        String encrypted = crypto.encrypt("x");
        String bad = encrypted.substring(0, 10) + " " + encrypted.substring(10);

        expect(Reason.INVALID_BASE64, () -> crypto.verifyUrl(crypto.signature(TS, NONCE, bad), TS, NONCE, bad));
    }

    @Test
    void rejectsMalformedKeys() {
        expect(Reason.INVALID_CONFIGURATION, () -> new CallbackCrypto(TestKeys.TOKEN, null, TestKeys.CORP_ID));
        expect(Reason.INVALID_CONFIGURATION, () -> new CallbackCrypto(TestKeys.TOKEN, "short", TestKeys.CORP_ID));
        expect(
                Reason.INVALID_CONFIGURATION,
                () -> new CallbackCrypto(TestKeys.TOKEN, TestKeys.AES_KEY + "A", TestKeys.CORP_ID));
        expect(
                Reason.INVALID_CONFIGURATION,
                () -> new CallbackCrypto(TestKeys.TOKEN, "!" + TestKeys.AES_KEY.substring(1), TestKeys.CORP_ID));
        expect(
                Reason.INVALID_CONFIGURATION,
                () -> new CallbackCrypto(TestKeys.TOKEN, "=" + TestKeys.AES_KEY.substring(1), TestKeys.CORP_ID));
        expect(Reason.INVALID_CONFIGURATION, () -> new CallbackCrypto("", TestKeys.AES_KEY, TestKeys.CORP_ID));
        expect(Reason.INVALID_CONFIGURATION, () -> new CallbackCrypto(TestKeys.TOKEN, TestKeys.AES_KEY, null));
    }

    @Test
    void rejectsMissingParameters() {
        String encrypted = crypto.encrypt("x");
        String signature = crypto.signature(TS, NONCE, encrypted);

        expect(Reason.MISSING_PARAMETER, () -> crypto.verifyUrl(null, TS, NONCE, encrypted));
        expect(Reason.MISSING_PARAMETER, () -> crypto.verifyUrl(signature, "", NONCE, encrypted));
        expect(Reason.MISSING_PARAMETER, () -> crypto.verifyUrl(signature, TS, null, encrypted));
        expect(Reason.MISSING_PARAMETER, () -> crypto.verifyUrl(signature, TS, NONCE, null));
        expect(Reason.MISSING_PARAMETER, () -> crypto.decrypt(signature, TS, NONCE, null));
        expect(Reason.MISSING_PARAMETER, () -> crypto.decrypt(signature, TS, NONCE, ""));
    }

    @Test
    void rejectsBodiesWithoutExactlyOneEncryptElement() {
        String encrypted = crypto.encrypt("x");
        String signature = crypto.signature(TS, NONCE, encrypted);

        expect(Reason.MALFORMED_ENVELOPE, () -> crypto.decrypt(signature, TS, NONCE, "<xml></xml>"));
        expect(Reason.MALFORMED_ENVELOPE, () -> crypto.decrypt(signature, TS, NONCE, "<xml><Encrypt>abc"));
        expect(
                Reason.MALFORMED_ENVELOPE,
                () -> crypto.decrypt(
                        signature,
                        TS,
                        NONCE,
                        "<xml><Encrypt>" + encrypted + "</Encrypt><Encrypt>" + encrypted + "</Encrypt></xml>"));
        expect(
                Reason.MALFORMED_ENVELOPE,
                () -> crypto.decrypt(signature, TS, NONCE, "<xml><Encrypt><![CDATA[" + encrypted + "</Encrypt></xml>"));
        expect(
                Reason.MISSING_PARAMETER,
                () -> crypto.decrypt(signature, TS, NONCE, "<xml><Encrypt><![CDATA[]]></Encrypt></xml>"));
    }

    @Test
    void acceptsEncryptWithoutCdataAndWithSurroundingWhitespace() {
        String encrypted = crypto.encrypt("plain envelope");
        String signature = crypto.signature(TS, NONCE, encrypted);

        assertEquals(
                "plain envelope",
                crypto.decrypt(signature, TS, NONCE, "<xml>\n  <Encrypt>\n " + encrypted + "\n </Encrypt>\n</xml>"));
    }

    @Test
    void rejectsOversizedBodiesAndMessages() {
        CallbackCrypto small = CallbackCrypto.builder()
                .token(TestKeys.TOKEN)
                .encodingAesKey(TestKeys.AES_KEY)
                .receiveId(TestKeys.CORP_ID)
                .maxMessageBytes(1024)
                .build();
        String big = crypto.encrypt("x".repeat(4096));

        expect(Reason.TOO_LARGE, () -> small.encrypt("x".repeat(1025)));
        expect(Reason.TOO_LARGE, () -> small.verifyUrl(small.signature(TS, NONCE, big), TS, NONCE, big));
        expect(Reason.TOO_LARGE, () -> small.decrypt("00", TS, NONCE, "<xml>" + " ".repeat(10_000) + "</xml>"));
    }

    @Test
    void rejectsMalformedReplyArguments() {
        expect(Reason.INVALID_TIMESTAMP, () -> crypto.encryptReply("<xml/>", "12a", NONCE));
        expect(Reason.INVALID_REPLY, () -> crypto.encryptReply("<xml/>", TS, "]]><x>"));
        expect(Reason.MISSING_PARAMETER, () -> crypto.encryptReply(null, TS, NONCE));
    }

    private String decryptRaw(byte[] plain) {
        String encrypted = Base64.getEncoder().encodeToString(aes(plain));
        return crypto.verifyUrl(crypto.signature(TS, NONCE, encrypted), TS, NONCE, encrypted);
    }

    /** Lays out random(16) | length | message | receiveId | padding; pad -1 means correct PKCS#7 to 32. */
    private static byte[] layout(String message, String receiveId, int pad) {
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        byte[] id = receiveId.getBytes(StandardCharsets.UTF_8);
        int unpadded = 20 + msg.length + id.length;
        int correct = 32 - unpadded % 32;
        int total = unpadded + correct;
        ByteBuffer buffer = ByteBuffer.allocate(total);
        buffer.put(new byte[16]).putInt(msg.length).put(msg).put(id);
        while (buffer.hasRemaining()) {
            buffer.put((byte) (pad < 0 ? correct : pad));
        }
        return buffer.array();
    }

    private static byte[] aes(byte[] plain) {
        try {
            byte[] key = Base64.getDecoder().decode(TestKeys.AES_KEY + "=");
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return cipher.doFinal(plain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void expect(Reason reason, Executable call) {
        CallbackException e = assertThrows(CallbackException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
    }
}
