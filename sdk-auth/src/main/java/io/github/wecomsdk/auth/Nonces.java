package io.github.wecomsdk.auth;

import java.security.SecureRandom;
import java.util.function.Supplier;

/** Random strings of letters and digits, for JS-SDK {@code nonceStr}. */
final class Nonces {

    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int LENGTH = 16;

    private Nonces() {}

    static Supplier<String> secure(SecureRandom random) {
        return () -> {
            char[] chars = new char[LENGTH];
            for (int i = 0; i < LENGTH; i++) {
                chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            return new String(chars);
        };
    }
}
