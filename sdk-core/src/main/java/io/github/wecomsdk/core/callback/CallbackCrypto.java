package io.github.wecomsdk.core.callback;

import io.github.wecomsdk.core.callback.CallbackException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.random.RandomGenerator;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeCom's callback encryption (WXBizMsgCrypt): checks {@code msg_signature}, decrypts what WeCom posts and
 * encrypts passive replies.
 *
 * <p>The scheme: {@code msg_signature = hex(SHA-1(concat(sort(token, timestamp, nonce, ciphertext))))};
 * AES-256-CBC with key {@code Base64(EncodingAESKey + "=")} and IV = its first 16 bytes; the plaintext is
 * 16 random bytes, the message length (4 bytes, big-endian), the message (UTF-8) and the receive id,
 * PKCS#7-padded to 32-byte blocks. Everything is checked: signature (in constant time) before anything
 * else, Base64, block size, padding value and bytes, length field, receive id, and optionally the
 * timestamp against a window (replay protection).
 *
 * <p>Instances are immutable and thread-safe; AES ciphers are initialised once per thread (twenty times
 * faster than a new cipher per call; a SHA-1 digest costs the same either way, so it is not cached). Every
 * failure is a {@link CallbackException}; its message and {@link #toString()} never contain the token, the
 * EncodingAESKey or the AES key.
 */
public final class CallbackCrypto {

    /** Default upper bound on a decrypted message: 1 MiB of UTF-8. */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 1 << 20;

    private static final int RANDOM_BYTES = 16;
    private static final int HEADER_BYTES = RANDOM_BYTES + 4;
    private static final int PAD_BLOCK = 32;
    private static final int AES_BLOCK = 16;
    private static final int MAX_TIMESTAMP_DIGITS = 18;
    private static final int MAX_NONCE_CHARS = 128;

    private final String token;
    private final byte[] receiveId;
    private final String receiveIdText;
    private final SecretKeySpec key;
    private final IvParameterSpec iv;
    private final Clock clock;
    private final Duration timestampWindow;
    private final RandomGenerator random;
    private final int maxMessageBytes;
    private final int maxCiphertextChars;
    private final ThreadLocal<Cipher> decryptCipher;
    private final ThreadLocal<Cipher> encryptCipher;

    /**
     * Creates the crypto for one callback URL with the defaults: no timestamp window, messages up to
     * {@link #DEFAULT_MAX_MESSAGE_BYTES}, a {@link SecureRandom} for the random prefix.
     *
     * @param token          the Token configured in WeCom's admin console (letters and digits, up to 32)
     * @param encodingAesKey the EncodingAESKey configured with it (43 characters)
     * @param receiveId      the corp id for self-built apps, the suite id for third-party apps, or an empty
     *                       string for personal-subject third-party apps
     * @throws CallbackException ({@link Reason#INVALID_CONFIGURATION}) when a value is missing or the key is
     *                           not 43 Base64 characters decoding to 32 bytes
     */
    public CallbackCrypto(String token, String encodingAesKey, String receiveId) {
        this(builder().token(token).encodingAesKey(encodingAesKey).receiveId(receiveId));
    }

    private CallbackCrypto(Builder b) {
        if (b.token == null || b.token.isEmpty()) {
            throw config("token is missing");
        }
        if (b.receiveId == null) {
            throw config("receiveId is missing (use \"\" for personal-subject third-party apps)");
        }
        if (b.maxMessageBytes < 1) {
            throw config("maxMessageBytes must be positive");
        }
        if (b.timestampWindow != null && (b.timestampWindow.isNegative() || b.timestampWindow.isZero())) {
            throw config("timestampWindow must be positive");
        }
        byte[] keyBytes = decodeKey(b.encodingAesKey);
        this.token = b.token;
        this.receiveIdText = b.receiveId;
        this.receiveId = b.receiveId.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(keyBytes, "AES");
        this.iv = new IvParameterSpec(keyBytes, 0, AES_BLOCK);
        Arrays.fill(keyBytes, (byte) 0);
        this.clock = Objects.requireNonNullElseGet(b.clock, Clock::systemUTC);
        this.timestampWindow = b.timestampWindow;
        this.random = Objects.requireNonNullElseGet(b.random, SecureRandom::new);
        this.maxMessageBytes = b.maxMessageBytes;
        long maxPlain = (long) maxMessageBytes + HEADER_BYTES + this.receiveId.length + PAD_BLOCK;
        this.maxCiphertextChars = (int) Math.min(Integer.MAX_VALUE - 8, (maxPlain + 2) / 3 * 4);
        this.decryptCipher = ThreadLocal.withInitial(() -> newCipher(Cipher.DECRYPT_MODE));
        this.encryptCipher = ThreadLocal.withInitial(() -> newCipher(Cipher.ENCRYPT_MODE));
        decryptCipher.get();
    }

    /**
     * Starts a builder for the options the constructor does not take: a timestamp window, a clock, a
     * random source, a message size limit.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Answers WeCom's URL check (the GET with {@code msg_signature}, {@code timestamp}, {@code nonce},
     * {@code echostr}): verifies the signature over {@code echostr} and decrypts it. Respond with the
     * result as the raw body, within 1 second.
     *
     * @param msgSignature the {@code msg_signature} query parameter (URL-decoded)
     * @param timestamp    the {@code timestamp} query parameter
     * @param nonce        the {@code nonce} query parameter
     * @param echostr      the {@code echostr} query parameter (URL-decoded)
     * @return the plaintext to echo back
     * @throws CallbackException when the signature, the ciphertext, the receive id or the timestamp is wrong
     */
    public String verifyUrl(String msgSignature, String timestamp, String nonce, String echostr) {
        return verifyAndDecrypt(msgSignature, timestamp, nonce, echostr);
    }

    /**
     * Verifies and decrypts a POST body WeCom sent, {@code <xml><ToUserName/><Encrypt/><AgentID/></xml>}.
     * Only the {@code Encrypt} element is extracted before the signature is checked; nothing else in the
     * body is parsed.
     *
     * @param msgSignature the {@code msg_signature} query parameter
     * @param timestamp    the {@code timestamp} query parameter
     * @param nonce        the {@code nonce} query parameter
     * @param postBody     the request body
     * @return the plaintext XML message, to give to {@link CallbackMessage#parse(String)}
     * @throws CallbackException when the envelope, the signature, the ciphertext, the receive id or the
     *                           timestamp is wrong, or the body is over the size limit
     */
    public String decrypt(String msgSignature, String timestamp, String nonce, String postBody) {
        if (postBody == null || postBody.isEmpty()) {
            throw new CallbackException(Reason.MISSING_PARAMETER, "callback body is empty");
        }
        if (postBody.length() > maxCiphertextChars + 4096) {
            throw new CallbackException(Reason.TOO_LARGE, "callback body exceeds the configured size limit");
        }
        return verifyAndDecrypt(msgSignature, timestamp, nonce, extractEncrypt(postBody));
    }

    /**
     * Encrypts a passive reply and wraps it in the envelope WeCom expects:
     * {@code <xml><Encrypt/><MsgSignature/><TimeStamp/><Nonce/></xml>}.
     *
     * @param replyXml  the plaintext reply, e.g. from {@link PassiveReply#toXml(String, String, long)}
     * @param timestamp Unix seconds, as digits
     * @param nonce     a random string of letters, digits, {@code -} or {@code _} (1 to 128 characters)
     * @return the envelope to send as the HTTP response body
     * @throws CallbackException when an argument is missing or malformed, or the reply is over the size limit
     */
    public String encryptReply(String replyXml, String timestamp, String nonce) {
        if (replyXml == null) {
            throw new CallbackException(Reason.MISSING_PARAMETER, "reply XML is missing");
        }
        requireTimestampDigits(timestamp);
        requireNonce(nonce);
        String encrypted = encrypt(replyXml);
        String signature = signature(timestamp, nonce, encrypted);
        return new StringBuilder(encrypted.length() + 200)
                .append("<xml><Encrypt><![CDATA[")
                .append(encrypted)
                .append("]]></Encrypt><MsgSignature><![CDATA[")
                .append(signature)
                .append("]]></MsgSignature><TimeStamp>")
                .append(timestamp)
                .append("</TimeStamp><Nonce><![CDATA[")
                .append(nonce)
                .append("]]></Nonce></xml>")
                .toString();
    }

    /**
     * Encrypts a message the way WeCom does, with a fresh random prefix and this receive id. Useful to
     * simulate WeCom in tests; replies should go through {@link #encryptReply(String, String, String)}.
     *
     * @param message the plaintext (any text; encoded as UTF-8)
     * @return the Base64 ciphertext
     * @throws CallbackException when the message is missing or over the size limit
     */
    public String encrypt(String message) {
        if (message == null) {
            throw new CallbackException(Reason.MISSING_PARAMETER, "message is missing");
        }
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        if (msg.length > maxMessageBytes) {
            throw new CallbackException(
                    Reason.TOO_LARGE, "message of " + msg.length + " bytes exceeds the limit of " + maxMessageBytes);
        }
        int unpadded = HEADER_BYTES + msg.length + receiveId.length;
        int pad = PAD_BLOCK - unpadded % PAD_BLOCK;
        byte[] plain = new byte[unpadded + pad];
        byte[] prefix = new byte[RANDOM_BYTES];
        random.nextBytes(prefix);
        System.arraycopy(prefix, 0, plain, 0, RANDOM_BYTES);
        plain[16] = (byte) (msg.length >>> 24);
        plain[17] = (byte) (msg.length >>> 16);
        plain[18] = (byte) (msg.length >>> 8);
        plain[19] = (byte) msg.length;
        System.arraycopy(msg, 0, plain, HEADER_BYTES, msg.length);
        System.arraycopy(receiveId, 0, plain, HEADER_BYTES + msg.length, receiveId.length);
        Arrays.fill(plain, unpadded, plain.length, (byte) pad);
        try {
            return Base64.getEncoder().encodeToString(encryptCipher.get().doFinal(plain));
        } catch (GeneralSecurityException | RuntimeException e) {
            encryptCipher.remove();
            throw new CallbackException(Reason.CIPHER_FAILURE, "AES encryption failed", e);
        }
    }

    /**
     * Computes {@code msg_signature} for a ciphertext: lower-case hex SHA-1 of the token, timestamp, nonce
     * and ciphertext, sorted and concatenated.
     *
     * @param timestamp the timestamp sent with the ciphertext
     * @param nonce     the nonce sent with the ciphertext
     * @param encrypted the Base64 ciphertext
     * @return 40 lower-case hex characters
     * @throws CallbackException when an argument is missing
     */
    public String signature(String timestamp, String nonce, String encrypted) {
        requirePresent(timestamp, "timestamp");
        requirePresent(nonce, "nonce");
        requirePresent(encrypted, "ciphertext");
        byte[] digest = digest(timestamp, nonce, encrypted.getBytes(StandardCharsets.UTF_8), encrypted);
        char[] hex = new char[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            hex[2 * i] = Character.forDigit((digest[i] >> 4) & 0xF, 16);
            hex[2 * i + 1] = Character.forDigit(digest[i] & 0xF, 16);
        }
        return new String(hex);
    }

    /**
     * Returns the receive id decrypted messages must carry.
     *
     * @return the corp id, suite id or empty string given at construction
     */
    public String receiveId() {
        return receiveIdText;
    }

    /**
     * Describes this instance without its secrets.
     *
     * @return the receive id and the options; never the token or the key
     */
    @Override
    public String toString() {
        return "CallbackCrypto[receiveId=" + receiveIdText + ", timestampWindow=" + timestampWindow
                + ", maxMessageBytes=" + maxMessageBytes + "]";
    }

    private String verifyAndDecrypt(String msgSignature, String timestamp, String nonce, String encrypted) {
        requirePresent(msgSignature, "msg_signature");
        requirePresent(timestamp, "timestamp");
        requirePresent(nonce, "nonce");
        requirePresent(encrypted, "ciphertext");
        if (encrypted.length() > maxCiphertextChars) {
            throw new CallbackException(Reason.TOO_LARGE, "ciphertext exceeds the configured size limit");
        }
        byte[] encryptedBytes = encrypted.getBytes(StandardCharsets.UTF_8);
        byte[] expected = digest(timestamp, nonce, encryptedBytes, encrypted);
        if (!MessageDigest.isEqual(expected, parseHexSignature(msgSignature))) {
            throw new CallbackException(Reason.INVALID_SIGNATURE, "msg_signature does not match");
        }
        checkTimestampWindow(timestamp);
        byte[] cipherBytes;
        try {
            cipherBytes = Base64.getDecoder().decode(encryptedBytes);
        } catch (IllegalArgumentException e) {
            throw new CallbackException(Reason.INVALID_BASE64, "ciphertext is not valid Base64");
        }
        if (cipherBytes.length < PAD_BLOCK || cipherBytes.length % AES_BLOCK != 0) {
            throw new CallbackException(
                    Reason.INVALID_BLOCK_SIZE,
                    "ciphertext of " + cipherBytes.length
                            + " bytes is not a whole number of AES blocks of at least 32 bytes");
        }
        byte[] plain;
        try {
            plain = decryptCipher.get().doFinal(cipherBytes);
        } catch (GeneralSecurityException | RuntimeException e) {
            decryptCipher.remove();
            throw new CallbackException(Reason.CIPHER_FAILURE, "AES decryption failed", e);
        }
        return unwrap(plain);
    }

    private String unwrap(byte[] plain) {
        int pad = plain[plain.length - 1] & 0xFF;
        if (pad < 1 || pad > PAD_BLOCK) {
            throw new CallbackException(Reason.INVALID_PADDING, "padding value " + pad + " is outside 1..32");
        }
        int contentLength = plain.length - pad;
        for (int i = contentLength; i < plain.length - 1; i++) {
            if (plain[i] != (byte) pad) {
                throw new CallbackException(Reason.INVALID_PADDING, "padding bytes are inconsistent");
            }
        }
        if (contentLength < HEADER_BYTES) {
            throw new CallbackException(Reason.INVALID_LENGTH, "decrypted data is too short for its header");
        }
        long messageLength = ((plain[16] & 0xFFL) << 24)
                | ((plain[17] & 0xFFL) << 16)
                | ((plain[18] & 0xFFL) << 8)
                | (plain[19] & 0xFFL);
        if (messageLength > contentLength - HEADER_BYTES) {
            throw new CallbackException(
                    Reason.INVALID_LENGTH,
                    "length field " + messageLength + " exceeds the " + (contentLength - HEADER_BYTES)
                            + " bytes decrypted");
        }
        int length = (int) messageLength;
        if (length > maxMessageBytes) {
            throw new CallbackException(
                    Reason.TOO_LARGE, "message of " + length + " bytes exceeds the limit of " + maxMessageBytes);
        }
        int idStart = HEADER_BYTES + length;
        if (!Arrays.equals(plain, idStart, contentLength, receiveId, 0, receiveId.length)) {
            throw new CallbackException(
                    Reason.RECEIVER_MISMATCH, "message is addressed to another receive id than " + receiveIdText);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(plain, HEADER_BYTES, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CallbackException(Reason.MALFORMED_XML, "decrypted message is not valid UTF-8");
        }
    }

    private byte[] digest(String timestamp, String nonce, byte[] encryptedBytes, String encrypted) {
        String[] parts = {token, timestamp, nonce, encrypted};
        Arrays.sort(parts);
        MessageDigest md = newSha1();
        for (String part : parts) {
            if (part == encrypted) {
                md.update(encryptedBytes);
            } else {
                md.update(part.getBytes(StandardCharsets.UTF_8));
            }
        }
        return md.digest();
    }

    private static byte[] parseHexSignature(String signature) {
        byte[] out = new byte[20];
        if (signature.length() != 40) {
            return new byte[0];
        }
        for (int i = 0; i < 20; i++) {
            int hi = Character.digit(signature.charAt(2 * i), 16);
            int lo = Character.digit(signature.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                return new byte[0];
            }
            out[i] = (byte) ((hi << 4) | lo);
        }
        return out;
    }

    private void checkTimestampWindow(String timestamp) {
        if (timestampWindow == null) {
            return;
        }
        long seconds = requireTimestampDigits(timestamp);
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > timestampWindow.getSeconds()) {
            throw new CallbackException(
                    Reason.TIMESTAMP_OUT_OF_WINDOW,
                    "timestamp is more than " + timestampWindow.getSeconds() + " s away from now");
        }
    }

    static long requireTimestampDigits(String timestamp) {
        requirePresent(timestamp, "timestamp");
        if (timestamp.length() > MAX_TIMESTAMP_DIGITS) {
            throw new CallbackException(Reason.INVALID_TIMESTAMP, "timestamp is too long");
        }
        long value = 0;
        for (int i = 0; i < timestamp.length(); i++) {
            char c = timestamp.charAt(i);
            if (c < '0' || c > '9') {
                throw new CallbackException(Reason.INVALID_TIMESTAMP, "timestamp is not Unix seconds");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void requireNonce(String nonce) {
        requirePresent(nonce, "nonce");
        if (nonce.length() > MAX_NONCE_CHARS) {
            throw new CallbackException(Reason.INVALID_REPLY, "nonce is longer than " + MAX_NONCE_CHARS);
        }
        for (int i = 0; i < nonce.length(); i++) {
            char c = nonce.charAt(i);
            boolean ok =
                    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                throw new CallbackException(Reason.INVALID_REPLY, "nonce may hold letters, digits, - and _ only");
            }
        }
    }

    private static void requirePresent(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new CallbackException(Reason.MISSING_PARAMETER, name + " is missing");
        }
    }

    private static String extractEncrypt(String body) {
        int open = body.indexOf("<Encrypt>");
        if (open < 0) {
            throw new CallbackException(Reason.MALFORMED_ENVELOPE, "callback body has no Encrypt element");
        }
        int start = open + "<Encrypt>".length();
        int close = body.indexOf("</Encrypt>", start);
        if (close < 0 || body.indexOf("<Encrypt>", close) >= 0) {
            throw new CallbackException(
                    Reason.MALFORMED_ENVELOPE, "callback body must carry exactly one complete Encrypt element");
        }
        while (start < close && isXmlSpace(body.charAt(start))) {
            start++;
        }
        int end = close;
        while (end > start && isXmlSpace(body.charAt(end - 1))) {
            end--;
        }
        if (body.startsWith("<![CDATA[", start)) {
            if (end - start < 12 || !body.startsWith("]]>", end - 3)) {
                throw new CallbackException(Reason.MALFORMED_ENVELOPE, "Encrypt element has an unterminated CDATA");
            }
            start += 9;
            end -= 3;
        }
        if (start >= end) {
            throw new CallbackException(Reason.MISSING_PARAMETER, "Encrypt element is empty");
        }
        return body.substring(start, end);
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static byte[] decodeKey(String encodingAesKey) {
        if (encodingAesKey == null || encodingAesKey.length() != 43) {
            throw config("EncodingAESKey must be exactly 43 characters");
        }
        for (int i = 0; i < encodingAesKey.length(); i++) {
            char c = encodingAesKey.charAt(i);
            boolean base64 =
                    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
            if (!base64) {
                throw config("EncodingAESKey must hold Base64 characters only");
            }
        }
        byte[] keyBytes;
        try {
            keyBytes = Base64.getDecoder().decode(encodingAesKey + "=");
        } catch (IllegalArgumentException e) {
            throw config("EncodingAESKey is not valid Base64");
        }
        if (keyBytes.length != 32) {
            throw config("EncodingAESKey must decode to 32 bytes");
        }
        return keyBytes;
    }

    private Cipher newCipher(int mode) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, key, iv);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new CallbackException(Reason.CIPHER_FAILURE, "AES/CBC/NoPadding is not available", e);
        }
    }

    private static MessageDigest newSha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (GeneralSecurityException e) {
            throw new CallbackException(Reason.CIPHER_FAILURE, "SHA-1 is not available", e);
        }
    }

    private static CallbackException config(String message) {
        return new CallbackException(Reason.INVALID_CONFIGURATION, message);
    }

    /** Options for {@link CallbackCrypto}; token, EncodingAESKey and receive id are required. */
    public static final class Builder {
        private String token;
        private String encodingAesKey;
        private String receiveId;
        private Clock clock;
        private Duration timestampWindow;
        private RandomGenerator random;
        private int maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES;

        private Builder() {}

        /**
         * Sets the Token configured in WeCom's admin console.
         *
         * @param token letters and digits, up to 32 characters
         * @return this builder
         */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /**
         * Sets the EncodingAESKey configured in WeCom's admin console.
         *
         * @param encodingAesKey 43 characters
         * @return this builder
         */
        public Builder encodingAesKey(String encodingAesKey) {
            this.encodingAesKey = encodingAesKey;
            return this;
        }

        /**
         * Sets the receive id decrypted messages must carry.
         *
         * @param receiveId the corp id, the suite id, or {@code ""} for personal-subject third-party apps
         * @return this builder
         */
        public Builder receiveId(String receiveId) {
            this.receiveId = receiveId;
            return this;
        }

        /**
         * Rejects callbacks whose {@code timestamp} is further than this from the clock's time, so a
         * captured request cannot be replayed later. Off by default. WeCom retries within about 20 s;
         * a few minutes is a sensible value.
         *
         * @param window the largest accepted distance, positive; null turns the check off
         * @return this builder
         */
        public Builder timestampWindow(Duration window) {
            this.timestampWindow = window;
            return this;
        }

        /**
         * Sets the clock the timestamp window is checked against.
         *
         * @param clock the clock; the system UTC clock by default
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Sets the source of the 16 random bytes that prefix each encrypted reply.
         *
         * @param random a thread-safe generator; a {@link SecureRandom} by default (keep it so outside tests)
         * @return this builder
         */
        public Builder random(RandomGenerator random) {
            this.random = random;
            return this;
        }

        /**
         * Sets the largest decrypted message accepted or encrypted.
         *
         * @param maxMessageBytes bytes of UTF-8, positive; {@link #DEFAULT_MAX_MESSAGE_BYTES} by default
         * @return this builder
         */
        public Builder maxMessageBytes(int maxMessageBytes) {
            this.maxMessageBytes = maxMessageBytes;
            return this;
        }

        /**
         * Creates the crypto.
         *
         * @return a new, immutable {@link CallbackCrypto}
         * @throws CallbackException ({@link Reason#INVALID_CONFIGURATION}) when a required value is missing
         *                           or the key is malformed
         */
        public CallbackCrypto build() {
            return new CallbackCrypto(this);
        }
    }
}
