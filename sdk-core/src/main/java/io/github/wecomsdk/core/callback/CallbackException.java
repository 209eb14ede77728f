package io.github.wecomsdk.core.callback;

import io.github.wecomsdk.core.WeComException;
import java.util.Objects;

/**
 * A callback WeCom posted (or a configuration for receiving them) was refused: bad signature, bad
 * ciphertext, wrong receiver, hostile or malformed XML, a reply that cannot be built.
 *
 * <p>The {@link #reason()} tells the cases apart without parsing the message. Messages never contain the
 * token, the EncodingAESKey, the AES key or the request's content; they are safe to log.
 */
public final class CallbackException extends WeComException {

    private static final long serialVersionUID = 1L;

    /** Why a callback or a callback configuration was refused. */
    public enum Reason {
        /** The token, EncodingAESKey or receive id given to {@link CallbackCrypto} is unusable. */
        INVALID_CONFIGURATION,
        /** A required query parameter or envelope field is missing or empty. */
        MISSING_PARAMETER,
        /** The {@code timestamp} parameter is not a Unix time in seconds. */
        INVALID_TIMESTAMP,
        /** The {@code timestamp} is outside the configured window: a replay or a badly skewed clock. */
        TIMESTAMP_OUT_OF_WINDOW,
        /** {@code msg_signature} does not match: not from WeCom, or a different token. */
        INVALID_SIGNATURE,
        /** The POST body is not a WeCom envelope with exactly one {@code Encrypt} element. */
        MALFORMED_ENVELOPE,
        /** The ciphertext is not valid Base64. */
        INVALID_BASE64,
        /** The ciphertext is not a whole number of AES blocks, or is too short. */
        INVALID_BLOCK_SIZE,
        /** The PKCS#7 padding after decryption is out of range (1..32) or inconsistent. */
        INVALID_PADDING,
        /** The message length field points outside the decrypted data. */
        INVALID_LENGTH,
        /** The decrypted receive id is not the configured corp id (or suite id). */
        RECEIVER_MISMATCH,
        /** The JDK's AES or SHA-1 implementation failed. */
        CIPHER_FAILURE,
        /** A body, ciphertext or message is larger than the configured limit. */
        TOO_LARGE,
        /**
         * The XML is not well formed, or not the {@code <xml>...</xml>} document WeCom sends, or the decrypted
         * message is not valid UTF-8.
         */
        MALFORMED_XML,
        /** The XML carries a DOCTYPE (DTDs and entities are refused outright: XXE, entity expansion). */
        FORBIDDEN_DTD,
        /** The XML nests deeper than the configured limit. */
        TOO_DEEP,
        /**
         * A field holds a value of the wrong shape (a number that is not a number). Typed views no longer
         * throw it (such a field reads as absent); kept for custom mappings.
         */
        MALFORMED_FIELD,
        /** A passive reply was given values WeCom does not accept. */
        INVALID_REPLY,
        /** A router was given two handlers for the same key. */
        DUPLICATE_ROUTE,
        /** A typed listener received a callback whose typed view is of another type. */
        UNEXPECTED_PAYLOAD
    }

    private final Reason reason;

    /**
     * Creates a callback failure.
     *
     * @param reason  why it failed
     * @param message a description safe to log: no secret, no request content
     */
    public CallbackException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Creates a callback failure that keeps a JDK cause (its message is not carried over).
     *
     * @param reason  why it failed
     * @param message a description safe to log: no secret, no request content
     * @param cause   the underlying failure
     */
    public CallbackException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns why the callback was refused.
     *
     * @return the reason, never null
     */
    public Reason reason() {
        return reason;
    }
}
