package io.github.wecomsdk.core;

/**
 * A connect, read, write or whole-call timeout expired. WeCom may have processed the request: a
 * timed-out write is only repeated automatically when the caller made it safe to repeat.
 */
public class WeComTimeoutException extends WeComNetworkException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates a timeout failure.
     *
     * @param message     which timeout expired
     * @param path        the API path, without query
     * @param requestSent whether the request may have reached WeCom
     * @param cause       the underlying timeout
     */
    public WeComTimeoutException(String message, String path, boolean requestSent, Throwable cause) {
        super(message, path, requestSent, cause);
    }
}
