package io.github.wecomsdk.core;

/**
 * The exchange with WeCom did not complete: the connection was refused or dropped, DNS failed, TLS
 * failed, or the body could not be read. The cause is kept.
 *
 * <p>{@link #requestSent()} says whether the request may have reached WeCom. When it is
 * {@code true} a write may already have taken effect; check before repeating it.
 */
public class WeComNetworkException extends WeComException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final boolean requestSent;

    /**
     * Creates a network failure.
     *
     * @param message     what failed
     * @param path        the API path, without query
     * @param requestSent whether the request may have reached WeCom
     * @param cause       the I/O failure
     */
    public WeComNetworkException(String message, String path, boolean requestSent, Throwable cause) {
        super(message, cause);
        this.path = path;
        this.requestSent = requestSent;
    }

    /**
     * The API path of the failed call, without query string.
     *
     * @return the path, such as {@code /cgi-bin/user/get}
     */
    public String path() {
        return path;
    }

    /**
     * Whether the request may have reached WeCom before the failure.
     *
     * @return {@code false} only when the failure happened before any byte of the request was sent
     */
    public boolean requestSent() {
        return requestSent;
    }
}
