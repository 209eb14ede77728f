package io.github.wecomsdk.core.callback;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CallbackSecretsTest {

    private static final String TS = "1700000000";
    private static final String NONCE = "1";

    private static List<String> secrets() {
        byte[] key = Base64.getDecoder().decode(TestKeys.AES_KEY + "=");
        return List.of(
                TestKeys.TOKEN,
                TestKeys.AES_KEY,
                Base64.getEncoder().encodeToString(key),
                HexFormat.of().formatHex(key),
                HexFormat.of().withUpperCase().formatHex(key));
    }

    private static void assertNoSecret(String text) {
        for (String secret : secrets()) {
            assertFalse(text.contains(secret), () -> "secret leaked in: " + text);
        }
    }

    private static void assertNoSecretIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertNoSecret(String.valueOf(t.getMessage()));
            assertNoSecret(t.toString());
        }
    }

    @Test
    void keepsSecretsOutOfToString() {
        CallbackCrypto crypto = TestKeys.crypto();

        assertNoSecret(crypto.toString());
        assertNoSecret(CallbackHandler.builder(crypto, CallbackRouter.builder().build())
                .build()
                .toString());
    }

    @Test
    void keepsSecretsOutOfEveryFailureMessage() {
        CallbackCrypto crypto = TestKeys.crypto();
        String good = crypto.encrypt("hello");
        List<Executable> failures = new ArrayList<>();
        failures.add(() -> crypto.verifyUrl("0".repeat(40), TS, NONCE, good));
        failures.add(() -> crypto.verifyUrl(crypto.signature(TS, NONCE, "%%%%"), TS, NONCE, "%%%%"));
        failures.add(() -> crypto.verifyUrl(crypto.signature(TS, NONCE, "AAAA"), TS, NONCE, "AAAA"));
        failures.add(() -> crypto.decrypt("x", TS, NONCE, "<xml/>"));
        String foreign = new CallbackCrypto(TestKeys.TOKEN, TestKeys.AES_KEY, "other").encrypt("x");
        failures.add(() -> crypto.verifyUrl(crypto.signature(TS, NONCE, foreign), TS, NONCE, foreign));
        String badPadding = Base64.getEncoder().encodeToString(aesOf(new byte[32]));
        failures.add(() -> crypto.verifyUrl(crypto.signature(TS, NONCE, badPadding), TS, NONCE, badPadding));
        failures.add(() -> new CallbackCrypto(TestKeys.TOKEN, TestKeys.AES_KEY.substring(1), TestKeys.CORP_ID));
        failures.add(() -> new CallbackCrypto(TestKeys.TOKEN, TestKeys.AES_KEY + "!", TestKeys.CORP_ID));
        failures.add(() -> new CallbackCrypto(TestKeys.TOKEN, "!" + TestKeys.AES_KEY.substring(1), TestKeys.CORP_ID));
        failures.add(() -> crypto.encryptReply("<xml/>", TS, TestKeys.TOKEN + "<"));

        for (Executable failure : failures) {
            assertNoSecretIn(assertThrows(CallbackException.class, failure));
        }
    }

    private static byte[] aesOf(byte[] plain) {
        try {
            byte[] key = Base64.getDecoder().decode(TestKeys.AES_KEY + "=");
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return cipher.doFinal(plain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
