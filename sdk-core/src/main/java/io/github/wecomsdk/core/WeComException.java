package io.github.wecomsdk.core;

/**
 * Root of every failure the SDK raises. Unchecked, so calls read as plain method calls.
 *
 * <p>Subclasses say what went wrong: {@link WeComApiException} (WeCom answered with a non-zero
 * {@code errcode}), {@link WeComNetworkException} and {@link WeComTimeoutException} (the exchange did
 * not complete), {@link WeComHttpException} (an HTTP status other than 2xx),
 * {@link WeComResponseException} (a body that is empty or not what WeCom documents) and
 * {@link WeComValidationException} (input refused before any request was sent). Messages never
 * contain an access token, a secret or a key.
 */
public class WeComException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message a person can act on.
     *
     * @param message what went wrong and, where known, what to do about it
     */
    public WeComException(String message) {
        super(message);
    }

    /**
     * Creates an exception that keeps its cause.
     *
     * @param message what went wrong and, where known, what to do about it
     * @param cause   the underlying failure
     */
    public WeComException(String message, Throwable cause) {
        super(message, cause);
    }
}
