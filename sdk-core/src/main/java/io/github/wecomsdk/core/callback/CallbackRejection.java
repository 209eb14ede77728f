package io.github.wecomsdk.core.callback;

/**
 * Why {@link CallbackHandler} refused a request before any listener saw it, as reported to
 * {@link CallbackObserver#rejected(CallbackRejection)}.
 */
public enum CallbackRejection {
    /** {@code msg_signature} does not match: not from WeCom, or a different token (403). */
    BAD_SIGNATURE,
    /** The signed {@code timestamp} is outside the handler's window: a replay or a skewed clock (403). */
    STALE_TIMESTAMP,
    /** The decrypted receive id is not the configured corp id or suite id (403). */
    WRONG_RECEIVER,
    /** Missing parameters, a body that is not WeCom's envelope, bad ciphertext or hostile XML (400). */
    MALFORMED,
    /** The body is over the handler's size limit (413). */
    TOO_LARGE,
    /** Neither {@code GET} nor {@code POST} (405). */
    METHOD_NOT_ALLOWED
}
