package io.github.wecomsdk.contacts;

import io.github.wecomsdk.core.WeComValidationException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeCom's export file encryption: AES-256-CBC with key = Base64-decode(encoding_aeskey + "="), IV = the
 * key's first 16 bytes, PKCS#7 padding to a multiple of 32 bytes. Decryption streams: memory stays
 * flat whatever the file size.
 */
final class ExportCrypto {

    static final int PAD_BLOCK = 32;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ExportCrypto() {}

    static String newAesKey() {
        StringBuilder key = new StringBuilder(43);
        for (int i = 0; i < 43; i++) {
            key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return key.toString();
    }

    static String checkAesKey(String encodingAesKey) {
        if (encodingAesKey == null || encodingAesKey.length() != 43) {
            throw new WeComValidationException("encoding_aeskey must be exactly 43 characters of a-z, A-Z, 0-9; got "
                    + (encodingAesKey == null ? "null" : encodingAesKey.length() + " characters"));
        }
        for (int i = 0; i < encodingAesKey.length(); i++) {
            if (ALPHABET.indexOf(encodingAesKey.charAt(i)) < 0) {
                throw new WeComValidationException("encoding_aeskey may only hold a-z, A-Z, 0-9; the character at"
                        + " index " + i + " is not one of them");
            }
        }
        return encodingAesKey;
    }

    static byte[] key(String encodingAesKey) {
        return Base64.getDecoder().decode(checkAesKey(encodingAesKey) + "=");
    }

    static Cipher cipher(int mode, String encodingAesKey) {
        byte[] key = key(encodingAesKey);
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CBC/NoPadding is not available in this JVM", e);
        }
    }

    /**
     * Wraps a ciphertext stream: the result yields the plaintext with the padding removed, and at the
     * end checks the padding and, if {@code expectedMd5} is given, the ciphertext's MD5.
     */
    static InputStream decrypting(InputStream ciphertext, String encodingAesKey, String expectedMd5) {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available in this JVM", e);
        }
        InputStream digesting = new java.security.DigestInputStream(ciphertext, md5);
        InputStream plain = new CipherInputStream(digesting, cipher(Cipher.DECRYPT_MODE, encodingAesKey));
        return new Unpadding(plain, () -> {
            if (expectedMd5 != null && !expectedMd5.isBlank()) {
                String actual = HexFormat.of().formatHex(md5.digest());
                if (!actual.equalsIgnoreCase(expectedMd5.trim())) {
                    throw new IOException("the export file's MD5 is " + actual + ", WeCom announced " + expectedMd5
                            + ": the download is damaged or incomplete");
                }
            }
        });
    }

    /** Called once the ciphertext is read to its end. */
    @FunctionalInterface
    interface EndCheck {
        void run() throws IOException;
    }

    /** Holds back the last 32 bytes until the end, then strips and checks the PKCS#7 padding. */
    private static final class Unpadding extends FilterInputStream {

        private final EndCheck endCheck;
        private final byte[] window = new byte[8192 + PAD_BLOCK];
        private int start;
        private int end;
        private boolean eof;

        Unpadding(InputStream in, EndCheck endCheck) {
            super(in);
            this.endCheck = endCheck;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (true) {
                int releasable = eof ? end - start : end - start - PAD_BLOCK;
                if (releasable > 0) {
                    int n = Math.min(releasable, length);
                    System.arraycopy(window, start, buffer, offset, n);
                    start += n;
                    return n;
                }
                if (eof) {
                    return -1;
                }
                fill();
            }
        }

        private void fill() throws IOException {
            if (start > 0) {
                System.arraycopy(window, start, window, 0, end - start);
                end -= start;
                start = 0;
            }
            int n = in.read(window, end, window.length - end);
            if (n < 0) {
                eof = true;
                stripPadding();
                endCheck.run();
            } else {
                end += n;
            }
        }

        private void stripPadding() throws IOException {
            int available = end - start;
            if (available == 0) {
                throw new IOException("the export file is empty after decryption");
            }
            int pad = window[end - 1] & 0xff;
            if (pad < 1 || pad > PAD_BLOCK || pad > available) {
                throw new IOException("the export file's padding is invalid: wrong encoding_aeskey or a damaged file");
            }
            for (int i = end - pad; i < end; i++) {
                if ((window[i] & 0xff) != pad) {
                    throw new IOException(
                            "the export file's padding is invalid: wrong encoding_aeskey or a damaged" + " file");
                }
            }
            end -= pad;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] scratch = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int read = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
                if (read < 0) {
                    break;
                }
                skipped += read;
            }
            return skipped;
        }

        @Override
        public int available() {
            int releasable = eof ? end - start : end - start - PAD_BLOCK;
            return Math.max(0, releasable);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
